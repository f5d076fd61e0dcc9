/** The form of an OAuth 2.0 (3LO) access token profile: the token and, optionally, its site. */
import { defineForm, hostOf } from '../field-spec';

export const OAUTH_ACCESS_TOKEN_FORM = defineForm({
  kind: 'oauth-access-token',
  label: 'OAuth 2.0 access token (3LO app)',
  urlLabel: 'Site',
  secretLabel: 'Token',
  checksGoTo: 'Atlassian',
  fields: [
    {
      name: 'accessToken',
      label: 'Access token',
      secret: true,
      required: true,
      maxLength: 4096,
      noun: 'token',
      hint: [
        'The access_token your app received (a JWT that lives about an hour). Token Doctor never uses a refresh token: Atlassian rotates them, so a refresh from here would break your integration.',
      ],
    },
    {
      name: 'siteUrl',
      label: 'Site URL',
      secret: false,
      required: false,
      maxLength: 2048,
      inputMode: 'url',
      hint: ['Optional: the site the app works on. Without it, every granted Jira site is checked.'],
      targetHint: (target) => `Will check the grant for ${target}`,
    },
  ],
  describe: (profile) => hostOf(profile.siteUrl),
});
