/**
 * The UI store: a zustand vanilla store that mirrors extension storage. Writes go to storage,
 * one record at a time; the store then re-reads storage (and does so again on every storage
 * change, so an edit in one page shows in the popup and in other tabs). Nothing is copied into
 * the store optimistically, so nothing here can drift from what is stored.
 */
import { createStore } from 'zustand/vanilla';
import {
  onStoredStateChanged,
  readRawProfileRecord,
  readRecord,
  readState,
  removeProfile,
  removeRawProfileRecord,
  restoreSnapshot,
  writeRecord,
  writeSelectedProfileId,
} from '../platform/storage';
import { ask } from './background-client';
import {
  parseProfileRecord,
  publicPart,
  secretValues,
  shownProfile,
  withSecret,
  type ProfileRecord,
} from '../profiles/record';
import { redactedJson } from '../profiles/redact-record';
import * as vault from './vault-actions';
import { touchVaultSession } from '../platform/vault-storage';
import { secretsOf } from '../model/profile';
import { profileFromDraft } from './profile-from-draft';
import type { AppStore, AppStoreOptions, AppStoreState, RunState } from './types';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createAppStore(options: AppStoreOptions = {}): AppStore {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => crypto.randomUUID());
  let readSeq = 0;

  return createStore<AppStoreState>()((set, get) => {
    const setRun = (profileId: string, run: RunState) =>
      set((state) => ({ runs: { ...state.runs, [profileId]: run } }));

    /** The badge is a convenience: if the background is not listening, it redraws on its next start. */
    const refreshBadge = async () => {
      await ask({ type: 'refresh-badge' });
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
      sealedIds: [],
      vault: { enabled: false, unlocked: false, idleMinutes: 0 },
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
        const existing = id === undefined ? undefined : await readRecord(id);
        const profile = profileFromDraft(draft, {
          id: id ?? newId(),
          existing: existing && shownProfile(existing),
          now: now(),
        });
        const values = secretValues(profile);
        let secret: ProfileRecord['secret'];
        if (
          existing?.secret.type === 'sealed' &&
          existing.profile.kind === profile.kind &&
          Object.values(values).every((s) => s === '')
        ) {
          // The form shows a sealed secret as empty: empty means "keep it" (works while locked).
          secret = existing.secret;
        } else {
          const session = await vault.sessionForWrite();
          secret = session ? await vault.sealForSession(session, profile.id, values) : { type: 'plain', values };
          // Using the key is activity: the idle lock counts from here.
          if (session) await touchVaultSession(session, now().getTime());
        }
        const record: ProfileRecord = { v: 2, profile: publicPart(profile), secret };
        // Never write what the next read would quarantine (e.g. a value over the length limit).
        const check = parseProfileRecord(record);
        if (!check.ok) throw new Error(`The profile was not saved: ${check.reason}.`);
        await writeRecord(record);
        await refresh();
        return secret.type === 'plain' ? profile : withSecret(publicPart(profile), undefined);
      },

      async deleteProfile(id) {
        const snapshot = await removeProfile(id);
        if (get().selectedProfileId === id) await writeSelectedProfileId(undefined);
        set((state) => ({ runs: Object.fromEntries(Object.entries(state.runs).filter(([key]) => key !== id)) }));
        await refresh();
        await refreshBadge();
        return snapshot;
      },

      async undoDelete(snapshot) {
        await restoreSnapshot(snapshot);
        await refresh();
        await refreshBadge();
      },

      async deleteQuarantined(key) {
        await removeRawProfileRecord(key);
        await refresh();
      },

      async quarantinedJson(key) {
        return redactedJson(await readRawProfileRecord(key));
      },

      async enableVault(passphrase, idleMinutes) {
        await vault.enableVault(passphrase, idleMinutes, options.vault);
        await refresh();
      },
      async unlockVault(passphrase) {
        await vault.unlock(passphrase, options.vault);
        await refresh();
      },
      async lockVault() {
        await vault.lock();
        await refresh();
      },
      async changePassphrase(oldPassphrase, newPassphrase) {
        await vault.changePassphrase(oldPassphrase, newPassphrase, options.vault);
        await refresh();
      },
      async disableVault(passphrase) {
        await vault.disableVault(passphrase);
        await refresh();
      },
      async setIdleMinutes(minutes) {
        await vault.setIdleMinutes(minutes);
        await refresh();
      },
      async forgetSealedSecrets() {
        await vault.forgetSealedSecrets();
        await refresh();
      },
      // Export and import are loaded when used: the popup, which shares this store, never needs them.
      async exportProfiles(passphrase) {
        const { buildExport } = await import('./import-export');
        return buildExport({ passphrase, now: now(), iterations: options.vault?.iterations });
      },
      async importProfiles(plan, choices) {
        const { applyImport } = await import('./import-export');
        const result = await applyImport(plan, choices, { newId, now });
        await refresh();
        return result;
      },

      async selectProfile(id) {
        await writeSelectedProfileId(id);
        await refresh();
        await refreshBadge();
      },

      async runDiagnosis(profileId) {
        // Busy from the click on. The background joins a run already in flight, so a second
        // request is harmless; the report arrives through storage, never in the reply.
        setRun(profileId, { running: true });
        const profile = get().profiles.find((p) => p.id === profileId);
        const reply = await ask({ type: 'diagnose', profileId }, profile ? secretsOf(profile) : []);
        if (reply.ok) await refresh();
        setRun(
          profileId,
          reply.ok
            ? { running: false, finished: true }
            : { running: false, error: reply.error, ...(reply.locked ? { locked: true } : {}) },
        );
      },
    };
  });
}
