/**
 * Scenario additions of Cloud sites on other names: `globex.atlassian.net` also answers on its
 * custom domain `jira.globex.example` and on the legacy `globex.jira.com`
 * (https://github.com/aquasecurity/postee/pull/668, https://github.com/jenkinsci/jira-plugin/pull/1191).
 * The Data Center server of the default scenario (`jira.internal.example`) is the custom domain that
 * is not Cloud: its anonymous serverInfo says "Server". Wired in with `.apply(addCustomDomainWorld)`.
 * Literals only: this module imports nothing from default-scenario.ts.
 */
import { fakeAccountId, fakeCloudApiToken, fakeUuid } from './fake-ids';
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
    });
  return builder;
}
