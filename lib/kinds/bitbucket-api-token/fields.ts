/** The form of a Bitbucket Cloud API token profile: the Atlassian account's email, the token and, optionally, a workspace. */
import { BITBUCKET_API_TOKENS_PAGE } from '../../atlassian/bitbucket-pages';
import { EXPIRES_ON_FIELD } from '../expires-on';
import { defineForm, type FieldSpec } from '../field-spec';

/** The optional workspace, shared by both Bitbucket kinds ("Workspace" is a UI contract name). */
export const WORKSPACE_FIELD: FieldSpec = {
  name: 'workspace',
  label: 'Workspace',
  secret: false,
  required: false,
  maxLength: 200,
  hint: [
    'Optional: the workspace ID, the first part of bitbucket.org/<workspace>/<repository>. With it, Token Doctor also checks that the credential can see the workspace and its repositories.',
  ],
  placeholder: 'acme',
};

export const BITBUCKET_API_TOKEN_FORM = defineForm({
  kind: 'bitbucket-api-token',
  label: 'Bitbucket Cloud API token (email + token)',
  urlLabel: 'Workspace',
  secretLabel: 'Token',
  checksGoTo: 'Bitbucket Cloud',
  fields: [
    {
      name: 'email',
      label: 'Email',
      secret: false,
      required: true,
      maxLength: 320,
      inputMode: 'email',
      hint: [
        'The email of your Atlassian account, not your Bitbucket username: Bitbucket refuses the username with an API token.',
      ],
    },
    {
      name: 'bitbucketApiToken',
      label: 'API token',
      secret: true,
      required: true,
      maxLength: 4096,
      noun: 'token',
      hint: [
        'An API token with Bitbucket scopes, made at ',
        { href: BITBUCKET_API_TOKENS_PAGE, text: 'id.atlassian.com → Security → API tokens' },
        ' ("Create API token with scopes", app Bitbucket). Sent as Basic email:token to api.bitbucket.org only.',
      ],
    },
    WORKSPACE_FIELD,
    EXPIRES_ON_FIELD,
  ],
  describe: (profile) =>
    profile.workspace.trim() === '' ? 'Bitbucket Cloud' : `bitbucket.org/${profile.workspace.trim()}`,
});
