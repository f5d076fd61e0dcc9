/**
 * The shared emulated world. Tests and demos import the constants below rather than repeating
 * literals, so that a change here moves every user of the world at once.
 */
import { fakeAccountId, fakeCloudApiToken, fakeUuid } from './fake-ids';
import { scenarioBuilder, type Scenario } from './scenario';

// ---- hosts -------------------------------------------------------------------------------
export const GATEWAY_HOST = 'api.atlassian.com';
/** Jira + Confluence; the admin's home site. */
export const ACME_HOST = 'acme.atlassian.net';
/** CAPTCHA triggered: every credentialed request → 403 AUTHENTICATION_DENIED (facts §1.4). */
export const LOCKED_HOST = 'locked.atlassian.net';
/** IP allowlist: site REST → 403 IP rejected (facts §1.10). */
export const WALLED_HOST = 'walled.atlassian.net';
/** Renamed: 301 to ACME_HOST (modelled on facts §1.11). */
export const RENAMED_HOST = 'renamed.atlassian.net';
/** Rate limited: 429 with Retry-After (facts §1.12). */
export const BUSY_HOST = 'busy.atlassian.net';
/** 500 with an HTML page. */
export const BROKEN_HOST = 'broken.atlassian.net';
/** Never answers until the request is aborted. */
export const SLOW_HOST = 'slow.atlassian.net';
/** Deactivated site (facts §1.13). */
export const DORMANT_HOST = 'dormant.atlassian.net';
/** 200 with HTML where JSON was due (facts §1.11). */
export const GLITCH_HOST = 'glitch.atlassian.net';
/** Not in the scenario: every `*.atlassian.net` host not listed is a site that does not exist. */
export const UNKNOWN_HOST = 'no-such-site.atlassian.net';

export const ACME_CLOUD_ID = fakeUuid(`cloud/${ACME_HOST}`);
export const LOCKED_CLOUD_ID = fakeUuid(`cloud/${LOCKED_HOST}`);
export const WALLED_CLOUD_ID = fakeUuid(`cloud/${WALLED_HOST}`);
export const RENAMED_CLOUD_ID = fakeUuid(`cloud/${RENAMED_HOST}`);
export const BUSY_CLOUD_ID = fakeUuid(`cloud/${BUSY_HOST}`);
export const BROKEN_CLOUD_ID = fakeUuid(`cloud/${BROKEN_HOST}`);
export const SLOW_CLOUD_ID = fakeUuid(`cloud/${SLOW_HOST}`);
export const DORMANT_CLOUD_ID = fakeUuid(`cloud/${DORMANT_HOST}`);
export const GLITCH_CLOUD_ID = fakeUuid(`cloud/${GLITCH_HOST}`);
/** Well-formed, but no site has it. */
export const UNKNOWN_CLOUD_ID = fakeUuid('cloud/nowhere');

// ---- accounts ----------------------------------------------------------------------------
/** Jira on every default site, Confluence and site admin on acme. Owns most tokens below. */
export const ADMIN_EMAIL = 'ada.admin@acme.example';
export const ADMIN_ACCOUNT_ID = fakeAccountId(ADMIN_EMAIL);
export const ADMIN_DISPLAY_NAME = 'Ada Admin';
/** The admin's old username: sending it instead of the email is a classic mistake (facts §1.3). */
export const ADMIN_USERNAME = 'ada.admin';
/** An account with Confluence on acme but no Jira access anywhere. */
export const NO_JIRA_ACCESS_EMAIL = 'guest@acme.example';
export const NO_JIRA_ACCESS_ACCOUNT_ID = fakeAccountId(NO_JIRA_ACCESS_EMAIL);
/** A service account (facts §7): its tokens are always scoped. */
export const SERVICE_ACCOUNT_EMAIL = 'acme-sync-bot@serviceaccount.atlassian.com';
export const SERVICE_ACCOUNT_ID = fakeAccountId(SERVICE_ACCOUNT_EMAIL);
/** No account has this email. */
export const UNKNOWN_EMAIL = 'nobody@acme.example';

// ---- secrets -----------------------------------------------------------------------------
/** Admin's unscoped, active token: works on the site and through the gateway (facts §1.6). */
export const UNSCOPED_TOKEN = fakeCloudApiToken('admin/unscoped');
/** Admin's scoped token with classic `read:jira-user`: gateway `/myself` → 200, site → 401. */
export const SCOPED_TOKEN_READ_JIRA_USER = fakeCloudApiToken('admin/scoped-read-jira-user');
/** Admin's scoped token with all four granular scopes `/myself` needs (facts §6). */
export const SCOPED_TOKEN_GRANULAR_MYSELF = fakeCloudApiToken('admin/scoped-granular-myself');
/** Admin's scoped token with only `read:jira-work`: gateway `/myself` → 401 scope mismatch (facts §1.7). */
export const SCOPED_TOKEN_WITHOUT_USER_SCOPE = fakeCloudApiToken('admin/scoped-read-jira-work');
/** Admin's expired unscoped token (facts §7). */
export const EXPIRED_TOKEN = fakeCloudApiToken('admin/expired');
/** Admin's revoked unscoped token. */
export const REVOKED_TOKEN = fakeCloudApiToken('admin/revoked');
/** Looks like an API token but belongs to nobody (a typo, or a token from another world). */
export const UNKNOWN_TOKEN = fakeCloudApiToken('nobody/unknown');
/** Unscoped, active token of NO_JIRA_ACCESS_EMAIL. */
export const NO_JIRA_ACCESS_TOKEN = fakeCloudApiToken('guest/unscoped');
/** Scoped (`read:jira-user`, `read:jira-work`) token of the service account. */
export const SERVICE_ACCOUNT_TOKEN = fakeCloudApiToken('bot/scoped');
/** An account password, not an API token: served the text/plain 401 (facts §1.3). */
export const PASSWORD_LIKE_SECRET = 'Tr0ub4dor&3';

