/**
 * The request policy for Cloud sites on custom domains and legacy *.jira.com names: a custom
 * domain gets the secret only once recognised in the run; *.jira.com is Cloud by rule; look-alikes
 * and Atlassian's other hosts never count as custom domains.
 */
import { describe, expect, it } from 'vitest';
import { isCloudHost, isCloudSiteHost, mayBeCustomDomain } from '../../../lib/atlassian/hosts';
import { parseSiteUrl } from '../../../lib/atlassian/site-url';
import { createFetchTransport } from '../../../lib/platform/transport';
import {
  createEnvironmentGuard,
  customDomainDestinationAllowed,
  secretDestinationAllowed,
} from '../../../lib/probe/policy';

describe('customDomainDestinationAllowed', () => {
  const site = 'jira.globex.example';
  it.each([
    ['the site before recognition', `https://${site}/rest/api/3/myself`, false, false],
    ['the site once recognised', `https://${site}/rest/api/3/myself`, true, true],
    ['the commercial gateway', 'https://api.atlassian.com/ex/jira/x/rest/api/3/myself', false, true],
    ['another host, even recognised', 'https://evil.example/rest/api/3/myself', true, false],
    ['the site over http', `http://${site}/rest/api/3/myself`, true, false],
    ['the site on another port', `https://${site}:8443/rest/api/3/myself`, true, false],
    ['the site with user info', `https://me@${site}/rest/api/3/myself`, true, false],
    ['a *.atlassian.net site', 'https://acme.atlassian.net/rest/api/3/myself', true, false],
    ['the Government gateway', 'https://api.atlassian-us-gov-mod.com/ex/jira/x', true, false],
  ])('%s', (_name, url, recognised, allowed) => {
    expect(customDomainDestinationAllowed(url, site, () => recognised).allowed).toBe(allowed);
  });
});

describe('legacy *.jira.com names', () => {
  it('are Cloud sites for the static rule, and never a Data Center server', () => {
    expect(isCloudSiteHost('globex.jira.com')).toBe(true);
    expect(secretDestinationAllowed('https://globex.jira.com/rest/api/3/myself').allowed).toBe(true);
    expect(secretDestinationAllowed('https://globex.jira.com/x', 'acme.atlassian.net').allowed).toBe(false);
    expect(isCloudHost('globex.jira.com')).toBe(true);
  });
  it('only one label deep', () => {
    expect(isCloudSiteHost('a.b.jira.com')).toBe(false);
    expect(isCloudSiteHost('jira.com')).toBe(false);
  });
});

describe('mayBeCustomDomain', () => {
  it.each([
    ['jira.globex.example', true],
    ['support.acme.co.uk', true],
    ['acme.atlassian.net.evil.example', false],
    ['api.atlassian.com.evil.example', false],
    ['admin.atlassian.com', false],
    ['a.b.atlassian.net', false],
    ['globex.jira.com', false],
    ['localhost', false],
    ['intranet', false],
    ['10.0.0.7', false],
    ['xn--atlssian-9wa.example', false],
  ])('%s → %s', (host, expected) => {
    expect(mayBeCustomDomain(host)).toBe(expected);
  });

  it('parseSiteUrl reads a custom domain only when asked to', () => {
    expect(parseSiteUrl('https://jira.globex.example').ok).toBe(false);
    expect(parseSiteUrl('https://jira.globex.example', { customDomain: true })).toMatchObject({
      ok: true,
      origin: 'https://jira.globex.example',
      customDomain: true,
    });
    expect(parseSiteUrl('https://jira.globex.example:8443', { customDomain: true }).ok).toBe(false);
  });
});

describe('a custom domain and the Government wall', () => {
  const CUSTOM = 'https://jira.globex.example/rest/api/3/myself';
  const GOV_SITE = 'https://agency.atlassian-us-gov-mod.net/rest/api/3/myself';
  const GOV_GATEWAY = 'https://api.atlassian-us-gov-mod.com/oauth/token/accessible-resources';

  it("the engine rule never lets a custom domain's secret reach the Government gateway, recognised or not", () => {
    expect(customDomainDestinationAllowed(GOV_GATEWAY, 'jira.globex.example', () => true)).toMatchObject({
      allowed: false,
    });
    // …nor a Government site's secret reach a custom domain.
    expect(secretDestinationAllowed(CUSTOM, 'agency.atlassian-us-gov-mod.net').allowed).toBe(false);
  });

  it.each([
    ['Government site, then a custom domain', GOV_SITE, CUSTOM, false],
    ['Government gateway, then a custom domain', GOV_GATEWAY, CUSTOM, false],
    ['a custom domain, then the Government gateway', CUSTOM, GOV_GATEWAY, false],
    ['a custom domain, then a Government site', CUSTOM, GOV_SITE, false],
    ['a custom domain, then the commercial gateway', CUSTOM, 'https://api.atlassian.com/ex/jira/x', true],
    ['the commercial gateway, then a custom domain', 'https://api.atlassian.com/ex/jira/x', CUSTOM, true],
  ])('the guard: %s → allowed %s', (_name, first, second, allowed) => {
    const guard = createEnvironmentGuard({ now: () => 0 });
    expect(guard('h', first).allowed).toBe(true);
    const decision = guard('h', second);
    expect(decision.allowed).toBe(allowed);
    if (!allowed) expect(decision.reason).toMatch(/environment is not proven/);
  });

  function grantedTransport() {
    const urls: string[] = [];
    const fetchImpl = (async (input: RequestInfo | URL) => {
      urls.push(String(input));
      return new Response('{}', { status: 200 });
    }) as typeof fetch;
    const transport = createFetchTransport(fetchImpl, async (origin) => origin === 'https://jira.globex.example');
    return { urls, transport };
  }
  const AUTH = { authorization: 'Basic Z292QGFnZW5jeS5leGFtcGxlOkFUQVRULXNlY3JldA==' };

  it('the transport refuses a Government secret at a granted custom domain, before anything leaves', async () => {
    const { urls, transport } = grantedTransport();
    await transport(GOV_SITE, { headers: AUTH });
    await expect(transport(CUSTOM, { headers: AUTH })).rejects.toThrow(/Government Cloud.*not proven/);
    expect(urls).toEqual([GOV_SITE]);
  });

  it("the transport refuses a granted custom domain's secret on a Government host", async () => {
    const { urls, transport } = grantedTransport();
    await transport(CUSTOM, { headers: AUTH });
    await expect(transport(GOV_GATEWAY, { headers: AUTH })).rejects.toThrow(/not proven.*Government Cloud/);
    expect(urls).toEqual([CUSTOM]);
  });

  it("the transport lets a granted custom domain's secret go to its site and the commercial gateway", async () => {
    const { urls, transport } = grantedTransport();
    await transport(CUSTOM, { headers: AUTH });
    await transport('https://api.atlassian.com/ex/jira/x/rest/api/3/myself', { headers: AUTH });
    expect(urls).toHaveLength(2);
  });

  it('the transport still refuses an origin that was not granted', async () => {
    const { urls, transport } = grantedTransport();
    await expect(transport('https://evil.example/x', { headers: AUTH })).rejects.toThrow(/request policy/);
    expect(urls).toEqual([]);
  });
});
