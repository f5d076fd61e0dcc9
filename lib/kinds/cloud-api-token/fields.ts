/** The form of a Cloud API token profile: site URL, email and API token, and the "Also check" boxes. */
import { EXPIRES_ON_FIELD } from '../expires-on';
import { defineForm, hostOf } from '../field-spec';

const API_TOKENS_PAGE = 'https://id.atlassian.com/manage-profile/security/api-tokens';

export const CLOUD_API_TOKEN_FORM = defineForm({
  kind: 'cloud-api-token',
  label: 'Cloud API token (email + token)',
  urlLabel: 'Site',
  secretLabel: 'Token',
  checksGoTo: 'Atlassian',
  fields: [
    {
      name: 'siteUrl',
      label: 'Site URL',
      secret: false,
      required: true,
      maxLength: 2048,
      inputMode: 'url',
      hint: ['The address you open Jira or Confluence at, for example https://acme.atlassian.net'],
      targetHint: (target) => `Will check ${target}`,
    },
    {
      name: 'email',
      label: 'Email',
      secret: false,
      required: true,
      maxLength: 320,
      inputMode: 'email',
      hint: ['The email of the Atlassian account that made the token.'],
    },
    {
      name: 'apiToken',
      label: 'API token',
      secret: true,
      required: true,
      maxLength: 4096,
      noun: 'token',
      hint: [
        "Made on your Atlassian account's ",
        { href: API_TOKENS_PAGE, text: 'API tokens page' },
        '. Kept in this browser only (see Settings).',
      ],
    },
    EXPIRES_ON_FIELD,
  ],
  describe: (profile) => hostOf(profile.siteUrl),
  extraKeys: ['alsoCheck'],
  extras: (draft) => {
    const also = draft.alsoCheck;
    return also && (also.confluence || also.idMapping || also.jsmOps)
      ? { alsoCheck: { confluence: !!also.confluence, idMapping: !!also.idMapping, jsmOps: !!also.jsmOps } }
      : {};
  },
});

/** The optional extra checks, as the form offers them. */
export const ALSO_CHECKS = [
  {
    key: 'confluence',
    label: 'Confluence',
    hint: 'current user on the same site (or through the gateway for a scoped token)',
  },
  {
    key: 'idMapping',
    label: 'Id Mapping (migrations)',
    hint: 'needs a site or org admin; "Job not found" is the good answer',
  },
  { key: 'jsmOps', label: 'JSM operations', hint: 'a read-only list of on-call schedules' },
] as const;
