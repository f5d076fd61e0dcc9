/**
 * JSM operations and Opsgenie. The REST API `api.atlassian.com/jsm/ops/api/{cloudId}/v1/…` takes
 * Basic email:API token (https://developer.atlassian.com/cloud/jira/service-desk-ops/rest/v2/intro);
 * integration events (`/jsm/ops/integration/…`) and the legacy Opsgenie API take
 * `Authorization: GenieKey <key>` (https://github.com/K-Phoen/backstage-plugin-opsgenie/pull/68).
 */
import { makeFinding } from '../../../findings/make-finding';
import type { Finding } from '../../../model/report';
import type { RequestFacts } from '../../facts';
import { decidedBy } from '../rule';
import { cloudCredentialFindings, cloudUrlFindings } from './cloud';
import type { TargetRules } from './types';

/** Integration events and the Opsgenie API want a GenieKey; the JSM operations REST API wants Basic. */
export function wantsGenieKey(facts: RequestFacts): boolean {
  return facts.target.host !== 'api.atlassian.com' || /^\/jsm\/ops\/integration(?:\/|$)/.test(facts.target.path);
}

export function sendsGenieKey(facts: RequestFacts): boolean {
  return facts.credential?.scheme === 'other' && /^\s*GenieKey\s/i.test(facts.credential.header?.value ?? '');
}

function credentialRules(facts: RequestFacts, source: string): Finding[] {
  const { credential, target } = facts;
  const path = target.path.replace(/[?#].*$/, '');
  if (wantsGenieKey(facts)) {
    if (!credential) return [{ ...makeFinding('JSM_OPS_WRONG_SCHEME', { variant: 'genie', path }), spans: [] }];
    if (sendsGenieKey(facts) || credential.unresolved.length > 0) return [];
    return [{ ...makeFinding('JSM_OPS_WRONG_SCHEME', { variant: 'genie', path }), spans: [credential.span] }];
  }
  if (credential && sendsGenieKey(facts))
    return [{ ...makeFinding('JSM_OPS_WRONG_SCHEME', { path }), spans: [credential.span] }];
  return cloudCredentialFindings(facts, source);
}

export const jsmOpsRules: TargetRules = (facts, source) => [
  ...decidedBy(
    facts.target,
    'the gateway URL names the cloudId',
    facts.target.host === 'api.atlassian.com' ? cloudUrlFindings(facts, source) : [],
  ),
  ...decidedBy(
    facts.target,
    wantsGenieKey(facts) ? 'integration events take a GenieKey' : 'Basic with base64 of email:API token',
    credentialRules(facts, source),
  ),
];
