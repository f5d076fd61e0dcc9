/** The organization API key kind: sent as Bearer to the admin APIs of api.atlassian.com only. */
import type { KindDriver } from '../types';
import { ORG_ADMIN_KEY_FORM } from './fields';
import { lintOrgAdminKey } from './lint';
import { ORG_ADMIN_KEY_DIAGNOSIS } from './plan';

export const ORG_ADMIN_KEY: KindDriver<'org-admin-key'> = {
  kind: 'org-admin-key',
  form: ORG_ADMIN_KEY_FORM,
  lintDraft: (draft) => ({ findings: lintOrgAdminKey(draft).findings }),
  diagnosis: (use) => use(ORG_ADMIN_KEY_DIAGNOSIS),
  scopes: {
    // Keys belong to one organization and call the admin APIs; Atlassian publishes no scopes for them.
    notApplicable: () => ({
      summary:
        'Organization API keys have no scopes: a key acts on its organization through the admin APIs. Nothing was sent; use "Run diagnosis" to check the key.',
    }),
  },
};
