/** The demo's profiles: one per everyday situation, all against the emulator's default world. */
import type { ProfileDraft } from '../lib/model/profile';
import * as world from '../emulator';

const acme = `https://${world.ACME_HOST}`;
const cloud = (name: string, siteUrl: string, email: string, apiToken: string): ProfileDraft => ({
  kind: 'cloud-api-token',
  name,
  siteUrl,
  email,
  apiToken,
});

/** Confluence integrations (the bench measures them too, beside their one-by-one baseline). */
export const CONFLUENCE_DEMO_PROFILES: ProfileDraft[] = [
  cloud('Wiki — Confluence integration', `${acme}/wiki`, world.WRITER_EMAIL, world.WRITER_TOKEN),
  cloud('Wiki — scoped Confluence token', `${acme}/wiki`, world.WRITER_EMAIL, world.WRITER_SCOPED_CONFLUENCE_TOKEN),
  cloud(
    'Docs — service account publisher',
    `https://${world.DOCS_HOST}/wiki`,
    world.DOCS_BOT_EMAIL,
    world.DOCS_BOT_TOKEN,
  ),
];

export const DEMO_PROFILES: ProfileDraft[] = [
  cloud('Acme — admin token', acme, world.ADMIN_EMAIL, world.UNSCOPED_TOKEN),
  cloud('Acme — scoped sync token', acme, world.ADMIN_EMAIL, world.SCOPED_TOKEN_READ_JIRA_USER),
  cloud('Acme — vendor token, few scopes', acme, world.ADMIN_EMAIL, world.SCOPED_TOKEN_WITHOUT_USER_SCOPE),
  cloud('Acme — token from last year', acme, world.ADMIN_EMAIL, world.EXPIRED_TOKEN),
  cloud(
    'Acme — pasted from a runbook',
    `http://${world.ACME_HOST}/jira/software`,
    world.ADMIN_EMAIL,
    `${world.UNSCOPED_TOKEN} `,
  ),
  cloud('Locked — after a retry loop', `https://${world.LOCKED_HOST}`, world.ADMIN_EMAIL, world.UNSCOPED_TOKEN),
  cloud('Typo in the site name', `https://${world.UNKNOWN_HOST}`, world.ADMIN_EMAIL, world.UNSCOPED_TOKEN),
  {
    kind: 'cloud-api-token',
    name: 'Migration — member, not admin',
    siteUrl: acme,
    email: world.MEMBER_EMAIL,
    apiToken: world.MEMBER_TOKEN,
    alsoCheck: { confluence: true, idMapping: true },
  },
  { kind: 'oauth-access-token', name: 'OAuth app — acme', accessToken: world.OAUTH_ACCESS_TOKEN, siteUrl: acme },
  {
    kind: 'oauth-access-token',
    name: 'OAuth app — stale token',
    accessToken: world.OAUTH_EXPIRED_TOKEN,
    siteUrl: acme,
  },
  { kind: 'org-admin-key', name: 'Org key — Acme', apiKey: world.ORG_API_KEY, orgId: world.ACME_ORG_ID },
  // Confluence integrations: a Site URL ending in /wiki is checked as Confluence.
  ...CONFLUENCE_DEMO_PROFILES,
  // Bitbucket Cloud
  {
    kind: 'bitbucket-api-token',
    name: 'Bitbucket — CI API token',
    email: world.BITBUCKET_EMAIL,
    bitbucketApiToken: world.BITBUCKET_API_TOKEN,
    workspace: world.BITBUCKET_WORKSPACE,
  },
  {
    kind: 'bitbucket-api-token',
    name: 'Bitbucket — old app password',
    email: world.BITBUCKET_USERNAME,
    bitbucketApiToken: world.BITBUCKET_APP_PASSWORD,
    workspace: world.BITBUCKET_WORKSPACE,
  },
];

/** Benchmarked beside the demo profiles (not shown in the demo): the other Bitbucket kind. */
export const BENCH_BITBUCKET_PROFILES: ProfileDraft[] = [
  {
    kind: 'bitbucket-access-token',
    name: 'Bitbucket — repository access token',
    bitbucketAccessToken: world.BITBUCKET_REPO_ACCESS_TOKEN,
    workspace: world.BITBUCKET_WORKSPACE,
  },
];

/** A Data Center profile: it needs the server's host permission, so the demo runs it on the test build. */
export const DEMO_DC_PROFILE: ProfileDraft = {
  kind: 'dc-pat',
  name: 'Jira DC — wrong base URL',
  serverUrl: `https://${world.DC_CTX_HOST}`,
  pat: world.DC_CTX_PAT,
};

const LABELS: Record<string, string> = {
  siteUrl: 'Site URL',
  email: 'Email',
  apiToken: 'API token',
  accessToken: 'Access token',
  apiKey: 'API key',
  orgId: 'Organization ID',
  serverUrl: 'Server URL',
  pat: 'Personal access token',
  bitbucketApiToken: 'API token',
  bitbucketAccessToken: 'Access token',
  workspace: 'Workspace',
};

const ALSO_LABELS: Record<string, string> = {
  confluence: 'Confluence',
  idMapping: 'Id Mapping',
  jsmOps: 'JSM operations',
};

/** The draft as the form's contract fields (for the browser) . */
export function formFields(draft: ProfileDraft): { fields: Record<string, string>; alsoCheck: string[] } {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(draft))
    if (LABELS[key] && typeof value === 'string') fields[LABELS[key]] = value;
  const also =
    'alsoCheck' in draft && draft.alsoCheck
      ? Object.entries(draft.alsoCheck)
          .filter(([, on]) => on)
          .map(([k]) => ALSO_LABELS[k]!)
      : [];
  return { fields, alsoCheck: also };
}

/** A Government Cloud site (its hosts need a grant: the demo runs it on the test build). */
export const DEMO_GOV_PROFILE: ProfileDraft = {
  kind: 'cloud-api-token',
  name: 'Agency — Government Cloud',
  siteUrl: `https://${world.GOV_HOST}`,
  email: world.GOV_EMAIL,
  apiToken: world.GOV_UNSCOPED_TOKEN,
};

/** Confluence Data Center under /confluence (test build, like the Jira DC profile). */
export const DEMO_CONFLUENCE_DC_PROFILE: ProfileDraft = {
  kind: 'dc-pat',
  name: 'Confluence DC — wiki',
  serverUrl: `https://${world.DC_CONFLUENCE_HOST}${world.DC_CONFLUENCE_CONTEXT}`,
  pat: world.DC_CONFLUENCE_PAT,
};

/** A Cloud site on its own domain, recognised by its answers (test build: the origin is granted). */
export const DEMO_CUSTOM_DOMAIN_PROFILE: ProfileDraft = {
  kind: 'cloud-api-token',
  name: 'Globex — Jira on its own domain',
  siteUrl: `https://${world.GLOBEX_CUSTOM_HOST}`,
  email: world.GLOBEX_EMAIL,
  apiToken: world.GLOBEX_UNSCOPED_TOKEN,
};
