/**
 * The wire: the extension's transport (lib/platform/transport.ts) refuses by itself to send a
 * secret anywhere but an Atlassian Cloud site or api.atlassian.com, whatever its caller asks; the
 * engine adds the profile's own site on top; a redirect never carries the secret; and after a
 * rejection no further credentialed probe goes to that host in the run (account lockout).
 */
import { diagnose } from '../../../lib/diagnose/diagnose';
import { PolicyError, secretDestinationAllowed } from '../../../lib/probe/policy';
import { sendProbe } from '../../../lib/probe/send';
import { memoryCache } from '../../../lib/probe/deps';
import { createFetchTransport } from '../../../lib/platform/transport';
import type { CloudApiTokenProfile } from '../../../lib/model/profile';
import * as world from '../../../emulator';
import { createAtlassianHandler, defaultScenario, recordingTransport } from '../../../emulator';

const AUTH = 'Basic YWRhQGFjbWUuY29tOkFUQVRULXNlY3JldA==';

function recordingFetch() {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { calls, transport: createFetchTransport(fetchImpl) };
}

// Each of these must be refused before any request leaves.
const HOSTILE_DESTINATIONS = [
  ['user info hiding the real host', 'https://mysite.atlassian.net@evil.example/rest/api/3/myself'],
  ['user info and password', 'https://mysite.atlassian.net:x@evil.example/'],
  ['a site name as a subdomain of another domain', 'https://mysite.atlassian.net.evil.example/rest/api/3/myself'],
  [
    'the gateway as a subdomain of another domain',
    'https://api.atlassian.com.evil.example/oauth/token/accessible-resources',
  ],
  ['a look-alike TLD', 'https://mysite.atlassian.net.co/rest/api/3/myself'],
  ['a Cyrillic а in atlassian', 'https://mysite.аtlassian.net/rest/api/3/myself'],
  ['a Cyrillic а in api', 'https://аpi.atlassian.com/ex/jira/x/rest/api/3/myself'],
  ['a punycode look-alike of atlassian.net', 'https://mysite.xn--tlassian-3fg.net/'],
  ['a punycode site label', 'https://xn--mysit-7ve.atlassian.net/rest/api/3/myself'],
  ['a port on the site', 'https://mysite.atlassian.net:8443/rest/api/3/myself'],
  ['a port on the gateway', 'https://api.atlassian.com:444/ex/jira/x/rest/api/3/myself'],
  ['plain http', 'http://mysite.atlassian.net/rest/api/3/myself'],
  ['a backslash trick', 'https://evil.example\\@mysite.atlassian.net/'],
  ['an encoded slash in user info', 'https://mysite.atlassian.net%2F@evil.example/'],
  ['the bare atlassian.net domain', 'https://atlassian.net/rest/api/3/myself'],
  ['an empty label', 'https://.atlassian.net/'],
  ['another Atlassian domain', 'https://mysite.atlassian.com/rest/api/3/myself'],
  ['an IP address', 'https://127.0.0.1/rest/api/3/myself'],
  ['an IPv6 address', 'https://[::1]/rest/api/3/myself'],
  ['a data: URL', 'data:text/plain,hello'],
  ['a javascript: URL', 'javascript:alert(1)'],
  ['not a URL at all', '//evil.example/x'],
  ['the path naming the site', 'https://evil.example/https://mysite.atlassian.net/'],
] as const;

describe('createFetchTransport: the request policy holds in the transport itself', () => {
  it.each(HOSTILE_DESTINATIONS)('refuses %s and sends nothing', async (_name, url) => {
    const { calls, transport } = recordingFetch();
    await expect(transport(url, { headers: { Authorization: AUTH } })).rejects.toBeInstanceOf(PolicyError);
    expect(calls).toEqual([]);
  });

  it('refuses a lower-case authorization header or one set through a Headers object', async () => {
    const { calls, transport } = recordingFetch();
    await expect(
      transport('https://evil.example/', { headers: new Headers({ authorization: AUTH }) }),
    ).rejects.toBeInstanceOf(PolicyError);
    await expect(transport('https://evil.example/', { headers: [['AUTHORIZATION', AUTH]] })).rejects.toBeInstanceOf(
      PolicyError,
    );
    expect(calls).toEqual([]);
  });

  it('refuses anything but GET, and a body', async () => {
    const { calls, transport } = recordingFetch();
    await expect(
      transport('https://mysite.atlassian.net/', { method: 'POST', headers: { Authorization: AUTH } }),
    ).rejects.toBeInstanceOf(PolicyError);
    await expect(transport('https://mysite.atlassian.net/', { body: 'x' })).rejects.toBeInstanceOf(PolicyError);
    expect(calls).toEqual([]);
  });

  it('sends a secret to a site or the gateway without cookies, and never lets it follow a redirect', async () => {
    const { calls, transport } = recordingFetch();
    await transport('https://mysite.atlassian.net/rest/api/3/myself', {
      headers: { Authorization: AUTH },
      redirect: 'follow',
      credentials: 'include',
    });
    await transport('https://api.atlassian.com/ex/jira/x/rest/api/3/myself', { headers: { Authorization: AUTH } });
    expect(calls.map((c) => [new URL(c.url).host, c.init?.redirect, c.init?.credentials])).toEqual([
      ['mysite.atlassian.net', 'manual', 'omit'],
      ['api.atlassian.com', 'manual', 'omit'],
    ]);
  });

  it('lets a request without a secret go (tenant_info, the redirect target)', async () => {
    const { calls, transport } = recordingFetch();
    await transport('https://renamed.example/', { redirect: 'follow' });
    expect(calls).toHaveLength(1);
    expect(new Headers(calls[0]!.init?.headers).has('authorization')).toBe(false);
  });
});

