/**
 * The profile model: one discriminated union over the credential kinds, each with only the fields
 * it uses. What the fields are called, which one is secret and how long they may be is said by
 * each kind's form (lib/kinds/<kind>/fields.ts).
 */

export const CREDENTIAL_KINDS = [
  'cloud-api-token',
  'oauth-access-token',
  'org-admin-key',
  'dc-pat',
  // Bitbucket Cloud
  'bitbucket-api-token',
  'bitbucket-access-token',
] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

interface ProfileBase {
  /** Stable random id; never derived from the secret. */
  id: string;
  name: string;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  /**
   * "Expires on" as typed from the token page (`YYYY-MM-DD`), for kinds whose secret does not
   * say when it ends; absent or '' when not given (records saved before the field keep working).
   */
  expiresOn?: string;
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

// ---- Bitbucket Cloud ----------------------------------------------------------------------
/** An Atlassian API token with Bitbucket scopes, sent as Basic email:token to api.bitbucket.org. */
export interface BitbucketApiTokenProfile extends ProfileBase {
  kind: 'bitbucket-api-token';
  email: string;
  /** The secret ("API token" in the form): its own field, so a Cloud token typed for another kind never carries over. */
  bitbucketApiToken: string;
  /** Optional workspace slug (`bitbucket.org/<workspace>/…`); '' when not given. */
  workspace: string;
}

/** A repository, project or workspace access token, sent as Bearer to api.bitbucket.org. */
export interface BitbucketAccessTokenProfile extends ProfileBase {
  kind: 'bitbucket-access-token';
  /** The secret ("Access token" in the form), apart from OAuth's for the same reason. */
  bitbucketAccessToken: string;
  /** Optional workspace slug; '' when not given. */
  workspace: string;
}

export type Profile =
  | CloudApiTokenProfile
  | OAuthAccessTokenProfile
  | OrgAdminKeyProfile
  | DcPatProfile
  | BitbucketApiTokenProfile
  | BitbucketAccessTokenProfile;

type Draft<P> = P extends Profile ? Omit<P, 'id' | 'createdAt' | 'updatedAt'> : never;
/** What the form edits: a profile without its bookkeeping fields. */
export type ProfileDraft = Draft<Profile>;
