/**
 * Composition root: wires the real transport, clock, storage and grants into the background's
 * handlers (lib/services/background-handlers.ts) and keeps the badge in step with storage.
 * Everything that decides anything is in lib/.
 */
import { registerHandlers } from '@/lib/platform/messaging';
import { clearActiveRuns, migrateStoredRecords, onStoredStateChanged, storageCache } from '@/lib/platform/storage';
import { startIdleLock } from '@/lib/platform/idle-lock';
import { restrictSessionAccess } from '@/lib/platform/vault-storage';
import { hasOriginPermission } from '@/lib/platform/permissions';
import { createFetchTransport } from '@/lib/platform/transport';
import { extensionVersion } from '@/lib/platform/extension-pages';
import { createBackgroundHandlers, refreshBadge } from '@/lib/platform/background-handlers';
import { onNotificationClicked, onWatchAlarm, scheduleWatch } from '@/lib/platform/fleet-watch';
import { readWatchSchedule } from '@/lib/platform/storage';

export default defineBackground(() => {
  // Data Center origins are granted one by one at run time; the transport checks before sending.
  const transport = createFetchTransport(undefined, hasOriginPermission);
  const handlers = createBackgroundHandlers({
    engine: { transport, now: Date.now, cache: storageCache, isOriginGranted: hasOriginPermission },
    extensionVersion: extensionVersion(),
  });
  registerHandlers(handlers);
  // A worker that starts has no run going: a progress list left by a stopped one must not show as busy.
  void clearActiveRuns();

  // The watch: the scheduled Check all (same service, same politeness), its notification, its alarm kept set.
  onWatchAlarm(() => void handlers.fleet.run('scheduled').then(() => refreshBadge()));
  onNotificationClicked();
  void readWatchSchedule().then(scheduleWatch);

  // Vault: session storage for trusted contexts only; lock after the idle time; old records repaired.
  void restrictSessionAccess();
  startIdleLock();
  void migrateStoredRecords();

  onStoredStateChanged(() => void refreshBadge());
  void refreshBadge();
});
