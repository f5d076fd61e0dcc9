/**
 * Scenario additions of Cloud sites on other names: `globex.atlassian.net` also answers on its
 * custom domain `jira.globex.example` and on the legacy `globex.jira.com`
 * (https://github.com/aquasecurity/postee/pull/668, https://github.com/jenkinsci/jira-plugin/pull/1191).
 * The Data Center server of the default scenario (`jira.internal.example`) is the custom domain that
 * is not Cloud: its anonymous serverInfo says "Server". Gil has an API token (unscoped and scoped)
 * and an OAuth grant on the site. Wired in with `.apply(addCustomDomainWorld)`.
 * Literals only: this module imports nothing from default-scenario.ts.
 */
import { fakeAccountId, fakeCloudApiToken, fakeUuid, hexFrom } from './fake-ids';
import { makeOAuthAccessToken } from './oauth';
import type { ScenarioBuilder } from './scenario';

const GLOBEX_HOST = 'globex.atlassian.net';
/** The site's custom domain: not under atlassian.net, recognised by tenant_info and serverInfo. */
export const GLOBEX_CUSTOM_HOST = 'jira.globex.example';
/** The site's legacy name, Cloud by rule. */
export const GLOBEX_LEGACY_HOST = 'globex.jira.com';
export const GLOBEX_CLOUD_ID = fakeUuid(`cloud/${GLOBEX_HOST}`);
export const GLOBEX_EMAIL = 'gil.globex@globex.example';
export const GLOBEX_DISPLAY_NAME = 'Gil Globex';
/** Unscoped, active: works on every name of the site. */
export const GLOBEX_UNSCOPED_TOKEN = fakeCloudApiToken('globex/gil/unscoped');
/** Scoped (`read:jira-user`): refused on the site's names, accepted by api.atlassian.com. */
export const GLOBEX_SCOPED_TOKEN = fakeCloudApiToken('globex/gil/scoped');
const GLOBEX_ACCOUNT_ID = fakeAccountId(GLOBEX_EMAIL);
/** Jira scopes of Gil's OAuth grant on the site (https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/). */
const GLOBEX_OAUTH_SCOPES = ['read:jira-user', 'read:jira-work', 'read:me'] as const;
/**
 * Gil's OAuth 2.0 (3LO) access token, issued a minute before the emulator started, valid an hour:
 * accessible-resources lists the site by its atlassian.net address and cloudId, never by the
 * custom domain (https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/).
 */
export const GLOBEX_OAUTH_TOKEN = makeOAuthAccessToken({
  accountId: GLOBEX_ACCOUNT_ID,
  clientId: hexFrom('oauth-client/globex-integration', 32),
  scopes: [...GLOBEX_OAUTH_SCOPES],
  issuedAt: Math.floor(Date.now() / 1000) - 60,
  seed: 'oauth/globex/gil',
});

export function addCustomDomainWorld<B extends ScenarioBuilder>(builder: B): B {
  builder
    .site({
      host: GLOBEX_HOST,
      cloudId: GLOBEX_CLOUD_ID,
      products: ['jira'],
      aliases: [GLOBEX_CUSTOM_HOST, GLOBEX_LEGACY_HOST],
    })
    .account({
      accountId: GLOBEX_ACCOUNT_ID,
      email: GLOBEX_EMAIL,
      displayName: GLOBEX_DISPLAY_NAME,
      active: true,
      accountType: 'atlassian',
      jiraSites: [GLOBEX_HOST],
    })
    .token({
      token: GLOBEX_UNSCOPED_TOKEN,
      ownerEmail: GLOBEX_EMAIL,
      kind: 'unscoped',
      state: 'active',
      label: 'globex unscoped',
    })
    .token({
      token: GLOBEX_SCOPED_TOKEN,
      ownerEmail: GLOBEX_EMAIL,
      kind: 'scoped',
      scopes: ['read:jira-user'],
      state: 'active',
      label: 'globex scoped read:jira-user',
    })
    .oauthToken({
      token: GLOBEX_OAUTH_TOKEN,
      ownerEmail: GLOBEX_EMAIL,
      state: 'active',
      resources: [{ host: GLOBEX_HOST, product: 'jira', scopes: [...GLOBEX_OAUTH_SCOPES] }],
      label: 'globex OAuth jira',
    });
  return builder;
}
