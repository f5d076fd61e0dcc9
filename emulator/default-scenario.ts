/**
 * The shared emulated world. Tests and demos import the constants below rather than repeating
 * literals, so that a change here moves every user of the world at once.
 */
import { fakeAccountId, fakeCloudApiToken, fakeUuid, hexFrom } from './fake-ids';
import { fakeDataCenterPat, fakeOrgApiKey } from './fake-kinds';
import { makeOAuthAccessToken } from './oauth';
import { defaultBitbucket } from './bitbucket-scenario';
import { scenarioBuilder, type Scenario } from './scenario';
import { scopeCheckOAuthToken, withScopeCheckTokens } from './scope-scenario';
import { addConfluenceWorld } from './confluence-scenario';
import { govOAuthToken, withGovcloudWorld } from './govcloud-scenario';
import { addCustomDomainWorld } from './custom-domain-scenario';

// ---- hosts -------------------------------------------------------------------------------
export const GATEWAY_HOST = 'api.atlassian.com';
/** Jira + Confluence; the admin's home site. */
export const ACME_HOST = 'acme.atlassian.net';
/** CAPTCHA triggered: every credentialed request → 403 AUTHENTICATION_DENIED (https://confluence.atlassian.com/jakb/connector-captcha_challenge-error-on-jira-align-connector-1318881453.html). */
export const LOCKED_HOST = 'locked.atlassian.net';
/** IP allowlist: site REST → 403 IP rejected (https://confluence.atlassian.com/pages/viewpage.action?pageId=1384133808). */
export const WALLED_HOST = 'walled.atlassian.net';
/** Renamed: 301 to ACME_HOST (modelled on https://github.com/go-jira/jira/issues/222). */
export const RENAMED_HOST = 'renamed.atlassian.net';
/** Rate limited: 429 with Retry-After (https://developer.atlassian.com/cloud/jira/platform/rate-limiting). */
export const BUSY_HOST = 'busy.atlassian.net';
/** 500 with an HTML page. */
export const BROKEN_HOST = 'broken.atlassian.net';
/** Never answers until the request is aborted. */
export const SLOW_HOST = 'slow.atlassian.net';
/** Deactivated site: Atlassian shows a hosted notice page (status and page assumed). */
export const DORMANT_HOST = 'dormant.atlassian.net';
/** 200 with HTML where JSON was due (https://github.com/ankitpokhrel/jira-cli/issues/822). */
export const GLITCH_HOST = 'glitch.atlassian.net';
/** Not in the scenario: every `*.atlassian.net` host not listed is a site that does not exist. */
export const UNKNOWN_HOST = 'no-such-site.atlassian.net';

export const ACME_CLOUD_ID = fakeUuid(`cloud/${ACME_HOST}`);
export const LOCKED_CLOUD_ID = fakeUuid(`cloud/${LOCKED_HOST}`);
export const WALLED_CLOUD_ID = fakeUuid(`cloud/${WALLED_HOST}`);
const RENAMED_CLOUD_ID = fakeUuid(`cloud/${RENAMED_HOST}`);
const BUSY_CLOUD_ID = fakeUuid(`cloud/${BUSY_HOST}`);
const BROKEN_CLOUD_ID = fakeUuid(`cloud/${BROKEN_HOST}`);
const SLOW_CLOUD_ID = fakeUuid(`cloud/${SLOW_HOST}`);
const DORMANT_CLOUD_ID = fakeUuid(`cloud/${DORMANT_HOST}`);
const GLITCH_CLOUD_ID = fakeUuid(`cloud/${GLITCH_HOST}`);
/** Well-formed, but no site has it. */
export const UNKNOWN_CLOUD_ID = fakeUuid('cloud/nowhere');

