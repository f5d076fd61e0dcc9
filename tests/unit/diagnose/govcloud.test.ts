/**
 * The engine, end to end against the emulator in-process, for Atlassian Government Cloud sites,
 * JSM operations through OAuth, Confluence Data Center and the Data Center rate limiter. The
 * emulator's request log proves where each secret went.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../lib/diagnose/diagnose';
import { memoryCache } from '../../../lib/probe/deps';
import type { Profile } from '../../../lib/model/profile';
import * as world from '../../../emulator';
import { createAtlassianHandler, defaultScenario, recordingTransport } from '../../../emulator';
import { emulatedEngine, STAMP } from './emulated-engine';

const stamp = STAMP;
const gov = `https://${world.GOV_HOST}`;

function setup(granted: (origin: string) => boolean = () => true, cache = memoryCache()) {
  return emulatedEngine({ granted, cache });
}

async function run(profile: Profile, granted?: (origin: string) => boolean, cache = memoryCache()) {
  const { recorder, deps } = setup(granted, cache);
  const report = await diagnose(profile, deps);
  return { report, codes: report.findings.map((f) => f.code), recorder };
}

const COMMERCIAL = /(^|\.)atlassian\.(com|net)$/;

const cloud = (email: string, apiToken: string, siteUrl = gov): Profile => ({
  ...stamp,
  kind: 'cloud-api-token',
  siteUrl,
  email,
  apiToken,
});

describe('diagnose: a Government Cloud site', () => {
  it('a working unscoped token: ok, GOV_CLOUD_SITE said, no commercial host contacted', async () => {
    const { report, codes, recorder } = await run(cloud(world.GOV_EMAIL, world.GOV_UNSCOPED_TOKEN));
    expect(report.verdict).toBe('ok');
    expect(codes).toContain('AUTH_OK');
    expect(codes).toContain('GOV_CLOUD_SITE');
    expect(report.account?.displayName).toBe(world.GOV_DISPLAY_NAME);
    expect(report.cloudId).toBe(world.GOV_CLOUD_ID);
    expect(codes).not.toContain('CREDENTIALS_REJECTED');
    const hosts = recorder.requests.map((r) => r.host);
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts.filter((h) => COMMERCIAL.test(h))).toEqual([]);
  });

  it('a scoped token goes to the Government gateway, never api.atlassian.com, and every fix names Government hosts', async () => {
    const { report, codes, recorder } = await run(cloud(world.GOV_EMAIL, world.GOV_SCOPED_TOKEN));
    expect(codes).toEqual(expect.arrayContaining(['TOKEN_SCOPED', 'SCOPED_TOKEN_ON_SITE_URL', 'GOV_CLOUD_SITE']));
    expect(report.verdict).toBe('warning');
    const hosts = new Set(recorder.requests.map((r) => r.host));
    expect(hosts).toEqual(new Set([world.GOV_HOST, world.GOV_GATEWAY_HOST]));
    const words = JSON.stringify(report.findings.map((f) => [f.title, f.explanation, f.fix]));
    expect(words).toContain('api.atlassian-us-gov-mod.com');
    expect(words).not.toMatch(/\b(api|id|auth)\.atlassian\.com\b/);
  });

  it('a commercial token on the Government site is rejected there and never leaves its environment', async () => {
    const { report, codes, recorder } = await run(cloud(world.ADMIN_EMAIL, world.UNSCOPED_TOKEN));
    expect(report.verdict).toBe('error');
    expect(codes).not.toContain('AUTH_OK');
    expect(recorder.requests.map((r) => r.host).filter((h) => COMMERCIAL.test(h))).toEqual([]);
  });

  it('a Government token on a commercial site is never sent to a Government host', async () => {
    const { recorder } = await run(cloud(world.GOV_EMAIL, world.GOV_UNSCOPED_TOKEN, `https://${world.ACME_HOST}`));
    expect(recorder.requests.map((r) => r.host).filter((h) => h.includes('gov-mod'))).toEqual([]);
  });

  it('without the grant for its hosts: nothing is sent, HOST_PERMISSION_MISSING names both', async () => {
    const { report, codes, recorder } = await run(cloud(world.GOV_EMAIL, world.GOV_UNSCOPED_TOKEN), () => false);
    expect(codes).toEqual(['HOST_PERMISSION_MISSING', 'GOV_CLOUD_SITE']);
    expect(report.verdict).toBe('error');
    expect(recorder.requests.filter((r) => r.hadAuthorization)).toEqual([]);
    expect(report.findings[0]?.explanation).toContain(world.GOV_HOST);
  });

  it('an OAuth token for the Government site: accessible-resources and /myself on the Government gateway', async () => {
    const { report, codes, recorder } = await run({
      ...stamp,
      kind: 'oauth-access-token',
      accessToken: world.GOV_OAUTH_TOKEN,
      siteUrl: gov,
    });
    expect(codes).toEqual(expect.arrayContaining(['AUTH_OK', 'OAUTH_GRANT', 'GOV_CLOUD_SITE']));
    expect(report.verdict).toBe('ok');
    expect(new Set(recorder.requests.map((r) => r.host))).toEqual(new Set([world.GOV_GATEWAY_HOST]));
  });
});

describe('diagnose: OAuth with a cached cloudId', () => {
  const profile: Profile = {
    ...stamp,
    kind: 'oauth-access-token',
    accessToken: world.OAUTH_ACCESS_TOKEN,
    siteUrl: `https://${world.ACME_HOST}`,
  };

  it('learns the cloudId from the grant, then asks accessible-resources and the gateway at once', async () => {
    const cache = memoryCache();
    await run(profile, undefined, cache);
    expect(await cache.get(`cloudId:${world.ACME_HOST}`)).toBe(world.ACME_CLOUD_ID);
    const { codes, report } = await run(profile, undefined, cache);
    expect(codes).toEqual(['AUTH_OK', 'OAUTH_GRANT']);
    expect(report.probes.map((p) => p.probe.id)).toEqual(['accessible-resources', 'gateway-myself']);
  });

  it('a stale cached cloudId: the gateway is asked again with the id the grant names', async () => {
    const cache = memoryCache({ [`cloudId:${world.ACME_HOST}`]: world.UNKNOWN_CLOUD_ID });
    const { codes, report } = await run(profile, undefined, cache);
    expect(codes).toEqual(['AUTH_OK', 'OAUTH_GRANT']);
    expect(report.cloudId).toBe(world.ACME_CLOUD_ID);
    expect(await cache.get(`cloudId:${world.ACME_HOST}`)).toBe(world.ACME_CLOUD_ID);
  });
});

describe('diagnose: Confluence Data Center and the rate limiter', () => {
  const dc = (serverUrl: string, pat: string): Profile => ({ ...stamp, kind: 'dc-pat', serverUrl, pat });

  it('a Confluence DC server under /confluence: user/current with the token, ok', async () => {
    const { report, codes, recorder } = await run(
      dc(`https://${world.DC_CONFLUENCE_HOST}${world.DC_CONFLUENCE_CONTEXT}`, world.DC_CONFLUENCE_PAT),
    );
    expect(codes).toEqual(['AUTH_OK']);
    expect(report.verdict).toBe('ok');
    const withToken = recorder.requests.filter((r) => r.hadAuthorization);
    expect(withToken.map((r) => r.url)).toEqual([
      `https://${world.DC_CONFLUENCE_HOST}/confluence/rest/api/user/current`,
    ]);
  });

  it('a Confluence DC address without its context path: URL_MISSING_CONTEXT_PATH /confluence', async () => {
    const { codes, report } = await run(dc(`https://${world.DC_CONFLUENCE_HOST}`, world.DC_CONFLUENCE_PAT));
    expect(codes).toEqual(['URL_MISSING_CONTEXT_PATH']);
    expect(report.findings[0]?.fix?.url).toBe(`https://${world.DC_CONFLUENCE_HOST}/confluence`);
  });

  it('a Jira DC address without /jira: found in the first round trip', async () => {
    const { codes, report } = await run(dc(`https://${world.DC_CTX_HOST}`, world.DC_CTX_PAT));
    expect(codes).toEqual(['URL_MISSING_CONTEXT_PATH']);
    expect(report.findings[0]?.fix?.url).toBe(`https://${world.DC_CTX_HOST}/jira`);
  });

  it('the Data Center rate limiter: RATE_LIMITED, verdict unknown', async () => {
    const { codes, report } = await run(dc(`https://${world.DC_BUSY_HOST}`, world.DC_BUSY_PAT));
    expect(codes).toContain('RATE_LIMITED');
    expect(report.verdict).toBe('unknown');
  });
});

describe('diagnose: JSM operations through OAuth', () => {
  it('a token with the operations scope checks /ex/jira/{cloudId}/jsm/ops/api', async () => {
    const token = world.makeOAuthAccessToken({
      accountId: world.ADMIN_ACCOUNT_ID,
      clientId: world.OAUTH_CLIENT_ID,
      scopes: [...world.JSM_OPS_SCOPES],
      issuedAt: world.SCENARIO_CLOCK_S - 60,
      seed: 'oauth/admin/jsm-ops',
    });
    const scenario = world
      .scenarioBuilder(defaultScenario())
      .oauthToken({
        token,
        ownerEmail: world.ADMIN_EMAIL,
        state: 'active',
        resources: [{ host: world.ACME_HOST, product: 'jira', scopes: [...world.JSM_OPS_SCOPES] }],
      })
      .build();
    const recorder = recordingTransport(createAtlassianHandler(scenario));
    const report = await diagnose(
      { ...stamp, kind: 'oauth-access-token', accessToken: token, siteUrl: `https://${world.ACME_HOST}` },
      { transport: recorder.transport, now: Date.now, cache: memoryCache(), sleep: async () => undefined },
    );
    expect(report.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['AUTH_OK', 'JSM_OPS_OK']));
    expect(recorder.requests.map((r) => r.url)).toContain(
      `https://api.atlassian.com/ex/jira/${world.ACME_CLOUD_ID}/jsm/ops/api/v1/alerts?size=1`,
    );
  });
});
