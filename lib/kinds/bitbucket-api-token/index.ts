/** The Bitbucket Cloud API token kind: Basic email:token to api.bitbucket.org only. */
import { tokenFingerprint } from '../../atlassian/token-shape';
import { basicAuth } from '../../probe/auth';
import type { KindDriver } from '../types';
import { BITBUCKET_API_TOKEN_FORM } from './fields';
import { lintBitbucketApiToken } from './lint';
import { BITBUCKET_API_TOKEN_DIAGNOSIS } from './plan';
import { checkBitbucketScopes } from './scopes';

export const BITBUCKET_API_TOKEN: KindDriver<'bitbucket-api-token'> = {
  kind: 'bitbucket-api-token',
  form: BITBUCKET_API_TOKEN_FORM,
  lintDraft: (draft) => {
    const lint = lintBitbucketApiToken(draft);
    return { findings: lint.findings, target: 'https://api.bitbucket.org/2.0/user' };
  },
  diagnosis: (use) => use(BITBUCKET_API_TOKEN_DIAGNOSIS),
  scopes: {
    check: (profile, deps, meta) => {
      const lint = lintBitbucketApiToken(profile);
      return checkBitbucketScopes(profile, deps, meta, {
        token: lint.token,
        workspace: lint.workspace,
        findings: lint.findings,
        noun: 'API token',
        ...(lint.canSendCredential ? { auth: basicAuth(lint.email, lint.token, tokenFingerprint(lint.token)) } : {}),
      });
    },
  },
};
