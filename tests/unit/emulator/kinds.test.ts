/**
 * The emulator's credential kinds beyond the Cloud API token on Jira: OAuth 2.0 access tokens,
 * organization API keys, Data Center PATs, and the Confluence, Id Mapping and JSM Operations
 * checks of a Cloud API token. Each block cites the public source of the answers it checks;
 * in-process, plus one HTTPS test for DC routing.
 */
import { request as httpsRequest } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACME_CLOUD_ID,
  ACME_HOST,
  ACME_ORG_ID,
  ACME_ORG_NAME,
  ADMIN_ACCOUNT_ID,
  ADMIN_EMAIL,
  ADMIN_ORGS_URL,
  CERTIFICATE_DNS_NAMES,
  DC_CONTEXT_PATH,
  DC_CTX_HOST,
  DC_CTX_PAT,
  DC_EMAIL,
  DC_EXPIRED_PAT,
  DC_HOST,
  DC_LOCKED_HOST,
  DC_LOCKED_PAT,
  DC_PASSWORD,
  DC_PAT,
  DC_REVOKED_PAT,
  DC_USERNAME,
  EXPIRED_ORG_API_KEY,
  EXPIRED_TOKEN,
  GARBAGE_BEARER,
  GATEWAY_HOST,
  ID_MAPPING_JOB_ID,
  ID_MAPPING_TEST_JOB_ID,
  LOCKED_CLOUD_ID,
  MEMBER_EMAIL,
  MEMBER_TOKEN,
  NO_JIRA_ACCESS_EMAIL,
  NO_JIRA_ACCESS_TOKEN,
  OAUTH_ACCESS_TOKEN,
  OAUTH_CLIENT_ID,
  OAUTH_CONFLUENCE_SCOPES,
  OAUTH_EXPIRED_TOKEN,
  OAUTH_JIRA_SCOPES,
  OAUTH_REVOKED_TOKEN,
  OAUTH_TOKEN_WITHOUT_JIRA_USER,
  OAUTH_UNKNOWN_TOKEN,
  ORG_API_KEY,
  OTHER_ORG_ID,
  PASSWORD_LIKE_SECRET,
  REVOKED_ORG_API_KEY,
  REVOKED_TOKEN,
  SCENARIO_CLOCK_S,
  SCOPED_TOKEN_CONFLUENCE_CLASSIC,
  SCOPED_TOKEN_CONFLUENCE_GRANULAR,
  SCOPED_TOKEN_READ_JIRA_USER,
  SERVICE_ACCOUNT_EMAIL,
  SERVICE_ACCOUNT_TOKEN,
  TOMCAT_NOT_FOUND_SENTENCE,
  UNKNOWN_CLOUD_ID,
  UNKNOWN_EMAIL,
  UNKNOWN_ORG_ID,
  UNKNOWN_TOKEN,
  UNSCOPED_TOKEN,
  basicAuthorization,
  createAtlassianHandler,
  decodeJwt,
  defaultScenario,
  makeOAuthAccessToken,
  scenarioBuilder,
  startEmulatorServer,
  type AtlassianHandler,
  type EmulatorServer,
} from '../../../emulator';

const NOW = SCENARIO_CLOCK_S * 1000;
const handler = (): AtlassianHandler => createAtlassianHandler(defaultScenario(), { now: () => NOW });

interface Seen {
  status: number;
  headers: Headers;
  body: string;
}

async function ask(
  url: string,
  auth?: string,
  h: AtlassianHandler = handler(),
  extra: Record<string, string> = {},
): Promise<Seen> {
  const headers = new Headers(extra);
  if (auth !== undefined) headers.set('authorization', auth);
  const res = await h(new Request(url, { headers, redirect: 'manual' }));
  return { status: res.status, headers: res.headers, body: await res.text() };
}

const basic = basicAuthorization;
const bearer = (token: string): string => `Bearer ${token}`;
const gw = (path: string): string => `https://${GATEWAY_HOST}${path}`;
const ex = (product: 'jira' | 'confluence', cloudId: string, path: string): string =>
  gw(`/ex/${product}/${cloudId}${path}`);
const MYSELF = '/rest/api/3/myself';
const USER_CURRENT = '/wiki/rest/api/user/current';
const GATEWAY_401 = { code: 401, message: 'Unauthorized' };
const SCOPE_MISMATCH = { code: 401, message: 'Unauthorized; scope does not match' };
const parse = (seen: Seen): unknown => JSON.parse(seen.body);

interface Row {
  name: string;
  url: string;
  auth?: string;
  status: number;
  /** Exact JSON body, when a public source gives one (or our assumption is the contract). */
  json?: unknown;
  /** Partial JSON body. */
  like?: Record<string, unknown>;
  /** Substrings of a non-JSON body. */
  contains?: string[];
  headers?: Record<string, string | null>;
  contentType?: RegExp;
}

async function check(row: Row, h?: AtlassianHandler): Promise<void> {
  const seen = await ask(row.url, row.auth, h);
  expect(seen.status, row.name).toBe(row.status);
  if (row.json !== undefined) expect(parse(seen)).toEqual(row.json);
  if (row.like !== undefined) expect(parse(seen)).toMatchObject(row.like);
  for (const s of row.contains ?? []) expect(seen.body).toContain(s);
  for (const [name, value] of Object.entries(row.headers ?? {})) expect(seen.headers.get(name), name).toBe(value);
  if (row.contentType !== undefined) expect(seen.headers.get('content-type')).toMatch(row.contentType);
}

