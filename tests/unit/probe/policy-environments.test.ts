/**
 * The request policy keeps each secret in its own Atlassian environment: a Government Cloud
 * site's secret goes to that site and api.atlassian-us-gov-mod.com only, a commercial site's never
 * to a Government host — in the engine's rule (with the profile's site), in gatewayOnly, and in the
 * extension's transport, which sees no profile and remembers where each secret last went.
 */
import { describe, expect, it } from 'vitest';
import { createEnvironmentGuard, gatewayOnly, secretDestinationAllowed } from '../../../lib/probe/policy';
import { createFetchTransport } from '../../../lib/platform/transport';

const GOV_SITE = 'agency.atlassian-us-gov-mod.net';
const SITE = 'acme.atlassian.net';

describe('secretDestinationAllowed across environments', () => {
  it.each([
    // [secret of, destination, allowed]
    [GOV_SITE, `https://${GOV_SITE}/rest/api/3/myself`, true],
    [GOV_SITE, 'https://api.atlassian-us-gov-mod.com/ex/jira/x/rest/api/3/myself', true],
    [GOV_SITE, 'https://api.atlassian.com/ex/jira/x/rest/api/3/myself', false],
    [GOV_SITE, `https://${SITE}/rest/api/3/myself`, false],
    [GOV_SITE, 'https://other.atlassian-us-gov-mod.net/rest/api/3/myself', false],
    [GOV_SITE, 'https://id.atlassian-us-gov-mod.com/', false],
    [GOV_SITE, 'https://auth.atlassian-us-gov-mod.com/oauth/token', false],
    [SITE, `https://${SITE}/rest/api/3/myself`, true],
    [SITE, 'https://api.atlassian.com/ex/jira/x/rest/api/3/myself', true],
    [SITE, 'https://api.atlassian-us-gov-mod.com/ex/jira/x/rest/api/3/myself', false],
    [SITE, `https://${GOV_SITE}/rest/api/3/myself`, false],
  ])('a secret of %s → %s: allowed %s', (siteHost, url, allowed) => {
    const decision = secretDestinationAllowed(url, siteHost);
    expect(decision.allowed).toBe(allowed);
    if (!allowed) expect(decision.reason).toBeTruthy();
  });

  it('names both environments when it refuses a cross-environment host', () => {
    const decision = secretDestinationAllowed('https://api.atlassian.com/ex/jira/x', GOV_SITE);
    expect(decision.reason).toMatch(/commercial Atlassian Cloud/);
    expect(decision.reason).toMatch(/Government Cloud/);
  });

  it.each([
    ['https://xn--agncy-9ra.atlassian-us-gov-mod.net/', 'punycode label'],
    ['https://agency.atlassian-us-gov-mod.net.evil.example/', 'suffix of another domain'],
    ['https://agency.atlassian-us-gov.net/', 'legacy Government name with no verified mapping'],
    ['http://agency.atlassian-us-gov-mod.net/', 'plain http'],
    ['https://agency.atlassian-us-gov-mod.net:8443/', 'a port'],
    ['https://a.b.atlassian-us-gov-mod.net/', 'two labels'],
  ])('the static rule refuses %s (%s)', (url) => {
    expect(secretDestinationAllowed(url).allowed).toBe(false);
  });
});

describe('gatewayOnly per environment', () => {
  it.each([
    ['commercial', 'https://api.atlassian.com/oauth/token/accessible-resources', true],
    ['commercial', 'https://api.atlassian-us-gov-mod.com/oauth/token/accessible-resources', false],
    ['government', 'https://api.atlassian-us-gov-mod.com/oauth/token/accessible-resources', true],
    ['government', 'https://api.atlassian.com/oauth/token/accessible-resources', false],
    ['government', `https://${GOV_SITE}/rest/api/3/myself`, false],
  ] as const)('%s credential → %s: allowed %s', (environment, url, allowed) => {
    expect(gatewayOnly(url, environment).allowed).toBe(allowed);
  });
});

