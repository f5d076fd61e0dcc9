/**
 * The engine, end to end against the emulator in-process, for an OAuth access token whose Site URL
 * is a custom domain: the domain is asked anonymously what it is, the grant is matched to it by the
 * cloudId its tenant_info named, and the token itself only ever goes to api.atlassian.com.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../lib/diagnose/diagnose';
import { OAUTH_ACCESS_TOKEN_DIAGNOSIS } from '../../../lib/kinds/oauth-access-token/plan';
import { lintOAuthToken } from '../../../lib/kinds/oauth-access-token/lint';
import { checkScopes } from '../../../lib/scopes/check';
import { type Transport } from '../../../lib/probe/deps';
import type { OAuthAccessTokenProfile } from '../../../lib/model/profile';
import * as world from '../../../emulator';
import { emulatedEngine } from './emulated-engine';

const custom = `https://${world.GLOBEX_CUSTOM_HOST}`;

const setup = emulatedEngine;

const oauth = (siteUrl: string, accessToken = world.GLOBEX_OAUTH_TOKEN): OAuthAccessTokenProfile => ({
  id: 'p1',
  name: 'OAuth on a custom domain',
  kind: 'oauth-access-token',
  accessToken,
  siteUrl,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
});

async function run(profile: OAuthAccessTokenProfile, options?: Parameters<typeof setup>[0]) {
  const { recorder, deps } = setup(options);
  const report = await diagnose(profile, deps);
  return { report, codes: report.findings.map((f) => f.code), recorder };
}

/**
 * A transport wrapper that gives every request 20 ms of latency and counts how many are in flight
 * at once: requests of one round trip overlap, requests of successive ones do not.
 */
function inFlight(): { wrap: (t: Transport) => Transport; peak: () => number } {
  let now = 0;
  let peak = 0;
  return {
    wrap: (t) => async (url, init) => {
      now += 1;
      peak = Math.max(peak, now);
      try {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return await t(url, init);
      } finally {
        now -= 1;
      }
    },
    peak: () => peak,
  };
}

/** Every request that carried the token went to api.atlassian.com. */
function tokenOnlyAtGateway(recorder: ReturnType<typeof emulatedEngine>['recorder']): boolean {
  return recorder.requests.filter((r) => r.hadAuthorization).every((r) => r.host === 'api.atlassian.com');
}

describe('lint: an OAuth Site URL on a custom domain', () => {
  it('is a possible custom domain, not "not Cloud"', () => {
    const lint = lintOAuthToken({ accessToken: world.GLOBEX_OAUTH_TOKEN, siteUrl: custom }, Date.now());
    expect(lint.findings.map((f) => f.code)).not.toContain('NOT_ATLASSIAN_CLOUD_HOST');
    expect(lint.site).toEqual({ origin: custom, host: world.GLOBEX_CUSTOM_HOST, customDomain: true });
    expect(lint.canSendCredential).toBe(true);
  });

  it('a look-alike of an Atlassian name is still refused', () => {
    const lint = lintOAuthToken(
      { accessToken: world.GLOBEX_OAUTH_TOKEN, siteUrl: 'https://globex.atlassian.net.evil.example' },
      Date.now(),
    );
    expect(lint.findings.map((f) => f.code)).toContain('NOT_ATLASSIAN_CLOUD_HOST');
    expect(lint.canSendCredential).toBe(false);
  });

  it('the policy never lets the token go to the custom domain, only to the commercial gateway', () => {
    const lint = lintOAuthToken({ accessToken: world.GLOBEX_OAUTH_TOKEN, siteUrl: custom }, Date.now());
    const policy = OAUTH_ACCESS_TOKEN_DIAGNOSIS.policy(lint);
    expect(policy(`${custom}/rest/api/3/myself`).allowed).toBe(false);
    expect(policy('https://api.atlassian.com/oauth/token/accessible-resources').allowed).toBe(true);
    expect(policy('https://api.atlassian-us-gov-mod.com/oauth/token/accessible-resources').allowed).toBe(false);
  });
});

