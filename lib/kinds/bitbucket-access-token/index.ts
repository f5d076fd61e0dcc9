/** The Bitbucket Cloud access token kind (repository, project or workspace): Bearer to api.bitbucket.org only. */
import { tokenFingerprint } from '../../atlassian/token-shape';
import { bearerAuth } from '../../probe/auth';
import { checkBitbucketScopes } from '../bitbucket-api-token/scopes';
import type { KindDriver } from '../types';
import { BITBUCKET_ACCESS_TOKEN_FORM } from './fields';
import { lintBitbucketAccessToken } from './lint';
import { BITBUCKET_ACCESS_TOKEN_DIAGNOSIS } from './plan';

export const BITBUCKET_ACCESS_TOKEN: KindDriver<'bitbucket-access-token'> = {
  kind: 'bitbucket-access-token',
  form: BITBUCKET_ACCESS_TOKEN_FORM,
  lintDraft: (draft) => {
    const lint = lintBitbucketAccessToken(draft);
    return { findings: lint.findings, target: 'https://api.bitbucket.org/2.0/user' };
  },
  diagnosis: (use) => use(BITBUCKET_ACCESS_TOKEN_DIAGNOSIS),
  scopes: {
    check: (profile, deps, meta) => {
      const lint = lintBitbucketAccessToken(profile);
      return checkBitbucketScopes(profile, deps, meta, {
        token: lint.token,
        workspace: lint.workspace,
        findings: lint.findings,
        noun: 'access token',
        ...(lint.canSendCredential ? { auth: bearerAuth(lint.token, tokenFingerprint(lint.token)) } : {}),
      });
    },
  },
};
