/**
 * The request policy for Cloud sites on custom domains and legacy *.jira.com names: a custom
 * domain gets the secret only once recognised in the run; *.jira.com is Cloud by rule; look-alikes
 * and Atlassian's other hosts never count as custom domains.
 */
import { describe, expect, it } from 'vitest';
import { isCloudHost, isCloudSiteHost, mayBeCustomDomain } from '../../../lib/atlassian/hosts';
import { parseSiteUrl } from '../../../lib/atlassian/site-url';
import { customDomainDestinationAllowed, secretDestinationAllowed } from '../../../lib/probe/policy';

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
