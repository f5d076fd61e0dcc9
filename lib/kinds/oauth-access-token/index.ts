/** The OAuth 2.0 (3LO) access token kind: a JWT sent as Bearer to api.atlassian.com only. */
import type { KindDriver } from '../types';
import { OAUTH_ACCESS_TOKEN_FORM } from './fields';
import { lintOAuthToken } from './lint';
import { OAUTH_ACCESS_TOKEN_DIAGNOSIS } from './plan';
import { checkOAuthScopes } from './scopes';

export const OAUTH_ACCESS_TOKEN: KindDriver<'oauth-access-token'> = {
  kind: 'oauth-access-token',
  form: OAUTH_ACCESS_TOKEN_FORM,
  lintDraft: (draft, nowMs) => {
    const lint = lintOAuthToken(draft, nowMs);
    return { findings: lint.findings, target: lint.site?.origin };
  },
  diagnosis: (use) => use(OAUTH_ACCESS_TOKEN_DIAGNOSIS),
  scopes: { check: checkOAuthScopes },
};
