/**
 * Composition root: wires the engine, storage and the vault to the message door, and keeps the
 * badge in step with storage. Everything that decides anything is in lib/ (lib/services for what
 * the background does with stored profiles).
 */
import { diagnose } from '@/lib/diagnose/diagnose';
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
import { selectedProfile } from '@/lib/profiles/selected';
import { draftProfile, readOnlyCache } from '@/lib/requests/draft-profile';
import { checkScopes } from '@/lib/scopes/check';
import { createStoredRuns } from '@/lib/services/stored-runs';
import { browser } from '@/lib/platform/browser';

export default defineBackground(() => {
  // Data Center origins are granted one by one at run time; the transport checks before sending.
  const transport = createFetchTransport(undefined, hasOriginPermission);
  /** What every engine run gets: the policy-checking transport, the clock, the cloudId cache, the grants. */
  const deps = { transport, now: Date.now, cache: storageCache, isOriginGranted: hasOriginPermission };
  const runs = createStoredRuns({
    openProfile: (id) => openStoredProfile(id),
    diagnose: (profile) => diagnose(profile, deps),
    storeReport: writeReport,
    checkScopes: (profile) => checkScopes(profile, deps, { extensionVersion: browser.runtime.getManifest().version }),
  });

  async function refreshBadge(): Promise<void> {
    const state = await readState();
    const chosen = selectedProfile(state.profiles, state.selectedProfileId);
    await showVerdictBadge(chosen ? state.reports[chosen.id]?.verdict : undefined, chosen?.name);
  }

  registerHandlers({
    diagnose: ({ profileId }) => runs.diagnose(profileId),
    async 'diagnose-draft'({ profile }) {
      // Check a request → Diagnose: the engine's own GET probes; no profile, report or cloudId is written.
      const report = await diagnose(draftProfile(profile, new Date()), { ...deps, cache: readOnlyCache(storageCache) });
      return { ok: true, report };
    },
    'check-scopes': ({ profileId }) => runs.checkScopes(profileId),
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