describe('diagnose: an OAuth token for a Cloud site on a custom domain', () => {
  it('recognised anonymously, matched by cloudId, checked through the gateway: ok', async () => {
    const flight = inFlight();
    const { report, codes, recorder } = await run(oauth(custom), { wrap: flight.wrap });
    expect(report.verdict).toBe('ok');
    expect(codes).toEqual(expect.arrayContaining(['AUTH_OK', 'OAUTH_GRANT', 'CUSTOM_DOMAIN_CLOUD_SITE']));
    expect(codes).not.toContain('NOT_ATLASSIAN_CLOUD_HOST');
    expect(codes).not.toContain('OAUTH_SITE_NOT_GRANTED');
    expect(report.cloudId).toBe(world.GLOBEX_CLOUD_ID);
    expect(report.account?.displayName).toBe(world.GLOBEX_DISPLAY_NAME);
    const info = report.findings.find((f) => f.code === 'CUSTOM_DOMAIN_CLOUD_SITE');
    expect(info?.explanation).toContain('never went there');
    expect(info?.explanation).toContain(world.GLOBEX_CLOUD_ID);
    // Round 1: the two anonymous probes of the custom domain; round 2: the gateway, with the token.
    const [first, second, ...rest] = recorder.requests;
    expect([first?.url, second?.url].sort()).toEqual([
      `${custom}/_edge/tenant_info`,
      `${custom}/rest/api/2/serverInfo`,
    ]);
    expect([first?.hadAuthorization, second?.hadAuthorization]).toEqual([false, false]);
    expect(rest.map((r) => r.url).sort()).toEqual(
      [
        'https://api.atlassian.com/oauth/token/accessible-resources',
        `https://api.atlassian.com/ex/jira/${world.GLOBEX_CLOUD_ID}/rest/api/3/myself`,
      ].sort(),
    );
    expect(tokenOnlyAtGateway(recorder)).toBe(true);
    expect(flight.peak()).toBe(2);
  });

  it('a grant that does not reach the site: OAUTH_SITE_NOT_GRANTED, the token still only at the gateway', async () => {
    const { report, codes, recorder } = await run(oauth(custom, world.OAUTH_ACCESS_TOKEN));
    expect(codes).toEqual(expect.arrayContaining(['OAUTH_SITE_NOT_GRANTED', 'CUSTOM_DOMAIN_CLOUD_SITE']));
    expect(codes).not.toContain('AUTH_OK');
    expect(report.verdict).toBe('error');
    expect(report.findings.find((f) => f.code === 'OAUTH_SITE_NOT_GRANTED')?.explanation).toContain(world.ACME_HOST);
    expect(tokenOnlyAtGateway(recorder)).toBe(true);
  });

  it('serverInfo says Cloud but tenant_info names no cloudId: the grant is not matched by guess (warning)', async () => {
    const noTenant =
      (t: Transport): Transport =>
      async (url, init) =>
        url.endsWith('/_edge/tenant_info') ? new Response('Not Found', { status: 404 }) : t(url, init);
    const { report, codes, recorder } = await run(oauth(custom), { wrap: noTenant });
    expect(codes).toEqual(
      expect.arrayContaining(['OAUTH_SITE_NOT_GRANTED', 'OAUTH_GRANT', 'CUSTOM_DOMAIN_CLOUD_SITE']),
    );
    expect(codes).not.toContain('AUTH_OK');
    const unmatched = report.findings.find((f) => f.code === 'OAUTH_SITE_NOT_GRANTED');
    expect(unmatched?.severity).toBe('warning');
    expect(unmatched?.title).toContain('cannot tell which granted site');
    expect(report.verdict).toBe('warning');
    // No /myself on a site chosen by guess.
    expect(recorder.requests.map((r) => r.url).some((u) => u.includes('/ex/jira/'))).toBe(false);
    expect(tokenOnlyAtGateway(recorder)).toBe(true);
  });

  it('not granted by the browser: nothing at all is sent, the grant is asked for', async () => {
    const { report, codes, recorder } = await run(oauth(custom), { granted: (o) => o !== custom });
    expect(codes).toEqual(['HOST_PERMISSION_MISSING']);
    expect(report.findings[0]?.title).toContain(custom);
    expect(report.verdict).toBe('error');
    expect(recorder.requests).toEqual([]);
  });

  it('an expired token on a custom domain: the site is still named, the token never sent', async () => {
    const { codes, recorder } = await run(oauth(custom, world.OAUTH_EXPIRED_TOKEN));
    expect(codes).toEqual(expect.arrayContaining(['OAUTH_TOKEN_EXPIRED', 'CUSTOM_DOMAIN_CLOUD_SITE']));
    expect(recorder.requests.filter((r) => r.hadAuthorization)).toEqual([]);
  });
});

