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
import { createAtlassianHandler, defaultScenario, emulatorTransport, recordingTransport } from '../../../emulator';
import { CAPABILITIES, catalogueScopes } from '../../../lib/atlassian/scope-catalogue';
import { gatewayUrl } from '../../../lib/atlassian/urls';
import type { Observation } from '../../../lib/model/report';
import { answerOf } from '../../../lib/scopes/adaptive';
import { inferScopes } from '../../../lib/scopes/infer';

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
const M = 'missing';

/** What the scenario says the token truly holds (Basic tokens and OAuth grants alike). */
function trueScopes(token: string): Set<string> {
  const scenario = defaultScenario();
  const basic = scenario.tokens.find((t) => t.token === token);
  if (basic) return new Set(basic.kind === 'scoped' ? basic.scopes : []);
  const grant = (scenario.oauthTokens ?? []).find((t) => t.token === token);
  return new Set(grant?.resources.flatMap((r) => r.scopes) ?? []);
}

/** The baseline: every catalogue endpoint asked through the gateway, then the same inference. */
async function baselineStates(profile: Profile, cloudId: string): Promise<Record<string, string>> {
  const handler = createAtlassianHandler(defaultScenario());
  const transport = emulatorTransport(handler);
  const authorization =
    profile.kind === 'cloud-api-token'
      ? world.basicAuthorization(profile.email, profile.apiToken)
      : profile.kind === 'oauth-access-token'
        ? `Bearer ${profile.accessToken}`
        : '';
  const answers = await Promise.all(
    CAPABILITIES.map(async (c) => {
      const response = await transport(gatewayUrl(c.product, cloudId, c.probePath), {
        headers: { authorization, accept: 'application/json' },
      });
      const observation: Observation = {
        probe: { id: `scope:${c.id}`, url: '', auth: 'basic', display: '' },
        status: response.status,
        headers: Object.fromEntries([...response.headers.entries()].map(([k, v]) => [k.toLowerCase(), v])),
        body: await response.text(),
        bodyTruncated: false,
        durationMs: 0,
        attempts: 1,
      };
      return answerOf(c, observation);
    }),
  );
  return Object.fromEntries(
    inferScopes(
      answers,
      catalogueScopes().map((x) => x.scope),
    ).scopes.map((x) => [x.scope, x.state]),
  );
}

const profileOf = (t: world.ScopeCheckToken): Profile =>
  t.kind === 'cloud-api-token' ? cloud(t.email ?? '', t.token) : oauth(t.token, acme);

const scopeStates = (report: ScopeReport) => Object.fromEntries(report.scopes.map((g) => [g.scope, g.state]));
const held = (report: ScopeReport, state: string) =>
  report.scopes
    .filter((g) => g.state === state)
    .map((g) => g.scope)
    .sort();

