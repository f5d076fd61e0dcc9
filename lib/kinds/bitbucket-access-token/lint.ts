/**
 * Local checks of a Bitbucket Cloud access token (repository, project or workspace): sent as
 * Bearer (https://github.com/AsyncFuncAI/deepwiki-open/issues/444). An `ATATT…` value is an
 * Atlassian API token, which Bitbucket refuses as Bearer
 * (https://github.com/constructorfabric/insight/issues/1887): it is still sent, so that the report
 * shows Bitbucket's own answer, and the classifier names the mistake.
 */
import { makeFinding } from '../../findings/make-finding';
import type { Finding } from '../../model/report';
import { encodedSecretFinding, lintWorkspace } from '../bitbucket-api-token/lint';
import { controlCharacterFinding, whitespaceFinding } from '../shared';

export interface BitbucketAccessLint {
  findings: Finding[];
  token: string;
  workspace: string;
  /** `ATATT…`: an Atlassian API token entered as an access token. */
  apiTokenShaped: boolean;
  canSendCredential: boolean;
}

export function lintBitbucketAccessToken(input: {
  bitbucketAccessToken: string;
  workspace: string;
}): BitbucketAccessLint {
  const findings: Finding[] = [];
  let canSend = true;
  const token = input.bitbucketAccessToken.replace(/\s+/g, '');
  const encoded =
    token === '' ? undefined : encodedSecretFinding(input.bitbucketAccessToken, 'bitbucketAccessToken', 'Access token');
  if (token === '') {
    findings.push(makeFinding('TOKEN_MISSING', { detail: 'access token' }, { field: 'bitbucketAccessToken' }));
    canSend = false;
  } else if (encoded) {
    findings.push(encoded);
    canSend = false;
  }
  const control = controlCharacterFinding(input.bitbucketAccessToken, 'bitbucketAccessToken', 'Access token');
  if (control) {
    findings.push(control);
    canSend = false;
  }
  const ws =
    token === '' || encoded
      ? undefined
      : whitespaceFinding(input.bitbucketAccessToken, 'bitbucketAccessToken', 'Access token');
  if (ws) findings.push(ws);
  const workspace = lintWorkspace(input.workspace, findings);
  return { findings, token, workspace, apiTokenShaped: token.startsWith('ATATT'), canSendCredential: canSend };
}