describe('diagnose: an OAuth Site URL on a custom domain that is not Cloud', () => {
  it('Data Center (serverInfo "Server"): named as such, the token sent nowhere', async () => {
    const { report, codes, recorder } = await run(oauth(`https://${world.DC_HOST}`));
    expect(codes).toEqual(['CLOUD_TOKEN_ON_DATA_CENTER']);
    expect(report.findings[0]?.title).toContain('Data Center');
    expect(report.verdict).toBe('error');
    expect(recorder.requests.filter((r) => r.hadAuthorization)).toEqual([]);
  });

  it('a host that answers neither way: NOT_ATLASSIAN_CLOUD_HOST, the token sent nowhere', async () => {
    const { codes, recorder } = await run(oauth('https://intranet.unknown.example'));
    expect(codes).toEqual(['NOT_ATLASSIAN_CLOUD_HOST']);
    expect(recorder.requests.filter((r) => r.hadAuthorization)).toEqual([]);
  });
});

describe('Check scopes: an OAuth token on a custom domain', () => {
  it('recognises the site first, matches the grant by cloudId, checks through the gateway', async () => {
    const { recorder, deps } = setup();
    const report = await checkScopes(oauth(custom), deps);
    expect(report.model).toBe('oauth');
    expect(report.cloudId).toBe(world.GLOBEX_CLOUD_ID);
    expect(report.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['OAUTH_GRANT', 'CUSTOM_DOMAIN_CLOUD_SITE']),
    );
    expect(report.rows.find((r) => r.id === 'read-own-profile')?.state).toBe('granted');
    expect(recorder.requests.slice(0, 2).every((r) => !r.hadAuthorization)).toBe(true);
    expect(tokenOnlyAtGateway(recorder)).toBe(true);
  });

  it('a custom domain that is Data Center: failed, the Data Center kind named, the token sent nowhere', async () => {
    const { recorder, deps } = setup();
    const report = await checkScopes(oauth(`https://${world.DC_HOST}`), deps);
    expect(report.model).toBe('failed');
    expect(report.findings.map((f) => f.code)).toEqual(['CLOUD_TOKEN_ON_DATA_CENTER']);
    expect(recorder.requests.filter((r) => r.hadAuthorization)).toEqual([]);
  });
});

describe('an OAuth token for a legacy *.jira.com Site URL', () => {
  const legacy = `https://${world.GLOBEX_LEGACY_HOST}`;

  it("the grant is matched by the cloudId the name's tenant_info gives, asked beside accessible-resources", async () => {
    const flight = inFlight();
    const { report, codes, recorder } = await run(oauth(legacy), { wrap: flight.wrap });
    expect(report.verdict).toBe('ok');
    expect(codes).toEqual(expect.arrayContaining(['AUTH_OK', 'OAUTH_GRANT']));
    expect(codes).not.toContain('OAUTH_SITE_NOT_GRANTED');
    expect(codes).not.toContain('CUSTOM_DOMAIN_CLOUD_SITE');
    expect(report.cloudId).toBe(world.GLOBEX_CLOUD_ID);
    const tenant = recorder.requests.find((r) => r.url === `${legacy}/_edge/tenant_info`);
    expect(tenant?.hadAuthorization).toBe(false);
    expect(recorder.requests.map((r) => r.url)).not.toContain(`${legacy}/rest/api/2/serverInfo`);
    expect(tokenOnlyAtGateway(recorder)).toBe(true);
    // tenant_info ∥ accessible-resources, then /myself.
    expect(flight.peak()).toBe(2);
  });

  it('the name not granted by the browser: nothing goes there, and the grant is not matched by guess', async () => {
    const { codes, recorder } = await run(oauth(legacy), { granted: (o) => o !== legacy });
    expect(codes).toContain('OAUTH_SITE_NOT_GRANTED');
    expect(recorder.requests.some((r) => r.host === world.GLOBEX_LEGACY_HOST)).toBe(false);
  });

  it('Check scopes matches it the same way', async () => {
    const { recorder, deps } = setup();
    const report = await checkScopes(oauth(legacy), deps);
    expect(report.model).toBe('oauth');
    expect(report.cloudId).toBe(world.GLOBEX_CLOUD_ID);
    expect(tokenOnlyAtGateway(recorder)).toBe(true);
  });
});