export const MYSELF_GRANULAR_SCOPES = [
  'read:application-role:jira',
  'read:group:jira',
  'read:user:jira',
  'read:avatar:jira',
] as const;

const ALL_DEFAULT_SITES = [
  ACME_HOST,
  LOCKED_HOST,
  WALLED_HOST,
  RENAMED_HOST,
  BUSY_HOST,
  BROKEN_HOST,
  SLOW_HOST,
  DORMANT_HOST,
  GLITCH_HOST,
];

export function defaultScenario(): Scenario {
  return scenarioBuilder()
    .site({ host: ACME_HOST, cloudId: ACME_CLOUD_ID, products: ['jira', 'confluence'] })
    .site({ host: LOCKED_HOST, cloudId: LOCKED_CLOUD_ID, products: ['jira'], captcha: true })
    .site({ host: WALLED_HOST, cloudId: WALLED_CLOUD_ID, products: ['jira'], ipAllowlist: true })
    .site({ host: RENAMED_HOST, cloudId: RENAMED_CLOUD_ID, products: ['jira'], redirectTo: ACME_HOST })
    .site({ host: BUSY_HOST, cloudId: BUSY_CLOUD_ID, products: ['jira'], rateLimited: { retryAfterSeconds: 2 } })
    .site({ host: BROKEN_HOST, cloudId: BROKEN_CLOUD_ID, products: ['jira'], serverError: { status: 500 } })
    .site({ host: SLOW_HOST, cloudId: SLOW_CLOUD_ID, products: ['jira'], hang: true })
    .site({ host: DORMANT_HOST, cloudId: DORMANT_CLOUD_ID, products: ['jira'], deactivated: true })
    .site({ host: GLITCH_HOST, cloudId: GLITCH_CLOUD_ID, products: ['jira'], htmlInsteadOfJson: true })
    .account({
      accountId: ADMIN_ACCOUNT_ID,
      email: ADMIN_EMAIL,
      displayName: ADMIN_DISPLAY_NAME,
      active: true,
      accountType: 'atlassian',
      jiraSites: ALL_DEFAULT_SITES,
      confluenceSites: [ACME_HOST],
      siteAdminOf: [ACME_HOST],
      timeZone: 'Europe/London',
      locale: 'en_GB',
    })
    .account({
      accountId: NO_JIRA_ACCESS_ACCOUNT_ID,
      email: NO_JIRA_ACCESS_EMAIL,
      displayName: 'Gus Guest',
      active: true,
      accountType: 'atlassian',
      jiraSites: [],
      confluenceSites: [ACME_HOST],
    })
    .account({
      accountId: SERVICE_ACCOUNT_ID,
      email: SERVICE_ACCOUNT_EMAIL,
      displayName: 'acme-sync-bot',
      active: true,
      accountType: 'app',
      jiraSites: [ACME_HOST],
    })
    .token({ token: UNSCOPED_TOKEN, ownerEmail: ADMIN_EMAIL, kind: 'unscoped', state: 'active', label: 'admin unscoped' })
    .token({
      token: SCOPED_TOKEN_READ_JIRA_USER,
      ownerEmail: ADMIN_EMAIL,
      kind: 'scoped',
      scopes: ['read:jira-user'],
      state: 'active',
      label: 'admin scoped read:jira-user',
    })
    .token({
      token: SCOPED_TOKEN_GRANULAR_MYSELF,
      ownerEmail: ADMIN_EMAIL,
      kind: 'scoped',
      scopes: [...MYSELF_GRANULAR_SCOPES],
      state: 'active',
      label: 'admin scoped granular myself',
    })
    .token({
      token: SCOPED_TOKEN_WITHOUT_USER_SCOPE,
      ownerEmail: ADMIN_EMAIL,
      kind: 'scoped',
      scopes: ['read:jira-work'],
      state: 'active',
      label: 'admin scoped read:jira-work only',
    })
    .token({ token: EXPIRED_TOKEN, ownerEmail: ADMIN_EMAIL, kind: 'unscoped', state: 'expired', label: 'admin expired' })
    .token({ token: REVOKED_TOKEN, ownerEmail: ADMIN_EMAIL, kind: 'unscoped', state: 'revoked', label: 'admin revoked' })
    .token({
      token: NO_JIRA_ACCESS_TOKEN,
      ownerEmail: NO_JIRA_ACCESS_EMAIL,
      kind: 'unscoped',
      state: 'active',
      label: 'guest unscoped',
    })
    .token({
      token: SERVICE_ACCOUNT_TOKEN,
      ownerEmail: SERVICE_ACCOUNT_EMAIL,
      kind: 'scoped',
      scopes: ['read:jira-user', 'read:jira-work'],
      state: 'active',
      label: 'service account scoped',
    })
    .build();
}