// ---- OAuth 2.0 -------------------------------------------------------------------------------

// OAuth 2.0 access tokens are JWTs with an atl_token_type claim and exp = iat + 3600:
// https://github.com/MrRefactoring/jira.js/issues/269
describe('makeOAuthAccessToken', () => {
  it('builds a JWT with the header and claims of a real access token', () => {
    const token = makeOAuthAccessToken({
      accountId: ADMIN_ACCOUNT_ID,
      clientId: 'client-1',
      scopes: ['read:jira-work', 'read:me'],
      issuedAt: 1_700_000_000,
    });
    const parts = token.split('.');
    expect(parts).toHaveLength(3);
    expect(parts[2]).toMatch(/^[A-Za-z0-9_-]{300,}$/);
    const decoded = decodeJwt(token);
    expect(decoded?.header).toEqual({ kid: expect.stringMatching(/^[0-9a-f]{24}$/) as unknown, alg: 'RS256' });
    expect(decoded?.claims).toMatchObject({
      sub: ADMIN_ACCOUNT_ID,
      iss: 'https://auth.atlassian.com',
      iat: 1_700_000_000,
      nbf: 1_700_000_000,
      exp: 1_700_003_600,
      aud: 'client-1',
      client_id: 'client-1',
      scope: 'read:jira-work read:me',
      'https://id.atlassian.com/atl_token_type': 'ACCESS',
      'https://id.atlassian.com/processRegion': 'us-east-1',
      'https://atlassian.com/firstParty': false,
      'https://atlassian.com/verified': true,
    });
    expect(decoded?.claims.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(decoded?.claims['https://atlassian.com/systemAccountEmail']).toMatch(/@connect\.atlassian\.com$/);
  });

  it("takes the caller's own claims and lifetime", () => {
    const token = makeOAuthAccessToken({
      accountId: 'x',
      clientId: 'c',
      scopes: [],
      issuedAt: 100,
      lifetimeSeconds: 60,
      claims: { 'https://id.atlassian.com/atl_token_type': 'AUTH_CODE', extra: 1 },
    });
    expect(decodeJwt(token)?.claims).toMatchObject({
      exp: 160,
      'https://id.atlassian.com/atl_token_type': 'AUTH_CODE',
      extra: 1,
    });
  });

  it('the default tokens: active ones expire an hour after issue, the expired one before the clock', () => {
    const active = decodeJwt(OAUTH_ACCESS_TOKEN)?.claims;
    expect(active?.aud).toBe(OAUTH_CLIENT_ID);
    expect(Number(active?.exp) - Number(active?.iat)).toBe(3600);
    expect(Number(active?.exp)).toBeGreaterThan(SCENARIO_CLOCK_S);
    expect(String(active?.scope).split(' ')).toEqual(expect.arrayContaining([...OAUTH_JIRA_SCOPES]));
    expect(Number(decodeJwt(OAUTH_EXPIRED_TOKEN)?.claims.exp)).toBeLessThan(SCENARIO_CLOCK_S);
    expect(decodeJwt(GARBAGE_BEARER)).toBeUndefined();
    expect(decodeJwt(UNSCOPED_TOKEN)).toBeUndefined();
  });
});

// https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/ (accessible-resources,
// OAuth calls go to api.atlassian.com); an expired or invalid token gets a 401 whose exact body no public
// source gives (https://github.com/MrRefactoring/jira.js/issues/269).
describe('OAuth accessible-resources', () => {
  const URL_AR = gw('/oauth/token/accessible-resources');

  it("lists the grant's containers: the same id twice, Jira and Confluence scopes", async () => {
    const seen = await ask(URL_AR, bearer(OAUTH_ACCESS_TOKEN));
    expect(seen.status).toBe(200);
    expect(seen.headers.get('content-type')).toMatch(/^application\/json/);
    const avatarUrl = expect.stringMatching(/^https:\/\//) as unknown;
    expect(parse(seen)).toEqual([
      { id: ACME_CLOUD_ID, name: 'acme', url: `https://${ACME_HOST}`, scopes: [...OAUTH_JIRA_SCOPES], avatarUrl },
      { id: ACME_CLOUD_ID, name: 'acme', url: `https://${ACME_HOST}`, scopes: [...OAUTH_CONFLUENCE_SCOPES], avatarUrl },
    ]);
  });

  it.each([
    ['expired (state and exp)', bearer(OAUTH_EXPIRED_TOKEN)],
    ['revoked', bearer(OAUTH_REVOKED_TOKEN)],
    ['a JWT nobody issued', bearer(OAUTH_UNKNOWN_TOKEN)],
    ['garbage', bearer(GARBAGE_BEARER)],
    ['an API token as Bearer', bearer(UNSCOPED_TOKEN)],
    ['Basic email:token', basic(ADMIN_EMAIL, UNSCOPED_TOKEN)],
    ['nothing', undefined],
  ])('%s → 401 (assumed body)', async (_name, auth) => {
    await check({ name: _name, url: URL_AR, auth, status: 401, json: GATEWAY_401 });
  });

  it('rejects an active-state token once the handler clock passes its exp', async () => {
    const token = makeOAuthAccessToken({
      accountId: ADMIN_ACCOUNT_ID,
      clientId: 'c',
      scopes: ['read:jira-user'],
      issuedAt: 1_000,
    });
    const scenario = scenarioBuilder(defaultScenario())
      .oauthToken({
        token,
        ownerEmail: ADMIN_EMAIL,
        state: 'active',
        resources: [{ host: ACME_HOST, product: 'jira', scopes: ['read:jira-user'] }],
      })
      .build();
    const early = createAtlassianHandler(scenario, { now: () => 2_000 * 1000 });
    const late = createAtlassianHandler(scenario, { now: () => 4_600 * 1000 });
    expect((await ask(URL_AR, bearer(token), early)).status).toBe(200);
    expect((await ask(ex('jira', ACME_CLOUD_ID, MYSELF), bearer(token), early)).status).toBe(200);
    expect((await ask(URL_AR, bearer(token), late)).status).toBe(401);
    expect((await ask(ex('jira', ACME_CLOUD_ID, MYSELF), bearer(token), late)).status).toBe(401);
  });

  // The token endpoint rotates refresh tokens: https://developer.atlassian.com/cloud/oauth/getting-started/refresh-tokens
  it('does not emulate the token endpoint: the product must never call it', async () => {
    const seen = await ask('https://auth.atlassian.com/oauth/token');
    expect(seen.status).toBe(404);
    expect(seen.headers.get('content-type')).toBe('text/plain');
  });
});

// Scope gate: https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md; OAuth traffic goes to the
// gateway, not the site: https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/
describe('OAuth bearer on the gateway and the site', () => {
  const rows: Row[] = [
    {
      name: 'granted, scopes satisfy /myself → 200',
      url: ex('jira', ACME_CLOUD_ID, MYSELF),
      auth: bearer(OAUTH_ACCESS_TOKEN),
      status: 200,
      like: { accountId: ADMIN_ACCOUNT_ID, emailAddress: ADMIN_EMAIL },
    },
    {
      name: 'Confluence container with read:confluence-user → 200',
      url: ex('confluence', ACME_CLOUD_ID, USER_CURRENT),
      auth: bearer(OAUTH_ACCESS_TOKEN),
      status: 200,
      like: { accountId: ADMIN_ACCOUNT_ID, type: 'known' },
    },
    {
      name: 'granted without read:jira-user → 401 scope does not match',
      url: ex('jira', ACME_CLOUD_ID, MYSELF),
      auth: bearer(OAUTH_TOKEN_WITHOUT_JIRA_USER),
      status: 401,
      json: SCOPE_MISMATCH,
      headers: { 'x-failure-category': 'FAILURE_CLIENT_SCOPE_CHECK' },
    },
    {
      name: 'granted Jira only, asked for Confluence → 401 (assumption: plain gateway 401)',
      url: ex('confluence', ACME_CLOUD_ID, USER_CURRENT),
      auth: bearer(OAUTH_TOKEN_WITHOUT_JIRA_USER),
      status: 401,
      json: GATEWAY_401,
      headers: { 'x-failure-category': null },
    },
    {
      name: 'site not granted → 401 (assumption)',
      url: ex('jira', LOCKED_CLOUD_ID, MYSELF),
      auth: bearer(OAUTH_ACCESS_TOKEN),
      status: 401,
      json: GATEWAY_401,
    },
    {
      name: 'expired → 401',
      url: ex('jira', ACME_CLOUD_ID, MYSELF),
      auth: bearer(OAUTH_EXPIRED_TOKEN),
      status: 401,
      json: GATEWAY_401,
    },
    {
      name: 'revoked → 401',
      url: ex('jira', ACME_CLOUD_ID, MYSELF),
      auth: bearer(OAUTH_REVOKED_TOKEN),
      status: 401,
      json: GATEWAY_401,
    },
    {
      name: 'unknown JWT → 401',
      url: ex('jira', ACME_CLOUD_ID, MYSELF),
      auth: bearer(OAUTH_UNKNOWN_TOKEN),
      status: 401,
      json: GATEWAY_401,
    },
    {
      name: 'garbage → 401',
      url: ex('jira', ACME_CLOUD_ID, MYSELF),
      auth: bearer(GARBAGE_BEARER),
      status: 401,
      json: GATEWAY_401,
    },
    {
      // "Bearer to api.atlassian.com returned 404": https://github.com/jwbron/egg/issues/3094
      name: 'API token as Bearer → still the 404 the gateway gives a Bearer API token',
      url: ex('jira', ACME_CLOUD_ID, MYSELF),
      auth: bearer(UNSCOPED_TOKEN),
      status: 404,
      like: { status: 404, error: 'Not Found' },
    },
    {
      name: 'unknown cloudId → Spring 404',
      url: ex('jira', UNKNOWN_CLOUD_ID, MYSELF),
      auth: bearer(OAUTH_ACCESS_TOKEN),
      status: 404,
      like: { status: 404, path: `/ex/jira/${UNKNOWN_CLOUD_ID}${MYSELF}` },
    },
    {
      name: 'OAuth token on the site URL → 401 AUTHENTICATED_FAILED (assumption: OAuth belongs on the gateway)',
      url: `https://${ACME_HOST}${MYSELF}`,
      auth: bearer(OAUTH_ACCESS_TOKEN),
      status: 401,
      json: { message: 'Client must be authenticated to access this resource.', 'status-code': 401 },
      headers: { 'x-seraph-loginreason': 'AUTHENTICATED_FAILED' },
    },
    {
      name: 'an expired OAuth token on the site URL → the same 401',
      url: `https://${ACME_HOST}${MYSELF}`,
      auth: bearer(OAUTH_EXPIRED_TOKEN),
      status: 401,
      headers: { 'x-seraph-loginreason': 'AUTHENTICATED_FAILED' },
    },
    {
      // https://github.com/lesstif/php-jira-rest-client/issues/528
      name: 'an API token as Bearer on the site keeps its Connect-token 403',
      url: `https://${ACME_HOST}${MYSELF}`,
      auth: bearer(UNSCOPED_TOKEN),
      status: 403,
      contains: ['Failed to parse Connect Session Auth Token'],
    },
  ];
  it.each(rows)('$name', async (row) => check(row));
});

// ---- Organization API keys ---------------------------------------------------------------------

// https://developer.atlassian.com/cloud/admin/organization/rest/api-group-orgs/, https://jira.atlassian.com/browse/ACCESS-966,
// a key without the "Bearer " prefix: https://community.developer.atlassian.com/t/55808
describe('organization admin API', () => {
  const orgs = gw('/admin/v1/orgs');
  const org = (id: string): string => gw(`/admin/v1/orgs/${id}`);
  const rows: Row[] = [
    {
      name: 'valid key → 200 with EMPTY data, exactly as ACCESS-966',
      url: orgs,
      auth: bearer(ORG_API_KEY),
      status: 200,
      json: { data: [], links: { self: ADMIN_ORGS_URL }, meta: null },
    },
    {
      name: 'valid key, its own org → 200 documented shape',
      url: org(ACME_ORG_ID),
      auth: bearer(ORG_API_KEY),
      status: 200,
      like: {
        data: {
          id: ACME_ORG_ID,
          type: 'orgs',
          attributes: { name: ACME_ORG_NAME },
          links: { self: `${ADMIN_ORGS_URL}/${ACME_ORG_ID}` },
        },
      },
    },
    {
      name: 'valid key, another org → 404 OrgNotFound',
      url: org(OTHER_ORG_ID),
      auth: bearer(ORG_API_KEY),
      status: 404,
      like: { code: 404 },
    },
    {
      name: 'valid key, unknown org → 404 OrgNotFound',
      url: org(UNKNOWN_ORG_ID),
      auth: bearer(ORG_API_KEY),
      status: 404,
      like: { code: 404 },
    },
    { name: 'revoked key → 401', url: orgs, auth: bearer(REVOKED_ORG_API_KEY), status: 401, json: GATEWAY_401 },
    { name: 'expired key → 401', url: orgs, auth: bearer(EXPIRED_ORG_API_KEY), status: 401, json: GATEWAY_401 },
    {
      name: 'revoked key on an org → 401 before 404',
      url: org(OTHER_ORG_ID),
      auth: bearer(REVOKED_ORG_API_KEY),
      status: 401,
    },
    { name: 'key without "Bearer " → 401', url: orgs, auth: ORG_API_KEY, status: 401, json: GATEWAY_401 },
    {
      name: 'personal API token as Basic → 401 (Community 3183410)',
      url: orgs,
      auth: basic(ADMIN_EMAIL, UNSCOPED_TOKEN),
      status: 401,
    },
    { name: 'ATATT API token as Bearer → 401', url: orgs, auth: bearer(UNSCOPED_TOKEN), status: 401 },
    { name: 'OAuth token as Bearer → 401', url: org(ACME_ORG_ID), auth: bearer(OAUTH_ACCESS_TOKEN), status: 401 },
    { name: 'no credentials → 401', url: orgs, status: 401 },
  ];
  it.each(rows)('$name', async (row) => check(row));

  // The IP allowlist does not apply to org-level APIs: https://confluence.atlassian.com/pages/viewpage.action?pageId=1384133808
  it('ignores site IP allowlists and CAPTCHA', async () => {
    const scenario = scenarioBuilder(defaultScenario())
      .updateSite(ACME_HOST, { ipAllowlist: true, captcha: true })
      .build();
    const seen = await ask(orgs, bearer(ORG_API_KEY), createAtlassianHandler(scenario));
    expect(seen.status).toBe(200);
  });
});

// ---- Data Center ---------------------------------------------------------------------------------

// PAT as Bearer, Cloud-style Basic refused: https://github.com/pycontribs/jira/issues/993,
// https://github.com/ankitpokhrel/jira-cli/issues/323; CAPTCHA:
// https://confluence.atlassian.com/jakb/connector-captcha_challenge-error-on-jira-align-connector-1318881453.html;
// missing context path: https://github.com/solidify/jira-azuredevops-migrator/issues/775
describe('Data Center servers and PATs', () => {
  const dc = (path: string, host = DC_HOST): string => `https://${host}${path}`;
  const DC_MYSELF = '/rest/api/2/myself';
  const userLike = {
    name: DC_USERNAME,
    emailAddress: DC_EMAIL,
    active: true,
    key: expect.stringMatching(/^JIRAUSER\d+$/) as unknown,
  };
  const rows: Row[] = [
    {
      name: 'PAT as Bearer → 200 DC user',
      url: dc(DC_MYSELF),
      auth: bearer(DC_PAT),
      status: 200,
      like: { ...userLike, self: `https://${DC_HOST}/rest/api/2/user?username=${DC_USERNAME}` },
      headers: { 'x-seraph-loginreason': 'OK' },
    },
    {
      name: 'username:password (basic enabled) → 200',
      url: dc(DC_MYSELF),
      auth: basic(DC_USERNAME, DC_PASSWORD),
      status: 200,
      like: userLike,
    },
    {
      name: 'expired PAT → 401 JSON AUTHENTICATED_FAILED',
      url: dc(DC_MYSELF),
      auth: bearer(DC_EXPIRED_PAT),
      status: 401,
      json: { message: 'Client must be authenticated to access this resource.', 'status-code': 401 },
      headers: { 'x-seraph-loginreason': 'AUTHENTICATED_FAILED' },
    },
    {
      name: 'revoked PAT → 401',
      url: dc(DC_MYSELF),
      auth: bearer(DC_REVOKED_PAT),
      status: 401,
      headers: { 'x-seraph-loginreason': 'AUTHENTICATED_FAILED' },
    },
    { name: "another server's PAT → 401", url: dc(DC_MYSELF), auth: bearer(DC_CTX_PAT), status: 401 },
    { name: 'Cloud API token as Bearer → 401', url: dc(DC_MYSELF), auth: bearer(UNSCOPED_TOKEN), status: 401 },
    {
      name: 'PAT as the Basic password → 401 HTML Basic Authentication Failure (cosmix/jira-mcp#46)',
      url: dc(DC_MYSELF),
      auth: basic(DC_USERNAME, DC_PAT),
      status: 401,
      contains: ['Unauthorized (401)', 'Basic Authentication Failure - Reason : AUTHENTICATED_FAILED'],
      headers: { 'x-seraph-loginreason': 'AUTHENTICATED_FAILED' },
      contentType: /^text\/html/,
    },
    {
      name: 'Cloud email:ATATT Basic on a basic-enabled DC → 401 HTML',
      url: dc(DC_MYSELF),
      auth: basic(ADMIN_EMAIL, UNSCOPED_TOKEN),
      status: 401,
      contains: ['Basic Authentication Failure'],
    },
    {
      name: 'no credentials → 401 JSON, no Seraph reason',
      url: dc(DC_MYSELF),
      status: 401,
      json: { message: 'Client must be authenticated to access this resource.', 'status-code': 401 },
      headers: { 'x-seraph-loginreason': null },
    },
    {
      name: '/rest/api/3/myself → 404 Tomcat page (v3 is Cloud-only)',
      url: dc('/rest/api/3/myself'),
      auth: bearer(DC_PAT),
      status: 404,
      contains: [TOMCAT_NOT_FOUND_SENTENCE],
      contentType: /^text\/html/,
    },
    {
      name: 'no context path, /jira/rest/api/2/myself → 404',
      url: dc(`/jira${DC_MYSELF}`),
      auth: bearer(DC_PAT),
      status: 404,
      contains: [TOMCAT_NOT_FOUND_SENTENCE],
    },
    {
      name: 'context path: {ctx}/rest/api/2/myself with its PAT → 200',
      url: dc(`${DC_CONTEXT_PATH}${DC_MYSELF}`, DC_CTX_HOST),
      auth: bearer(DC_CTX_PAT),
      status: 200,
      like: { ...userLike, self: `https://${DC_CTX_HOST}/jira/rest/api/2/user?username=${DC_USERNAME}` },
    },
    {
      name: 'context path: the root /rest/api/2/myself → 404 "The origin server did not find…"',
      url: dc(DC_MYSELF, DC_CTX_HOST),
      auth: bearer(DC_CTX_PAT),
      status: 404,
      contains: [TOMCAT_NOT_FOUND_SENTENCE],
    },
    {
      name: 'context path: / → 302 to /jira/ (assumption)',
      url: dc('/', DC_CTX_HOST),
      status: 302,
      headers: { location: `https://${DC_CTX_HOST}/jira/` },
    },
    {
      name: 'patOnly: Cloud-style email:ATATT Basic → 403 HTML Forbidden (403)',
      url: dc(`${DC_CONTEXT_PATH}${DC_MYSELF}`, DC_CTX_HOST),
      auth: basic(ADMIN_EMAIL, UNSCOPED_TOKEN),
      status: 403,
      contains: ['<title>Forbidden (403)</title>'],
      contentType: /^text\/html/,
    },
    {
      name: 'patOnly: even the right password → 403',
      url: dc(`${DC_CONTEXT_PATH}${DC_MYSELF}`, DC_CTX_HOST),
      auth: basic(DC_USERNAME, DC_PASSWORD),
      status: 403,
    },
    {
      name: 'CAPTCHA → 403 AUTHENTICATION_DENIED + CAPTCHA_CHALLENGE login-url',
      url: dc(DC_MYSELF, DC_LOCKED_HOST),
      auth: bearer(DC_LOCKED_PAT),
      status: 403,
      headers: {
        'x-seraph-loginreason': 'AUTHENTICATION_DENIED',
        'x-authentication-denied-reason': `CAPTCHA_CHALLENGE; login-url=https://${DC_LOCKED_HOST}/login.jsp`,
      },
      contentType: /^text\/html/,
    },
    {
      name: 'CAPTCHA with a password → the same 403',
      url: dc(DC_MYSELF, DC_LOCKED_HOST),
      auth: basic(DC_USERNAME, DC_PASSWORD),
      status: 403,
      headers: { 'x-seraph-loginreason': 'AUTHENTICATION_DENIED' },
    },
  ];
  it.each(rows)('$name', async (row) => check(row));

  it('names the context path in the CAPTCHA login-url', async () => {
    const scenario = scenarioBuilder(defaultScenario()).build();
    const server = scenario.dataCenterServers?.find((s) => s.host === DC_CTX_HOST);
    expect(server).toBeDefined();
    const locked = scenarioBuilder({ ...scenario, dataCenterServers: [{ ...server!, captcha: true }] }).build();
    const seen = await ask(
      dc(`${DC_CONTEXT_PATH}${DC_MYSELF}`, DC_CTX_HOST),
      bearer(DC_CTX_PAT),
      createAtlassianHandler(locked),
    );
    expect(seen.status).toBe(403);
    expect(seen.headers.get('x-authentication-denied-reason')).toBe(
      `CAPTCHA_CHALLENGE; login-url=https://${DC_CTX_HOST}/jira/login.jsp`,
    );
  });

  it('is not Atlassian Cloud: no edge headers', async () => {
    const seen = await ask(dc(DC_MYSELF), bearer(DC_PAT));
    expect(seen.headers.get('server')).toBeNull();
    expect(seen.headers.get('atl-traceid')).toBeNull();
  });

  it('a DC host not in the scenario is still not emulated', async () => {
    const seen = await ask('https://jira.elsewhere.example/rest/api/2/myself', bearer(DC_PAT));
    expect(seen.status).toBe(404);
    expect(seen.headers.get('content-type')).toBe('text/plain');
  });
});

describe('Data Center over HTTPS: routed by the Host header', () => {
  let server: EmulatorServer;
  beforeAll(async () => {
    server = await startEmulatorServer(createAtlassianHandler(defaultScenario()));
  });
  afterAll(async () => {
    await server.close();
  });

  function get(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = httpsRequest(
        { host: '127.0.0.1', port: server.port, path, method: 'GET', headers, rejectUnauthorized: false, agent: false },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.end();
    });
  }

  it('answers the DC host named in the Host header, context path included', async () => {
    const root = await get('/rest/api/2/myself', { host: DC_HOST, authorization: bearer(DC_PAT) });
    expect(root.status).toBe(200);
    expect(JSON.parse(root.body)).toMatchObject({ name: DC_USERNAME });
    const ctx = await get('/jira/rest/api/2/myself', { host: `${DC_CTX_HOST}:443`, authorization: bearer(DC_CTX_PAT) });
    expect(ctx.status).toBe(200);
    expect(server.requests.map((r) => r.host)).toEqual([DC_HOST, DC_CTX_HOST]);
    expect(CERTIFICATE_DNS_NAMES).toEqual(expect.arrayContaining([DC_HOST, DC_CTX_HOST, DC_LOCKED_HOST]));
  });
});

// ---- Confluence for a Cloud API token --------------------------------------------------------------

// https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md (anonymous 403, scoped token on the site,
// scope gate); the scopes per endpoint come from the Confluence OpenAPI spec (https://github.com/drummonds/gofluence)
describe('Confluence user/current for a Cloud API token', () => {
  const onSite = `https://${ACME_HOST}${USER_CURRENT}`;
  const viaGw = ex('confluence', ACME_CLOUD_ID, USER_CURRENT);
  const CANNOT = { statusCode: 403, message: 'Request rejected because caller cannot access Confluence' };
  const rows: Row[] = [
    {
      name: 'site, unscoped, with Confluence → 200',
      url: onSite,
      auth: basic(ADMIN_EMAIL, UNSCOPED_TOKEN),
      status: 200,
      like: { accountId: ADMIN_ACCOUNT_ID, type: 'known', displayName: 'Ada Admin' },
    },
    {
      name: 'site, Confluence but no Jira → 200',
      url: onSite,
      auth: basic(NO_JIRA_ACCESS_EMAIL, NO_JIRA_ACCESS_TOKEN),
      status: 200,
      like: { type: 'known' },
    },
    {
      // https://github.com/markdown-confluence/markdown-confluence/issues/670
      name: 'site, account without Confluence → 403 Current user not permitted to use Confluence',
      url: onSite,
      auth: basic(MEMBER_EMAIL, MEMBER_TOKEN),
      status: 403,
      json: { message: 'Current user not permitted to use Confluence', statusCode: 403 },
    },
    {
      name: 'site, expired token → the same 403',
      url: onSite,
      auth: basic(ADMIN_EMAIL, EXPIRED_TOKEN),
      status: 403,
      json: CANNOT,
    },
    {
      name: 'site, revoked token → the same 403',
      url: onSite,
      auth: basic(ADMIN_EMAIL, REVOKED_TOKEN),
      status: 403,
      json: CANNOT,
    },
    {
      name: 'site, wrong email → the same 403',
      url: onSite,
      auth: basic(UNKNOWN_EMAIL, UNSCOPED_TOKEN),
      status: 403,
      json: CANNOT,
    },
    { name: 'site, no Authorization at all → exactly the same 403', url: onSite, status: 403, json: CANNOT },
    {
      name: 'site, scoped token → 401 Tomcat HTML (markfluence)',
      url: onSite,
      auth: basic(ADMIN_EMAIL, SCOPED_TOKEN_CONFLUENCE_CLASSIC),
      status: 401,
      contains: ['HTTP Status 401', 'Apache Tomcat'],
      contentType: /^text\/html/,
    },
    {
      name: 'gateway, scoped read:confluence-user (classic) → 200',
      url: viaGw,
      auth: basic(ADMIN_EMAIL, SCOPED_TOKEN_CONFLUENCE_CLASSIC),
      status: 200,
      like: { accountId: ADMIN_ACCOUNT_ID },
    },
    {
      name: 'gateway, scoped read:content-details:confluence (granular) → 200',
      url: viaGw,
      auth: basic(ADMIN_EMAIL, SCOPED_TOKEN_CONFLUENCE_GRANULAR),
      status: 200,
      like: { accountId: ADMIN_ACCOUNT_ID },
    },
    {
      name: 'gateway, scoped without Confluence scopes → 401 scope does not match',
      url: viaGw,
      auth: basic(ADMIN_EMAIL, SCOPED_TOKEN_READ_JIRA_USER),
      status: 401,
      json: SCOPE_MISMATCH,
      headers: { 'x-failure-category': 'FAILURE_CLIENT_SCOPE_CHECK' },
    },
    { name: 'gateway, unscoped → 200', url: viaGw, auth: basic(ADMIN_EMAIL, UNSCOPED_TOKEN), status: 200 },
  ];
  it.each(rows)('$name', async (row) => check(row));
});

// ---- Id Mapping ------------------------------------------------------------------------------------

// https://developer.atlassian.com/cloud/migration/triggering-id-mapping-job,
// https://developer.atlassian.com/cloud/migration/status-and-download-report
describe('Id Mapping', () => {
  const job = (id: string): string => gw(`/migrations/reports/v1/id-mappings/${id}`);
  const rows: Row[] = [
    {
      name: 'site admin, unscoped → 404 "Job not found" (the good answer)',
      url: job(ID_MAPPING_TEST_JOB_ID),
      auth: basic(ADMIN_EMAIL, UNSCOPED_TOKEN),
      status: 404,
      like: {
        status: 404,
        errorMessage: 'Job not found with ID: test-job-id. The job ID may be incorrect or expired.',
      },
    },
    {
      name: 'site admin, scoped → also 404 (assumption: scoped accepted)',
      url: job(ID_MAPPING_TEST_JOB_ID),
      auth: basic(ADMIN_EMAIL, SCOPED_TOKEN_READ_JIRA_USER),
      status: 404,
      like: { status: 404 },
    },
    {
      name: 'an existing job → 200 SUCCESS',
      url: job(ID_MAPPING_JOB_ID),
      auth: basic(ADMIN_EMAIL, UNSCOPED_TOKEN),
      status: 200,
      json: { jobId: ID_MAPPING_JOB_ID, status: 'SUCCESS' },
    },
    {
      name: 'valid credentials, not an admin → 403 (assumed body)',
      url: job(ID_MAPPING_TEST_JOB_ID),
      auth: basic(MEMBER_EMAIL, MEMBER_TOKEN),
      status: 403,
      json: { status: 403, errorMessage: 'Forbidden' },
    },
    {
      name: 'expired token → 401',
      url: job(ID_MAPPING_TEST_JOB_ID),
      auth: basic(ADMIN_EMAIL, EXPIRED_TOKEN),
      status: 401,
      json: { status: 401, errorMessage: 'Unauthorized' },
    },
    {
      name: 'unknown token → 401',
      url: job(ID_MAPPING_TEST_JOB_ID),
      auth: basic(ADMIN_EMAIL, UNKNOWN_TOKEN),
      status: 401,
      json: { status: 401, errorMessage: 'Unauthorized' },
    },
    {
      name: 'a password → 401',
      url: job(ID_MAPPING_TEST_JOB_ID),
      auth: basic(ADMIN_EMAIL, PASSWORD_LIKE_SECRET),
      status: 401,
      json: { status: 401, errorMessage: 'Unauthorized' },
    },
    {
      name: 'no credentials → 401',
      url: job(ID_MAPPING_TEST_JOB_ID),
      status: 401,
      json: { status: 401, errorMessage: 'Unauthorized' },
    },
  ];
  it.each(rows)('$name', async (row) => check(row));

  it('puts a request id in the 404', async () => {
    const seen = await ask(job(ID_MAPPING_TEST_JOB_ID), basic(ADMIN_EMAIL, UNSCOPED_TOKEN));
    expect((parse(seen) as { id: unknown }).id).toMatch(/^[0-9a-f]{32}$/);
  });

  it('counts an org admin as an admin', async () => {
    const scenario = scenarioBuilder(defaultScenario())
      .org({ id: 'org-member', name: 'M', adminEmails: [MEMBER_EMAIL] })
      .build();
    const seen = await ask(
      job(ID_MAPPING_TEST_JOB_ID),
      basic(MEMBER_EMAIL, MEMBER_TOKEN),
      createAtlassianHandler(scenario),
    );
    expect(seen.status).toBe(404);
  });
});

// ---- JSM Operations ------------------------------------------------------------------------------

// https://developer.atlassian.com/cloud/jira/service-desk-ops/security/basic-auth-for-rest-apis
describe('JSM Operations', () => {
  const ops = (cloudId: string, rest = '/v1/schedules'): string => gw(`/jsm/ops/api/${cloudId}${rest}`);
  const rows: Row[] = [
    {
      name: 'account with Jira on the site → 200 list',
      url: ops(ACME_CLOUD_ID),
      auth: basic(ADMIN_EMAIL, UNSCOPED_TOKEN),
      status: 200,
      like: { values: expect.any(Array) as unknown, links: {} },
    },
    {
      name: 'service account → 403 (JSDCLOUD-17685)',
      url: ops(ACME_CLOUD_ID),
      auth: basic(SERVICE_ACCOUNT_EMAIL, SERVICE_ACCOUNT_TOKEN),
      status: 403,
    },
    {
      name: 'account without Jira → 403 (assumption)',
      url: ops(ACME_CLOUD_ID),
      auth: basic(NO_JIRA_ACCESS_EMAIL, NO_JIRA_ACCESS_TOKEN),
      status: 403,
    },
    { name: 'expired token → 401', url: ops(ACME_CLOUD_ID), auth: basic(ADMIN_EMAIL, EXPIRED_TOKEN), status: 401 },
    { name: 'no credentials → 401', url: ops(ACME_CLOUD_ID), status: 401 },
    {
      name: 'unknown cloudId → Spring 404 with path',
      url: ops(UNKNOWN_CLOUD_ID),
      auth: basic(ADMIN_EMAIL, UNSCOPED_TOKEN),
      status: 404,
      like: {
        status: 404,
        error: 'Not Found',
        message: 'No message available',
        path: `/jsm/ops/api/${UNKNOWN_CLOUD_ID}/v1/schedules`,
      },
    },
    {
      name: 'unknown path → Spring 404 with path',
      url: ops(ACME_CLOUD_ID, '/v1/integrations'),
      auth: basic(ADMIN_EMAIL, UNSCOPED_TOKEN),
      status: 404,
      like: { status: 404, path: `/jsm/ops/api/${ACME_CLOUD_ID}/v1/integrations` },
    },
  ];
  it.each(rows)('$name', async (row) => check(row));

  it('the list has plain schedules', async () => {
    const seen = await ask(ops(ACME_CLOUD_ID), basic(ADMIN_EMAIL, UNSCOPED_TOKEN));
    const body = parse(seen) as { values: Record<string, unknown>[] };
    expect(body.values[0]).toMatchObject({
      id: expect.any(String) as unknown,
      name: expect.any(String) as unknown,
      enabled: true,
    });
  });
});

// ---- scenario ----------------------------------------------------------------------------------------

describe('scenario of the other kinds', () => {
  it('is deterministic, and the secrets of each kind are distinct and shaped', () => {
    const a = defaultScenario();
    expect(defaultScenario()).toEqual(a);
    for (const k of a.orgApiKeys ?? []) expect(k.key).toMatch(/^ATCTT3xFfGN0[A-Za-z0-9_-]{180}=[0-9A-F]{8}$/);
    const pats = (a.dataCenterServers ?? []).flatMap((s) => s.pats.map((p) => p.token));
    for (const p of pats) expect(p).toMatch(/^[A-Za-z0-9+/]{44}$/);
    const all = [...pats, ...(a.orgApiKeys ?? []).map((k) => k.key), ...(a.oauthTokens ?? []).map((t) => t.token)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('checks references when built', () => {
    expect(() => scenarioBuilder().orgApiKey({ key: 'k', orgId: 'nope', state: 'active' }).build()).toThrow(
      /unknown org/,
    );
    expect(() =>
      scenarioBuilder(defaultScenario()).dataCenterServer({ host: DC_HOST, users: [], pats: [] }).build(),
    ).toThrow(/defined twice/);
    expect(() =>
      scenarioBuilder(defaultScenario())
        .oauthToken({
          token: 'a.b.c',
          ownerEmail: ADMIN_EMAIL,
          state: 'active',
          resources: [{ host: 'no.atlassian.net', product: 'jira', scopes: [] }],
        })
        .build(),
    ).toThrow(/unknown site/);
  });
});
