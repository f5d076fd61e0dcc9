/**
 * Classification of a Bitbucket Cloud API token: a pure function of the lint and api.bitbucket.org's
 * answers (https://support.atlassian.com/bitbucket-cloud/kb/getting-401-http-error-while-authenticating-to-bitbucket-cloud-rest-apis).
 */
import {
  bitbucketErrorMessage,
  isBitbucketChallenge,
  isTokenNotSupported,
  missingBitbucketScopes,
  readBitbucketUser,
} from '../../atlassian/bitbucket';
import { bodyLine, maskEmail } from '../../atlassian/responses';
import { tokenFingerprint } from '../../atlassian/token-shape';
import type { FindingParams } from '../../findings/catalogue';
import type { FindingCode } from '../../model/codes';
import type { AccountSummary, Finding, Observation } from '../../model/report';
import { orderFindings } from '../../model/verdict';
import type { ReportParts } from '../../probe/run';
import { failureOrUnexpected, probeFinding } from '../shared';
import type { BitbucketApiLint } from './lint';
import { classifyResources, cloneFact, type BitbucketSeen } from './resources';

/** What the probes need, for BITBUCKET_SCOPE_MISSING when Bitbucket does not say (https://support.atlassian.com/bitbucket-cloud/docs/api-tokens/). */
const API_TOKEN_SCOPES = {
  user: 'read:user:bitbucket',
  workspace: 'read:workspace:bitbucket',
  repository: 'read:repository:bitbucket',
} as const;

export function classifyBitbucketApiToken(lint: BitbucketApiLint, seen: BitbucketSeen): ReportParts {
  const findings: Finding[] = [...lint.findings];
  const facts: { label: string; value: string }[] = [];
  let account: AccountSummary | undefined;
  const add = (code: FindingCode, observation: Observation, params: FindingParams = {}) =>
    findings.push(probeFinding(code, observation, { workspace: lint.workspace || undefined, ...params }));

  const { user } = seen;
  let works = false;
  let username: string | undefined;
  if (user) {
    const found = readBitbucketUser(user);
    const missing = missingBitbucketScopes(user);
    if (found) {
      works = true;
      username = found.username;
      account = { accountId: found.accountId ?? found.uuid, displayName: found.displayName };
      if (lint.email) account.emailMasked = maskEmail(lint.email);
    } else if (missing) {
      works = true;
      add('SCOPE_MISSING', user, { product: 'bitbucket', scopes: missing.join(' ') || API_TOKEN_SCOPES.user });
    } else if (user.status === 401) {
      const detail =
        bitbucketErrorMessage(user) ??
        (isBitbucketChallenge(user) ? `www-authenticate: ${user.headers['www-authenticate'] ?? ''}` : bodyLine(user));
      if (!lint.atlassianToken)
        add('APP_PASSWORD_RETIRED', user, {
          detail: lint.usernameGiven
            ? 'it was sent with a username, as app passwords were'
            : 'app passwords never worked with the email either',
        });
      else if (isTokenNotSupported(user)) add('BITBUCKET_SCOPES_MISSING', user, { detail });
      else add('CREDENTIALS_REJECTED', user, { product: 'bitbucket', email: lint.email, detail });
    } else if (user.status === 403) add('FORBIDDEN', user, { detail: bodyLine(user) });
    else findings.push(failureOrUnexpected(user));
  }

  const resources = classifyResources(seen, lint.workspace, add, findings, API_TOKEN_SCOPES);
  if (user && works) {
    const clone = cloneFact('api-token', lint.workspace, resources.repository, username);
    if (account)
      add('AUTH_OK', user, {
        product: 'bitbucket',
        accountName: account.displayName,
        workspace: resources.workspaceName ?? (lint.workspace || undefined),
        cloneUrl: clone[0]!.value,
      });
    facts.push(...resources.facts, ...clone);
  } else facts.push(...resources.facts);
  if (username) facts.unshift({ label: 'Bitbucket username', value: username });
  return { tokenFingerprint: tokenFingerprint(lint.token), findings: orderFindings(findings), facts, account };
}
