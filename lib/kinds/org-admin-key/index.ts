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
    // Keys are made with or without admin scopes, which only some admin APIs have
    // (https://support.atlassian.com/organization-administration/docs/manage-an-organization-with-the-admin-apis/,
    // https://developer.atlassian.com/cloud/admin/scopes); no call shows a key its own.
    notApplicable: () => ({
      summary:
        'An organization API key is made with admin scopes or without them, and no admin API shows a key its own: admin.atlassian.com → Settings → API keys does. Nothing was sent; use "Run diagnosis" to check the key.',
    }),
  },
};
