/**
 * The part of the default world for Confluence integrations, service accounts and the 2026 rate
 * limits: a Confluence-only site, a Confluence writer with unscoped and scoped tokens, a service
 * account that publishes to Confluence (API token and OAuth client credentials), a site near its
 * rate limit and one that answers Jira Cloud's HTML 429. Wired into `defaultScenario()` with
 * `.apply(addConfluenceWorld)`. Literals only: this module imports nothing from default-scenario.ts.
 */
import { fakeAccountId, fakeCloudApiToken, fakeUuid, hexFrom } from './fake-ids';
import { makeOAuthAccessToken } from './oauth';
import type { ScenarioBuilder } from './scenario';

const ACME = 'acme.atlassian.net';

// ---- sites -------------------------------------------------------------------------------
/**
 * Confluence only, no Jira: Jira paths get the edge 404 (the emulator's assumption for a product a
 * site lacks), tenant_info still answers. Products are paths on one site URL
 * (https://developer.atlassian.com/cloud/confluence/basic-auth-for-rest-apis/: Confluence under /wiki).
 */
export const DOCS_HOST = 'docs.atlassian.net';
export const DOCS_CLOUD_ID = fakeUuid(`cloud/${DOCS_HOST}`);
/** Jira + Confluence; every answer says the caller is near its limit (rate-limit.ts, https://jira.atlassian.com/browse/JRACLOUD-69262). */
export const QUOTA_HOST = 'quota.atlassian.net';
const QUOTA_CLOUD_ID = fakeUuid(`cloud/${QUOTA_HOST}`);
/** Jira; every request gets Jira Cloud's HTML 429 page (https://github.com/apache/devlake/issues/2932), Retry-After 30. */
export const THROTTLED_HOST = 'throttled.atlassian.net';
const THROTTLED_CLOUD_ID = fakeUuid(`cloud/${THROTTLED_HOST}`);

// ---- accounts ----------------------------------------------------------------------------
/** Confluence on acme, docs and quota; Jira on acme, quota and throttled. */
export const WRITER_EMAIL = 'cora.writer@acme.example';
const WRITER_ACCOUNT_ID = fakeAccountId(WRITER_EMAIL);
export const WRITER_DISPLAY_NAME = 'Cora Writer';
/**
 * A service account (https://support.atlassian.com/user-management/docs/manage-api-tokens-for-service-accounts): Confluence on acme and docs, Jira
 * on acme. Its API tokens are scoped (the KB: "Service accounts can only create scoped API tokens").
 */
export const DOCS_BOT_EMAIL = 'docs-publisher@serviceaccount.atlassian.com';
const DOCS_BOT_ACCOUNT_ID = fakeAccountId(DOCS_BOT_EMAIL);

// ---- Cloud API tokens ----------------------------------------------------------------------
/** The writer's unscoped token: Confluence and Jira on the site URL. */
export const WRITER_TOKEN = fakeCloudApiToken('writer/unscoped');
/** Scoped, classic `read:confluence-user` + granular `read:space:confluence`: gateway v1 user/current and v2 spaces → 200. */
export const WRITER_SCOPED_CONFLUENCE_TOKEN = fakeCloudApiToken('writer/scoped-confluence');
/** Scoped, `read:space:confluence` only: v2 spaces → 200, v1 user/current → scope mismatch. */
export const WRITER_SCOPED_V2_ONLY_TOKEN = fakeCloudApiToken('writer/scoped-v2-only');
/** Scoped for Jira only (`read:jira-user`): every Confluence route → scope mismatch. */
export const WRITER_SCOPED_JIRA_ONLY_TOKEN = fakeCloudApiToken('writer/scoped-jira-only');
/** The writer's expired unscoped token. */
export const WRITER_EXPIRED_TOKEN = fakeCloudApiToken('writer/expired');
/** The service account's scoped token: `read:confluence-user`, `read:space:confluence`. */
export const DOCS_BOT_TOKEN = fakeCloudApiToken('docs-bot/scoped');

// ---- OAuth 2.0 -----------------------------------------------------------------------------------
const CLOCK_S = Math.floor(Date.now() / 1000);
/**
 * The service account's OAuth 2.0 client-credentials access token: valid 60 minutes, no refresh
 * token (https://github.com/n8n-io/n8n/pull/37513; Atlassian's "Create OAuth 2.0 credential for service accounts"), called on
 * the gateway with Bearer like a 3LO token. No `offline_access`: there is nothing to refresh.
 */
