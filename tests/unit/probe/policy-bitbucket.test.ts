/** The request policy for Bitbucket: its secrets go to api.bitbucket.org only, and no other secret goes there. */
import { describe, expect, it } from 'vitest';
import { bitbucketOnly, secretDestinationAllowed, transportDestinationAllowed } from '../../../lib/probe/policy';

describe('bitbucketOnly', () => {
  it.each([
    ['https://api.bitbucket.org/2.0/user', true],
    ['https://api.bitbucket.org/2.0/repositories/acme?pagelen=1', true],
    ['http://api.bitbucket.org/2.0/user', false],
    ['https://api.bitbucket.org:8443/2.0/user', false],
    ['https://user:pw@api.bitbucket.org/2.0/user', false],
    ['https://bitbucket.org/acme/repo.git', false],
    ['https://api.bitbucket.org.evil.example/2.0/user', false],
    ['https://api.atlassian.com/ex/jira/x/rest/api/3/myself', false],
    ['https://acme.atlassian.net/rest/api/3/myself', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(bitbucketOnly(url).allowed).toBe(allowed);
  });
});

describe('a Cloud secret never goes to Bitbucket', () => {
  it('the Cloud rule refuses api.bitbucket.org, with or without a site', () => {
    expect(secretDestinationAllowed('https://api.bitbucket.org/2.0/user').allowed).toBe(false);
    expect(secretDestinationAllowed('https://api.bitbucket.org/2.0/user', 'acme.atlassian.net').allowed).toBe(false);
  });
  it("the transport's static rule allows both families, and nothing else", () => {
    expect(transportDestinationAllowed('https://api.bitbucket.org/2.0/user').allowed).toBe(true);
    expect(transportDestinationAllowed('https://acme.atlassian.net/rest/api/3/myself').allowed).toBe(true);
    expect(transportDestinationAllowed('https://bitbucket.org/acme/repo').allowed).toBe(false);
    expect(transportDestinationAllowed('https://example.com/').allowed).toBe(false);
  });
});

describe('a Data Center secret never goes to Bitbucket', () => {
  it('a Bitbucket host is not a Data Center server', async () => {
    const { parseServerUrl } = await import('../../../lib/atlassian/server-url');
    expect(parseServerUrl('https://api.bitbucket.org').ok).toBe(false);
    expect(parseServerUrl('https://bitbucket.org/acme').ok).toBe(false);
  });
});
