/**
 * What the background does for a stored profile: open it (its sealed secret only with the session
 * key, only for this run), run the engine once — a second request while one runs joins it — and
 * store the report — only while the profile still exists: a report names the profile's email and
 * site, and must not outlive a profile deleted during its run. Pure: storage, the vault and the engine are injected, so it is tested without
 * a browser. The one in-flight map of the extension lives here.
 *
 * A run can be cancelled: its signal aborts every fetch in flight, and a cancelled run stores
 * nothing: the previous report stays as it was (an answer cut short proves nothing about the
 * credential, and must not replace one that did). The run leaves the in-flight map at once, so a
 * new one can start straight away. While a run goes, the board (active-runs.ts) tells the pages
 * what it is doing.
 */
import type { Profile } from '../model/profile';
import type { Report } from '../model/report';
import type { Refusal } from '../messages/protocol';
import { isRunCancelled } from '../probe/cancel';
import type { RunProgress } from '../probe/progress';
import { activeRunKey, type ActiveRunBoard, type RunTask } from './active-runs';

export type OpenedProfile = { ok: true; profile: Profile } | Refusal;

/** What the engine gets for one run: the signal that cancels it, and where it tells what it does. */
export interface RunHooks {
  signal: AbortSignal;
  onProgress: (progress: RunProgress) => void;
}

interface StoredRunDeps<R> {
  /** The stored profile with its secret, or why it cannot be used (`locked` when the vault is). */
  openProfile(profileId: string): Promise<OpenedProfile>;
  /** The engine: one diagnosis of a profile. */
  diagnose(profile: Profile, hooks: RunHooks): Promise<Report>;
  /** Where the last report of a profile is kept (the pages read it from there). */
  storeReport(report: Report): Promise<void>;
  /** Whether the profile is still stored (it may be deleted while its run is in flight). */
  profileExists(profileId: string): Promise<boolean>;
  /** Removes the last report of a profile. */
  removeReport(profileId: string): Promise<void>;
  /** The scope check. */
  checkScopes(profile: Profile, hooks: RunHooks): Promise<R>;
  /** Where the last scope report of a profile is kept (the pages read it from there), and its removal. */
  storeScopeReport(report: R): Promise<void>;
  removeScopeReport(profileId: string): Promise<void>;
  /** Where the pages learn which runs are going (absent: nobody follows). */
  board?: ActiveRunBoard;
  now?: () => number;
}

type RunAnswer = { ok: true } | Refusal;

interface StoredRuns {
  diagnose(profileId: string): Promise<RunAnswer>;
  checkScopes(profileId: string): Promise<RunAnswer>;
  /** Cancels the run of that task for the profile; false when none was going (or it had finished its work). */
  cancel(profileId: string, task: RunTask): boolean;
}

const DELETED_MEANWHILE = 'The profile was deleted while it was being diagnosed.';
const DELETED_WHILE_SCOPES = 'The profile was deleted while its scopes were being checked.';
const CANCELLED: Record<RunTask, Refusal> = {
  diagnose: {
    ok: false,
    cancelled: true,
    error: 'Cancelled: nothing was stored, the previous report (if any) is unchanged.',
  },
  scopes: {
    ok: false,
    cancelled: true,
    error: 'Cancelled: nothing was stored, the previous scope report (if any) is unchanged.',
  },
};

type Outcome = 'stored' | 'deleted' | 'cancelled';

interface InFlight {
  controller: AbortController;
  /** Set once the engine has answered: from then on the run is storing, and is not cancelled any more. */
  storing: boolean;
  outcome: Promise<Outcome>;
}

export function createStoredRuns<R extends { profileId: string }>(deps: StoredRunDeps<R>): StoredRuns {
  const inFlight = new Map<string, InFlight>();
  const now = deps.now ?? Date.now;

  /** Stores a result if its profile is still there; false when it was deleted meanwhile. */
  async function keepIfExists<T extends { profileId: string }>(
    result: T,
    store: (result: T) => Promise<void>,
    remove: (profileId: string) => Promise<void>,
  ): Promise<boolean> {
    if (!(await deps.profileExists(result.profileId))) return false;
    await store(result);
    // Deleted between the check and the write: the delete removed the old report, this takes back the new one.
    if (await deps.profileExists(result.profileId)) return true;
    await remove(result.profileId);
    return false;
  }

  /** The run of `task` for the profile: the one in flight, or a new one. */
  function runOf<T>(
    task: RunTask,
    profileId: string,
    work: (hooks: RunHooks) => Promise<T>,
    keep: (result: T) => Promise<boolean>,
  ): InFlight {
    const key = activeRunKey(task, profileId);
    const going = inFlight.get(key);
    if (going) return going;
    const controller = new AbortController();
    deps.board?.start({ task, profileId, startedAt: now() });
    const entry: InFlight = { controller, storing: false, outcome: Promise.resolve<Outcome>('cancelled') };
    const hooks: RunHooks = {
      signal: controller.signal,
      onProgress: (progress) => {
        if (!controller.signal.aborted) deps.board?.progress(task, profileId, progress);
      },
    };
    entry.outcome = (async (): Promise<Outcome> => {
      try {
        const result = await work(hooks);
        if (controller.signal.aborted) return 'cancelled';
        entry.storing = true;
        return (await keep(result)) ? 'stored' : 'deleted';
      } catch (error) {
        if (controller.signal.aborted || isRunCancelled(error)) return 'cancelled';
        throw error;
      } finally {
        // A cancelled run has already left the map (and a new run may have taken its place).
        if (inFlight.get(key) === entry) {
          inFlight.delete(key);
          deps.board?.end(task, profileId);
        }
      }
    })();
    inFlight.set(key, entry);
    return entry;
  }

  async function answer(task: RunTask, entry: InFlight, deleted: string): Promise<RunAnswer> {
    const outcome = await entry.outcome;
    if (outcome === 'cancelled') return CANCELLED[task];
    // The pages learn the run has ended once its result is stored.
    await deps.board?.flushed();
    return outcome === 'stored' ? { ok: true } : { ok: false, error: deleted };
  }

  return {
    async diagnose(profileId) {
      const opened = await deps.openProfile(profileId);
      if (!opened.ok) return opened;
      const entry = runOf(
        'diagnose',
        profileId,
        (hooks) => deps.diagnose(opened.profile, hooks),
        (report) => keepIfExists(report, deps.storeReport, deps.removeReport),
      );
      return answer('diagnose', entry, DELETED_MEANWHILE);
    },
    async checkScopes(profileId) {
      const opened = await deps.openProfile(profileId);
      if (!opened.ok) return opened;
      // Kept like the diagnosis: only while the profile exists, taken back if it was deleted meanwhile.
      const entry = runOf(
        'scopes',
        profileId,
        (hooks) => deps.checkScopes(opened.profile, hooks),
        (report) => keepIfExists(report, deps.storeScopeReport, deps.removeScopeReport),
      );
      return answer('scopes', entry, DELETED_WHILE_SCOPES);
    },
    cancel(profileId, task) {
      const key = activeRunKey(task, profileId);
      const entry = inFlight.get(key);
      if (!entry || entry.storing) return false;
      entry.controller.abort();
      inFlight.delete(key);
      deps.board?.end(task, profileId);
      return true;
    },
  };
}