export const DOCS_BOT_OAUTH_TOKEN = makeOAuthAccessToken({
  accountId: DOCS_BOT_ACCOUNT_ID,
  clientId: hexFrom('oauth-client/docs-bot-client-credentials', 32),
  scopes: ['read:jira-user', 'read:jira-work'],
  issuedAt: CLOCK_S - 60,
  lifetimeSeconds: 3600,
  seed: 'oauth/docs-bot/client-credentials',
});
/** The writer's 3LO token on the quota site: answered with the 2026 points-quota headers, near the limit. */
export const WRITER_QUOTA_OAUTH_TOKEN = makeOAuthAccessToken({
  accountId: WRITER_ACCOUNT_ID,
  clientId: hexFrom('oauth-client/writer-app', 32),
  scopes: ['read:jira-user', 'read:jira-work', 'offline_access'],
  issuedAt: CLOCK_S - 60,
  seed: 'oauth/writer/quota',
});

/** Adds this part of the world to a builder (`defaultScenario()` does it). */
export function addConfluenceWorld<B extends ScenarioBuilder>(builder: B): B {
  return builder
    .site({ host: DOCS_HOST, cloudId: DOCS_CLOUD_ID, products: ['confluence'] })
    .site({ host: QUOTA_HOST, cloudId: QUOTA_CLOUD_ID, products: ['jira', 'confluence'], nearLimit: true })
    .site({
      host: THROTTLED_HOST,
      cloudId: THROTTLED_CLOUD_ID,
      products: ['jira'],
      rateLimited: { retryAfterSeconds: 30, html: true },
    })
    .account({
      accountId: WRITER_ACCOUNT_ID,
      email: WRITER_EMAIL,
      displayName: WRITER_DISPLAY_NAME,
      active: true,
      accountType: 'atlassian',
      jiraSites: [ACME, QUOTA_HOST, THROTTLED_HOST],
      confluenceSites: [ACME, DOCS_HOST, QUOTA_HOST],
    })
    .account({
      accountId: DOCS_BOT_ACCOUNT_ID,
      email: DOCS_BOT_EMAIL,
      displayName: 'docs-publisher',
      active: true,
      accountType: 'app',
      jiraSites: [ACME],
      confluenceSites: [ACME, DOCS_HOST],
    })
    .token({
      token: WRITER_TOKEN,
      ownerEmail: WRITER_EMAIL,
      kind: 'unscoped',
      state: 'active',
      label: 'writer unscoped',
    })
    .token({
      token: WRITER_SCOPED_CONFLUENCE_TOKEN,
      ownerEmail: WRITER_EMAIL,
      kind: 'scoped',
      scopes: ['read:confluence-user', 'read:space:confluence'],
      state: 'active',
      label: 'writer scoped confluence',
    })
    .token({
      token: WRITER_SCOPED_V2_ONLY_TOKEN,
      ownerEmail: WRITER_EMAIL,
      kind: 'scoped',
      scopes: ['read:space:confluence'],
      state: 'active',
      label: 'writer scoped v2 spaces only',
    })
    .token({
      token: WRITER_SCOPED_JIRA_ONLY_TOKEN,
      ownerEmail: WRITER_EMAIL,
      kind: 'scoped',
      scopes: ['read:jira-user'],
      state: 'active',
      label: 'writer scoped jira only',
    })
    .token({
      token: WRITER_EXPIRED_TOKEN,
      ownerEmail: WRITER_EMAIL,
      kind: 'unscoped',
      state: 'expired',
      label: 'writer expired',
    })
    .token({
      token: DOCS_BOT_TOKEN,
      ownerEmail: DOCS_BOT_EMAIL,
      kind: 'scoped',
      scopes: ['read:confluence-user', 'read:space:confluence'],
      state: 'active',
      label: 'docs bot scoped',
    })
    .oauthToken({
      token: DOCS_BOT_OAUTH_TOKEN,
      ownerEmail: DOCS_BOT_EMAIL,
      state: 'active',
      resources: [{ host: ACME, product: 'jira', scopes: ['read:jira-user', 'read:jira-work'] }],
      label: 'docs bot OAuth client credentials',
    })
    .oauthToken({
      token: WRITER_QUOTA_OAUTH_TOKEN,
      ownerEmail: WRITER_EMAIL,
      state: 'active',
      resources: [
        { host: QUOTA_HOST, product: 'jira', scopes: ['read:jira-user', 'read:jira-work', 'offline_access'] },
      ],
      label: 'writer OAuth quota site',
    });
}
