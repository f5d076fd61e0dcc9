/**
 * Composition root: wires the engine to the extension. It registers message handlers and keeps
 * the badge in step with storage; everything that thinks is in lib/.
 */
import { diagnose } from '@/lib/diagnose/diagnose';
import type { Report } from '@/lib/diagnose/types';
import { showVerdictBadge } from '@/lib/platform/badge';
import { registerHandlers } from '@/lib/platform/messaging';
import { onStoredStateChanged, readProfile, readState, storageCache, writeReport } from '@/lib/platform/storage';
import { createFetchTransport } from '@/lib/platform/transport';

export default defineBackground(() => {
  const transport = createFetchTransport();
  /** One run per profile at a time: a second Test while one runs joins it. */
  const running = new Map<string, Promise<Report>>();

  async function refreshBadge(): Promise<void> {
    const state = await readState();
    const chosen = state.profiles.find((p) => p.id === state.selectedProfileId) ?? state.profiles[0];
    await showVerdictBadge(chosen ? state.reports[chosen.id]?.verdict : undefined, chosen?.name);
  }

  registerHandlers({
    async diagnose({ profileId }) {
      const profile = await readProfile(profileId);
      if (!profile) return { ok: false, error: 'This profile no longer exists or its saved record cannot be read.' };
      let run = running.get(profileId);
      if (!run) {
        run = diagnose(profile, { transport, now: Date.now, cache: storageCache }).finally(() => running.delete(profileId));
        running.set(profileId, run);
      }
      const report = await run;
      await writeReport(report);
      return { ok: true, report };
    },
    async 'refresh-badge'() {
      await refreshBadge();
      return { ok: true };
    },
  });

  onStoredStateChanged(() => void refreshBadge());
  void refreshBadge();
});
