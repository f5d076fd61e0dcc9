/**
 * A hostile world for the secret tests: a server that repeats the request back (a Data Center
 * proxy, a firewall's debug page) in its body, its headers and its redirects, and a browser whose
 * fetch error repeats the header value (Firefox's `Headers constructor: Bearer <key> is an invalid
 * header value.`).
 */
import type { Profile } from '../../../lib/model/profile';
import type { EngineDeps, Transport } from '../../../lib/probe/deps';
import { memoryCache } from '../../../lib/probe/deps';
import * as world from '../../../emulator';

const stamp = { id: 'p1', name: 'Echo', createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' };
const acme = `https://${world.ACME_HOST}`;

export const ECHO_CASES: [string, Profile, { token: string; email?: string }][] = [
  [
    'cloud-api-token',
    { ...stamp, kind: 'cloud-api-token', siteUrl: acme, email: world.ADMIN_EMAIL, apiToken: world.UNSCOPED_TOKEN },
    { token: world.UNSCOPED_TOKEN, email: world.ADMIN_EMAIL },
  ],
  [
    'oauth-access-token',
    { ...stamp, kind: 'oauth-access-token', accessToken: world.OAUTH_ACCESS_TOKEN, siteUrl: '' },
    { token: world.OAUTH_ACCESS_TOKEN },
  ],
  [
    'org-admin-key',
    { ...stamp, kind: 'org-admin-key', apiKey: world.ORG_API_KEY, orgId: 'org-1a2b3c' },
    { token: world.ORG_API_KEY },
  ],
  [
    'dc-pat',
    { ...stamp, kind: 'dc-pat', serverUrl: `https://${world.DC_HOST}`, pat: world.DC_PAT },
    { token: world.DC_PAT },
  ],
];

export type EchoMode = 'json-401' | 'text-401' | 'html-403' | 'redirect' | 'ok-json';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/**
 * Answers tenant_info and accessible-resources as Atlassian does (so that every probe of a kind is
 * reached), and every credentialed probe with the Authorization header it got, repeated.
 */
export function echoTransport(mode: EchoMode): Transport {
  return async (url, init) => {
    const auth = new Headers(init.headers).get('authorization') ?? '(none)';
    const path = new URL(url).pathname;
    if (path === '/_edge/tenant_info') return json(200, { cloudId: world.ACME_CLOUD_ID });
    if (path === '/oauth/token/accessible-resources' && mode !== 'json-401')
      return json(200, [{ id: world.ACME_CLOUD_ID, name: 'acme', url: acme, scopes: ['read:jira-user'] }]);
    const echoed = { 'www-authenticate': `Bearer realm="${auth}"`, server: auth, 'x-failure-category': auth };
    switch (mode) {
      case 'json-401':
        return json(401, { errorMessages: [`Invalid credentials: ${auth}`], message: auth }, echoed);
      case 'text-401':
        return new Response(`Invalid credentials: ${auth}\nrequest headers: Authorization: ${auth}`, {
          status: 401,
          headers: { 'content-type': 'text/plain', ...echoed },
        });
      case 'html-403':
        return new Response(`<html><title>Denied ${auth}</title><body>${auth}</body></html>`, {
          status: 403,
          headers: { 'content-type': 'text/html', ...echoed },
        });
      case 'redirect':
        return new Response(null, {
          status: 302,
          headers: { location: `https://login.example/?auth=${encodeURIComponent(auth)}&raw=${auth}`, ...echoed },
        });
      case 'ok-json':
        return json(200, { accountId: auth, displayName: auth, emailAddress: 'ada@acme.example', key: auth }, echoed);
    }
  };
}

/** fetch as Firefox throws it when a header value is refused: the value is in the message. */
export const firefoxHeadersError: Transport = async (_url, init) => {
  const auth = new Headers(init.headers).get('authorization');
  if (auth) throw new TypeError(`Headers constructor: ${auth} is an invalid header value.`);
  return json(200, { cloudId: world.ACME_CLOUD_ID });
};

export function echoDeps(transport: Transport): EngineDeps {
  return {
    transport,
    now: Date.now,
    cache: memoryCache(),
    probeTimeoutMs: 2_000,
    runBudgetMs: 5_000,
    sleep: async () => undefined,
  };
}
