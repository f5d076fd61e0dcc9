/**
 * Every kind's form, by kind, and what is read from them: the secret fields and the limits.
 * Light on purpose (no engine code): the pages import it.
 */
import type { CredentialKind, Profile } from '../model/profile';
import type { ProfileField } from '../model/report';
import { BITBUCKET_ACCESS_TOKEN_FORM } from './bitbucket-access-token/fields';
import { BITBUCKET_API_TOKEN_FORM } from './bitbucket-api-token/fields';
import { CLOUD_API_TOKEN_FORM } from './cloud-api-token/fields';
import { DC_PAT_FORM } from './dc-pat/fields';
import type { KindForm } from './field-spec';
import { OAUTH_ACCESS_TOKEN_FORM } from './oauth-access-token/fields';
import { ORG_ADMIN_KEY_FORM } from './org-admin-key/fields';

export const KIND_FORMS: { [K in CredentialKind]: KindForm<K> } = {
  'cloud-api-token': CLOUD_API_TOKEN_FORM,
  'oauth-access-token': OAUTH_ACCESS_TOKEN_FORM,
  'org-admin-key': ORG_ADMIN_KEY_FORM,
  'dc-pat': DC_PAT_FORM,
  'bitbucket-api-token': BITBUCKET_API_TOKEN_FORM,
  'bitbucket-access-token': BITBUCKET_ACCESS_TOKEN_FORM,
};

export function formOfKind<K extends CredentialKind>(kind: K): KindForm<K> {
  return KIND_FORMS[kind];
}

/** The secret field of each kind, as the profile types name it. */
interface SecretFieldOf {
  'cloud-api-token': 'apiToken';
  'oauth-access-token': 'accessToken';
  'org-admin-key': 'apiKey';
  'dc-pat': 'pat';
  'bitbucket-api-token': 'bitbucketApiToken';
  'bitbucket-access-token': 'bitbucketAccessToken';
}

function secretFields<K extends CredentialKind>(kind: K): readonly SecretFieldOf[K][] {
  return KIND_FORMS[kind].fields.filter((f) => f.secret).map((f) => f.name as SecretFieldOf[K]);
}

/** Names of the fields that hold a secret, per kind: reports and logs must never show these. */
export const SECRET_FIELDS: { [K in CredentialKind]: readonly SecretFieldOf[K][] } = {
  'cloud-api-token': secretFields('cloud-api-token'),
  'oauth-access-token': secretFields('oauth-access-token'),
  'org-admin-key': secretFields('org-admin-key'),
  'dc-pat': secretFields('dc-pat'),
  'bitbucket-api-token': secretFields('bitbucket-api-token'),
  'bitbucket-access-token': secretFields('bitbucket-access-token'),
};

/** The secret values of a profile (none when empty): what must never appear in a report or an error. */
export function secretsOf(profile: Profile): string[] {
  const values = profile as unknown as Record<string, unknown>;
  return SECRET_FIELDS[profile.kind].flatMap((field) => {
    const value = values[field];
    return typeof value === 'string' && value.length > 0 ? [value] : [];
  });
}

/** The longest value a field of a kind may hold. */
export function maxLengthOf(kind: CredentialKind, name: ProfileField): number {
  const field = KIND_FORMS[kind].fields.find((f) => f.name === name);
  if (!field) throw new Error(`${kind} has no field ${name}`);
  return field.maxLength;
}

/** The longest secret any kind stores. */
export const SECRET_MAX = Math.max(
  ...Object.values(KIND_FORMS).flatMap((form) => form.fields.filter((f) => f.secret).map((f) => f.maxLength)),
);
