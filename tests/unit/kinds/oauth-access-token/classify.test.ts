/**
 * The OAuth classifier, table-driven over what accessible-resources and the gateway's /myself
 * answer. Each row: the observations, and the finding codes they must produce, top finding first.
 */
import { describe, expect, it } from 'vitest';
import { classifyOAuth, type OAuthSeen } from '../../../../lib/kinds/oauth-access-token/classify';
import { lintOAuthToken } from '../../../../lib/kinds/oauth-access-token/lint';
import { failed, jwt, obs } from '../observation';

const NOW = Date.parse('2026-05-01T12:00:00Z');
const TOKEN = jwt({
  exp: NOW / 1000 + 3600,
  scope: 'read:jira-user read:jira-work',
  client_id: 'app-123',
  'https://id.atlassian.com/atl_token_type': 'ACCESS',
});
const ACME = { id: 'c1', name: 'acme', url: 'https://acme.atlassian.net', scopes: ['read:jira-user'] };
const BETA = { id: 'c2', name: 'beta', url: 'https://beta.atlassian.net', scopes: ['read:jira-work'] };
const ACME_WIKI = { ...ACME, scopes: ['read:confluence-content.all'] };

const resources = (list: unknown[]) => obs('accessible-resources', 200, list);
const myselfOk = obs('gateway-myself', 200, { accountId: 'acc-1', displayName: 'App User' });
const scopeMismatch = obs(
  'gateway-myself',
  401,
  { code: 401, message: 'Unauthorized; scope does not match' },
  { 'x-failure-category': 'FAILURE_CLIENT_SCOPE_CHECK' },
);
const rejected = obs('gateway-myself', 401, { code: 401, message: 'Unauthorized' });

const noSite = lintOAuthToken({ accessToken: TOKEN, siteUrl: '' }, NOW);
const acmeSite = lintOAuthToken({ accessToken: TOKEN, siteUrl: 'https://acme.atlassian.net' }, NOW);
const elsewhere = lintOAuthToken({ accessToken: TOKEN, siteUrl: 'https://gamma.atlassian.net' }, NOW);

const rows: { name: string; lint: typeof noSite; seen: OAuthSeen; codes: string[] }[] = [
  {
    name: 'granted and accepted',
    lint: noSite,
    seen: { resources: resources([ACME, ACME_WIKI]), myself: [myselfOk] },
    codes: ['AUTH_OK', 'OAUTH_GRANT'],
  },
  {
    name: 'the chosen site is granted and accepts',
    lint: acmeSite,
    seen: { resources: resources([BETA, ACME]), myself: [myselfOk] },
    codes: ['AUTH_OK', 'OAUTH_GRANT'],
  },
  {
    name: 'the scope gate refuses /myself',
    lint: noSite,
    seen: { resources: resources([ACME]), myself: [scopeMismatch] },
    codes: ['SCOPE_MISSING', 'OAUTH_GRANT'],
  },
  {
    name: 'the gateway rejects the token on the site',
    lint: noSite,
    seen: { resources: resources([ACME]), myself: [rejected] },
    codes: ['CREDENTIALS_REJECTED', 'OAUTH_GRANT'],
  },
  {
    name: 'accessible-resources rejects the token',
    lint: noSite,
    seen: { resources: obs('accessible-resources', 401, { code: 401, message: 'Unauthorized' }) },
    codes: ['CREDENTIALS_REJECTED'],
  },
  {
    name: 'accessible-resources times out',
    lint: noSite,
    seen: { resources: failed('accessible-resources', 'timeout') },
    codes: ['TIMEOUT'],
  },
  {
    name: 'accessible-resources answers something else',
    lint: noSite,
    seen: { resources: obs('accessible-resources', 200, '<html><title>Proxy</title></html>') },
    codes: ['UNEXPECTED_RESPONSE'],
  },
  { name: 'the grant reaches no site', lint: noSite, seen: { resources: resources([]) }, codes: ['OAUTH_NO_SITES'] },
  {
    name: 'the profile names a site the grant does not reach',
    lint: elsewhere,
    seen: { resources: resources([ACME]) },
    codes: ['OAUTH_SITE_NOT_GRANTED'],
  },
  {
    name: 'one site answers 503',
    lint: noSite,
    seen: { resources: resources([ACME]), myself: [obs('gateway-myself', 503, 'Service Unavailable')] },
    codes: ['SERVER_ERROR', 'OAUTH_GRANT'],
  },
  {
    name: 'two granted Jira sites, the first accepts',
    lint: noSite,
    seen: { resources: resources([ACME, BETA]), myself: [myselfOk, { ...myselfOk }] },
    codes: ['AUTH_OK', 'OAUTH_GRANT'],
  },
];

describe('classifyOAuth', () => {
  it.each(rows)('$name', ({ lint, seen, codes }) => {
    const parts = classifyOAuth(lint, seen, NOW);
    expect(parts.findings.map((f) => f.code)).toEqual(codes);
  });

  it('reads the account and the cloudId of the site it checked', () => {
    const parts = classifyOAuth(acmeSite, { resources: resources([BETA, ACME]), myself: [myselfOk] }, NOW);
    expect(parts.account?.displayName).toBe('App User');
    expect(parts.cloudId).toBe('c1');
    expect(parts.facts?.map((f) => f.label)).toEqual(['Expires', 'Scopes', 'Client id', 'Token type']);
  });

  it('reports an expired token from the lint alone, with nothing sent', () => {
    const expired = lintOAuthToken({ accessToken: jwt({ exp: NOW / 1000 - 60, scope: 'x' }), siteUrl: '' }, NOW);
    expect(expired.canSendCredential).toBe(false);
    expect(classifyOAuth(expired, {}, NOW).findings.map((f) => f.code)).toEqual(['OAUTH_TOKEN_EXPIRED']);
  });

  it('is pure: the same observations give the same findings', () => {
    const seen = { resources: resources([ACME]), myself: [myselfOk] };
    expect(classifyOAuth(noSite, seen, NOW)).toEqual(classifyOAuth(noSite, seen, NOW));
  });
});
