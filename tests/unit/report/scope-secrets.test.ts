/** No secret ever appears in a scope report: every report built here is scanned. */
import { scopeReportJson } from '../../../lib/report/scope-json';
import { scopeReportMarkdown } from '../../../lib/report/scope-markdown';
import type { Profile } from '../../../lib/model/profile';
import * as world from '../../../emulator';
import { runCheck } from '../scopes/check-run';
import { findSecrets, forbiddenStrings } from '../secret-scan';

const stamp = { id: 'p1', name: 'Acme', createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' };
const acme = `https://${world.ACME_HOST}`;

const scenarios: [string, Profile, { token: string; email?: string }][] = [
  ...(
    [
      ['unscoped admin', world.ADMIN_EMAIL, world.UNSCOPED_TOKEN],
      ['unscoped member', world.MEMBER_EMAIL, world.MEMBER_TOKEN],
      ['scoped classic', world.ADMIN_EMAIL, world.SCOPED_TOKEN_CLASSIC_READS],
      ['scoped granular', world.MEMBER_EMAIL, world.SCOPED_TOKEN_GRANULAR_ONLY],
      ['scoped mixed', world.ADMIN_EMAIL, world.SCOPED_TOKEN_MIXED],
      ['revoked', world.ADMIN_EMAIL, world.REVOKED_TOKEN],
    ] as const
  ).map(([name, email, token]): [string, Profile, { token: string; email?: string }] => [
    name,
    { ...stamp, kind: 'cloud-api-token', siteUrl: acme, email, apiToken: token },
    { token, email },
  ]),
  [
    'oauth',
    { ...stamp, kind: 'oauth-access-token', accessToken: world.OAUTH_ACCESS_TOKEN, siteUrl: acme },
    { token: world.OAUTH_ACCESS_TOKEN },
  ],
  ['org key', { ...stamp, kind: 'org-admin-key', apiKey: world.ORG_API_KEY, orgId: '' }, { token: world.ORG_API_KEY }],
  [
    'dc pat',
    { ...stamp, kind: 'dc-pat', serverUrl: `https://${world.DC_HOST}`, pat: world.DC_PAT },
    { token: world.DC_PAT },
  ],
];

describe('scope reports carry no secret', () => {
  it.each(scenarios)('%s: report, Markdown and JSON (masked and full email)', async (_name, profile, credential) => {
    const { report } = await runCheck(profile);
    const texts = [
      JSON.stringify(report),
      scopeReportMarkdown(report),
      JSON.stringify(scopeReportJson(report)),
      scopeReportMarkdown(report, { fullEmail: credential.email }),
      JSON.stringify(scopeReportJson(report, { fullEmail: credential.email })),
    ];
    for (const text of texts) expect(findSecrets(text, credential)).toEqual([]);
    // The masked report does not carry the full email either.
    if (credential.email) expect(scopeReportMarkdown(report)).not.toContain(credential.email);
  });

  it('the scanner does catch each form of a leak', () => {
    const credential = { token: world.UNSCOPED_TOKEN, email: world.ADMIN_EMAIL };
    for (const leak of forbiddenStrings(credential))
      expect(findSecrets(`report … ${leak} …`, credential)).not.toEqual([]);
  });

  it('the JSON report has its documented, versioned shape', async () => {
    const { report } = await runCheck(scenarios[0]![1]);
    const json = scopeReportJson(report);
    expect(Object.keys(json)).toEqual([
      'format',
      'version',
      'checkedAt',
      'extensionVersion',
      'profile',
      'site',
      'cloudId',
      'account',
      'token',
      'userPermissions',
      'summary',
      'risks',
      'scopes',
      'check',
      'matrix',
      'findings',
      'requests',
      'summaryLine',
    ]);
    expect(json).toMatchObject({
      format: 'token-doctor/scope-report',
      version: 2,
      extensionVersion: '0.0.0-test',
      site: acme,
    });
    expect(json.account?.email).toBe('a…n@acme.example');
    expect(json.matrix.map((m) => m.capability)).toContain('ADMINISTER');
  });
});
