/**
 * The engine end to end against the Atlassian emulator, in-process: the same `diagnose` the
 * service worker runs, with the emulator as its transport.
 */
import { diagnose } from '../../../lib/diagnose/diagnose';
import { memoryCache, type EngineDeps } from '../../../lib/probe/deps';
import type { CloudApiTokenProfile } from '../../../lib/model/profile';
import * as world from '../../../emulator';
import { createAtlassianHandler, defaultScenario, recordingTransport } from '../../../emulator';

function profile(siteUrl: string, email: string, apiToken: string): CloudApiTokenProfile {
  return {
    id: 'p1',
    kind: 'cloud-api-token',
    name: 'test',
    siteUrl,
    email,
    apiToken,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
  };
}

function setup(options: { manualRedirect?: 'node' | 'browser'; cache?: Record<string, string> } = {}) {
  const recorder = recordingTransport(createAtlassianHandler(defaultScenario()), {
    manualRedirect: options.manualRedirect,
  });
  const deps: EngineDeps = {
    transport: recorder.transport,
    now: Date.now,
    cache: memoryCache(options.cache),
    probeTimeoutMs: 1_000,
    runBudgetMs: 3_000,
    sleep: async () => undefined,
  };
  return { recorder, deps };
}

const acme = `https://${world.ACME_HOST}`;