describe('checkScopes: tokens with known scope sets (the inference against the truth)', () => {
  const tokens = [
    ...world.SCOPE_CHECK_TOKENS,
    {
      label: 'granular, plain member',
      kind: 'cloud-api-token',
      email: world.MEMBER_EMAIL,
      token: world.SCOPED_TOKEN_GRANULAR_ONLY,
    },
    {
      label: 'read:jira-work only',
      kind: 'cloud-api-token',
      email: world.ADMIN_EMAIL,
      token: world.SCOPED_TOKEN_WITHOUT_USER_SCOPE,
    },
    { label: 'OAuth, classic', kind: 'oauth-access-token', token: world.OAUTH_ACCESS_TOKEN },
  ] satisfies world.ScopeCheckToken[];

  it.each(tokens.map((t) => [t.label, t] as const))(
    '%s: never wrong, as exact as probing everything, within budget',
    async (_label, t) => {
      const { report, recorder } = await runCheck(profileOf(t));
      expect(['scoped', 'oauth']).toContain(report.model);
      const truth = trueScopes(t.token);
      for (const g of report.scopes) {
        if (g.state === 'granted') expect(truth.has(g.scope), g.scope).toBe(true);
        if (g.state === 'missing') expect(truth.has(g.scope), g.scope).toBe(false);
      }
      expect(scopeStates(report)).toEqual(await baselineStates(profileOf(t), world.ACME_CLOUD_ID));
      expect(recorder.requests.length).toBeLessThanOrEqual(16);
      expect(recorder.requests.every((r) => r.method === 'GET' && !r.hadBody)).toBe(true);
      expect(report.check?.requests).toBe(recorder.requests.length);
      expect(report.check?.stoppedBy).not.toBe('rate-limited');
    },
  );

  it('classic only: read:jira-work proven, Confluence and configuration proven absent', async () => {
    const { report } = await runCheck(cloud(world.ADMIN_EMAIL, world.SCOPED_TOKEN_CLASSIC_READS));
    expect(held(report, 'granted')).toEqual(['read:jira-work']);
    expect(held(report, 'missing')).toEqual([
      'manage:jira-configuration',
      'read:confluence-user',
      'read:content-details:confluence',
      'read:page:confluence',
      'read:permission:jira',
      'read:space:confluence',
    ]);
    const work = report.scopes.find((g) => g.scope === 'read:jira-work')!;
    expect(work.family).toBe('classic');
    expect(work.evidence).toBe('mypermissions passed while permissions was refused for scope.');
    expect(report.check).toMatchObject({ stoppedBy: 'settled' });
    expect(report.check!.requests).toBeLessThan(16);
    // The capability rows follow from the scopes: read:jira-work lets every Jira read through.
    expect(states(report)).toMatchObject({
      'read-issues': 'granted',
      'search-issues': 'granted',
      'administer-jira': M,
    });
  });

  it('granular only: the search set proven by search/jql passing while the classic scope was refused', async () => {
    const { report } = await runCheck(cloud(world.ADMIN_EMAIL, world.SCOPE_TOKEN_GRANULAR_READS));
    expect(held(report, 'granted')).toEqual(
      [
        'read:audit-log:jira',
        'read:avatar:jira',
        'read:field-configuration:jira',
        'read:issue-details:jira',
        'read:issue-meta:jira',
        'read:permission:jira',
        'read:status:jira',
      ].sort(),
    );
    expect(scopeStates(report)).toMatchObject({
      'read:jira-work': 'missing',
      'read:jira-user': 'missing',
      'manage:jira-configuration': 'unknown',
      'read:user:jira': 'unknown',
    });
    const details = report.scopes.find((g) => g.scope === 'read:issue-details:jira')!;
    expect(details).toMatchObject({ family: 'granular', product: 'jira' });
    expect(details.evidence).toMatch(/^search\/jql passed while .+ refused for scope\.$/);
  });

  it('Confluence classic and granular: the v1 and v2 answers settle the Confluence scopes', async () => {
    const classic = (await runCheck(cloud(world.ADMIN_EMAIL, world.SCOPED_TOKEN_CONFLUENCE_CLASSIC))).report;
    expect(scopeStates(classic)).toMatchObject({
      'read:confluence-user': 'unknown',
      'read:space:confluence': 'missing',
      'read:page:confluence': 'missing',
      'read:jira-work': 'missing',
      'read:jira-user': 'missing',
    });
    expect(states(classic)['use-confluence']).toBe(G);
    const granular = (await runCheck(cloud(world.ADMIN_EMAIL, world.SCOPE_TOKEN_CONFLUENCE_GRANULAR))).report;
    expect(scopeStates(granular)).toMatchObject({
      'read:confluence-user': 'unknown',
      'read:space:confluence': 'granted',
      'read:page:confluence': 'granted',
      'read:jira-work': 'missing',
    });
    expect(granular.scopes.find((g) => g.scope === 'read:space:confluence')?.evidence).toBe('spaces (v2) passed.');
  });

  it('never claims a configuration scope it did not prove (the audit log passing on its granular pair)', async () => {
    const granular = (await runCheck(cloud(world.ADMIN_EMAIL, world.SCOPE_TOKEN_GRANULAR_READS))).report;
    expect(states(granular)['administer-jira']).toBe(G);
    expect(granular.risks.map((r) => r.id)).not.toContain('configuration-scope');
    expect(granular.risks.find((r) => r.id === 'configuration-scope-unknown')?.text).toMatch(
      /cannot be told from these read-only calls/,
    );
    const classic = (await runCheck(cloud(world.ADMIN_EMAIL, world.SCOPED_TOKEN_CLASSIC_READS))).report;
    expect(classic.risks.find((r) => r.id === 'configuration-scope-absent')?.text).toBe(
      'The token does not hold manage:jira-configuration (auditing/record was refused for scope); granular write and configuration scopes cannot be told from read-only calls',
    );
    const configuration = (await runCheck(cloud(world.ADMIN_EMAIL, world.SCOPE_TOKEN_CONFIGURATION))).report;
    expect(scopeStates(configuration)['manage:jira-configuration']).toBe('granted');
    expect(configuration.risks.find((r) => r.id === 'configuration-scope')?.text).toMatch(
      /^The token holds a configuration scope: manage:jira-configuration \(.*passed while .* refused for scope\)$/,
    );
  });

  it('OAuth: the declared scopes are shown as declared and checked against the gateway', async () => {
    const { report } = await runCheck(oauth(world.OAUTH_SCOPE_MIX_TOKEN, acme));
    expect(report.declaredScopes).toEqual([
      'read:jira-user',
      'read:me',
      'read:page:confluence',
      'read:space:confluence',
      'read:status:jira',
    ]);
    const by = Object.fromEntries(report.scopes.map((g) => [g.scope, g]));
    expect(by['read:status:jira']).toMatchObject({ declared: true, state: 'granted' });
    expect(by['read:space:confluence']).toMatchObject({ declared: true, state: 'granted' });
    expect(by['read:jira-work']).toMatchObject({ declared: false, state: 'missing' });
    expect(report.scopes.filter((g) => g.declared && g.state === 'missing')).toEqual([]);
    expect(report.risks.map((r) => r.id)).not.toContain('undeclared-held');
  });

  it('never sends more than four probes at once', async () => {
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

  it('reports the risks it can prove, and the unknown expiry (https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/)', async () => {
    const { report } = await runCheck(cloud(world.ADMIN_EMAIL, world.SCOPED_TOKEN_MIXED));
    expect(report.risks.map((r) => r.id)).toEqual([
      'admin-user',
      'scoped',
      'write-scopes-unseen',
      'configuration-scope-unknown',
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
    // Granted from read:permission:jira (mypermissions), so not even asked.
    expect(member.rows.find((r) => r.id === 'read-all-permissions')).toMatchObject({
      state: 'granted',
      evidence: 'not asked: the other answers already decide it',
    });
    // No mypermissions scope, no second layer.
    expect(
      (await runCheck(cloud(world.ADMIN_EMAIL, world.SCOPED_TOKEN_CONFLUENCE_CLASSIC))).report.userPermissions,
    ).toBeUndefined();
  });

  it('learns nothing from a 500 or a 429 (retried once), and stops on the 429', async () => {
    const handler = createAtlassianHandler(defaultScenario());
    const flaky = async (request: Request): Promise<Response> => {
      const { pathname: path, host } = new URL(request.url);
      if (host !== world.GATEWAY_HOST) return handler(request);
      if (path.endsWith('/rest/api/3/mypermissions')) return new Response('<html>oops</html>', { status: 500 });
      if (path.endsWith('/rest/api/3/myself'))
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
    expect(report.check?.stoppedBy).toBe('rate-limited');
    expect(report.rows.find((r) => r.id === 'read-own-profile')?.state).toBe('unknown');
    expect(report.rows.find((r) => r.id === 'read-own-permissions')?.state).toBe('unknown');
    expect(recorder.requests.filter((r) => r.url.includes('/rest/api/3/myself'))).toHaveLength(3); // site + gateway + one retry
    const truth = trueScopes(world.SCOPED_TOKEN_MIXED);
    for (const g of report.scopes) if (g.state !== 'unknown') expect(truth.has(g.scope)).toBe(g.state === 'granted');
    expect(report.scopes.find((g) => g.scope === 'read:user:jira')?.evidence).toMatch(
      /myself answered 429, which proves nothing about scopes/,
    );
  });

  it('gives up cleanly when the credentials are rejected everywhere', async () => {
    const { report, recorder } = await runCheck(cloud(world.ADMIN_EMAIL, world.REVOKED_TOKEN));
    expect(report.model).toBe('failed');
    expect(report.rows).toEqual([]);
    expect(report.scopes).toEqual([]);
    expect(report.findings.map((f) => f.code)).toEqual(['CREDENTIALS_REJECTED']);
    expect(recorder.requests.length).toBeLessThanOrEqual(6);
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
    expect(states(report)).toMatchObject({
      'read-own-profile': G,
      'read-own-permissions': G,
      'read-all-permissions': M,
      'administer-jira': M,
      'use-confluence': G,
      'read-confluence-spaces': M,
      'read-confluence-pages': M,
    });
    for (const g of report.scopes) if (g.state !== 'unknown') expect(g.declared).toBe(g.state === 'granted');
    expect(report.risks.find((r) => r.id === 'expires')?.text).toMatch(/^Expires in \d+ minutes/);
    expect(recorder.requests.length).toBeLessThanOrEqual(16);
  });

  it('names the missing scope of a token without read:jira-user', async () => {
    const { report } = await runCheck(oauth(world.OAUTH_TOKEN_WITHOUT_JIRA_USER, acme));
    expect(report.rows.find((r) => r.id === 'read-own-profile')?.state).toBe('missing');
    expect(report.rows.find((r) => r.id === 'search-issues')?.state).toBe('granted');
    expect(report.scopes.find((g) => g.scope === 'read:jira-user')?.state).toBe('missing');
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
