/**
 * Scenario additions of the govcloud area: an Atlassian Government Cloud site and its gateway,
 * JSM operations through OAuth, an organization's directory for the provisioning (SCIM) API, a
 * Confluence Data Center server and a rate-limited Data Center server. Wired into the default
 * scenario by `withGovcloudWorld`.
 */
import { fakeAccountId, fakeCloudApiToken, fakeUuid } from './fake-ids';
import { fakeDataCenterPat } from './fake-kinds';
import { makeOAuthAccessToken } from './oauth';
import type { ScenarioBuilder } from './scenario';

// ---- Government Cloud (https://developer.atlassian.com/platform/framework/agc/guides/manage-3lo-apps, https://github.com/sooperset/mcp-atlassian/pull/890) ----
/** A Government Cloud (FedRAMP Moderate) site: Jira and Confluence, served by api.atlassian-us-gov-mod.com. */
export const GOV_HOST = 'agency.atlassian-us-gov-mod.net';
export const GOV_GATEWAY_HOST = 'api.atlassian-us-gov-mod.com';
export const GOV_CLOUD_ID = fakeUuid(`cloud/${GOV_HOST}`);
export const GOV_EMAIL = 'grace.gov@agency.example';
export const GOV_DISPLAY_NAME = 'Grace Gov';
/** Unscoped, active: works on the Government site and its gateway. */
export const GOV_UNSCOPED_TOKEN = fakeCloudApiToken('gov/grace/unscoped');
/** Scoped (`read:jira-user`): the site answers 401, api.atlassian-us-gov-mod.com 200. */
export const GOV_SCOPED_TOKEN = fakeCloudApiToken('gov/grace/scoped');
/** Scoped for Confluence (`read:confluence-user`, `read:space:confluence`): a Confluence integration on the Government site, checked through its gateway. */
export const GOV_CONFLUENCE_SCOPED_TOKEN = fakeCloudApiToken('gov/grace/scoped-confluence');
const GOV_ACCOUNT_ID = fakeAccountId(GOV_EMAIL);

// ---- OAuth with JSM operations (https://developer.atlassian.com/cloud/jira/service-desk-ops/rest/v2/intro) ----
export const JSM_OPS_SCOPES = ['read:jira-user', 'read:ops-alert:jira-service-management'] as const;

// ---- Data Center Confluence and rate limits ----
/** Confluence DC under `/confluence` (https://github.com/b1ff/atlassian-dc-mcp/issues/2: no /wiki unless configured). */
export const DC_CONFLUENCE_HOST = 'confluence.internal.example';
export const DC_CONFLUENCE_CONTEXT = '/confluence';
export const DC_CONFLUENCE_PAT = fakeDataCenterPat('dc-confluence/ada/active');
/** Jira DC whose rate limiter refuses every REST call (https://github.com/ahungry/org-jira/issues/365). */
export const DC_BUSY_HOST = 'jira-busy.internal.example';
export const DC_BUSY_PAT = fakeDataCenterPat('dc-busy/ada/active');

interface GovcloudWorldOptions {
  /** The OAuth app's client id and the clock, from the default scenario. */
  oauthClientId: string;
  clockS: number;
  dcUser: { name: string; displayName: string; emailAddress: string; password: string; active: boolean };
}

/** OAuth token of the Government site's user, granted the Government site's Jira. */
export function govOAuthToken({
  oauthClientId,
  clockS,
}: Pick<GovcloudWorldOptions, 'oauthClientId' | 'clockS'>): string {
  return makeOAuthAccessToken({
    accountId: GOV_ACCOUNT_ID,
    clientId: oauthClientId,
    scopes: ['read:jira-user', 'read:jira-work'],
    issuedAt: clockS - 60,
    seed: 'oauth/gov/grace',
  });
}

export function withGovcloudWorld<B extends ScenarioBuilder>(builder: B, options: GovcloudWorldOptions): B {
  builder
    .site({ host: GOV_HOST, cloudId: GOV_CLOUD_ID, products: ['jira', 'confluence'] })
    .account({
      accountId: GOV_ACCOUNT_ID,
      email: GOV_EMAIL,
      displayName: GOV_DISPLAY_NAME,
      active: true,
      accountType: 'atlassian',
      jiraSites: [GOV_HOST],
      confluenceSites: [GOV_HOST],
      timeZone: 'America/New_York',
      locale: 'en_US',
    })
    .token({
      token: GOV_UNSCOPED_TOKEN,
      ownerEmail: GOV_EMAIL,
      kind: 'unscoped',
      state: 'active',
      label: 'gov unscoped',
    })
    .token({
      token: GOV_SCOPED_TOKEN,
      ownerEmail: GOV_EMAIL,
      kind: 'scoped',
      scopes: ['read:jira-user'],
      state: 'active',
      label: 'gov scoped read:jira-user',
    })
    .token({
      token: GOV_CONFLUENCE_SCOPED_TOKEN,
      ownerEmail: GOV_EMAIL,
      kind: 'scoped',
      scopes: ['read:confluence-user', 'read:space:confluence'],
      state: 'active',
      label: 'gov scoped Confluence',
    })
    .oauthToken({
      token: govOAuthToken(options),
      ownerEmail: GOV_EMAIL,
      state: 'active',
      resources: [{ host: GOV_HOST, product: 'jira', scopes: ['read:jira-user', 'read:jira-work'] }],
      label: 'gov OAuth',
    })
    .dataCenterServer({
      host: DC_CONFLUENCE_HOST,
      contextPath: DC_CONFLUENCE_CONTEXT,
      product: 'confluence',
      users: [options.dcUser],
      pats: [
        { token: DC_CONFLUENCE_PAT, ownerName: options.dcUser.name, state: 'active', label: 'dc confluence active' },
      ],
    })
    .dataCenterServer({
      host: DC_BUSY_HOST,
      rateLimited: true,
      users: [options.dcUser],
      pats: [{ token: DC_BUSY_PAT, ownerName: options.dcUser.name, state: 'active', label: 'dc busy active' }],
    });
  return builder;
}