describe('diagnose (cloud API token) against the emulator', () => {
  it.each([
    ['a working unscoped token', acme, world.ADMIN_EMAIL, world.UNSCOPED_TOKEN, 'ok', ['AUTH_OK', 'TOKEN_UNSCOPED']],
    [
      'a scoped token on the site URL',
      acme,
      world.ADMIN_EMAIL,
      world.SCOPED_TOKEN_READ_JIRA_USER,
      'warning',
      ['SCOPED_TOKEN_ON_SITE_URL', 'AUTH_OK', 'TOKEN_SCOPED'],
    ],
    [
      'a scoped token with the granular scopes',
      acme,
      world.ADMIN_EMAIL,
      world.SCOPED_TOKEN_GRANULAR_MYSELF,
      'warning',
      ['SCOPED_TOKEN_ON_SITE_URL', 'AUTH_OK', 'TOKEN_SCOPED'],
    ],
    [
      'a scoped token missing the scope',
      acme,
      world.ADMIN_EMAIL,
      world.SCOPED_TOKEN_WITHOUT_USER_SCOPE,
      'warning',
      ['SCOPE_MISSING', 'SCOPED_TOKEN_ON_SITE_URL'],
    ],
    ['an expired token', acme, world.ADMIN_EMAIL, world.EXPIRED_TOKEN, 'error', ['CREDENTIALS_REJECTED']],
    ['a revoked token', acme, world.ADMIN_EMAIL, world.REVOKED_TOKEN, 'error', ['CREDENTIALS_REJECTED']],
    ['a token of nobody', acme, world.ADMIN_EMAIL, world.UNKNOWN_TOKEN, 'error', ['CREDENTIALS_REJECTED']],
    ['the wrong email', acme, world.UNKNOWN_EMAIL, world.UNSCOPED_TOKEN, 'error', ['CREDENTIALS_REJECTED']],
    [
      'a password',
      acme,
      world.ADMIN_EMAIL,
      world.PASSWORD_LIKE_SECRET,
      'error',
      ['CREDENTIALS_REJECTED', 'TOKEN_LOOKS_LIKE_PASSWORD'],
    ],
    [
      'a CAPTCHA lockout',
      `https://${world.LOCKED_HOST}`,
      world.ADMIN_EMAIL,
      world.UNSCOPED_TOKEN,
      'error',
      ['CAPTCHA_REQUIRED'],
    ],
    [
      'an IP allowlist',
      `https://${world.WALLED_HOST}`,
      world.ADMIN_EMAIL,
      world.UNSCOPED_TOKEN,
      'error',
      ['IP_NOT_ALLOWLISTED'],
    ],
    [
      'a site that does not exist',
      `https://${world.UNKNOWN_HOST}`,
      world.ADMIN_EMAIL,
      world.UNSCOPED_TOKEN,
      'error',
      ['SITE_NOT_FOUND'],
    ],
    [
      'an http:// site URL',
      `http://${world.ACME_HOST}`,
      world.ADMIN_EMAIL,
      world.UNSCOPED_TOKEN,
      'warning',
      ['HTTP_NOT_HTTPS', 'AUTH_OK', 'TOKEN_UNSCOPED'],
    ],
    [
      'a renamed site',
      `https://${world.RENAMED_HOST}`,
      world.ADMIN_EMAIL,
      world.UNSCOPED_TOKEN,
      'error',
      ['REDIRECTED'],
    ],
    [
      'a rate-limited site',
      `https://${world.BUSY_HOST}`,
      world.ADMIN_EMAIL,
      world.UNSCOPED_TOKEN,
      'unknown',
      ['RATE_LIMITED'],
    ],
    [
      'a broken site',
      `https://${world.BROKEN_HOST}`,
      world.ADMIN_EMAIL,
      world.UNSCOPED_TOKEN,
      'unknown',
      ['SERVER_ERROR'],
    ],
    [
      'a site that hangs',
      `https://${world.SLOW_HOST}`,
      world.ADMIN_EMAIL,
      world.UNSCOPED_TOKEN,
      'unknown',
      ['TIMEOUT'],
    ],
    [
      'HTML where JSON was due',
      `https://${world.GLITCH_HOST}`,
      world.ADMIN_EMAIL,
      world.UNSCOPED_TOKEN,
      'error',
      ['UNEXPECTED_RESPONSE'],
    ],
  ])('diagnoses %s', async (_name, siteUrl, email, token, verdict, codes) => {
    const { deps } = setup();
    const report = await diagnose(profile(siteUrl, email, token), deps);
    expect(report.findings.map((f) => f.code)).toEqual(codes);
    expect(report.verdict).toBe(verdict);
    expect(JSON.stringify(report)).not.toContain(token);
  });

  it('needs one round trip for a token the site accepts', async () => {
    const { recorder, deps } = setup();
    const report = await diagnose(profile(acme, world.ADMIN_EMAIL, world.UNSCOPED_TOKEN), deps);
    expect(report.account?.displayName).toBe(world.ADMIN_DISPLAY_NAME);
    expect(report.cloudId).toBe(world.ACME_CLOUD_ID);
    expect(recorder.requests.map((r) => new URL(r.url).pathname)).toEqual(
      expect.arrayContaining(['/_edge/tenant_info', '/rest/api/3/myself']),
    );
    expect(recorder.requests).toHaveLength(2);
  });

  it('asks the gateway only after the site refused, and with the cloudId from tenant_info', async () => {
    const { recorder, deps } = setup();
    await diagnose(profile(acme, world.ADMIN_EMAIL, world.SCOPED_TOKEN_READ_JIRA_USER), deps);
    const last = recorder.requests.at(-1)!;
    expect(last.url).toBe(`https://api.atlassian.com/ex/jira/${world.ACME_CLOUD_ID}/rest/api/3/myself`);
    expect(recorder.requests).toHaveLength(3);
  });

  it('caches the cloudId so a second run asks site and gateway at once, without tenant_info', async () => {
    const { recorder, deps } = setup();
    const p = profile(acme, world.ADMIN_EMAIL, world.SCOPED_TOKEN_READ_JIRA_USER);
    await diagnose(p, deps);
    recorder.clear();
    const again = await diagnose(p, deps);
    expect(again.findings.map((f) => f.code)).toContain('TOKEN_SCOPED');
    expect(recorder.requests.map((r) => new URL(r.url).pathname).sort()).toEqual([
      `/ex/jira/${world.ACME_CLOUD_ID}/rest/api/3/myself`,
      '/rest/api/3/myself',
    ]);
  });

  it('recovers from a stale cached cloudId', async () => {
    const { deps } = setup({ cache: { [`cloudId:${world.ACME_HOST}`]: world.UNKNOWN_CLOUD_ID } });
    const report = await diagnose(profile(acme, world.ADMIN_EMAIL, world.SCOPED_TOKEN_READ_JIRA_USER), deps);
    expect(report.findings.map((f) => f.code)).toContain('TOKEN_SCOPED');
    expect(report.cloudId).toBe(world.ACME_CLOUD_ID);
  });

  it('sends only GETs without a body, and the secret only to the site and the gateway', async () => {
    const { recorder, deps } = setup();
    for (const token of [world.UNSCOPED_TOKEN, world.SCOPED_TOKEN_WITHOUT_USER_SCOPE, world.EXPIRED_TOKEN]) {
      await diagnose(profile(acme, world.ADMIN_EMAIL, token), deps);
    }
    await diagnose(profile(`https://${world.RENAMED_HOST}`, world.ADMIN_EMAIL, world.UNSCOPED_TOKEN), deps);
    for (const request of recorder.requests) {
      expect(request.method).toBe('GET');
      expect(request.hadBody).toBe(false);
      if (request.hadAuthorization)
        expect([world.ACME_HOST, world.RENAMED_HOST, 'api.atlassian.com']).toContain(request.host);
    }
  });

  it('follows a redirect only without credentials, and says where it leads (browser-style opaque redirect)', async () => {
    const { recorder, deps } = setup({ manualRedirect: 'browser' });
    const report = await diagnose(
      profile(`https://${world.RENAMED_HOST}`, world.ADMIN_EMAIL, world.UNSCOPED_TOKEN),
      deps,
    );
    const finding = report.findings.find((f) => f.code === 'REDIRECTED');
    expect(finding?.fix?.url).toContain(world.ACME_HOST);
    const toAcme = recorder.requests.filter((r) => r.host === world.ACME_HOST);
    expect(toAcme.length).toBeGreaterThan(0);
    expect(toAcme.every((r) => !r.hadAuthorization)).toBe(true);
  });

  it('sends no credential when the lint already knows it cannot work, but still checks the site', async () => {
    const { recorder, deps } = setup();
    const report = await diagnose(profile(acme, world.ADMIN_USERNAME, world.UNSCOPED_TOKEN), deps);
    expect(report.findings.map((f) => f.code)).toEqual(['EMAIL_NOT_AN_EMAIL']);
    expect(recorder.requests.every((r) => !r.hadAuthorization)).toBe(true);
    expect(report.cloudId).toBe(world.ACME_CLOUD_ID);
  });

  it('sends nothing at all for a URL that is not an Atlassian Cloud site', async () => {
    const { recorder, deps } = setup();
    const report = await diagnose(
      profile('https://acme.atlassian.net.evil.example', world.ADMIN_EMAIL, world.UNSCOPED_TOKEN),
      deps,
    );
    expect(report.findings[0]?.code).toBe('NOT_ATLASSIAN_CLOUD_HOST');
    expect(recorder.requests).toHaveLength(0);
  });

  it('retries a 429 once when Retry-After fits the budget, never a 401', async () => {
    const { recorder, deps } = setup();
    await diagnose(profile(`https://${world.BUSY_HOST}`, world.ADMIN_EMAIL, world.UNSCOPED_TOKEN), {
      ...deps,
      runBudgetMs: 10_000,
    });
    const myself = recorder.requests.filter((r) => r.url.endsWith('/rest/api/3/myself'));
    expect(myself).toHaveLength(2);
    recorder.clear();
    // Retry-After: 2 s does not fit in a 2.5 s budget once the first round trip is counted.
    await diagnose(profile(`https://${world.BUSY_HOST}`, world.ADMIN_EMAIL, world.UNSCOPED_TOKEN), {
      ...deps,
      runBudgetMs: 2_500,
    });
    expect(recorder.requests.filter((r) => r.url.endsWith('/rest/api/3/myself'))).toHaveLength(1);
    recorder.clear();
    await diagnose(profile(acme, world.ADMIN_EMAIL, world.EXPIRED_TOKEN), deps);
    expect(recorder.requests.filter((r) => r.host === world.ACME_HOST && r.hadAuthorization)).toHaveLength(1);
  });

  it('ends a hanging run within its budget', async () => {
    const { deps } = setup();
    const started = Date.now();
    const report = await diagnose(profile(`https://${world.SLOW_HOST}`, world.ADMIN_EMAIL, world.UNSCOPED_TOKEN), {
      ...deps,
      probeTimeoutMs: 200,
      runBudgetMs: 1_000,
    });
    expect(report.probes.every((p) => p.error?.kind === 'timeout')).toBe(true);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
