/**
 * Bitbucket Cloud in the emulated world: accounts, workspaces and repositories, Atlassian API
 * tokens with Bitbucket scopes, retired app passwords and access tokens bound to a repository,
 * a project or a workspace. Plain data; behaviour lives in bitbucket.ts. `defaultBitbucket()` is
 * wired into defaultScenario(); tests and demos import the constants below.
 */
import { fakeCloudApiToken, hexFrom } from './fake-ids';
import { base64urlChars } from './fake-kinds';
import type { TokenState } from './scenario';

export interface BitbucketAccountSpec {
  /** The Atlassian account email: the Basic user of an API token. */
  email: string;
  /** The Bitbucket username: the Basic user of an app password, a git user of an API token. */
  username: string;
  displayName: string;
  /** Slugs of the workspaces the account is a member of. */
  workspaces: string[];
}

interface BitbucketRepositorySpec {
  slug: string;
  /** The project key it belongs to. */
  project: string;
}

export interface BitbucketWorkspaceSpec {
  slug: string;
  name: string;
  repositories: BitbucketRepositorySpec[];
}

/** An Atlassian API token made for Bitbucket ("Create API token with scopes", app Bitbucket). */
interface BitbucketApiTokenSpec {
  token: string;
  ownerEmail: string;
  /** e.g. `read:user:bitbucket`; a token with none of `…:bitbucket` is refused like a Jira-only token. */
  scopes: string[];
  state: TokenState;
  label?: string;
}

/** A Bitbucket app password: Basic `username:app_password`, switched off on 2026-06-09. */
interface BitbucketAppPasswordSpec {
  password: string;
  username: string;
  label?: string;
}

/** A repository, project or workspace access token: Bearer, bound to its resource. */
export interface BitbucketAccessTokenSpec {
  token: string;
  /** Shown as the token's bot user by `/2.0/user`. */
  name: string;
  workspace: string;
  /** Absent: a workspace token. */
  project?: string;
  /** Set: a repository token (its project is implied). */
  repository?: string;
  state: TokenState;
}

export interface BitbucketSpec {
  accounts: BitbucketAccountSpec[];
  workspaces: BitbucketWorkspaceSpec[];
  apiTokens: BitbucketApiTokenSpec[];
  appPasswords: BitbucketAppPasswordSpec[];
  accessTokens: BitbucketAccessTokenSpec[];
}

/** Reference checks, called by ScenarioBuilder.build(). */
export function checkBitbucket(spec: BitbucketSpec): void {
  const slugs = new Set(spec.workspaces.map((w) => w.slug));
  const emails = new Set(spec.accounts.map((a) => a.email.toLowerCase()));
  const usernames = new Set(spec.accounts.map((a) => a.username));
  for (const a of spec.accounts)
    for (const w of a.workspaces)
      if (!slugs.has(w)) throw new Error(`scenario: Bitbucket account ${a.username} in unknown workspace ${w}`);
  for (const t of spec.apiTokens)
    if (!emails.has(t.ownerEmail.toLowerCase()))
      throw new Error(`scenario: Bitbucket API token ${t.label ?? ''} has unknown owner`);
  for (const p of spec.appPasswords)
    if (!usernames.has(p.username)) throw new Error(`scenario: app password ${p.label ?? ''} has unknown owner`);
  for (const t of spec.accessTokens) {
    const ws = spec.workspaces.find((w) => w.slug === t.workspace);
    if (!ws) throw new Error(`scenario: access token ${t.name} in unknown workspace ${t.workspace}`);
    if (t.repository && !ws.repositories.some((r) => r.slug === t.repository))
      throw new Error(`scenario: access token ${t.name} for unknown repository ${t.repository}`);
  }
}