// ---- accounts ----------------------------------------------------------------------------
/** Jira on every default site, Confluence and site admin on acme. Owns most tokens below. */
export const ADMIN_EMAIL = 'ada.admin@acme.example';
export const ADMIN_ACCOUNT_ID = fakeAccountId(ADMIN_EMAIL);
export const ADMIN_DISPLAY_NAME = 'Ada Admin';
/** The admin's old username: sending it instead of the email is a classic mistake (https://github.com/solidify/jira-azuredevops-migrator/issues/376). */
export const ADMIN_USERNAME = 'ada.admin';
/** An account with Confluence on acme but no Jira access anywhere. */
export const NO_JIRA_ACCESS_EMAIL = 'guest@acme.example';
const NO_JIRA_ACCESS_ACCOUNT_ID = fakeAccountId(NO_JIRA_ACCESS_EMAIL);
/** A service account (https://support.atlassian.com/user-management/docs/manage-api-tokens-for-service-accounts): its tokens are always scoped. */
export const SERVICE_ACCOUNT_EMAIL = 'acme-sync-bot@serviceaccount.atlassian.com';
const SERVICE_ACCOUNT_ID = fakeAccountId(SERVICE_ACCOUNT_EMAIL);
/** No account has this email. */
export const UNKNOWN_EMAIL = 'nobody@acme.example';

// ---- secrets -----------------------------------------------------------------------------
/** Admin's unscoped, active token: works on the site and through the gateway (https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md). */
export const UNSCOPED_TOKEN = fakeCloudApiToken('admin/unscoped');
/** Admin's scoped token with classic `read:jira-user`: gateway `/myself` → 200, site → 401. */
export const SCOPED_TOKEN_READ_JIRA_USER = fakeCloudApiToken('admin/scoped-read-jira-user');
/** Admin's scoped token with all four granular scopes `/myself` needs (Jira's OpenAPI spec (https://github.com/jarekbird/jira-api-mcp-wrapper)). */
export const SCOPED_TOKEN_GRANULAR_MYSELF = fakeCloudApiToken('admin/scoped-granular-myself');
/** Admin's scoped token with only `read:jira-work`: gateway `/myself` → 401 scope mismatch (https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md). */
export const SCOPED_TOKEN_WITHOUT_USER_SCOPE = fakeCloudApiToken('admin/scoped-read-jira-work');
/** Admin's expired unscoped token (https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/). */
export const EXPIRED_TOKEN = fakeCloudApiToken('admin/expired');
/** Admin's revoked unscoped token. */
export const REVOKED_TOKEN = fakeCloudApiToken('admin/revoked');
/** Looks like an API token but belongs to nobody (a typo, or a token from another world). */
export const UNKNOWN_TOKEN = fakeCloudApiToken('nobody/unknown');
/** Unscoped, active token of NO_JIRA_ACCESS_EMAIL. */
export const NO_JIRA_ACCESS_TOKEN = fakeCloudApiToken('guest/unscoped');
/** Scoped (`read:jira-user`, `read:jira-work`) token of the service account. */
export const SERVICE_ACCOUNT_TOKEN = fakeCloudApiToken('bot/scoped');
/** An account password, not an API token: served the text/plain 401 (https://github.com/gioboa/jira-plugin/issues/148). */
export const PASSWORD_LIKE_SECRET = 'Tr0ub4dor&3';

export const MYSELF_GRANULAR_SCOPES = [
  'read:application-role:jira',
  'read:group:jira',
  'read:user:jira',
  'read:avatar:jira',
] as const;

