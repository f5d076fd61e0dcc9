/**
 * Confluence integrations, service accounts and the 2026 rate limits, end to end: the engine
 * against the Atlassian emulator in-process.
 */
import { diagnose } from '../../../lib/diagnose/diagnose';
import type { CloudAlsoCheck, Profile } from '../../../lib/model/profile';
import type { Report } from '../../../lib/model/report';
import { memoryCache, type EngineCache, type EngineDeps } from '../../../lib/probe/deps';
import * as world from '../../../emulator';
import { createAtlassianHandler, defaultScenario, recordingTransport } from '../../../emulator';

const stamp = { id: 'p1', name: 'test', createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' };

function cloud(siteUrl: string, email: string, apiToken: string, alsoCheck?: CloudAlsoCheck): Profile {
  return { ...stamp, kind: 'cloud-api-token', siteUrl, email, apiToken, ...(alsoCheck ? { alsoCheck } : {}) };
}

async function run(profile: Profile, cache: EngineCache = memoryCache()) {
  const recorder = recordingTransport(createAtlassianHandler(defaultScenario()));
  const deps: EngineDeps = {
    transport: recorder.transport,
    now: Date.now,
    cache,
    probeTimeoutMs: 2_000,
    runBudgetMs: 5_000,
    sleep: async () => undefined,
    isOriginGranted: async () => true,
  };
  const report: Report = await diagnose(profile, deps);
  return {
    report,
    codes: report.findings.map((f) => f.code),
    probes: Object.fromEntries(report.probes.map((p) => [p.probe.id, p.status ?? p.error?.kind])),
    hosts: report.probes.map((p) => new URL(p.probe.url).hostname),
    finding: (code: string) => report.findings.find((f) => f.code === code),
  };
}

const acmeWiki = `https://${world.ACME_HOST}/wiki`;
const docsWiki = `https://${world.DOCS_HOST}/wiki`;

describe('diagnose: a Confluence integration (Site URL ending in /wiki)', () => {
  it('an unscoped token: Confluence first on the site, Jira beside it, /wiki not called a mistake', async () => {
    const { report, codes, probes } = await run(cloud(acmeWiki, world.WRITER_EMAIL, world.WRITER_TOKEN));
    expect(codes).toEqual(['CONFLUENCE_OK', 'TOKEN_UNSCOPED', 'AUTH_OK']);
    expect(report.verdict).toBe('ok');
    expect(probes).toEqual({ 'tenant-info': 200, 'confluence-site-user': 200, 'site-myself': 200 });
    expect(report.findings[0]?.title).toContain(world.WRITER_DISPLAY_NAME);
    expect(report.account?.displayName).toBe(world.WRITER_DISPLAY_NAME);
  });

  it('a scoped token: refused on the site, accepted through the gateway (v1 user/current ∥ v2 spaces)', async () => {
    const { report, codes, probes, finding } = await run(
      cloud(acmeWiki, world.WRITER_EMAIL, world.WRITER_SCOPED_CONFLUENCE_TOKEN),
    );
    expect(codes).toEqual(['SCOPED_TOKEN_ON_SITE_URL', 'CONFLUENCE_OK', 'TOKEN_SCOPED', 'JIRA_NOT_USABLE']);
    expect(report.verdict).toBe('warning');
    expect(probes).toMatchObject({
      'confluence-site-user': 401,
      'confluence-gateway-user': 200,
      'confluence-gateway-spaces': 200,
      'gateway-myself': 401,
    });
    expect(finding('SCOPED_TOKEN_ON_SITE_URL')?.fix?.url).toBe(
      `https://api.atlassian.com/ex/confluence/${world.ACME_CLOUD_ID}/wiki/api/v2/spaces?limit=1`,
    );
    expect(finding('TOKEN_SCOPED')?.explanation).toContain('/ex/confluence/');
    expect(finding('JIRA_NOT_USABLE')?.severity).toBe('info');
    // Never a removed v1 endpoint as a probe.
    expect(report.probes.map((p) => p.probe.url).join(' ')).not.toMatch(/rest\/api\/(space|content)/);
  });

  it('a token with only the v2 scope: v2 spaces proves it, the v1 scope gate is not called an error', async () => {
    const { codes, finding } = await run(cloud(acmeWiki, world.WRITER_EMAIL, world.WRITER_SCOPED_V2_ONLY_TOKEN));
    expect(codes).toEqual(['SCOPED_TOKEN_ON_SITE_URL', 'CONFLUENCE_OK', 'TOKEN_SCOPED', 'JIRA_NOT_USABLE']);
    expect(finding('CONFLUENCE_OK')?.probeId).toBe('confluence-gateway-spaces');
    expect(finding('CONFLUENCE_OK')?.explanation).toContain('list of spaces');
  });

  it('a scoped token without Confluence scopes: recognised, its missing scopes named; Jira adds an accepted row only', async () => {
    const { report, codes, finding } = await run(
      cloud(acmeWiki, world.WRITER_EMAIL, world.WRITER_SCOPED_JIRA_ONLY_TOKEN),
    );
    expect(codes).toEqual(['SCOPE_MISSING', 'SCOPED_TOKEN_ON_SITE_URL', 'AUTH_OK']);
    expect(report.verdict).toBe('warning');
    expect(finding('SCOPE_MISSING')?.explanation).toContain('read:confluence-user');
    expect(finding('SCOPE_MISSING')?.explanation).toContain('read:space:confluence');
  });

  it('a Confluence-only site: Jira 404s are not "site not found"', async () => {
    const { report, codes, finding } = await run(cloud(docsWiki, world.WRITER_EMAIL, world.WRITER_TOKEN));
    expect(codes).toEqual(['CONFLUENCE_OK', 'TOKEN_UNSCOPED', 'JIRA_NOT_USABLE']);
    expect(report.verdict).toBe('ok');
    expect(finding('JIRA_NOT_USABLE')?.title).toContain('no Jira on this site');
  });

  it('the same site without /wiki: the site has no Jira, and the fix says /wiki', async () => {
    const { report, codes, finding } = await run(
      cloud(`https://${world.DOCS_HOST}`, world.WRITER_EMAIL, world.WRITER_TOKEN),
    );
    expect(codes).toEqual(['JIRA_NOT_ON_SITE']);
    expect(codes).not.toContain('SITE_NOT_FOUND');
    expect(report.verdict).toBe('error');
    expect(finding('JIRA_NOT_ON_SITE')?.fix?.url).toBe(docsWiki);
  });

  it('an account without Confluence: NO_PRODUCT_ACCESS, an error for a Confluence integration (Jira proves the token)', async () => {
    const { report, codes, finding } = await run(cloud(acmeWiki, world.MEMBER_EMAIL, world.MEMBER_TOKEN));
    expect(codes).toEqual(['NO_PRODUCT_ACCESS', 'AUTH_OK']);
    expect(finding('NO_PRODUCT_ACCESS')?.severity).toBe('error');
    expect(finding('NO_PRODUCT_ACCESS')?.explanation).toContain('Current user not permitted to use Confluence');
    expect(report.verdict).toBe('error');
  });

  it('an expired token: rejected on the site and through the gateway, and nothing from Jira', async () => {
    const { report, codes, probes } = await run(cloud(acmeWiki, world.WRITER_EMAIL, world.WRITER_EXPIRED_TOKEN));
    expect(codes).toEqual(['CREDENTIALS_REJECTED']);
    expect(report.verdict).toBe('error');
    expect(probes).toMatchObject({ 'confluence-site-user': 403, 'confluence-gateway-user': 401 });
  });

  it('/wiki/wiki: an extra path after /wiki, said in Confluence words; Confluence is still checked', async () => {
    const { codes, finding } = await run(cloud(`${acmeWiki}/wiki`, world.WRITER_EMAIL, world.WRITER_TOKEN));
    expect(codes).toEqual(['URL_HAS_EXTRA_PATH', 'CONFLUENCE_OK', 'TOKEN_UNSCOPED', 'AUTH_OK']);
    expect(finding('URL_HAS_EXTRA_PATH')?.title).toContain('/wiki/wiki');
    expect(finding('URL_HAS_EXTRA_PATH')?.fix?.url).toBe(acmeWiki);
  });

  it('a Confluence REST path without /wiki: CONFLUENCE_URL_MISSING_WIKI, and Confluence checked at /wiki', async () => {
    const { codes, finding } = await run(
      cloud(`https://${world.ACME_HOST}/rest/api/space`, world.WRITER_EMAIL, world.WRITER_TOKEN),
    );
    expect(codes).toEqual(['CONFLUENCE_URL_MISSING_WIKI', 'CONFLUENCE_OK', 'TOKEN_UNSCOPED', 'AUTH_OK']);
    expect(finding('CONFLUENCE_URL_MISSING_WIKI')?.fix?.url).toBe(acmeWiki);
  });

  it('a cached cloudId: site and gateway asked at once, tenant_info not asked', async () => {
    const cache = memoryCache();
    await run(cloud(acmeWiki, world.WRITER_EMAIL, world.WRITER_SCOPED_CONFLUENCE_TOKEN), cache);
    const { codes, probes } = await run(
      cloud(acmeWiki, world.WRITER_EMAIL, world.WRITER_SCOPED_CONFLUENCE_TOKEN),
      cache,
    );
    expect(Object.keys(probes)).not.toContain('tenant-info');
    expect(codes).toContain('CONFLUENCE_OK');
  });

  it('the "Also check" Confluence box is not asked twice in a Confluence integration', async () => {
    const { probes } = await run(
      cloud(acmeWiki, world.WRITER_EMAIL, world.WRITER_TOKEN, { confluence: true, idMapping: false, jsmOps: false }),
    );
    expect(Object.keys(probes)).not.toContain('confluence-user');
  });
});

describe('diagnose: service accounts', () => {
  it('a service account on Confluence: gateway only, named a service account, the gateway URL the only right one', async () => {
    const { report, codes, hosts, finding } = await run(cloud(docsWiki, world.DOCS_BOT_EMAIL, world.DOCS_BOT_TOKEN));
    expect(codes).toEqual(['CONFLUENCE_OK', 'TOKEN_SCOPED', 'SERVICE_ACCOUNT', 'JIRA_NOT_USABLE']);
    expect(report.verdict).toBe('ok');
    // The secret never went to the site: only the unauthenticated tenant_info did.
    expect(
      report.probes
        .filter((p) => p.probe.auth !== 'none')
        .every((p) => p.probe.url.startsWith('https://api.atlassian.com/')),
    ).toBe(true);
    expect(hosts).toContain(world.DOCS_HOST);
    expect(finding('SERVICE_ACCOUNT')?.fix?.url).toBe(
      `https://api.atlassian.com/ex/confluence/${world.DOCS_CLOUD_ID}/wiki`,
    );
    expect(finding('SERVICE_ACCOUNT')?.explanation).toContain('reported, not measured');
  });

  it('a service account on Jira: AUTH_OK + TOKEN_SCOPED + SERVICE_ACCOUNT, no SCOPED_TOKEN_ON_SITE_URL alarm', async () => {
    const { report, codes, probes } = await run(
      cloud(`https://${world.ACME_HOST}`, world.SERVICE_ACCOUNT_EMAIL, world.SERVICE_ACCOUNT_TOKEN),
    );
    expect(codes).toEqual(['AUTH_OK', 'TOKEN_SCOPED', 'SERVICE_ACCOUNT']);
    expect(report.verdict).toBe('ok');
    expect(probes).toEqual({ 'tenant-info': 200, 'gateway-myself': 200 });
  });

  it('a service account with a bad token: rejected by the gateway', async () => {
    const { report, codes } = await run(
      cloud(`https://${world.ACME_HOST}`, world.SERVICE_ACCOUNT_EMAIL, world.UNKNOWN_TOKEN),
    );
    expect(codes).toEqual(['CREDENTIALS_REJECTED']);
    expect(report.verdict).toBe('error');
  });

  it("a service account's OAuth client-credentials token reads like a 3LO token", async () => {
    const { report, codes } = await run({
      ...stamp,
      kind: 'oauth-access-token',
      accessToken: world.DOCS_BOT_OAUTH_TOKEN,
      siteUrl: `https://${world.ACME_HOST}`,
    });
    expect(codes).toEqual(['AUTH_OK', 'OAUTH_GRANT']);
    expect(report.verdict).toBe('ok');
  });
});

describe('diagnose: the 2026 rate limits', () => {
  it('near the limit on a 200: the run succeeded, with a warning', async () => {
    const { report, codes, finding } = await run(
      cloud(`https://${world.QUOTA_HOST}`, world.WRITER_EMAIL, world.WRITER_TOKEN),
    );
    expect(codes).toEqual(['RATE_LIMIT_NEAR', 'AUTH_OK', 'TOKEN_UNSCOPED']);
    expect(report.verdict).toBe('warning');
    expect(finding('RATE_LIMIT_NEAR')?.evidence.join('\n')).toContain('x-ratelimit-nearlimit: true');
  });

  it('an OAuth token near its points quota: the Beta-Ratelimit headers are read and shown', async () => {
    const { report, finding } = await run({
      ...stamp,
      kind: 'oauth-access-token',
      accessToken: world.WRITER_QUOTA_OAUTH_TOKEN,
      siteUrl: `https://${world.QUOTA_HOST}`,
    });
    expect(report.verdict).toBe('warning');
    const near = finding('RATE_LIMIT_NEAR');
    expect(near?.explanation).toContain('17842 points left of 100100 per 3600 s');
    expect(near?.explanation).toContain('jira-quota-tenant-based');
    expect(near?.evidence.join('\n')).toContain('beta-ratelimit-policy: "tenant-app-quota";q=100100;w=3600');
  });

  it('an HTML 429 page is a rate limit, not an unexpected response', async () => {
    const { report, codes, finding } = await run(
      cloud(`https://${world.THROTTLED_HOST}`, world.WRITER_EMAIL, world.WRITER_TOKEN),
    );
    expect(codes).toContain('RATE_LIMITED');
    expect(codes).not.toContain('UNEXPECTED_RESPONSE');
    expect(report.verdict).toBe('unknown');
    expect(finding('RATE_LIMITED')?.explanation).toContain('an HTML error page');
  });
});
