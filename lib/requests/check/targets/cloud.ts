/**
 * Jira Cloud, on a site or through the API gateway: the engine's own URL rules (`parseSiteUrl`,
 * the gateway's cloudId, the removed search) and credential rules (`lintCloudApiToken`), and what
 * only a Cloud target gets wrong: a scoped token on the site URL, a Data Center token sent to
 * Cloud (https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html:
 * personal access tokens exist on Data Center only).
 */
import { makeFinding } from '../../../findings/make-finding';
import type { Finding } from '../../../model/report';
import type { RequestFacts } from '../../facts';
import { looksLikeDcPat } from '../../read/token-kinds';
import { credentialFindings } from '../credential';
import { decidedBy } from '../rule';
import { urlFindings } from '../url';
import type { TargetRules } from './types';

/** The URL rules of the site and the gateway, as the engine has them. */
export function cloudUrlFindings(facts: RequestFacts, source: string): Finding[] {
  const { request, urlParts } = facts;
  if (!urlParts || !request.url) return [];
  return urlFindings(request.url, urlParts, source);
}

/** The credential rules of a Cloud API token (Basic email:token) or an OAuth access token (Bearer). */
export function cloudCredentialFindings(facts: RequestFacts, source: string): Finding[] {
  const { credential, request, target, urlParts } = facts;
  if (!credential) {
    // PowerShell's -Credential: the shape rule says why nothing is sent (POWERSHELL_CREDENTIAL_NOT_SENT).
    return target.id === 'unknown' || request.psCredential
      ? []
      : [{ ...makeFinding('NO_CREDENTIALS_SENT'), spans: request.url ? [request.url.span] : [] }];
  }
  if (credential.scheme === 'bearer' && credential.unresolved.length === 0 && looksLikeDcPat(credential.secret ?? ''))
    return [
      {
        ...makeFinding('PAT_ON_CLOUD', { host: target.host, variant: 'request' }),
        spans: [credential.header?.valueSpan ?? credential.span],
      },
    ];
  return credentialFindings(credential, credential.reading, urlParts, source);
}

/** A token whose text never says whether it is scoped, on the site URL (https://jira.atlassian.com/browse/CLOUD-12617). */
export function scopedOnSiteFindings(facts: RequestFacts): Finding[] {
  const { credential, request, urlParts } = facts;
  const basicish = credential === undefined || credential.scheme === 'basic' || credential.scheme === 'none';
  if (urlParts?.kind !== 'site' || urlParts.apiPath === '' || !urlParts.product || !basicish) return [];
  const params = {
    host: urlParts.host,
    origin: urlParts.origin,
    cloudId: facts.cloudId,
    email: credential?.reading.email,
  };
  const spans = request.url ? [request.url.span] : [];
  // A token's text never says whether it is scoped; a service account's always is.
  if (facts.scoped)
    return [
      {
        ...makeFinding('SCOPED_TOKEN_ON_SITE_URL', params, { evidence: [`URL: ${request.url?.value ?? ''}`] }),
        spans,
      },
    ];
  return [{ ...makeFinding('SITE_URL_REFUSES_SCOPED_TOKENS', params), spans }];
}

export const jiraCloudRules: TargetRules = (facts, source) => [
  ...decidedBy(facts.target, 'the site URL is the site alone, then the REST path', cloudUrlFindings(facts, source)),
  ...decidedBy(facts.target, 'Basic with base64 of email:API token', cloudCredentialFindings(facts, source)),
  ...decidedBy(facts.target, 'a scoped token calls the API gateway', scopedOnSiteFindings(facts)),
];

export const jiraGatewayRules: TargetRules = (facts, source) => [
  ...decidedBy(facts.target, 'the gateway URL names the product and the cloudId', cloudUrlFindings(facts, source)),
  ...decidedBy(
    facts.target,
    'Basic email:API token, or an OAuth access token as Bearer',
    cloudCredentialFindings(facts, source),
  ),
];
