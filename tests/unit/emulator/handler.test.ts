/**
 * The emulator's handler answers as Atlassian does; each block cites the public source of the
 * answers it checks. In-process: Request in, Response out, no network.
 */
import { describe, expect, it } from 'vitest';
import {
  ACME_CLOUD_ID,
  ACME_HOST,
  ADMIN_ACCOUNT_ID,
  ADMIN_EMAIL,
  ADMIN_USERNAME,
  BASIC_PASSWORDS_DEPRECATED,
  BROKEN_HOST,
  BUSY_HOST,
  DORMANT_HOST,
  EXPIRED_TOKEN,
  GATEWAY_HOST,
  GLITCH_HOST,
  LOCKED_HOST,
  MYSELF_GRANULAR_SCOPES,
  NO_JIRA_ACCESS_EMAIL,
  NO_JIRA_ACCESS_TOKEN,
  PASSWORD_LIKE_SECRET,
  RENAMED_HOST,
  REVOKED_TOKEN,
  SCOPED_TOKEN_GRANULAR_MYSELF,
  SCOPED_TOKEN_READ_JIRA_USER,
  SCOPED_TOKEN_WITHOUT_USER_SCOPE,
  SERVICE_ACCOUNT_EMAIL,
  SERVICE_ACCOUNT_TOKEN,
  SLOW_HOST,
  UNKNOWN_CLOUD_ID,
  UNKNOWN_EMAIL,
  UNKNOWN_HOST,
  UNKNOWN_TOKEN,
  UNSCOPED_TOKEN,
  WALLED_CLOUD_ID,
  WALLED_HOST,
  basicAuthorization,
  createAtlassianHandler,
  defaultScenario,
  scenarioBuilder,
  scopeRuleFor,
  type AtlassianHandler,
} from '../../../emulator';

const FIXED_NOW = Date.UTC(2026, 3, 7, 12, 0, 0);
const handler = (): AtlassianHandler => createAtlassianHandler(defaultScenario(), { now: () => FIXED_NOW });