// ---- more accounts and Cloud tokens (the other credential kinds) ------------------------------------------------
/** Jira on acme only: no Confluence (https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md 403), no site or org admin (Id Mapping 403, https://developer.atlassian.com/cloud/migration/status-and-download-report). */
export const MEMBER_EMAIL = 'jo.member@acme.example';
const MEMBER_ACCOUNT_ID = fakeAccountId(MEMBER_EMAIL);
/** Unscoped, active token of MEMBER_EMAIL. */
export const MEMBER_TOKEN = fakeCloudApiToken('member/unscoped');
/** Admin's scoped token with classic `read:confluence-user`: gateway Confluence user/current → 200 (the Confluence v1 OpenAPI spec lists it as the classic scope). */
export const SCOPED_TOKEN_CONFLUENCE_CLASSIC = fakeCloudApiToken('admin/scoped-read-confluence-user');
/** Admin's scoped token with granular `read:content-details:confluence`: gateway user/current → 200 (the Confluence v1 OpenAPI spec lists it as the granular scope). */
export const SCOPED_TOKEN_CONFLUENCE_GRANULAR = fakeCloudApiToken('admin/scoped-content-details-confluence');
// ---- scope check (known scope sets; the matrix must come out exactly right) ---------
/** Classic scopes only, admin's: Jira reads; no manage:jira-configuration, nothing for Confluence. */
export const SCOPED_TOKEN_CLASSIC_READS = fakeCloudApiToken('admin/scoped-classic-reads');
const CLASSIC_READ_SCOPES = ['read:jira-user', 'read:jira-work'] as const;
/** Granular scopes only, the plain member's: permissions, statuses, Confluence v2 spaces and pages. */
export const SCOPED_TOKEN_GRANULAR_ONLY = fakeCloudApiToken('member/scoped-granular-only');
const GRANULAR_ONLY_SCOPES = [
  'read:permission:jira',
  'read:status:jira',
  'read:space:confluence',
  'read:page:confluence',
] as const;
/** Classic and granular mixed, admin's: Jira work + configuration (write:jira-work too), /myself by granular, Confluence pages. */
export const SCOPED_TOKEN_MIXED = fakeCloudApiToken('admin/scoped-mixed');
const MIXED_SCOPES = [
  'read:jira-work',
  'write:jira-work',
  'manage:jira-configuration',
  'read:application-role:jira',
  'read:group:jira',
  'read:user:jira',
  'read:avatar:jira',
  'read:page:confluence',
] as const;

/** An Id Mapping job that exists: status SUCCESS (https://developer.atlassian.com/cloud/migration/status-and-download-report). `test-job-id` is not one. */
export const ID_MAPPING_JOB_ID = 'a3f1c2d4-0000-4000-8000-000000000001';
/** The job id Atlassian's own page uses to test authorization (https://developer.atlassian.com/cloud/migration/status-and-download-report): 404 "Job not found". */
export const ID_MAPPING_TEST_JOB_ID = 'test-job-id';

// ---- OAuth 2.0 (3LO) access tokens (https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/) -------------------------------------------
/**
 * The scenario clock, in seconds since the epoch: when this module was loaded. The default OAuth
 * tokens are issued relative to it, so they are valid (exp = iat + 3600) for about 59 minutes of
 * real time after loading; the expired ones expired an hour before it.
 */
