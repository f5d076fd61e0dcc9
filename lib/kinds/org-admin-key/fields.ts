/** The form of an organization API key profile: the key and, optionally, its organization. */
import { EXPIRES_ON_FIELD } from '../expires-on';
import { defineForm } from '../field-spec';

export const ORG_ADMIN_KEY_FORM = defineForm({
  kind: 'org-admin-key',
  label: 'Organization API key (admin)',
  urlLabel: 'Site',
  secretLabel: 'Key',
  checksGoTo: "Atlassian's organization admin API",
  fields: [
    {
      name: 'apiKey',
      label: 'API key',
      secret: true,
      required: true,
      maxLength: 4096,
      noun: 'key',
      hint: [
        'Created by an organization admin at ',
        { href: 'https://admin.atlassian.com', text: 'admin.atlassian.com' },
        ' → Settings → API keys. Sent as "Authorization: Bearer …" to api.atlassian.com only.',
      ],
    },
    {
      name: 'orgId',
      label: 'Organization ID',
      secret: false,
      required: false,
      maxLength: 200,
      hint: [
        'Optional, but the only way to prove the key works for an organization: a valid key may list none (keys are scoped to one). It is in the address admin.atlassian.com/o/<ID>/…',
      ],
    },
    EXPIRES_ON_FIELD,
  ],
  describe: (profile) => (profile.orgId.trim() === '' ? 'organization API' : `org ${profile.orgId.trim()}`),
});
