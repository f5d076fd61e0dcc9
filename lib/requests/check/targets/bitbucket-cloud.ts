/**
 * Bitbucket Cloud (`api.bitbucket.org/2.0`, `bitbucket.org`). Basic `email:API token` is right
 * here; an Atlassian API token as Bearer or with an empty username answers 401
 * (https://github.com/constructorfabric/insight/issues/1887); the Bitbucket username does not go
 * with an API token, and app passwords stopped working on 2026-06-09
 * (https://support.atlassian.com/bitbucket-cloud/kb/getting-401-http-error-while-authenticating-to-bitbucket-cloud-rest-apis);
 * repository, project and workspace access tokens go as Bearer (x-token-auth is their git user:
 * https://github.com/AsyncFuncAI/deepwiki-open/issues/444).
 */
import { makeFinding } from '../../../findings/make-finding';
import type { Finding } from '../../../model/report';
import type { RequestFacts } from '../../facts';
import { isAtlassianApiToken, isBitbucketAccessToken, isBitbucketAppPassword } from '../../read/token-kinds';
import { encodingFindings } from '../credential';
import { decidedBy } from '../rule';
import type { TargetRules } from './types';

const EMAIL = /^[^\s@:]+@[^\s@:]+\.[^\s@:]+$/;

/** What the Bitbucket credential is, as the corrected request needs to know it. */
type BitbucketCredential =
  | 'api-token-as-bearer'
  | 'api-token-without-email'
  | 'username-with-api-token'
  | 'access-token-as-basic'
  | 'app-password'
  | 'fine';

export function bitbucketCredential(facts: RequestFacts): BitbucketCredential {
  const { credential, target } = facts;
  if (!credential || credential.unresolved.length > 0 || credential.scheme === 'other') return 'fine';
  const secret = (credential.secret ?? '').trim();
  if (credential.scheme === 'bearer') return isAtlassianApiToken(secret) ? 'api-token-as-bearer' : 'fine';
  const user = (credential.user ?? '').trim();
  if (isBitbucketAccessToken(secret)) {
    // git over HTTPS takes an access token as x-token-auth:<token>; the REST API wants Bearer.
    return user === 'x-token-auth' && target.host === 'bitbucket.org' ? 'fine' : 'access-token-as-basic';
  }
  if (isAtlassianApiToken(secret)) {
    if (user === '') return 'api-token-without-email';
    if (!EMAIL.test(user) && user !== 'x-bitbucket-api-token-auth' && target.host === 'api.bitbucket.org')
      return 'username-with-api-token';
    return 'fine';
  }
  if (credential.hasColon && secret !== '' && isBitbucketAppPassword(secret)) return 'app-password';
  return 'fine';
}

function credentialRules(facts: RequestFacts): Finding[] {
  const { credential, request } = facts;
  if (!credential) return [{ ...makeFinding('NO_CREDENTIALS_SENT'), spans: request.url ? [request.url.span] : [] }];
  const findings = encodingFindings(credential, credential.reading);
  const add = (finding: Finding) => findings.push({ ...finding, spans: [credential.span] });
  switch (bitbucketCredential(facts)) {
    case 'api-token-as-bearer':
      add(
        makeFinding('BITBUCKET_TOKEN_AS_BEARER', {
          variant: 'request',
          detail: 'The Atlassian API token is sent as Bearer',
        }),
      );
      break;
    case 'api-token-without-email':
      add(
        makeFinding('BITBUCKET_TOKEN_AS_BEARER', {
          variant: 'request',
          detail: 'The Atlassian API token is sent with an empty username',
        }),
      );
      break;
    case 'username-with-api-token':
      add(makeFinding('BITBUCKET_USERNAME_FOR_API_TOKEN', { detail: (credential.user ?? '').trim() }));
      break;
    case 'access-token-as-basic':
      add(makeFinding('BITBUCKET_ACCESS_TOKEN_AS_BASIC'));
      break;
    case 'app-password':
      add(makeFinding('APP_PASSWORD_RETIRED', { variant: 'request', detail: 'The Basic credential' }));
      break;
    case 'fine':
      break;
  }
  return findings;
}

export const bitbucketCloudRules: TargetRules = (facts) =>
  decidedBy(
    facts.target,
    'Basic email:API token with Bitbucket scopes; Bearer for access tokens',
    credentialRules(facts),
  );
