/**
 * The profile model: one discriminated union over the credential kinds of design.md
 * ("Credential kinds"), each with only the fields it uses.
 */

export const CREDENTIAL_KINDS = ['cloud-api-token', 'oauth-access-token', 'org-admin-key', 'dc-pat'] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

export const CREDENTIAL_KIND_LABELS: Record<CredentialKind, string> = {
  'cloud-api-token': 'Cloud API token (email + token)',
  'oauth-access-token': 'OAuth 2.0 access token (3LO app)',
  'org-admin-key': 'Organization API key (admin)',
  'dc-pat': 'Data Center personal access token',
};

interface ProfileBase {
  /** Stable random id; never derived from the secret. */
  id: string;
  name: string;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}

/** Optional extra checks of a Cloud API token profile ("Also check" in the form). */
export interface CloudAlsoCheck {
  confluence?: boolean;
  idMapping?: boolean;
  jsmOps?: boolean;
}

export interface CloudApiTokenProfile extends ProfileBase {
  kind: 'cloud-api-token';
  /** As the user typed it; normalised only when used (the lint explains what it changed). */
  siteUrl: string;
  email: string;
  /** The secret. Lives only in the profile record; never logged or reported. */
  apiToken: string;
  alsoCheck?: CloudAlsoCheck;
}

export interface OAuthAccessTokenProfile extends ProfileBase {
  kind: 'oauth-access-token';
  accessToken: string;
  /** Optional: the site the integration works on; '' when not given. */
  siteUrl: string;
}

export interface OrgAdminKeyProfile extends ProfileBase {
  kind: 'org-admin-key';
  apiKey: string;
  /** Optional; '' when not given. */
  orgId: string;
}

export interface DcPatProfile extends ProfileBase {
  kind: 'dc-pat';
  /** The Jira Data Center base URL, with its context path if it has one (`https://jira.example/jira`). */
  serverUrl: string;
  pat: string;
}

export type Profile = CloudApiTokenProfile | OAuthAccessTokenProfile | OrgAdminKeyProfile | DcPatProfile;

type Draft<P> = P extends Profile ? Omit<P, 'id' | 'createdAt' | 'updatedAt'> : never;
/** What the form edits: a profile without its bookkeeping fields. */
export type ProfileDraft = Draft<Profile>;

/** Names of the fields that hold a secret, per kind: reports and logs must never show these. */
export const SECRET_FIELDS = {
  'cloud-api-token': ['apiToken'],
  'oauth-access-token': ['accessToken'],
  'org-admin-key': ['apiKey'],
  'dc-pat': ['pat'],
} as const satisfies Record<CredentialKind, readonly string[]>;

export function secretsOf(profile: Profile): string[] {
  const secret = (() => {
    switch (profile.kind) {
      case 'cloud-api-token':
        return profile.apiToken;
      case 'oauth-access-token':
        return profile.accessToken;
      case 'org-admin-key':
        return profile.apiKey;
      case 'dc-pat':
        return profile.pat;
    }
  })();
  return secret.length > 0 ? [secret] : [];
}