describe('a Data Center origin the user granted', () => {
  const granted = 'https://jira.internal.example';
  function dcFetch() {
    const calls: string[] = [];
    const fetchImpl = (async (input: RequestInfo | URL) => {
      calls.push(String(input));
      return new Response('{}', { status: 200 });
    }) as typeof fetch;
    return { calls, transport: createFetchTransport(fetchImpl, async (origin) => origin === granted) };
  }

  it('gets the secret at exactly that origin', async () => {
    const { calls, transport } = dcFetch();
    await transport(`${granted}/rest/api/2/myself`, { headers: { Authorization: 'Bearer pat' } });
    expect(calls).toEqual([`${granted}/rest/api/2/myself`]);
  });

  it.each([
    ['another port', 'https://jira.internal.example:8443/rest/api/2/myself'],
    ['http instead of https', 'http://jira.internal.example/rest/api/2/myself'],
    ['a subdomain of it', 'https://evil.jira.internal.example/rest/api/2/myself'],
    ['a look-alike', 'https://jira.internal.example.evil.example/rest/api/2/myself'],
    ['user info in front of it', 'https://jira.internal.example@evil.example/'],
    ['another host', 'https://jira.other.example/rest/api/2/myself'],
  ])('refuses %s and sends nothing', async (_name, url) => {
    const { calls, transport } = dcFetch();
    await expect(transport(url, { headers: { Authorization: 'Bearer pat' } })).rejects.toBeInstanceOf(PolicyError);
    expect(calls).toEqual([]);
  });
});

describe("the engine adds the profile's own site to the rule", () => {
  it("refuses to send a profile's secret to another Atlassian site than its own", async () => {
    const { calls, transport } = recordingFetch();
    const observation = await sendProbe(
      {
        probe: { id: 'site-myself', url: 'https://other.atlassian.net/rest/api/3/myself', auth: 'basic', display: '' },
        authorization: AUTH,
      },
      {
        transport,
        now: Date.now,
        sleep: async () => undefined,
        probeTimeoutMs: 1000,
        deadline: Date.now() + 5000,
        secretPolicy: (url) => secretDestinationAllowed(url, 'mysite.atlassian.net'),
      },
    );
    expect(observation.error?.kind).toBe('blocked-by-policy');
    expect(calls).toEqual([]);
    expect(secretDestinationAllowed('https://mysite.atlassian.net/x', 'mysite.atlassian.net').allowed).toBe(true);
  });
});

function profile(siteUrl: string, apiToken: string, email = world.ADMIN_EMAIL): CloudApiTokenProfile {
  return {
    id: 'p1',
    kind: 'cloud-api-token',
    name: 't',
    siteUrl,
    email,
    apiToken,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
  };
}

function engineWith(
  scenario = defaultScenario(),
  cache: Record<string, string> = {},
  manualRedirect: 'node' | 'browser' = 'node',
) {
  const recorder = recordingTransport(createAtlassianHandler(scenario), { manualRedirect });
  // The product transport in front of the emulator, as in the extension.
  const transport = createFetchTransport(recorder.transport as typeof fetch);
  return {
    recorder,
    deps: {
      transport,
      now: Date.now,
      cache: memoryCache(cache),
      probeTimeoutMs: 1_000,
      runBudgetMs: 3_000,
      sleep: async () => undefined,
    },
  };
}

describe('redirects never carry the secret', () => {
  it('a site that redirects to another host: the secret is not sent there (as Chromium hides the Location)', async () => {
    // renamed.atlassian.net answers 301 to acme.atlassian.net, where the same token would work.
    const { recorder, deps } = engineWith(defaultScenario(), {}, 'browser');
    const report = await diagnose(profile(`https://${world.RENAMED_HOST}`, world.UNSCOPED_TOKEN), deps);
    expect(report.findings.map((f) => f.code)).toContain('REDIRECTED');
    const elsewhere = recorder.requests.filter((r) => r.host !== world.RENAMED_HOST && r.host !== 'api.atlassian.com');
    expect(elsewhere.length).toBeGreaterThan(0); // the redirect was followed, to learn where it leads…
    expect(elsewhere.every((r) => !r.hadAuthorization)).toBe(true); // …without the secret
  });
});

describe('account-lockout safety', () => {
  it.each([
    ['an expired token', world.EXPIRED_TOKEN, world.ADMIN_EMAIL],
    ['a wrong email', world.UNSCOPED_TOKEN, world.UNKNOWN_EMAIL],
    ['a password', world.PASSWORD_LIKE_SECRET, world.ADMIN_EMAIL],
  ])(
    'after the site rejects %s, no further credentialed probe goes to that host in the run',
    async (_name, token, email) => {
      for (const cache of [{}, { [`cloudId:${world.ACME_HOST}`]: world.ACME_CLOUD_ID }] as Record<string, string>[]) {
        const { recorder, deps } = engineWith(defaultScenario(), cache);
        await diagnose(profile(`https://${world.ACME_HOST}`, token, email), deps);
        const credentialed = (host: string) => recorder.requests.filter((r) => r.host === host && r.hadAuthorization);
        expect(credentialed(world.ACME_HOST)).toHaveLength(1);
        expect(credentialed('api.atlassian.com').length).toBeLessThanOrEqual(1);
      }
    },
  );

  it('a CAPTCHA-locked site gets exactly one credentialed request', async () => {
    const { recorder, deps } = engineWith();
    await diagnose(profile(`https://${world.LOCKED_HOST}`, world.UNSCOPED_TOKEN), deps);
    expect(recorder.requests.filter((r) => r.host === world.LOCKED_HOST && r.hadAuthorization)).toHaveLength(1);
  });
});
