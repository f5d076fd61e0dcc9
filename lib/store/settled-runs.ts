/**
 * Run errors that no longer hold, dropped on each read of storage: "the vault is locked" once it
 * is unlocked, and any error of a profile once a newer report of it arrives (from this page, the
 * popup, another tab or the watch). A message that stayed would contradict what the page shows.
 */
import type { Report } from '../model/report';
import type { VaultStatus } from '../platform/storage';
import type { RunState } from './types';

interface Seen {
  reports: Record<string, Report>;
}

/** `runs` without the errors that `after` settles; the same object when none changes. */
export function settleRuns(
  runs: Record<string, RunState>,
  before: Seen,
  after: Seen & { vault: Pick<VaultStatus, 'unlocked'> },
): Record<string, RunState> {
  let changed = false;
  const next: Record<string, RunState> = {};
  for (const [id, run] of Object.entries(runs)) {
    const newer = after.reports[id] !== undefined && after.reports[id].finishedAt !== before.reports[id]?.finishedAt;
    const unlocked = run.locked === true && after.vault.unlocked;
    if (!run.running && run.error !== undefined && (newer || unlocked)) {
      changed = true;
      next[id] = { running: false };
    } else next[id] = run;
  }
  return changed ? next : runs;
}
