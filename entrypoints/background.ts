/**
 * Composition root: wires the engine to the extension. It registers message handlers and keeps
 * the badge in step with storage; everything that thinks is in lib/.
 */
import { diagnose } from '@/lib/diagnose/diagnose';
import type { Report } from '@/lib/model/report';
import { showVerdictBadge } from '@/lib/platform/badge';
import { registerHandlers } from '@/lib/platform/messaging';
import {
  migrateStoredRecords,
  onStoredStateChanged,
  readState,
  storageCache,
  writeReport,
} from '@/lib/platform/storage';
import { openStoredProfile } from '@/lib/platform/open-profile';
import { startIdleLock } from '@/lib/platform/idle-lock';
import { restrictSessionAccess } from '@/lib/platform/vault-storage';
import { hasOriginPermission } from '@/lib/platform/permissions';
import { createFetchTransport } from '@/lib/platform/transport';
import { draftProfile, readOnlyCache } from '@/lib/requests/draft-profile';
import { checkScopes } from '@/lib/scopes/check';
import { browser } from '@/lib/platform/browser';

export default defineBackground(() => {
  // Data Center origins are granted one by one at run time; the transport checks before sending.
  const transport = createFetchTransport(undefined, hasOriginPermission);
  /** What every engine run gets: the policy-checking transport, the clock, the cloudId cache, the grants. */
  const deps = { transport, now: Date.now, cache: storageCache, isOriginGranted: hasOriginPermission };
  /** One run per profile at a time: a second Test while one runs joins it. */
  const running = new Map<string, Promise<Report>>();

  async function refreshBadge(): Promise<void> {
    const state = await readState();
    const chosen = state.profiles.find((p) => p.id === state.selectedProfileId) ?? state.profiles[0];
    await showVerdictBadge(chosen ? state.reports[chosen.id]?.verdict : undefined, chosen?.name);
  }

  registerHandlers({
    async diagnose({ profileId }) {
      // A sealed token is opened here, with the session key, only for this run.
      const opened = await openStoredProfile(profileId);
      if (!opened.ok)
        return opened.locked ? { ok: false, error: opened.error, locked: true } : { ok: false, error: opened.error };
      const profile = opened.profile;
      let run = running.get(profileId);
      if (!run) {
        run = diagnose(profile, deps).finally(() => running.delete(profileId));
        running.set(profileId, run);
      }
      const report = await run;
      await writeReport(report);
      return { ok: true, report };
    },
    async 'diagnose-draft'({ profile }) {
      // Check a request → Diagnose: the engine's own GET probes; no profile, report or cloudId is written.
      const report = await diagnose(draftProfile(profile, new Date()), { ...deps, cache: readOnlyCache(storageCache) });
      return { ok: true, report };
    },
    async 'check-scopes'({ profileId }) {
      // Like diagnose: the sealed token is opened only for this run. The report is answered, not stored.
      const opened = await openStoredProfile(profileId);
      if (!opened.ok)
        return opened.locked ? { ok: false, error: opened.error, locked: true } : { ok: false, error: opened.error };
      const report = await checkScopes(opened.profile, deps, {
        extensionVersion: browser.runtime.getManifest().version,
      });
      return { ok: true, report };
    },
    async 'refresh-badge'() {
      await refreshBadge();
      return { ok: true };
    },
  });

  // Vault: session storage for trusted contexts only; lock after the idle time; old records repaired.
  void restrictSessionAccess();
  startIdleLock();
  void migrateStoredRecords();

  onStoredStateChanged(() => void refreshBadge());
  void refreshBadge();
});
