/** The stored last scope report: what the engine returned, checked on load, never a secret. */
import * as world from '../../../emulator';
import { parseStoredScopeReport, storedScopeReport } from '../../../lib/scopes/stored-report';
import { findSecrets } from '../secret-scan';
import { runCheck } from './check-run';

const stamp = { id: 'p1', name: 'test', createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' };

describe('the stored scope report', () => {
  it('round-trips a real report through JSON, with no secret and the email masked', async () => {
    const { report } = await runCheck({
      ...stamp,
      kind: 'cloud-api-token',
      siteUrl: `https://${world.ACME_HOST}`,
      email: world.ADMIN_EMAIL,
      apiToken: world.SCOPED_TOKEN_MIXED,
    });
    const stored = JSON.parse(JSON.stringify(storedScopeReport(report))) as unknown;
    expect(parseStoredScopeReport(stored)).toEqual(report);
    const text = JSON.stringify(stored);
    expect(findSecrets(text, { token: world.SCOPED_TOKEN_MIXED, email: world.ADMIN_EMAIL })).toEqual([]);
    expect(text).not.toContain(world.ADMIN_EMAIL);
  });

  it.each([
    ['nothing', undefined],
    ['another version', { v: 2, report: {} }],
    ['a diagnosis report', { v: 1, report: { schema: 1, profileId: 'p1', verdict: 'ok', findings: [], probes: [] } }],
    [
      'a scope report without scope rows',
      {
        v: 1,
        report: {
          type: 'scope-report',
          profileId: 'p1',
          checkedAt: 'x',
          summary: '',
          model: 'scoped',
          rows: [],
          risks: [],
          findings: [],
          probes: [],
        },
      },
    ],
  ])('refuses %s', (_name, value) => {
    expect(parseStoredScopeReport(value)).toBeUndefined();
  });
});