// ---- the default Bitbucket world ----------------------------------------------------------
/** The emulated Bitbucket Cloud REST host (https://developer.atlassian.com/cloud/bitbucket/rest/intro/). */
export const BITBUCKET_HOST = 'api.bitbucket.org';
export const BITBUCKET_WORKSPACE = 'acme';
export const BITBUCKET_WORKSPACE_NAME = 'Acme Engineering';
/** A workspace the default accounts and tokens are not members of. */
export const BITBUCKET_OTHER_WORKSPACE = 'globex';
export const BITBUCKET_EMAIL = 'ada.admin@acme.example';
export const BITBUCKET_USERNAME = 'ada-admin';
export const BITBUCKET_DISPLAY_NAME = 'Ada Admin';
const BITBUCKET_READ_SCOPES = ['read:user:bitbucket', 'read:workspace:bitbucket', 'read:repository:bitbucket'];
/** An API token with the read scopes: works everywhere in acme. */
export const BITBUCKET_API_TOKEN = fakeCloudApiToken('bitbucket/admin/read');
/** An API token with read:repository:bitbucket only: /2.0/user answers 403 "lack … scopes". */
export const BITBUCKET_API_TOKEN_REPO_ONLY = fakeCloudApiToken('bitbucket/admin/repo-only');
export const BITBUCKET_EXPIRED_API_TOKEN = fakeCloudApiToken('bitbucket/admin/expired');
/**
 * A retired app password (20 letters and digits: the shape is an assumption, no public source
 * gives it; https://github.com/composer/composer/issues/12482 gives the dates).
 */
export const BITBUCKET_APP_PASSWORD = base64urlChars('bitbucket/app-password', 20).replace(/[-_]/g, 'x');
/** Access tokens (the `ATCTT` prefix is an assumption): one per resource kind. */
export const BITBUCKET_REPO_ACCESS_TOKEN = `ATCTT3xFfGN0${base64urlChars('bitbucket/access/repo', 180)}=${hexFrom('bb/repo', 8).toUpperCase()}`;
export const BITBUCKET_WORKSPACE_ACCESS_TOKEN = `ATCTT3xFfGN0${base64urlChars('bitbucket/access/ws', 180)}=${hexFrom('bb/ws', 8).toUpperCase()}`;
export const BITBUCKET_REVOKED_ACCESS_TOKEN = `ATCTT3xFfGN0${base64urlChars('bitbucket/access/revoked', 180)}=${hexFrom('bb/revoked', 8).toUpperCase()}`;
const BITBUCKET_REPOSITORY = 'billing-service';

export function defaultBitbucket(): BitbucketSpec {
  return {
    accounts: [
      {
        email: BITBUCKET_EMAIL,
        username: BITBUCKET_USERNAME,
        displayName: BITBUCKET_DISPLAY_NAME,
        workspaces: [BITBUCKET_WORKSPACE],
      },
    ],
    workspaces: [
      {
        slug: BITBUCKET_WORKSPACE,
        name: BITBUCKET_WORKSPACE_NAME,
        repositories: [
          { slug: 'billing-service', project: 'PAY' },
          { slug: 'web-frontend', project: 'WEB' },
          { slug: 'infra', project: 'OPS' },
        ],
      },
      { slug: BITBUCKET_OTHER_WORKSPACE, name: 'Globex', repositories: [{ slug: 'secret-sauce', project: 'GX' }] },
    ],
    apiTokens: [
      {
        token: BITBUCKET_API_TOKEN,
        ownerEmail: BITBUCKET_EMAIL,
        scopes: BITBUCKET_READ_SCOPES,
        state: 'active',
        label: 'read',
      },
      {
        token: BITBUCKET_API_TOKEN_REPO_ONLY,
        ownerEmail: BITBUCKET_EMAIL,
        scopes: ['read:repository:bitbucket'],
        state: 'active',
        label: 'repository only',
      },
      {
        token: BITBUCKET_EXPIRED_API_TOKEN,
        ownerEmail: BITBUCKET_EMAIL,
        scopes: BITBUCKET_READ_SCOPES,
        state: 'expired',
        label: 'expired',
      },
    ],
    appPasswords: [{ password: BITBUCKET_APP_PASSWORD, username: BITBUCKET_USERNAME, label: 'retired' }],
    accessTokens: [
      {
        token: BITBUCKET_REPO_ACCESS_TOKEN,
        name: 'billing-ci',
        workspace: BITBUCKET_WORKSPACE,
        repository: BITBUCKET_REPOSITORY,
        state: 'active',
      },
      { token: BITBUCKET_WORKSPACE_ACCESS_TOKEN, name: 'acme-backup', workspace: BITBUCKET_WORKSPACE, state: 'active' },
      { token: BITBUCKET_REVOKED_ACCESS_TOKEN, name: 'old-ci', workspace: BITBUCKET_WORKSPACE, state: 'revoked' },
    ],
  };
}