describe('the environment guard', () => {
  it.each([
    ['Government, then commercial', `https://${GOV_SITE}/x`, 'https://api.atlassian.com/x', false],
    ['commercial, then Government', 'https://api.atlassian.com/x', 'https://api.atlassian-us-gov-mod.com/x', false],
    ['Government site, then its gateway', `https://${GOV_SITE}/x`, 'https://api.atlassian-us-gov-mod.com/x', true],
    ['commercial site, then its gateway', `https://${SITE}/x`, 'https://api.atlassian.com/x', true],
  ])('%s: second request allowed %s', (_name, first, second, allowed) => {
    const guard = createEnvironmentGuard({ now: () => 0 });
    expect(guard('h1', first).allowed).toBe(true);
    expect(guard('h1', second).allowed).toBe(allowed);
    // Another secret is not affected.
    expect(guard('h2', second).allowed).toBe(true);
  });

  it('forgets a secret after its time to live, so a corrected profile works', () => {
    let t = 0;
    const guard = createEnvironmentGuard({ ttlMs: 1000, now: () => t });
    expect(guard('h', 'https://api.atlassian.com/x').allowed).toBe(true);
    t = 500;
    expect(guard('h', 'https://api.atlassian-us-gov-mod.com/x').allowed).toBe(false);
    t = 2000;
    expect(guard('h', 'https://api.atlassian-us-gov-mod.com/x').allowed).toBe(true);
  });

  it('keeps at most maxEntries secrets', () => {
    const guard = createEnvironmentGuard({ maxEntries: 2, now: () => 0 });
    guard('a', 'https://api.atlassian.com/x');
    guard('b', 'https://api.atlassian.com/x');
    guard('c', 'https://api.atlassian.com/x');
    // 'a' was dropped: nothing remembers it.
    expect(guard('a', 'https://api.atlassian-us-gov-mod.com/x').allowed).toBe(true);
    expect(guard('c', 'https://api.atlassian-us-gov-mod.com/x').allowed).toBe(false);
  });
});

describe('the transport keeps a secret in its environment', () => {
  function fetchLog() {
    const urls: string[] = [];
    const fetchImpl = (async (input: RequestInfo | URL) => {
      urls.push(String(input));
      return new Response('{}', { status: 200 });
    }) as typeof fetch;
    return { urls, transport: createFetchTransport(fetchImpl) };
  }
  const AUTH = { authorization: 'Basic Z292QGFnZW5jeS5leGFtcGxlOkFUQVRULXNlY3JldA==' };

  it('sends a Government secret to the Government site and gateway', async () => {
    const { urls, transport } = fetchLog();
    await transport(`https://${GOV_SITE}/rest/api/3/myself`, { headers: AUTH });
    await transport('https://api.atlassian-us-gov-mod.com/ex/jira/x/rest/api/3/myself', { headers: AUTH });
    expect(urls).toHaveLength(2);
  });

  it('refuses the same secret on a commercial host, before anything leaves', async () => {
    const { urls, transport } = fetchLog();
    await transport(`https://${GOV_SITE}/rest/api/3/myself`, { headers: AUTH });
    await expect(transport('https://api.atlassian.com/ex/jira/x/rest/api/3/myself', { headers: AUTH })).rejects.toThrow(
      /Government Cloud/,
    );
    expect(urls).toEqual([`https://${GOV_SITE}/rest/api/3/myself`]);
  });

  it('refuses a commercial secret on a Government host', async () => {
    const { urls, transport } = fetchLog();
    await transport('https://api.atlassian.com/oauth/token/accessible-resources', { headers: AUTH });
    await expect(transport(`https://${GOV_SITE}/rest/api/3/myself`, { headers: AUTH })).rejects.toThrow(/commercial/);
    expect(urls).toHaveLength(1);
  });

  it('lets requests without a secret go to either environment', async () => {
    const { urls, transport } = fetchLog();
    await transport(`https://${GOV_SITE}/_edge/tenant_info`, {});
    await transport('https://acme.atlassian.net/_edge/tenant_info', {});
    expect(urls).toHaveLength(2);
  });
});