export const SCENARIO_CLOCK_S = Math.floor(Date.now() / 1000);
/** The client id (`aud`, `client_id`) of the default OAuth app. */
export const OAUTH_CLIENT_ID = hexFrom('oauth-client/acme-integration', 32);
/** Scopes of the Jira container of OAUTH_ACCESS_TOKEN (and its JWT `scope`, with read:confluence-user). */
export const OAUTH_JIRA_SCOPES = ['read:jira-user', 'read:jira-work', 'read:me', 'offline_access'] as const;
/** Scopes of the Confluence container of OAUTH_ACCESS_TOKEN. */
export const OAUTH_CONFLUENCE_SCOPES = ['read:confluence-user', 'read:me', 'offline_access'] as const;
/** Admin's active token: acme Jira container (OAUTH_JIRA_SCOPES) + acme Confluence container (the same id twice: https://community.developer.atlassian.com/t/how-to-implement-oauth-2-3lo/28560). */
export const OAUTH_ACCESS_TOKEN = makeOAuthAccessToken({
  accountId: ADMIN_ACCOUNT_ID,
  clientId: OAUTH_CLIENT_ID,
  scopes: [...OAUTH_JIRA_SCOPES, 'read:confluence-user'],
  issuedAt: SCENARIO_CLOCK_S - 60,
  seed: 'oauth/admin/full',
});
/** Admin's OAuth token for the scope check: classic + granular Jira scopes, granular Confluence ones (scope-scenario.ts). */
export const OAUTH_SCOPE_MIX_TOKEN = scopeCheckOAuthToken({
  accountId: ADMIN_ACCOUNT_ID,
  clientId: OAUTH_CLIENT_ID,
  issuedAt: SCENARIO_CLOCK_S - 60,
});
/** Admin's active token on acme Jira without `read:jira-user`: gateway /myself → 401 scope mismatch (https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md). */
export const OAUTH_TOKEN_WITHOUT_JIRA_USER = makeOAuthAccessToken({
  accountId: ADMIN_ACCOUNT_ID,
  clientId: OAUTH_CLIENT_ID,
  scopes: ['read:jira-work', 'read:me', 'offline_access'],
  issuedAt: SCENARIO_CLOCK_S - 60,
  seed: 'oauth/admin/no-jira-user',
});
/** Admin's token whose `exp` passed an hour before the scenario clock (state `expired` too): 401 (tokens live an hour, https://github.com/MrRefactoring/jira.js/issues/269). */
export const OAUTH_EXPIRED_TOKEN = makeOAuthAccessToken({
  accountId: ADMIN_ACCOUNT_ID,
  clientId: OAUTH_CLIENT_ID,
  scopes: [...OAUTH_JIRA_SCOPES],
  issuedAt: SCENARIO_CLOCK_S - 7200,
  seed: 'oauth/admin/expired',
});
/** Admin's token, not expired by the clock, but the grant was revoked: 401. */
export const OAUTH_REVOKED_TOKEN = makeOAuthAccessToken({
  accountId: ADMIN_ACCOUNT_ID,
  clientId: OAUTH_CLIENT_ID,
  scopes: [...OAUTH_JIRA_SCOPES],
  issuedAt: SCENARIO_CLOCK_S - 60,
  seed: 'oauth/admin/revoked',
});
/** A well-formed, unexpired JWT the scenario does not know (another app's, or forged): 401. */
export const OAUTH_UNKNOWN_TOKEN = makeOAuthAccessToken({
  accountId: ADMIN_ACCOUNT_ID,
  clientId: hexFrom('oauth-client/elsewhere', 32),
  scopes: [...OAUTH_JIRA_SCOPES],
  issuedAt: SCENARIO_CLOCK_S - 60,
  seed: 'oauth/nobody',
});
/** Not a JWT, not an API token: garbage as Bearer → 401 at the gateway. */
export const GARBAGE_BEARER = 'not-an-access-token-0123456789';

// ---- organizations and org admin API keys (https://developer.atlassian.com/cloud/admin/organization/rest/api-group-orgs/) ----------------------------------------
/** Acme's organization; ADMIN_EMAIL is an org admin. */
export const ACME_ORG_ID = fakeUuid('org/acme');
export const ACME_ORG_NAME = 'Acme';
/** Another organization in the world: ORG_API_KEY cannot read it (404, https://dac-static.atlassian.com/cloud/admin/organization/swagger.v3.json). */
export const OTHER_ORG_ID = fakeUuid('org/other');
/** Well-formed, but no org has it. */
export const UNKNOWN_ORG_ID = fakeUuid('org/nowhere');
/** Active key of ACME_ORG_ID: /admin/v1/orgs → 200 with empty data (https://jira.atlassian.com/browse/ACCESS-966). */
export const ORG_API_KEY = fakeOrgApiKey('acme/active');
/** Revoked key of ACME_ORG_ID: 401. */
export const REVOKED_ORG_API_KEY = fakeOrgApiKey('acme/revoked');
/** Expired key of ACME_ORG_ID: 401. */
export const EXPIRED_ORG_API_KEY = fakeOrgApiKey('acme/expired');

