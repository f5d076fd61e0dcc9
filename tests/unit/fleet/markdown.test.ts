/**
 * The fleet report's verdict words are the chip's: a warning where nothing succeeded (a genuine
 * scoped token refused for scope) is "recognised, not shown to work", never "works, with warnings".
 */
import { fleetMarkdown } from '../../../lib/fleet/markdown';
import type { FleetRun } from '../../../lib/fleet/types';
import { makeFinding } from '../../../lib/findings/make-finding';
import type { Finding, Report } from '../../../lib/model/report';
import { verdictOf } from '../../../lib/model/verdict';

const AT = '2026-12-01T10:00:00.000Z';

function report(profileId: string, findings: Finding[]): Report {
  return {
    schema: 1,
    profileId,
    profileName: profileId,
    kind: 'cloud-api-token',
    tokenFingerprint: 'ATATT…0000',
    startedAt: AT,
    finishedAt: AT,
    durationMs: 10,
    verdict: verdictOf(findings),
    findings,
    probes: [],
  };
}

describe('fleet Markdown', () => {
  it('says a recognised-only warning as the chip does, and a real warning as "works, with warnings"', () => {
    const reports = {
      scoped: report('scoped', [makeFinding('SCOPE_MISSING', { scopes: 'read:jira-user' })]),
      limited: report('limited', [makeFinding('AUTH_OK'), makeFinding('RATE_LIMITED')]),
    };
    const run: FleetRun = {
      id: 'run-1',
      trigger: 'manual',
      startedAt: AT,
      finishedAt: AT,
      heartbeatAt: AT,
      rows: Object.values(reports).map((r) => ({
        profileId: r.profileId,
        name: r.profileName,
        state: 'done',
        verdict: r.verdict,
        checkedAt: AT,
      })),
    };
    expect(reports.scoped.verdict).toBe('warning');
    expect(reports.limited.verdict).toBe('warning');
    const text = fleetMarkdown(run, { profiles: [], reports, targetOf: () => '' }, Date.parse(AT));
    const line = (name: string) => text.split('\n').find((l) => l.startsWith(`| ${name} |`)) ?? '';
    expect(line('scoped')).toContain('| recognised, not shown to work |');
    expect(line('limited')).toContain('| works, with warnings |');
  });
});

describe('fleet Markdown: the lines over the table', () => {
  const run = (rows: FleetRun['rows'], extra: Partial<FleetRun> = {}): FleetRun => ({
    id: 'run-2',
    trigger: 'manual',
    startedAt: AT,
    finishedAt: AT,
    heartbeatAt: AT,
    rows,
    ...extra,
  });
  const context = { profiles: [], reports: {}, targetOf: () => '' };

  it('says when the run started, in UTC, what it found, and the order of the rows', () => {
    const text = fleetMarkdown(
      run([
        { profileId: 'a', name: 'A', state: 'done', verdict: 'ok', checkedAt: '2026-12-01T10:00:07.000Z' },
        { profileId: 'b', name: 'B', state: 'done', verdict: 'error', checkedAt: '2026-12-01T10:00:09.000Z' },
        { profileId: 'c', name: 'C', state: 'locked', verdict: 'unknown', title: 'The vault is locked' },
      ]),
      context,
      Date.parse(AT),
    );
    expect(text).toContain(
      'Check all started 2026-12-01 10:00 UTC. 3 profiles: 1 fails, 1 could not be checked, 1 works.',
    );
    expect(text).toContain('Most urgent first: fails, could not check, expires within a week, with warnings, works.');
    expect(text).toContain('| B |  | fails |  | 2026-12-01 10:00 UTC |');
    // A locked profile was not checked: it is never counted as checked.
    expect(text).not.toMatch(/Checked \d+ of \d+/);
  });

  it('names a scheduled run and a cancelled one', () => {
    const text = fleetMarkdown(
      run([{ profileId: 'a', name: 'A', state: 'cancelled' }], { trigger: 'scheduled', cancelled: true }),
      context,
      Date.parse(AT),
    );
    expect(text).toContain(
      'Scheduled check started 2026-12-01 10:00 UTC, cancelled before the end. 1 profile: 1 not checked.',
    );
  });
});
