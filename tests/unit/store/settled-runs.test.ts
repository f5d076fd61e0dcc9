import type { Report } from '../../../lib/model/report';
import { settleRuns } from '../../../lib/store/settled-runs';
import type { RunState } from '../../../lib/store/types';

const report = (finishedAt: string) => ({ finishedAt }) as Report;
const locked: RunState = { running: false, error: 'The passphrase lock is locked', locked: true };
const failed: RunState = { running: false, error: 'The background did not answer' };

describe('settleRuns', () => {
  it('drops a "locked" error once the vault is unlocked, and keeps other errors', () => {
    const runs = { a: locked, b: failed };
    const next = settleRuns(runs, { reports: {} }, { reports: {}, vault: { unlocked: true } });
    expect(next).toEqual({ a: { running: false }, b: failed });
  });

  it('drops any error once a newer report of that profile arrives', () => {
    const before = { reports: { b: report('2026-01-01T00:00:00Z') } };
    const after = { reports: { b: report('2026-01-02T00:00:00Z') }, vault: { unlocked: false } };
    expect(settleRuns({ a: locked, b: failed }, before, after)).toEqual({ a: locked, b: { running: false } });
  });

  it('leaves runs alone (the same object) when nothing settles them, and never touches a running one', () => {
    const runs = { a: locked, b: failed, c: { running: true } };
    const reports = { b: report('2026-01-01T00:00:00Z'), c: report('2026-01-03T00:00:00Z') };
    expect(settleRuns(runs, { reports }, { reports, vault: { unlocked: false } })).toBe(runs);
    expect(settleRuns(runs, { reports: {} }, { reports: { c: reports.c }, vault: { unlocked: false } })).toBe(runs);
  });
});
