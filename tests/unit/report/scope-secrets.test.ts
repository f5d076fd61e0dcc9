/** No secret ever appears in a scope report: every report built here is scanned. */
import { scopeReportJson } from '../../../lib/report/scope-json';
import { scopeReportMarkdown } from '../../../lib/report/scope-markdown';
import * as world from '../../../emulator';
import { runCheck } from '../scopes/check-run';
import { findSecrets, forbiddenStrings } from '../secret-scan';
import { CREDENTIAL_SCENARIOS } from '../credential-scenarios';

const scenarios = CREDENTIAL_SCENARIOS;

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
      site: `https://${world.ACME_HOST}`,
    });
    expect(json.account?.email).toBe('a…n@acme.example');
    expect(json.matrix.map((m) => m.capability)).toContain('ADMINISTER');
  });
});
