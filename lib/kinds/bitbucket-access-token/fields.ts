/** The form of a Bitbucket Cloud access token profile (repository, project or workspace token) and its optional workspace. */
import { WORKSPACE_FIELD } from '../bitbucket-api-token/fields';
import { EXPIRES_ON_FIELD } from '../expires-on';
import { defineForm } from '../field-spec';

export const BITBUCKET_ACCESS_TOKEN_FORM = defineForm({
  kind: 'bitbucket-access-token',
  label: 'Bitbucket Cloud access token (repository, project or workspace)',
  urlLabel: 'Workspace',
  secretLabel: 'Token',
  checksGoTo: 'Bitbucket Cloud',
  fields: [
    {
      name: 'bitbucketAccessToken',
      label: 'Access token',
      secret: true,
      required: true,
      maxLength: 4096,
      noun: 'token',
      hint: [
        'Made in Bitbucket: repository, project or workspace settings → Access tokens. Sent as "Authorization: Bearer …" to api.bitbucket.org only.',
      ],
    },
    WORKSPACE_FIELD,
    EXPIRES_ON_FIELD,
  ],
  describe: (profile) =>
    profile.workspace.trim() === '' ? 'Bitbucket Cloud' : `bitbucket.org/${profile.workspace.trim()}`,
});