// ---- Data Center servers and PATs (https://github.com/pycontribs/jira/issues/993, https://confluence.atlassian.com/jakb/connector-captcha_challenge-error-on-jira-align-connector-1318881453.html, https://github.com/solidify/jira-azuredevops-migrator/issues/775) ----------------------------------
/** Jira DC at the root (no context path), basic auth enabled. */
export const DC_HOST = 'jira.internal.example';
/** Jira DC under the `/jira` context path, PAT only (basic auth disabled: Basic → 403, https://github.com/ankitpokhrel/jira-cli/issues/323). */
export const DC_CTX_HOST = 'jira-ctx.internal.example';
export const DC_CONTEXT_PATH = '/jira';
/** Jira DC with CAPTCHA triggered: every credentialed request → 403 CAPTCHA_CHALLENGE (https://confluence.atlassian.com/jakb/connector-captcha_challenge-error-on-jira-align-connector-1318881453.html). */
export const DC_LOCKED_HOST = 'jira-locked.internal.example';
/** The DC user (on every DC server) and their password. */
export const DC_USERNAME = 'ada';
export const DC_PASSWORD = 'Corr3ct-Horse-Battery';
export const DC_EMAIL = 'ada@internal.example';
export const DC_DISPLAY_NAME = 'Ada Admin';
/** Active PAT of DC_USERNAME on DC_HOST. */
export const DC_PAT = fakeDataCenterPat('dc/ada/active');
/** Expired PAT on DC_HOST: 401. */
export const DC_EXPIRED_PAT = fakeDataCenterPat('dc/ada/expired');
/** Revoked PAT on DC_HOST: 401. */
export const DC_REVOKED_PAT = fakeDataCenterPat('dc/ada/revoked');
/** Active PAT of DC_USERNAME on DC_CTX_HOST. */
export const DC_CTX_PAT = fakeDataCenterPat('dc-ctx/ada/active');
/** Active PAT on DC_LOCKED_HOST (still answered with the CAPTCHA 403). */
export const DC_LOCKED_PAT = fakeDataCenterPat('dc-locked/ada/active');

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

const DC_USER = {
  name: DC_USERNAME,
  displayName: DC_DISPLAY_NAME,
  emailAddress: DC_EMAIL,
  password: DC_PASSWORD,
  active: true,
};

/** The Government Cloud user's OAuth token (govcloud-scenario.ts). */
export const GOV_OAUTH_TOKEN = govOAuthToken({ oauthClientId: OAUTH_CLIENT_ID, clockS: SCENARIO_CLOCK_S });

