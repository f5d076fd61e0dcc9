/**
 * One malformed accessible-resources entry must not abort the OAuth diagnosis or the scope check:
 * the bad entries are reported, the good ones still checked.
 */
import { diagnose } from '../../../../lib/diagnose/diagnose';
import type { OAuthAccessTokenProfile } from '../../../../lib/model/profile';
import { checkScopes } from '../../../../lib/scopes/check';
import * as world from '../../../../emulator';
import { echoDeps } from '../../probe/echo-world';

const profile: OAuthAccessTokenProfile = {
  id: 'p1',
  name: 'OAuth app',
  kind: 'oauth-access-token',
  accessToken: world.OAUTH_ACCESS_TOKEN,
  siteUrl: '',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
};

const good = { id: world.ACME_CLOUD_ID, name: 'acme', url: `https://${world.ACME_HOST}`, scopes: ['read:jira-user'] };
const BAD = [
  { id: '0b1c2d3e-aaaa-bbbb-cccc-0123456789ab', name: 'x', url: 'not a url', scopes: ['read:jira-user'] },
  {
    id: '0b1c2d3e-aaaa-bbbb-cccc-0123456789ac',
    name: 'x',
    url: 'http://plain.atlassian.net',
    scopes: ['read:jira-user'],
  },
  {
    id: '0b1c2d3e-aaaa-bbbb-cccc-0123456789ad',
    name: 'x',
    url: 'https://acme.atlassian.net.evil.example',
    scopes: ['read:jira-user'],
  },
  { id: '../../admin/v1/orgs', name: 'x', url: 'https://other.atlassian.net', scopes: ['read:jira-user'] },
  'a string',
];

function deps(resources: unknown[]) {
  const asked: string[] = [];
  return {
    asked,
    deps: echoDeps(async (url) => {
      asked.push(url);
      const json = (status: number, body: unknown) =>
        new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
      if (url.endsWith('/oauth/token/accessible-resources')) return json(200, resources);
      if (url.includes(`/ex/jira/${world.ACME_CLOUD_ID}/`))
        return json(200, { accountId: '5b10a2844c20165700ede21g', displayName: 'Ada Admin' });
      return json(404, {});
    }),
  };
}

describe('OAuth: malformed accessible-resources entries', () => {
  it.each(BAD.map((bad) => [JSON.stringify(bad).slice(0, 50), bad] as const))(
    'diagnosis with %s: a report, the bad entry as a finding, the good site still checked',
    async (_name, bad) => {
      const { deps: d, asked } = deps([bad, good]);
      const report = await diagnose(profile, d);
      const codes = report.findings.map((f) => f.code);
      expect(codes).toContain('OAUTH_RESOURCE_UNUSABLE');
      expect(codes).toContain('AUTH_OK');
      expect(report.findings.find((f) => f.code === 'OAUTH_RESOURCE_UNUSABLE')?.explanation).toMatch(/entry 1: /);
      expect(asked.filter((u) => u.includes('/ex/jira/'))).toEqual([
        `https://api.atlassian.com/ex/jira/${world.ACME_CLOUD_ID}/rest/api/3/myself`,
      ]);
    },
  );

  it('says each bad entry, and takes nothing from a bad id into a URL', async () => {
    const { deps: d, asked } = deps([...BAD, good]);
    const report = await diagnose(profile, d);
    const finding = report.findings.find((f) => f.code === 'OAUTH_RESOURCE_UNUSABLE')!;
    expect(finding.explanation).toContain('"not a url" is not a URL');
    expect(finding.explanation).toContain('and 2 more');
    expect(asked.some((u) => u.includes('admin'))).toBe(false);
  });

  it('only bad entries: the grant reaches no usable site, and that is said', async () => {
    const report = await diagnose(profile, deps([BAD[0]]).deps);
    expect(report.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['OAUTH_NO_SITES', 'OAUTH_RESOURCE_UNUSABLE']),
    );
  });

  it('the scope check goes on with the good site', async () => {
    const report = await checkScopes(profile, deps([BAD[0], good]).deps);
    expect(report.model).toBe('oauth');
    expect(report.siteUrl).toBe(`https://${world.ACME_HOST}`);
    expect(report.findings.map((f) => f.code)).toContain('OAUTH_RESOURCE_UNUSABLE');
  });
});
