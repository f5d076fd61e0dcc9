/**
 * What the background does for a stored profile: open it (its sealed secret only with the session
 * key, only for this run), run the engine once — a second request while one runs joins it — and
 * store the report — only while the profile still exists: a report names the profile's email and
 * site, and must not outlive a profile deleted during its run. Pure: storage, the vault and the engine are injected, so it is tested without
 * a browser. The one in-flight map of the extension lives here.
 */
import type { Profile } from '../model/profile';
import type { Report } from '../model/report';
import type { Refusal } from '../messages/protocol';

export type OpenedProfile = { ok: true; profile: Profile } | Refusal;

interface StoredRunDeps<R> {
  /** The stored profile with its secret, or why it cannot be used (`locked` when the vault is). */
  openProfile(profileId: string): Promise<OpenedProfile>;
  /** The engine: one diagnosis of a profile. */
  diagnose(profile: Profile): Promise<Report>;
  /** Where the last report of a profile is kept (the pages read it from there). */
  storeReport(report: Report): Promise<void>;
  /** Whether the profile is still stored (it may be deleted while its run is in flight). */
  profileExists(profileId: string): Promise<boolean>;
  /** Removes the last report of a profile. */
  removeReport(profileId: string): Promise<void>;
  /** The scope check. */
  checkScopes(profile: Profile): Promise<R>;
  /** Where the last scope report of a profile is kept (the pages read it from there), and its removal. */
  storeScopeReport(report: R): Promise<void>;
  removeScopeReport(profileId: string): Promise<void>;
}

interface StoredRuns {
  diagnose(profileId: string): Promise<{ ok: true } | Refusal>;
  checkScopes(profileId: string): Promise<{ ok: true } | Refusal>;
}

const DELETED_MEANWHILE = 'The profile was deleted while it was being diagnosed.';
const DELETED_WHILE_SCOPES = 'The profile was deleted while its scopes were being checked.';

export function createStoredRuns<R extends { profileId: string }>(deps: StoredRunDeps<R>): StoredRuns {
  const inFlight = new Map<string, Promise<boolean>>();
  /** Stores the report if its profile is still there; false when it was deleted meanwhile. */
  async function keep(report: Report): Promise<boolean> {
    if (!(await deps.profileExists(report.profileId))) return false;
    await deps.storeReport(report);
    // Deleted between the check and the write: the delete removed the old report, this takes back the new one.
    if (await deps.profileExists(report.profileId)) return true;
    await deps.removeReport(report.profileId);
    return false;
  }
  return {
    async diagnose(profileId) {
      const opened = await deps.openProfile(profileId);
      if (!opened.ok) return opened;
      let run = inFlight.get(profileId);
      if (!run) {
        run = (async () => keep(await deps.diagnose(opened.profile)))().finally(() => inFlight.delete(profileId));
        inFlight.set(profileId, run);
      }
      return (await run) ? { ok: true } : { ok: false, error: DELETED_MEANWHILE };
    },
    async checkScopes(profileId) {
      const opened = await deps.openProfile(profileId);
      if (!opened.ok) return opened;
      const report = await deps.checkScopes(opened.profile);
      // Kept like the diagnosis: only while the profile exists, taken back if it was deleted meanwhile.
      if (!(await deps.profileExists(profileId))) return { ok: false, error: DELETED_WHILE_SCOPES };
      await deps.storeScopeReport(report);
      if (await deps.profileExists(profileId)) return { ok: true };
      await deps.removeScopeReport(profileId);
      return { ok: false, error: DELETED_WHILE_SCOPES };
    },
  };
}