export function defaultScenario(): Scenario {
  const owner = { email: ADMIN_EMAIL, accountId: ADMIN_ACCOUNT_ID, siteHost: ACME_HOST, clientId: OAUTH_CLIENT_ID };
  return withScopeCheckTokens(
    withGovcloudWorld(scenarioBuilder(), { oauthClientId: OAUTH_CLIENT_ID, clockS: SCENARIO_CLOCK_S, dcUser: DC_USER })
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
      .token({
        token: UNSCOPED_TOKEN,
        ownerEmail: ADMIN_EMAIL,
        kind: 'unscoped',
        state: 'active',
        label: 'admin unscoped',
      })
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
      .token({
        token: EXPIRED_TOKEN,
        ownerEmail: ADMIN_EMAIL,
        kind: 'unscoped',
        state: 'expired',
        label: 'admin expired',
      })
      .token({
        token: REVOKED_TOKEN,
        ownerEmail: ADMIN_EMAIL,
        kind: 'unscoped',
        state: 'revoked',
        label: 'admin revoked',
      })
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
      // ---- more accounts and tokens -------------------------------------------------------------------------
      .account({
        accountId: MEMBER_ACCOUNT_ID,
        email: MEMBER_EMAIL,
        displayName: 'Jo Member',
        active: true,
        accountType: 'atlassian',
        jiraSites: [ACME_HOST],
      })
      .token({
        token: MEMBER_TOKEN,
        ownerEmail: MEMBER_EMAIL,
        kind: 'unscoped',
        state: 'active',
        label: 'member unscoped',
      })
      .token({
        token: SCOPED_TOKEN_CONFLUENCE_CLASSIC,
        ownerEmail: ADMIN_EMAIL,
        kind: 'scoped',
        scopes: ['read:confluence-user'],
        state: 'active',
        label: 'admin scoped read:confluence-user',
      })
      .token({
        token: SCOPED_TOKEN_CONFLUENCE_GRANULAR,
        ownerEmail: ADMIN_EMAIL,
        kind: 'scoped',
        scopes: ['read:content-details:confluence'],
        state: 'active',
        label: 'admin scoped read:content-details:confluence',
      })
      // ---- scope check -------------------------------------------------------------------------
      .token({
        token: SCOPED_TOKEN_CLASSIC_READS,
        ownerEmail: ADMIN_EMAIL,
        kind: 'scoped',
        scopes: [...CLASSIC_READ_SCOPES],
        state: 'active',
        label: 'admin scoped classic reads',
      })
      .token({
        token: SCOPED_TOKEN_GRANULAR_ONLY,
        ownerEmail: MEMBER_EMAIL,
        kind: 'scoped',
        scopes: [...GRANULAR_ONLY_SCOPES],
        state: 'active',
        label: 'member scoped granular only',
      })
      .token({
        token: SCOPED_TOKEN_MIXED,
        ownerEmail: ADMIN_EMAIL,
        kind: 'scoped',
        scopes: [...MIXED_SCOPES],
        state: 'active',
        label: 'admin scoped mixed',
      })
      .idMappingJob({ jobId: ID_MAPPING_JOB_ID, status: 'SUCCESS' })
      .oauthToken({
        token: OAUTH_ACCESS_TOKEN,
        ownerEmail: ADMIN_EMAIL,
        state: 'active',
        resources: [
          { host: ACME_HOST, product: 'jira', scopes: [...OAUTH_JIRA_SCOPES] },
          { host: ACME_HOST, product: 'confluence', scopes: [...OAUTH_CONFLUENCE_SCOPES] },
        ],
        label: 'admin OAuth acme jira+confluence',
      })
      .oauthToken({
        token: OAUTH_TOKEN_WITHOUT_JIRA_USER,
        ownerEmail: ADMIN_EMAIL,
        state: 'active',
        resources: [{ host: ACME_HOST, product: 'jira', scopes: ['read:jira-work', 'read:me', 'offline_access'] }],
        label: 'admin OAuth acme without read:jira-user',
      })
      .oauthToken({
        token: OAUTH_EXPIRED_TOKEN,
        ownerEmail: ADMIN_EMAIL,
        state: 'expired',
        resources: [{ host: ACME_HOST, product: 'jira', scopes: [...OAUTH_JIRA_SCOPES] }],
        label: 'admin OAuth expired',
      })
      .oauthToken({
        token: OAUTH_REVOKED_TOKEN,
        ownerEmail: ADMIN_EMAIL,
        state: 'revoked',
        resources: [{ host: ACME_HOST, product: 'jira', scopes: [...OAUTH_JIRA_SCOPES] }],
        label: 'admin OAuth revoked',
      })
      .org({ id: ACME_ORG_ID, name: ACME_ORG_NAME, adminEmails: [ADMIN_EMAIL] })
      .org({ id: OTHER_ORG_ID, name: 'Other Corp' })
      .orgApiKey({ key: ORG_API_KEY, orgId: ACME_ORG_ID, state: 'active', label: 'acme org key' })
      .orgApiKey({ key: REVOKED_ORG_API_KEY, orgId: ACME_ORG_ID, state: 'revoked', label: 'acme org key revoked' })
      .orgApiKey({ key: EXPIRED_ORG_API_KEY, orgId: ACME_ORG_ID, state: 'expired', label: 'acme org key expired' })
      .dataCenterServer({
        host: DC_HOST,
        users: [DC_USER],
        pats: [
          { token: DC_PAT, ownerName: DC_USERNAME, state: 'active', label: 'dc active' },
          { token: DC_EXPIRED_PAT, ownerName: DC_USERNAME, state: 'expired', label: 'dc expired' },
          { token: DC_REVOKED_PAT, ownerName: DC_USERNAME, state: 'revoked', label: 'dc revoked' },
        ],
      })
      .dataCenterServer({
        host: DC_CTX_HOST,
        contextPath: DC_CONTEXT_PATH,
        patOnly: true,
        users: [DC_USER],
        pats: [{ token: DC_CTX_PAT, ownerName: DC_USERNAME, state: 'active', label: 'dc-ctx active' }],
      })
      .dataCenterServer({
        host: DC_LOCKED_HOST,
        captcha: true,
        users: [DC_USER],
        pats: [{ token: DC_LOCKED_PAT, ownerName: DC_USERNAME, state: 'active', label: 'dc-locked active' }],
      })
      .bitbucket(defaultBitbucket())
      .apply(addConfluenceWorld) // confluence-scenario.ts: Confluence-only site, service accounts, 2026 rate limits
      .apply(addCustomDomainWorld) // custom-domain-scenario.ts: a Cloud site on a custom domain and on *.jira.com
      .build(),
    { ...owner, issuedAt: SCENARIO_CLOCK_S - 60 },
  );
}
