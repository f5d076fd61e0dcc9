/**
 * Tokens with known scope sets for the scope check (lib/scopes): the gateway answers them exactly
 * per the scope tables (scopes.ts), so the inferred rows can be checked against the truth. Added
 * to the default scenario by `withScopeCheckTokens`; scope-tokens.ts lists them with the default
 * scenario's own scope-check tokens, for tests and `npm run bench`.
 */
import { fakeCloudApiToken } from './fake-ids';
import { makeOAuthAccessToken } from './oauth';
import { ScenarioBuilder, type Scenario } from './scenario';

/** Admin's token with granular Jira reads only, the audit log's pair among them: the audit log passes on it, which is no configuration scope. */
export const SCOPE_TOKEN_GRANULAR_READS = fakeCloudApiToken('admin/scoped-granular-reads');
const GRANULAR_READS = [
  'read:permission:jira',
  'read:status:jira',
  'read:audit-log:jira',
  'read:user:jira',
  'read:issue-details:jira',
  'read:avatar:jira',
  'read:field-configuration:jira',
  'read:issue-meta:jira',
];
/** Admin's token with the Jira configuration scope alone: the one token whose configuration scope the answers prove. */
export const SCOPE_TOKEN_CONFIGURATION = fakeCloudApiToken('admin/scoped-configuration');
/** Admin's token with Confluence's granular scopes only (v1 user/current and v2 spaces, pages), nothing for Jira. */
export const SCOPE_TOKEN_CONFLUENCE_GRANULAR = fakeCloudApiToken('admin/scoped-confluence-granular');
const CONFLUENCE_GRANULAR = ['read:content-details:confluence', 'read:space:confluence', 'read:page:confluence'];

/** An OAuth token whose grant mixes classic and granular scopes (Jira and Confluence containers of acme). */
const OAUTH_SCOPE_JIRA = ['read:jira-user', 'read:status:jira', 'read:me'];
const OAUTH_SCOPE_CONFLUENCE = ['read:space:confluence', 'read:page:confluence'];

/** Builds the OAuth token of this file against a clock (seconds) and an owner. */
function oauthScopeToken(accountId: string, clientId: string, issuedAt: number): string {
  return makeOAuthAccessToken({
    accountId,
    clientId,
    scopes: [...OAUTH_SCOPE_JIRA, ...OAUTH_SCOPE_CONFLUENCE],
    issuedAt,
    seed: 'oauth/admin/scope-mix',
  });
}

/** The scope-check tokens added to a scenario that already has the admin account and the acme site. */
export function withScopeCheckTokens(
  base: Scenario,
  owner: { email: string; accountId: string; siteHost: string; clientId: string; issuedAt: number },
): Scenario {
  return new ScenarioBuilder(base)
    .token({
      token: SCOPE_TOKEN_GRANULAR_READS,
      ownerEmail: owner.email,
      kind: 'scoped',
      scopes: [...GRANULAR_READS],
      state: 'active',
      label: 'admin scoped granular reads (audit log pair)',
    })
    .token({
      token: SCOPE_TOKEN_CONFIGURATION,
      ownerEmail: owner.email,
      kind: 'scoped',
      scopes: ['manage:jira-configuration'],
      state: 'active',
      label: 'admin scoped manage:jira-configuration',
    })
    .token({
      token: SCOPE_TOKEN_CONFLUENCE_GRANULAR,
      ownerEmail: owner.email,
      kind: 'scoped',
      scopes: [...CONFLUENCE_GRANULAR],
      state: 'active',
      label: 'admin scoped Confluence granular',
    })
    .oauthToken({
      token: oauthScopeToken(owner.accountId, owner.clientId, owner.issuedAt),
      ownerEmail: owner.email,
      state: 'active',
      resources: [
        { host: owner.siteHost, product: 'jira', scopes: [...OAUTH_SCOPE_JIRA] },
        { host: owner.siteHost, product: 'confluence', scopes: [...OAUTH_SCOPE_CONFLUENCE] },
      ],
      label: 'admin OAuth classic + granular',
    })
    .build();
}

/** The OAuth token of withScopeCheckTokens, for the same owner and clock. */
export function scopeCheckOAuthToken(owner: { accountId: string; clientId: string; issuedAt: number }): string {
  return oauthScopeToken(owner.accountId, owner.clientId, owner.issuedAt);
}
