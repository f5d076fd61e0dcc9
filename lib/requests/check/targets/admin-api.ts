/**
 * The organization admin APIs (`api.atlassian.com/admin/…`): an organization API key as Bearer
 * (https://developer.atlassian.com/cloud/admin/organization/rest/); a user's API token or
 * email:token is refused with 401.
 */
import { makeFinding } from '../../../findings/make-finding';
import type { Finding } from '../../../model/report';
import type { RequestFacts } from '../../facts';
import { encodingFindings } from '../credential';
import { decidedBy } from '../rule';
import { cloudUrlFindings } from './cloud';
import type { TargetRules } from './types';

function credentialRules(facts: RequestFacts): Finding[] {
  const { credential, request } = facts;
  if (!credential) return [{ ...makeFinding('NO_CREDENTIALS_SENT'), spans: request.url ? [request.url.span] : [] }];
  const findings = encodingFindings(credential, credential.reading);
  if (credential.unresolved.length > 0) return findings;
  if (credential.scheme === 'bearer' && credential.reading.bearer === 'placeholder')
    findings.push({
      ...makeFinding('CREDENTIAL_PLACEHOLDER', {
        detail: credential.reading.placeholder,
        expected: 'organization API key',
      }),
      spans: [credential.span],
    });
  else if (credential.scheme === 'basic' || credential.scheme === 'none')
    findings.push({
      ...makeFinding('PERSONAL_TOKEN_ON_ADMIN_API', { detail: 'The Basic email:token credential' }),
      spans: [credential.span],
    });
  return findings;
}

export const adminApiRules: TargetRules = (facts, source) => [
  ...decidedBy(facts.target, 'the gateway URL', cloudUrlFindings(facts, source)),
  ...decidedBy(facts.target, 'an organization API key as Bearer', credentialRules(facts)),
];
