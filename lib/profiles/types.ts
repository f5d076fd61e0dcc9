/**
 * The profile model: one discriminated union over the credential kinds of design.md.
 * Only `cloud-api-token` is implemented end to end so far; the other kinds are listed so that
 * the storage schema and the engine's switch are exhaustive from the start.
 */

export const CREDENTIAL_KINDS = ['cloud-api-token'] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

export const CREDENTIAL_KIND_LABELS: Record<CredentialKind, string> = {
  'cloud-api-token': 'Cloud API token (email + token)',
};

interface ProfileBase {
  /** Stable random id; never derived from the secret. */
  id: string;
  name: string;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}

export interface CloudApiTokenProfile extends ProfileBase {
  kind: 'cloud-api-token';
  /** As the user typed it; normalised only when used (the lint explains what it changed). */
  siteUrl: string;
  email: string;
  /** The secret. Lives only in the profile record; never logged or reported. */
  apiToken: string;
}

export type Profile = CloudApiTokenProfile;

/** What the form edits: a profile without its bookkeeping fields. */
export type ProfileDraft = Omit<CloudApiTokenProfile, 'id' | 'createdAt' | 'updatedAt'>;

/** Names of the fields that hold a secret, per kind: reports and logs must never show these. */
export const SECRET_FIELDS: Record<CredentialKind, readonly string[]> = {
  'cloud-api-token': ['apiToken'],
};

export function secretsOf(profile: Profile): string[] {
  switch (profile.kind) {
    case 'cloud-api-token':
      return [profile.apiToken].filter((s) => s.length > 0);
  }
}
