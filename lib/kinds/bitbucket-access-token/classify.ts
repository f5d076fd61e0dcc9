/**
 * Classification of a Bitbucket Cloud access token: a pure function of the lint and
 * api.bitbucket.org's answers. An access token is bound to one repository, project or workspace;
 * what it can see is read from the answers (the workspace, and how many of its repositories the
 * listing returns), not from the token.
 */
import { bitbucketErrorMessage, missingBitbucketScopes, readBitbucketUser } from '../../atlassian/bitbucket';
import { bodyLine } from '../../atlassian/responses';
import { tokenFingerprint } from '../../atlassian/token-shape';
import type { FindingParams } from '../../findings/catalogue';
import type { FindingCode } from '../../model/codes';
import type { AccountSummary, Finding, Observation } from '../../model/report';
import { orderFindings } from '../../model/verdict';
import type { ReportParts } from '../../probe/run';
import { classifyResources, cloneFact, type BitbucketSeen } from '../bitbucket-api-token/resources';
import { failureOrUnexpected, probeFinding } from '../shared';
import type { BitbucketAccessLint } from './lint';

/** Access tokens name their scopes by resource (repository, project, account…); the probes need read access to each. */
const ACCESS_TOKEN_SCOPES = { workspace: 'read access to the workspace', repository: 'repository read' } as const;

export function classifyBitbucketAccessToken(lint: BitbucketAccessLint, seen: BitbucketSeen): ReportParts {
  const findings: Finding[] = [...lint.findings];
  const facts: { label: string; value: string }[] = [];
  let account: AccountSummary | undefined;
  const add = (code: FindingCode, observation: Observation, params: FindingParams = {}) =>
    findings.push(probeFinding(code, observation, { workspace: lint.workspace || undefined, ...params }));

  const { user } = seen;
  let works = false;
  if (user) {
    const found = readBitbucketUser(user);
    const missing = missingBitbucketScopes(user);
    if (found) {
      works = true;
      account = { accountId: found.accountId ?? found.uuid, displayName: found.displayName };
    } else if (missing) {
      works = true;
      add('SCOPE_MISSING', user, { product: 'bitbucket', scopes: missing.join(' ') || 'account read' });
    } else if (user.status === 401) {
      const detail = bitbucketErrorMessage(user) ?? bodyLine(user);
      if (lint.apiTokenShaped) add('BITBUCKET_TOKEN_AS_BEARER', user, { detail });
      else add('CREDENTIALS_REJECTED', user, { product: 'bitbucket', flavour: 'access-token', detail });
    } else if (user.status === 403) add('FORBIDDEN', user, { detail: bodyLine(user) });
    else findings.push(failureOrUnexpected(user));
  }
  const resources = classifyResources(seen, lint.workspace, add, findings, ACCESS_TOKEN_SCOPES);
  facts.push(...resources.facts);
  if (user && works) {
    const clone = cloneFact('access-token', lint.workspace, resources.repository);
    if (account)
      add('AUTH_OK', user, {
        product: 'bitbucket',
        accountName: account.displayName,
        workspace: resources.workspaceName ?? (lint.workspace || undefined),
        cloneUrl: clone[0]!.value,
      });
    facts.push(...clone);
  }
  return { tokenFingerprint: tokenFingerprint(lint.token), findings: orderFindings(findings), facts, account };
}
