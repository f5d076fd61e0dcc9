/**
 * The UI store: a zustand vanilla store that mirrors extension storage. Writes go to storage,
 * one record at a time; the store then re-reads storage (and does so again on every storage
 * change, so an edit in one page shows in the popup and in other tabs). Nothing is copied into
 * the store optimistically, so nothing here can drift from what is stored.
 */
import { createStore } from 'zustand/vanilla';
import {
  onStoredStateChanged,
  readProfile,
  readState,
  removeProfile,
  writeProfile,
  writeSelectedProfileId,
} from '../platform/storage';
import { sendMessage } from '../platform/messaging';
import { parseProfileRecord, toRecord } from '../profiles/record';
import { secretsOf } from '../profiles/types';
import { profileFromDraft } from './profile-from-draft';
import { scrubSecrets } from './scrub-secrets';
import type { AppStore, AppStoreOptions, AppStoreState, RunState } from './types';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createAppStore(options: AppStoreOptions = {}): AppStore {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => crypto.randomUUID());
  const inFlight = new Map<string, Promise<void>>();
  let readSeq = 0;

  return createStore<AppStoreState>()((set, get) => {
    const setRun = (profileId: string, run: RunState) =>
      set((state) => ({ runs: { ...state.runs, [profileId]: run } }));

    /** The badge is a convenience: if the background is not listening, it redraws on its next start. */
    const refreshBadge = async () => {
      try {
        await sendMessage({ type: 'refresh-badge' });
      } catch {
        // no background listening (tests, or the worker is restarting)
      }
    };

    const refresh = async () => {
      const seq = ++readSeq;
      try {
        const stored = await readState();
        // Storage events can come in bursts; only the newest read may land.
        if (seq === readSeq) set({ status: 'ready', loadError: undefined, ...stored });
      } catch (error) {
        if (seq === readSeq) {
          set((state) => ({
            status: state.status === 'ready' ? 'ready' : 'failed',
            loadError: messageOf(error),
          }));
        }
      }
    };

    return {
      status: 'loading',
      profiles: [],
      quarantined: [],
      reports: {},
      selectedProfileId: undefined,
      runs: {},

      start() {
        const stop = onStoredStateChanged(() => void refresh());
        void refresh();
        return stop;
      },

      refresh,

      async saveProfile(draft, id) {
        const existing = id === undefined ? undefined : await readProfile(id);
        const profile = profileFromDraft(draft, { id: id ?? newId(), existing, now: now() });
        // Never write what the next read would quarantine (e.g. a value over the length limit).
        const check = parseProfileRecord(toRecord(profile));
        if (!check.ok) throw new Error(`The profile was not saved: ${check.reason}.`);
        await writeProfile(profile);
        await refresh();
        return profile;
      },

      async deleteProfile(id) {
        await removeProfile(id);
        if (get().selectedProfileId === id) await writeSelectedProfileId(undefined);
        set((state) => ({ runs: Object.fromEntries(Object.entries(state.runs).filter(([key]) => key !== id)) }));
        await refresh();
        await refreshBadge();
      },

      async selectProfile(id) {
        await writeSelectedProfileId(id);
        await refresh();
        await refreshBadge();
      },

      runDiagnosis(profileId) {
        const running = inFlight.get(profileId);
        if (running) return running;
        const previous = get().runs[profileId]?.report;
        // Set synchronously, so the UI is busy from the click on.
        setRun(profileId, { running: true, report: previous });
        const failed = (error: string) => {
          const profile = get().profiles.find((p) => p.id === profileId);
          setRun(profileId, {
            running: false,
            report: previous,
            error: scrubSecrets(error, profile ? secretsOf(profile) : []),
          });
        };
        const run = (async () => {
          try {
            const response = await sendMessage({ type: 'diagnose', profileId });
            if (!response) failed('the background worker did not answer');
            else if (!response.ok) failed(response.error);
            else if (response.report.profileId !== profileId) failed('the answer was for another profile');
            else setRun(profileId, { running: false, report: response.report });
          } catch (error) {
            failed(messageOf(error));
          } finally {
            inFlight.delete(profileId);
          }
        })();
        inFlight.set(profileId, run);
        return run;
      },
    };
  });
}
