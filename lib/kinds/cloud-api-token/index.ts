/** The Cloud API token kind: email + API token, sent as Basic to the site or, scoped, to the gateway. */
import type { KindDriver } from '../types';
import { CLOUD_API_TOKEN_FORM } from './fields';
import { lintCloudApiToken } from './lint';
import { CLOUD_API_TOKEN_DIAGNOSIS } from './plan';
import { checkCloudScopes } from './scopes';

export const CLOUD_API_TOKEN: KindDriver<'cloud-api-token'> = {
  kind: 'cloud-api-token',
  form: CLOUD_API_TOKEN_FORM,
  lintDraft: (draft) => {
    const lint = lintCloudApiToken(draft);
    return { findings: lint.findings, target: lint.site?.origin };
  },
  diagnosis: (use) => use(CLOUD_API_TOKEN_DIAGNOSIS),
  scopes: { check: checkCloudScopes },
};