interface Ask {
  auth?: string;
  accept?: string;
  method?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

function request(url: string, ask: Ask = {}): Request {
  const headers = new Headers(ask.headers);
  if (ask.auth !== undefined) headers.set('authorization', ask.auth);
  if (ask.accept !== undefined) headers.set('accept', ask.accept);
  return new Request(url, { method: ask.method ?? 'GET', headers, ...(ask.signal ? { signal: ask.signal } : {}) });
}

interface Seen {
  status: number;
  headers: Headers;
  body: string;
}

async function ask(url: string, a: Ask = {}, h: AtlassianHandler = handler()): Promise<Seen> {
  const res = await h(request(url, a));
  return { status: res.status, headers: res.headers, body: await res.text() };
}

const basic = basicAuthorization;
const site = (host: string, path: string): string => `https://${host}${path}`;
const gw = (cloudId: string, path: string, product = 'jira'): string =>
  `https://${GATEWAY_HOST}/ex/${product}/${cloudId}${path}`;
const MYSELF = '/rest/api/3/myself';
const CLIENT_MUST = '{"message":"Client must be authenticated to access this resource.","status-code":401}';

/**
 * Every emulated answer carries these, as Atlassian's do: Server AtlassianEdge or AtlassianProxy and an
 * ATL-TraceId (https://github.com/MrRefactoring/jira.js/issues/418, https://github.com/gioboa/jira-plugin/issues/148).
 */
function expectEnvelope(seen: Seen): void {
  expect(seen.headers.get('content-type')).toBeTruthy();
  expect(seen.headers.get('server')).toMatch(/^Atlassian(Edge|Proxy\/1\.)/);
  expect(seen.headers.get('atl-traceid')).toMatch(/^[0-9a-f]{32}$/);
}

// tenant_info: https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md,
// https://support.atlassian.com/jira/kb/retrieve-my-atlassian-sites-cloud-id/; the edge 404 page:
// https://github.com/prometheus/alertmanager/issues/4609 (no public source gives the answer for an unknown site name).
describe('tenant_info and unknown hosts', () => {
  it('answers the cloudId of a known site without credentials', async () => {
    const seen = await ask(site(ACME_HOST, '/_edge/tenant_info'));
    expect(seen.status).toBe(200);
    expect(seen.headers.get('content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(seen.body)).toEqual({ cloudId: ACME_CLOUD_ID });
    expectEnvelope(seen);
  });

  it.each(['/_edge/tenant_info', MYSELF, '/'])('serves the edge 404 page for %s on an unknown host', async (path) => {
    const seen = await ask(site(UNKNOWN_HOST, path), { auth: basic(ADMIN_EMAIL, UNSCOPED_TOKEN) });
    expect(seen.status).toBe(404);
    expect(seen.headers.get('content-type')).toMatch(/^text\/html/);
    expect(seen.body).toContain('<title>Atlassian Cloud Notifications - Page Unavailable</title>');
    expect(seen.body).toContain('<h1>Page unavailable</h1>');
    expectEnvelope(seen);
  });

  it('uses the Host header when the URL host is local (HTTPS server via host-resolver-rules)', async () => {
    const seen = await ask('https://127.0.0.1:8443/_edge/tenant_info', { headers: { host: ACME_HOST } });
    expect(JSON.parse(seen.body)).toEqual({ cloudId: ACME_CLOUD_ID });
  });
});

// Rejected Basic credentials: https://github.com/jira-node/node-jira-client/issues/255 (JSON),
// https://github.com/atlassian/gajira-login/issues/18 (XML), https://github.com/gioboa/jira-plugin/issues/148
// (historic text/plain); scoped token on the site: https://jira.atlassian.com/browse/CLOUD-12617; expired tokens
// look like wrong ones: https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/;
// Bearer on the site: https://github.com/lesstif/php-jira-rest-client/issues/528
describe('site /myself', () => {
  it('accepts an unscoped active token: 200 user', async () => {
    const seen = await ask(site(ACME_HOST, MYSELF), { auth: basic(ADMIN_EMAIL, UNSCOPED_TOKEN) });
    expect(seen.status).toBe(200);
    const user = JSON.parse(seen.body) as Record<string, unknown>;
    expect(user).toMatchObject({
      accountId: ADMIN_ACCOUNT_ID,
      accountType: 'atlassian',
      emailAddress: ADMIN_EMAIL,
      active: true,
    });
    expect(user).toHaveProperty('displayName');
    expect(user).toHaveProperty('timeZone');
    expect(user).toHaveProperty('locale');
    expect(String(user.self)).toContain(`https://${ACME_HOST}/rest/api/3/user?accountId=`);
    expect(seen.headers.get('x-seraph-loginreason')).toBe('OK');
    expect(seen.headers.get('x-arequestid')).toBeTruthy();
    expectEnvelope(seen);
  });

  it('serves /rest/api/2/myself the same way', async () => {
    const seen = await ask(site(ACME_HOST, '/rest/api/2/myself'), { auth: basic(ADMIN_EMAIL, UNSCOPED_TOKEN) });
    expect(seen.status).toBe(200);
    expect(JSON.parse(seen.body)).toMatchObject({ accountId: ADMIN_ACCOUNT_ID });
    expect(seen.body).toContain('/rest/api/2/user?accountId=');
  });

  const rejected: [string, string, string][] = [
    ['scoped token on the site URL', ADMIN_EMAIL, SCOPED_TOKEN_READ_JIRA_USER],
    ['wrong email', UNKNOWN_EMAIL, UNSCOPED_TOKEN],
    ['another account’s email', SERVICE_ACCOUNT_EMAIL, UNSCOPED_TOKEN],
    ['wrong token', ADMIN_EMAIL, UNKNOWN_TOKEN],
    ['expired token', ADMIN_EMAIL, EXPIRED_TOKEN],
    ['revoked token', ADMIN_EMAIL, REVOKED_TOKEN],
  ];

  it.each(rejected)('%s → the same JSON 401 with AUTHENTICATED_FAILED', async (_label, email, token) => {
    const seen = await ask(site(ACME_HOST, MYSELF), { auth: basic(email, token) });
    expect(seen.status).toBe(401);
    expect(seen.body).toBe(CLIENT_MUST);
    expect(seen.headers.get('content-type')).toMatch(/^application\/json/);
    expect(seen.headers.get('x-seraph-loginreason')).toBe('AUTHENTICATED_FAILED');
    expect(seen.headers.get('www-authenticate')).toBeTruthy();
    expect(seen.headers.get('set-cookie')).toMatch(/^atlassian\.xsrf\.token=[0-9a-f]+_lout; Path=\/$/);
    expectEnvelope(seen);
  });

  it('answers XML when Accept asks for XML', async () => {
    const seen = await ask(site(ACME_HOST, MYSELF), {
      auth: basic(ADMIN_EMAIL, EXPIRED_TOKEN),
      accept: 'application/xml',
    });
    expect(seen.status).toBe(401);
    expect(seen.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(seen.body).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><status><status-code>401</status-code><message>Client must be authenticated to access this resource.</message></status>',
    );
  });

  const notEmailToken: [string, string][] = [
    ['a password instead of a token', basic(ADMIN_EMAIL, PASSWORD_LIKE_SECRET)],
    ['the token alone, no colon', `Basic ${Buffer.from(UNSCOPED_TOKEN).toString('base64')}`],
    ['a username instead of the email', basic(ADMIN_USERNAME, UNSCOPED_TOKEN)],
    [
      'base64 of "email:token\\n" (echo without -n)',
      `Basic ${Buffer.from(`${ADMIN_EMAIL}:${UNSCOPED_TOKEN}\n`).toString('base64')}`,
    ],
    ['a value that is not base64', 'Basic not base64!'],
  ];

  it.each(notEmailToken)('%s → historic text/plain 401', async (_label, auth) => {
    const seen = await ask(site(ACME_HOST, MYSELF), { auth });
    expect(seen.status).toBe(401);
    expect(seen.headers.get('content-type')).toBe('text/plain');
    expect(seen.headers.get('server')).toMatch(/^AtlassianProxy\/1\./);
    expect(seen.body).toBe(BASIC_PASSWORDS_DEPRECATED);
    expect(seen.body).toMatch(
      /^Basic authentication with passwords is deprecated\. {2}For more information, see: https:\/\/\S+\n$/,
    );
  });

  // The Jira OpenAPI spec gives /myself no anonymous access (https://github.com/salto-io/jira-swaggers).
  it('without Authorization → 401', async () => {
    const seen = await ask(site(ACME_HOST, MYSELF));
    expect(seen.status).toBe(401);
    expect(seen.body).toBe(CLIENT_MUST);
    expect(seen.headers.get('x-seraph-loginreason')).toBeNull();
  });

  it('Bearer with an API token → 403 Connect session message', async () => {
    const seen = await ask(site(ACME_HOST, MYSELF), { auth: `Bearer ${UNSCOPED_TOKEN}` });
    expect(seen.status).toBe(403);
    expect(seen.body).toBe('{"error": "Failed to parse Connect Session Auth Token"}');
    expect(seen.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('an account without Jira access → 403 (assumption, no public source)', async () => {
    const seen = await ask(site(ACME_HOST, MYSELF), { auth: basic(NO_JIRA_ACCESS_EMAIL, NO_JIRA_ACCESS_TOKEN) });
    expect(seen.status).toBe(403);
  });
});

// Rejected credentials degrade to anonymous on anonymous-capable routes:
// https://github.com/MrRefactoring/jira.js/issues/418, https://github.com/pycontribs/jira/issues/1497; which routes are
// anonymous-capable comes from the Jira OpenAPI spec (https://github.com/salto-io/jira-swaggers).
describe('other site routes', () => {
  // https://github.com/cristibaluta/Jit/issues/10
  it('a wrong path → 404 dead-link HTML with X-Seraph-LoginReason: OK', async () => {
    const seen = await ask(site(ACME_HOST, '/jira/rest/api/3/myself'), { auth: basic(ADMIN_EMAIL, UNSCOPED_TOKEN) });
    expect(seen.status).toBe(404);
    expect(seen.headers.get('content-type')).toMatch(/^text\/html/);
    expect(seen.body).toContain("<title>Oops, you've found a dead link. - JIRA</title>");
    expect(seen.headers.get('x-seraph-loginreason')).toBe('OK');
  });

  // https://developer.atlassian.com/changelog/#CHANGE-2046, https://github.com/prometheus/alertmanager/issues/4562
  it.each(['/rest/api/2/search', '/rest/api/3/search'])('%s → 410 CHANGE-2046', async (path) => {
    const seen = await ask(site(ACME_HOST, path), { auth: basic(ADMIN_EMAIL, UNSCOPED_TOKEN) });
    expect(seen.status).toBe(410);
    const body = JSON.parse(seen.body) as { errorMessages: string[]; errors: object };
    expect(body.errorMessages[0]).toContain('CHANGE-2046');
    expect(body.errors).toEqual({});
  });

  it.each([
    ['expired', basic(ADMIN_EMAIL, EXPIRED_TOKEN)],
    ['scoped on site', basic(ADMIN_EMAIL, SCOPED_TOKEN_READ_JIRA_USER)],
  ])('serverInfo with a rejected (%s) credential → 200 as anonymous', async (_label, auth) => {
    const seen = await ask(site(ACME_HOST, '/rest/api/3/serverInfo'), { auth });
    expect(seen.status).toBe(200);
    expect(seen.headers.get('x-seraph-loginreason')).toBe('AUTHENTICATED_FAILED');
    expect(seen.headers.get('set-cookie')).toMatch(/^atlassian\.xsrf\.token=.+_lout; Path=\/$/);
    expect(JSON.parse(seen.body)).toMatchObject({ deploymentType: 'Cloud', baseUrl: `https://${ACME_HOST}` });
  });

  it('project/search with a rejected credential → 200 empty page', async () => {
    const seen = await ask(site(ACME_HOST, '/rest/api/3/project/search'), { auth: basic(ADMIN_EMAIL, REVOKED_TOKEN) });
    expect(seen.status).toBe(200);
    expect(seen.headers.get('x-seraph-loginreason')).toBe('AUTHENTICATED_FAILED');
    expect(JSON.parse(seen.body)).toMatchObject({ values: [], total: 0, isLast: true });
  });

  it('project/search authenticated sees a project and a logged-in cookie', async () => {
    const seen = await ask(site(ACME_HOST, '/rest/api/3/project/search'), { auth: basic(ADMIN_EMAIL, UNSCOPED_TOKEN) });
    expect(JSON.parse(seen.body)).toMatchObject({ total: 1 });
    expect(seen.headers.get('set-cookie')).toMatch(/_lin; Path=\/$/);
  });

  // https://github.com/go-jira/jira/issues/222
  it('an http:// URL → 301 to https', async () => {
    const seen = await ask(`http://${ACME_HOST}${MYSELF}?x=1`);
    expect(seen.status).toBe(301);
    expect(seen.headers.get('location')).toBe(`https://${ACME_HOST}${MYSELF}?x=1`);
  });
});

// Scoped tokens belong on the gateway:
// https://support.atlassian.com/atlassian-cloud/kb/401-unauthorized-error-when-service-account-accesses-jira-or-confluence-api;
// an unscoped token works on both the site and the gateway, and the scope gate runs before routing:
// https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md; X-Failure-Category:
// https://github.com/kovetskiy/mark/issues/917; the Spring-style 404:
// https://github.com/confluence-publisher/confluence-publisher/issues/492
describe('gateway api.atlassian.com', () => {
  it.each([
    ['unscoped', ADMIN_EMAIL, UNSCOPED_TOKEN],
    ['scoped with classic read:jira-user', ADMIN_EMAIL, SCOPED_TOKEN_READ_JIRA_USER],
    ['scoped with the granular myself set', ADMIN_EMAIL, SCOPED_TOKEN_GRANULAR_MYSELF],
    ['service account, scoped', SERVICE_ACCOUNT_EMAIL, SERVICE_ACCOUNT_TOKEN],
  ])('/myself with %s → 200', async (_label, email, token) => {
    const seen = await ask(gw(ACME_CLOUD_ID, MYSELF), { auth: basic(email, token) });
    expect(seen.status).toBe(200);
    expect(JSON.parse(seen.body)).toHaveProperty('accountId');
    expectEnvelope(seen);
  });

  it('/myself with a scoped token lacking the scope → 401 scope does not match', async () => {
    const seen = await ask(gw(ACME_CLOUD_ID, MYSELF), { auth: basic(ADMIN_EMAIL, SCOPED_TOKEN_WITHOUT_USER_SCOPE) });
    expect(seen.status).toBe(401);
    expect(seen.body).toBe('{"code":401,"message":"Unauthorized; scope does not match"}');
    expect(seen.headers.get('x-failure-category')).toBe('FAILURE_CLIENT_SCOPE_CHECK');
  });

  it('the scope gate runs before routing: 401 without the scope, 404 past the gate', async () => {
    const bogus = gw(ACME_CLOUD_ID, '/rest/api/3/issue/BOGUS-1');
    const gated = await ask(bogus, { auth: basic(ADMIN_EMAIL, SCOPED_TOKEN_READ_JIRA_USER) });
    expect(gated.status).toBe(401);
    expect(gated.headers.get('x-failure-category')).toBe('FAILURE_CLIENT_SCOPE_CHECK');
    const past = await ask(bogus, { auth: basic(ADMIN_EMAIL, SCOPED_TOKEN_WITHOUT_USER_SCOPE) });
    expect(past.status).toBe(404);
  });

  it.each([
    ['expired', basic(ADMIN_EMAIL, EXPIRED_TOKEN)],
    ['revoked', basic(ADMIN_EMAIL, REVOKED_TOKEN)],
    ['wrong token', basic(ADMIN_EMAIL, UNKNOWN_TOKEN)],
    ['no credentials', undefined],
  ])('%s → 401 {"code":401,"message":"Unauthorized"} (assumed shape)', async (_label, auth) => {
    const seen = await ask(gw(ACME_CLOUD_ID, MYSELF), auth === undefined ? {} : { auth });
    expect(seen.status).toBe(401);
    expect(JSON.parse(seen.body)).toEqual({ code: 401, message: 'Unauthorized' });
    expect(seen.headers.get('x-failure-category')).toBeNull();
  });

  it.each([
    ['an unknown cloudId', gw(UNKNOWN_CLOUD_ID, MYSELF)],
    ['no /ex/jira/{cloudId}', `https://${GATEWAY_HOST}${MYSELF}`],
  ])('%s → Spring-style 404 JSON', async (_label, url) => {
    const seen = await ask(url, { auth: basic(ADMIN_EMAIL, UNSCOPED_TOKEN) });
    expect(seen.status).toBe(404);
    expect(JSON.parse(seen.body)).toEqual({
      timestamp: new Date(FIXED_NOW).toISOString(),
      status: 404,
      error: 'Not Found',
      message: 'No message available',
      path: new URL(url).pathname,
    });
  });

  // "Bearer to api.atlassian.com returned 404": https://github.com/jwbron/egg/issues/3094
  it('Bearer with an API token → 404', async () => {
    const seen = await ask(gw(ACME_CLOUD_ID, MYSELF), { auth: `Bearer ${UNSCOPED_TOKEN}` });
    expect(seen.status).toBe(404);
  });
});

// https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md (v1 403 for absent or bad credentials, v2
// generic 404, 401 Tomcat HTML for a scoped token on the site, the scope gate on the gateway)
describe('Confluence', () => {
  const CURRENT = '/wiki/rest/api/user/current';
  it('unscoped token → 200 current user', async () => {
    const seen = await ask(site(ACME_HOST, CURRENT), { auth: basic(ADMIN_EMAIL, UNSCOPED_TOKEN) });
    expect(seen.status).toBe(200);
    expect(JSON.parse(seen.body)).toMatchObject({ accountId: ADMIN_ACCOUNT_ID, type: 'known' });
  });
  it.each([
    ['no credentials', undefined],
    ['revoked', basic(ADMIN_EMAIL, REVOKED_TOKEN)],
  ])('%s → 403 caller cannot access Confluence', async (_label, auth) => {
    const seen = await ask(site(ACME_HOST, CURRENT), auth === undefined ? {} : { auth });
    expect(seen.status).toBe(403);
    expect(seen.body).toContain('caller cannot access Confluence');
  });
  it('scoped token on the site → 401 Tomcat HTML', async () => {
    const seen = await ask(site(ACME_HOST, CURRENT), { auth: basic(ADMIN_EMAIL, SCOPED_TOKEN_READ_JIRA_USER) });
    expect(seen.status).toBe(401);
    expect(seen.headers.get('content-type')).toMatch(/^text\/html/);
    expect(seen.body).toContain('HTTP Status 401');
  });
  it('v2 with bad credentials → the generic 404', async () => {
    const seen = await ask(site(ACME_HOST, '/wiki/api/v2/pages'), { auth: basic(ADMIN_EMAIL, EXPIRED_TOKEN) });
    expect(seen.status).toBe(404);
    expect(JSON.parse(seen.body)).toEqual({
      errors: [{ status: 404, code: 'NOT_FOUND', title: 'Not Found', detail: null }],
    });
  });
  it('gateway: a Jira-only scoped token → 401 scope does not match', async () => {
    const seen = await ask(gw(ACME_CLOUD_ID, CURRENT, 'confluence'), {
      auth: basic(ADMIN_EMAIL, SCOPED_TOKEN_READ_JIRA_USER),
    });
    expect(seen.status).toBe(401);
    expect(seen.headers.get('x-failure-category')).toBe('FAILURE_CLIENT_SCOPE_CHECK');
  });
});

describe('site switches', () => {
  const admin = basic(ADMIN_EMAIL, UNSCOPED_TOKEN);

  // https://confluence.atlassian.com/jakb/connector-captcha_challenge-error-on-jira-align-connector-1318881453.html
  it('CAPTCHA → 403 AUTHENTICATION_DENIED with the login URL', async () => {
    const seen = await ask(site(LOCKED_HOST, MYSELF), { auth: admin });
    expect(seen.status).toBe(403);
    expect(seen.headers.get('x-seraph-loginreason')).toBe('AUTHENTICATION_DENIED');
    expect(seen.headers.get('x-authentication-denied-reason')).toBe(
      `CAPTCHA_CHALLENGE; login-url=https://${LOCKED_HOST}/login.jsp`,
    );
    expect(seen.headers.get('content-type')).toBe('text/html;charset=UTF-8');
    expectEnvelope(seen);
    // No credentials, no CAPTCHA: tenant_info still answers.
    expect((await ask(site(LOCKED_HOST, '/_edge/tenant_info'))).status).toBe(200);
  });

  // https://confluence.atlassian.com/pages/viewpage.action?pageId=1384133808
  it('IP allowlist → 403 IP rejected on site REST and gateway, not on tenant_info', async () => {
    for (const url of [site(WALLED_HOST, MYSELF), gw(WALLED_CLOUD_ID, MYSELF)]) {
      const seen = await ask(url, { auth: admin });
      expect(seen.status).toBe(403);
      expect(JSON.parse(seen.body)).toEqual({
        errorMessages: [
          'The IP address has been rejected because it is not on the allowed list. See your admin for more information.',
        ],
        errors: {},
      });
    }
    expect((await ask(site(WALLED_HOST, '/_edge/tenant_info'))).status).toBe(200);
  });

  // Moved hosts answer 301 (https://github.com/go-jira/jira/issues/222); the final *.atlassian.net host is the one
  // that works (https://github.com/ankitpokhrel/jira-cli/issues/439).
  it('renamed site → 301 with Location on the new host', async () => {
    const seen = await ask(site(RENAMED_HOST, `${MYSELF}?expand=groups`), { auth: admin });
    expect(seen.status).toBe(301);
    expect(seen.headers.get('location')).toBe(`https://${ACME_HOST}${MYSELF}?expand=groups`);
    expectEnvelope(seen);
  });

  // https://jira.atlassian.com/browse/JRACLOUD-69262,
  // https://developer.atlassian.com/cloud/jira/platform/build-an-app-that-respects-rate-limits/ (RateLimit-Reason)
  it('rate limited → 429 with Retry-After and X-RateLimit-Reset', async () => {
    const seen = await ask(site(BUSY_HOST, MYSELF), { auth: admin });
    expect(seen.status).toBe(429);
    expect(seen.headers.get('retry-after')).toBe('2');
    expect(seen.headers.get('x-ratelimit-reset')).toBe('2026-04-07T12:00Z');
    expect(seen.headers.get('ratelimit-reason')).toBe('jira-burst-based');
  });

  it('rate limited for the first request only', async () => {
    const h = createAtlassianHandler(
      scenarioBuilder(defaultScenario())
        .updateSite(ACME_HOST, { rateLimited: { retryAfterSeconds: 1, firstRequests: 1 } })
        .build(),
    );
    expect((await ask(site(ACME_HOST, MYSELF), { auth: admin }, h)).status).toBe(429);
    expect((await ask(site(ACME_HOST, MYSELF), { auth: admin }, h)).status).toBe(200);
  });

  // Some transient 503s carry Retry-After too: https://jira.atlassian.com/browse/JRACLOUD-69262
  it('server error → 500 HTML; a 503 may carry Retry-After', async () => {
    const seen = await ask(site(BROKEN_HOST, MYSELF), { auth: admin });
    expect(seen.status).toBe(500);
    expect(seen.headers.get('content-type')).toMatch(/^text\/html/);
    const h = createAtlassianHandler(
      scenarioBuilder(defaultScenario())
        .updateSite(BROKEN_HOST, { serverError: { status: 503, retryAfterSeconds: 5 } })
        .build(),
    );
    const unavailable = await ask(site(BROKEN_HOST, MYSELF), { auth: admin }, h);
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBe('5');
  });

  // https://github.com/ankitpokhrel/jira-cli/issues/822
  it('HTML instead of JSON → 200 text/html', async () => {
    const seen = await ask(site(GLITCH_HOST, MYSELF), { auth: admin });
    expect(seen.status).toBe(200);
    expect(seen.headers.get('content-type')).toMatch(/^text\/html/);
    expect(seen.body.trimStart().startsWith('<')).toBe(true);
  });

  // A deactivated site shows an Atlassian-hosted notice page; no public source gives its status.
  it('deactivated → an HTML notice (status assumed)', async () => {
    const seen = await ask(site(DORMANT_HOST, MYSELF), { auth: admin });
    expect(seen.status).toBe(404);
    expect(seen.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('hang → settles only on abort, then rejects with AbortError, leaving no timer', async () => {
    const controller = new AbortController();
    const timersBefore = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const pending = handler()(request(site(SLOW_HOST, MYSELF), { auth: admin, signal: controller.signal }));
    const first = await Promise.race([
      pending.then(
        () => 'settled',
        () => 'settled',
      ),
      new Promise((r) => setTimeout(() => r('pending'), 50)),
    ]);
    expect(first).toBe('pending');
    expect(process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length).toBeLessThanOrEqual(timersBefore);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('latency delays the answer and honours abort', async () => {
    const h = createAtlassianHandler(scenarioBuilder(defaultScenario()).latencyMs(40).build());
    const started = Date.now();
    expect((await ask(site(ACME_HOST, '/_edge/tenant_info'), {}, h)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
    const controller = new AbortController();
    const pending = h(request(site(ACME_HOST, '/_edge/tenant_info'), { signal: controller.signal }));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('%s → 405 (the extension must only GET)', async (method) => {
    const seen = await ask(site(ACME_HOST, MYSELF), { method, auth: basic(ADMIN_EMAIL, UNSCOPED_TOKEN) });
    expect(seen.status).toBe(405);
    expect(seen.headers.get('allow')).toBe('GET, HEAD');
  });

  it('HEAD → the GET status and headers, no body', async () => {
    const res = await handler()(
      request(site(ACME_HOST, MYSELF), { method: 'HEAD', auth: basic(ADMIN_EMAIL, UNSCOPED_TOKEN) }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('x-seraph-loginreason')).toBe('OK');
    expect(await res.text()).toBe('');
  });
});

describe('scenario', () => {
  it('is deterministic, with real-looking, distinct tokens', () => {
    const a = defaultScenario();
    expect(defaultScenario()).toEqual(a);
    const cloudTokens = a.tokens.map((t) => t.token);
    expect(new Set(cloudTokens).size).toBe(cloudTokens.length);
    for (const token of cloudTokens) expect(token).toMatch(/^ATATT3xFfGF0[A-Za-z0-9_-]{180}=[0-9A-F]{8}$/);
    expect(a.tokens.filter((t) => t.ownerEmail === SERVICE_ACCOUNT_EMAIL).every((t) => t.kind === 'scoped')).toBe(true);
  });

  // The granular scopes the Jira OpenAPI spec lists for /myself (https://github.com/salto-io/jira-swaggers).
  it('names the granular /myself scope set', () => {
    expect(scopeRuleFor('jira', MYSELF)?.granular).toEqual([...MYSELF_GRANULAR_SCOPES]);
  });

  it('rejects inconsistent scenarios', () => {
    const base = defaultScenario();
    expect(() =>
      scenarioBuilder(base)
        .site({ host: ACME_HOST, cloudId: 'x', products: ['jira'] })
        .build(),
    ).toThrow(/twice/);
    expect(() =>
      scenarioBuilder()
        .site({ host: 'a.atlassian.net', cloudId: 'a', products: ['jira'], redirectTo: 'b.atlassian.net' })
        .build(),
    ).toThrow(/unknown site/);
    expect(() =>
      scenarioBuilder().token({ token: 't', ownerEmail: 'x@y.z', kind: 'unscoped', state: 'active' }).build(),
    ).toThrow(/owner/);
  });
});
