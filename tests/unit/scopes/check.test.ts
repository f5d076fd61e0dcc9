/**
 * The scope check end to end against the emulator in-process: for tokens with known scope sets
 * the matrix must come out exactly right.
 */
import { checkScopes } from '../../../lib/scopes/check';
import { runCheck } from './check-run';
import { memoryCache, type EngineDeps } from '../../../lib/probe/deps';
import type { Profile } from '../../../lib/model/profile';
import type { ScopeReport } from '../../../lib/scopes/types';
import * as world from '../../../emulator';
import { createAtlassianHandler, defaultScenario, recordingTransport } from '../../../emulator';

const stamp = { id: 'p1', name: 'test', createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' };
const acme = `https://${world.ACME_HOST}`;
const cloud = (email: string, apiToken: string): Profile => ({
  ...stamp,
  kind: 'cloud-api-token',
  siteUrl: acme,
  email,
  apiToken,
});
const oauth = (accessToken: string, siteUrl = ''): Profile => ({
  ...stamp,
  kind: 'oauth-access-token',
  accessToken,
  siteUrl,
});

const states = (report: ScopeReport) =>
  Object.fromEntries(report.rows.map((r) => [r.id, r.userAccess ? `${r.state}/${r.userAccess}` : r.state]));

const G = 'granted/allowed';
const GU = 'granted/unknown';
const GD = 'granted/denied';
const M = 'missing';
const ALL_MISSING_CONFLUENCE = { 'use-confluence': M, 'read-confluence-spaces': M, 'read-confluence-pages': M };

describe('checkScopes: scoped API tokens (gateway probes, https://github.com/hunyadi/md2conf/issues/169)', () => {
  const table: [string, string, string, Record<string, string>][] = [
    [
      'classic only (read:jira-user, read:jira-work), admin',
      world.ADMIN_EMAIL,
      world.SCOPED_TOKEN_CLASSIC_READS,
      {
        'read-own-profile': G,
        'read-own-permissions': G,
        'browse-projects': G,
        'search-issues': GU,
        'read-issues': GU,
        'read-fields': G,
        'search-users': G,
        'read-statuses': G,
        'read-jira-configuration': G,
        'read-all-permissions': M,
        'administer-jira': M,
        ...ALL_MISSING_CONFLUENCE,
      },
    ],
    [
      'granular only, plain member (both layers: scope granted, permission refused)',
      world.MEMBER_EMAIL,
      world.SCOPED_TOKEN_GRANULAR_ONLY,
      {
        'read-own-profile': M,
        'read-own-permissions': G,
        'browse-projects': M,
        'search-issues': M,
        'read-issues': M,
        'read-fields': M,
        'search-users': M,
        'read-statuses': G,
        'read-jira-configuration': M,
        'read-all-permissions': GD,
        'administer-jira': M,
        'use-confluence': M,
        'read-confluence-spaces': GU,
        'read-confluence-pages': GU,
      },
    ],
    [
      'mixed classic and granular, admin',
      world.ADMIN_EMAIL,
      world.SCOPED_TOKEN_MIXED,
      {
        'read-own-profile': G,
        'read-own-permissions': G,
        'browse-projects': G,
        'search-issues': GU,
        'read-issues': GU,
        'read-fields': G,
        'search-users': M,
        'read-statuses': G,
        'read-jira-configuration': M,
        'read-all-permissions': G,
        'administer-jira': G,
        'use-confluence': M,
        'read-confluence-spaces': M,
        'read-confluence-pages': G,
      },
    ],
    [
      'none for Confluence (read:jira-work only)',
      world.ADMIN_EMAIL,
      world.SCOPED_TOKEN_WITHOUT_USER_SCOPE,
      {
        'read-own-profile': M,
        'read-own-permissions': G,
        'browse-projects': G,
        'search-issues': GU,
        'read-issues': GU,
        'read-fields': G,
        'search-users': M,
        'read-statuses': G,
        'read-jira-configuration': M,
        'read-all-permissions': M,
        'administer-jira': M,
        ...ALL_MISSING_CONFLUENCE,
      },
    ],
    [
      'Confluence classic only (read:confluence-user)',
      world.ADMIN_EMAIL,
      world.SCOPED_TOKEN_CONFLUENCE_CLASSIC,
      {
        'read-own-profile': M,
        'read-own-permissions': M,
        'browse-projects': M,
        'search-issues': M,
        'read-issues': M,
        'read-fields': M,
        'search-users': M,
        'read-statuses': M,
        'read-jira-configuration': M,
        'read-all-permissions': M,
        'administer-jira': M,
        'use-confluence': G,
        'read-confluence-spaces': M,
        'read-confluence-pages': M,
      },
    ],
  ];

  it.each(table)('%s', async (_name, email, token, expected) => {
    const { report, recorder } = await runCheck(cloud(email, token));
    expect(report.model).toBe('scoped');
    expect(states(report)).toEqual(expected);
    // Budget: ≤ 16 requests, all GET.
    expect(recorder.requests.length).toBeLessThanOrEqual(16);
    expect(recorder.requests.every((r) => r.method === 'GET' && !r.hadBody)).toBe(true);
    const missing = report.rows.filter((r) => r.state === 'missing').length;
    expect(report.findings.filter((f) => f.code === 'SCOPE_MISSING')).toHaveLength(missing);
    expect(report.findings[0]?.code).toBe('TOKEN_SCOPED');
  });

  it('never sends more than four catalogue probes at once', async () => {
    const recorder = recordingTransport(createAtlassianHandler(defaultScenario()));
    let inFlight = 0;
    let most = 0;
    const transport: EngineDeps['transport'] = async (url, init) => {
      inFlight++;
      most = Math.max(most, inFlight);
      try {
        await new Promise((r) => setTimeout(r, 2));
        return await recorder.transport(url, init);
      } finally {
        inFlight--;
      }
    };
    await checkScopes(cloud(world.ADMIN_EMAIL, world.SCOPED_TOKEN_MIXED), {
      transport,
      now: Date.now,
      cache: memoryCache(),
      sleep: async () => undefined,
    });
    expect(most).toBe(4);
  });

  it('reports the risk of write scopes it cannot see, and the unknown expiry (https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/)', async () => {
    const { report } = await runCheck(cloud(world.ADMIN_EMAIL, world.SCOPED_TOKEN_MIXED));
    expect(report.risks.map((r) => r.id)).toEqual([
      'configuration-scope',
      'admin-user',
      'scoped',
      'write-scopes-unseen',
      'expiry-unknown',
    ]);
    expect(report.risks.at(-1)?.text).toMatch(/^Expiry unknown — Atlassian API tokens last at most a year/);
    expect(report.account?.displayName).toBe(world.ADMIN_DISPLAY_NAME);
  });

  it('shows the second layer: the user behind a scoped token and their global permissions', async () => {
    const admin = (await runCheck(cloud(world.ADMIN_EMAIL, world.SCOPED_TOKEN_CLASSIC_READS))).report;
    expect(admin.userPermissions).toMatchObject({ ADMINISTER: true, SYSTEM_ADMIN: true });
    const member = (await runCheck(cloud(world.MEMBER_EMAIL, world.SCOPED_TOKEN_GRANULAR_ONLY))).report;
    expect(member.userPermissions).toMatchObject({ ADMINISTER: false, USER_PICKER: true });
    expect(member.risks.map((r) => r.id)).not.toContain('admin-user');
    // No mypermissions scope, no second layer.
    expect(
      (await runCheck(cloud(world.ADMIN_EMAIL, world.SCOPED_TOKEN_CONFLUENCE_CLASSIC))).report.userPermissions,
    ).toBeUndefined();
  });

  it('says "unknown" for a capability whose probe got a server error or a 429, and retries a 429 once', async () => {
    const handler = createAtlassianHandler(defaultScenario());
    const flaky = async (request: Request): Promise<Response> => {
      const path = new URL(request.url).pathname;
      if (path.endsWith('/rest/api/3/field')) return new Response('<html>oops</html>', { status: 500 });
      if (path.endsWith('/rest/api/3/status'))
        return new Response('{}', { status: 429, headers: { 'retry-after': '1' } });
      return handler(request);
    };
    const recorder = recordingTransport(flaky);
    const report = await checkScopes(cloud(world.ADMIN_EMAIL, world.SCOPED_TOKEN_MIXED), {
      transport: recorder.transport,
      now: Date.now,
      cache: memoryCache(),
      sleep: async () => undefined,
    });
    expect(report.rows.find((r) => r.id === 'read-fields')?.state).toBe('unknown');
    expect(report.rows.find((r) => r.id === 'read-statuses')?.state).toBe('unknown');
    expect(report.rows.find((r) => r.id === 'read-own-profile')?.state).toBe('granted');
    expect(recorder.requests.filter((r) => r.url.endsWith('/rest/api/3/status'))).toHaveLength(2);
    expect(recorder.requests.filter((r) => r.url.endsWith('/rest/api/3/field'))).toHaveLength(1);
  });

  it('gives up cleanly when the credentials are rejected everywhere', async () => {
    const { report } = await runCheck(cloud(world.ADMIN_EMAIL, world.REVOKED_TOKEN));
    expect(report.model).toBe('failed');
    expect(report.rows).toEqual([]);
    expect(report.findings.map((f) => f.code)).toEqual(['CREDENTIALS_REJECTED']);
  });
});

describe('checkScopes: unscoped API tokens (scopes do not apply)', () => {
  it('shows an administrator: Jira admin, site admin, groups, and the highest risk', async () => {
    const { report, recorder } = await runCheck(cloud(world.ADMIN_EMAIL, world.UNSCOPED_TOKEN));
    expect(report.model).toBe('unscoped');
    expect(states(report)).toEqual({
      'jira-access': 'granted',
      ADMINISTER: 'granted',
      SYSTEM_ADMIN: 'granted',
      USER_PICKER: 'granted',
      CREATE_SHARED_OBJECTS: 'granted',
      BULK_CHANGE: 'granted',
      'confluence-access': 'granted',
      'site-admin': 'granted',
    });
    expect(report.account?.groups).toEqual(['jira-admins-acme', 'site-admins', 'jira-software-users-acme']);
    expect(report.risks[0]).toMatchObject({
      id: 'unscoped-jira-admin',
      level: 'high',
      text: `Unscoped token of a Jira administrator (${world.ADMIN_DISPLAY_NAME}): whoever holds it can administer your site`,
    });
    expect(report.risks.map((r) => r.id)).toContain('site-admin');
    expect(report.findings[0]?.code).toBe('TOKEN_UNSCOPED');
    expect(recorder.requests.length).toBe(5);
  });

  it('shows a plain member: no admin rights, no Confluence', async () => {
    const { report } = await runCheck(cloud(world.MEMBER_EMAIL, world.MEMBER_TOKEN));
    expect(states(report)).toEqual({
      'jira-access': 'granted',
      ADMINISTER: 'missing',
      SYSTEM_ADMIN: 'missing',
      USER_PICKER: 'granted',
      CREATE_SHARED_OBJECTS: 'granted',
      BULK_CHANGE: 'granted',
      'confluence-access': 'missing',
      'site-admin': 'missing',
    });
    expect(report.risks[0]?.id).toBe('unscoped');
    expect(report.findings.map((f) => f.code)).toEqual(['TOKEN_UNSCOPED', 'NO_PRODUCT_ACCESS']);
  });
});

describe('checkScopes: OAuth access tokens (declared scopes first, probes confirm)', () => {
  it('reads the JWT and the grant, and the probes agree with them', async () => {
    const { report, recorder } = await runCheck(oauth(world.OAUTH_ACCESS_TOKEN, acme));
    expect(report.model).toBe('oauth');
    expect(report.declaredScopes).toEqual([
      'offline_access',
      'read:confluence-user',
      'read:jira-user',
      'read:jira-work',
      'read:me',
    ]);
    expect(states(report)).toEqual({
      'read-own-profile': G,
      'read-own-permissions': G,
      'browse-projects': G,
      'search-issues': GU,
      'read-issues': GU,
      'read-fields': G,
      'search-users': G,
      'read-statuses': G,
      'read-jira-configuration': G,
      'read-all-permissions': M,
      'administer-jira': M,
      'use-confluence': G,
      'read-confluence-spaces': M,
      'read-confluence-pages': M,
    });
    for (const row of report.rows) expect(row.declared).toBe(row.state === 'granted');
    expect(report.risks.find((r) => r.id === 'expires')?.text).toMatch(/^Expires in \d+ minutes/);
    expect(recorder.requests.length).toBe(15);
  });

  it('names the missing scope of a token without read:jira-user', async () => {
    const { report } = await runCheck(oauth(world.OAUTH_TOKEN_WITHOUT_JIRA_USER, acme));
    expect(report.rows.find((r) => r.id === 'read-own-profile')?.state).toBe('missing');
    expect(report.rows.find((r) => r.id === 'search-issues')?.state).toBe('granted');
  });
});

describe('checkScopes: credentials without a scope model', () => {
  it.each<[string, Profile, string]>([
    ['org-admin-key', { ...stamp, kind: 'org-admin-key', apiKey: world.ORG_API_KEY, orgId: '' }, 'org-admin-key'],
    ['dc-pat', { ...stamp, kind: 'dc-pat', serverUrl: `https://${world.DC_HOST}`, pat: world.DC_PAT }, 'no-scopes'],
  ])('%s: says plainly that scopes do not apply and sends nothing', async (_kind, profile, risk) => {
    const { report, recorder } = await runCheck(profile);
    expect(report.model).toBe('not-applicable');
    expect(report.rows).toEqual([]);
    expect(recorder.requests).toHaveLength(0);
    expect(report.risks[0]?.id).toBe(risk);
  });
});
