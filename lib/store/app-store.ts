/**
 * The UI store: a zustand vanilla store that mirrors extension storage. Writes go to storage,
 * one record at a time; the store then re-reads storage (and does so again on every storage
 * change, so an edit in one page shows in the popup and in other tabs). Nothing is copied into
 * the store optimistically, so nothing here can drift from what is stored.
 */
import { createStore } from 'zustand/vanilla';
import {
  onActiveRunsChanged,
  readActiveRuns,
  onStoredStateChanged,
  readRawProfileRecord,
  readRecord,
  readState,
  readVaultStatus,
  removeProfile,
  removeRawProfileRecord,
  restoreSnapshot,
  writeLockOfferDeclined,
  writeRecord,
  writeSelectedProfileId,
} from '../platform/storage';
import { ask } from './background-client';
import type { Message } from '../messages/protocol';

type VaultMessage = Extract<Message, { type: `vault-${string}` }>;
import {
  parseProfileRecord,
  publicPart,
  secretValues,
  shownProfile,
  withSecret,
  type ProfileRecord,
} from '../profiles/record';
import { secretsOf } from '../kinds/forms';
import { settleRuns } from './settled-runs';
import type { AppStore, AppStoreOptions, AppStoreState, RunState } from './types';
import { EMPTY_FLEET_STATE } from '../fleet/types';

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

    /** A newly typed secret as it is to be stored: plain without the lock, else sealed by the background. */
    const sealSecret = async (profileId: string, values: Record<string, string>) => {
      if (!(await readVaultStatus()).enabled) return { type: 'plain', values } as const;
      const reply = await ask({ type: 'seal-secret', profileId, values }, Object.values(values));
      if (!reply.ok) throw new Error(reply.error);
      return reply.secret;
    };

    /** A vault action: the background does it (the key never reaches a page); then storage is read again. */
    const vaultAction = async (message: VaultMessage, secrets: readonly string[] = []) => {
      const reply = await ask(message, secrets);
      await refresh();
      if (!reply.ok) throw new Error(reply.error);
    };

    const refresh = async () => {
      const seq = ++readSeq;
      try {
        const stored = await readState();
        // Storage events can come in bursts; only the newest read may land.
        if (seq === readSeq)
          set((state) => ({
            status: 'ready',
            loadError: undefined,
            ...stored,
            // Errors a newer report or the unlock has settled are dropped (settled-runs.ts).
            runs: settleRuns(state.runs, state, stored),
          }));
      } catch (error) {
        if (seq === readSeq) {
          set((state) => ({
            status: state.status === 'ready' ? 'ready' : 'failed',
            loadError: messageOf(error),
          }));
        }
      }
    };

    /**
     * Follows the runs going. A run that ended has stored its report first: it is read before the
     * run is taken off, so a page never shows the previous report as if it were the new one.
     */
    let runsSeq = 0;
    const followRuns = async () => {
      const seq = ++runsSeq;
      try {
        const active = await readActiveRuns();
        const ended = get().activeRuns.some(
          (was) => !active.some((run) => run.task === was.task && run.profileId === was.profileId),
        );
        if (ended) await refresh();
        if (seq === runsSeq) set({ activeRuns: active });
      } catch {
        // Session storage unreadable: the page still shows its own runs.
      }
    };

    return {
      status: 'loading',
      profiles: [],
      sealedIds: [],
      vault: { enabled: false, unlocked: false, idleMinutes: 0 },
      quarantined: [],
      reports: {},
      scopeReports: {},
      selectedProfileId: undefined,
      lockOfferDeclined: false,
      runs: {},
      fleet: EMPTY_FLEET_STATE,
      watch: 'off',
      fleetAsk: { asking: false },
      activeRuns: [],

      start() {
        const stop = onStoredStateChanged(() => void refresh());
        const stopRuns = onActiveRunsChanged(() => void followRuns());
        void refresh();
        void followRuns();
        return () => {
          stop();
          stopRuns();
        };
      },

      refresh,

      // Editing, undoing and inspecting records are loaded when used: the popup, which shares this
      // store, only reads, tests and unlocks.
      async saveProfile(draft, id) {
        const { profileFromDraft } = await import('./profile-from-draft');
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
          secret = await sealSecret(profile.id, values);
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
        const { planUndo, UndoRefused } = await import('./undo-delete');
        // The lock as it is now: it may have changed in the seconds since the delete.
        const plan = planUndo(snapshot, await readVaultStatus());
        if (plan.action === 'refuse') throw new UndoRefused(plan.error, plan.final);
        if (plan.action === 'seal') {
          const secret = await sealSecret(plan.record.profile.id, plan.values);
          await restoreSnapshot({ ...snapshot, [plan.key]: { ...plan.record, secret } });
        } else await restoreSnapshot(snapshot);
        await refresh();
        await refreshBadge();
      },

      async deleteQuarantined(key) {
        await removeRawProfileRecord(key);
        await refresh();
      },

      async quarantinedJson(key) {
        const { redactedJson } = await import('../profiles/redact-record');
        return redactedJson(await readRawProfileRecord(key));
      },

      async enableVault(passphrase, idleMinutes) {
        await vaultAction({ type: 'vault-enable', passphrase, idleMinutes }, [passphrase]);
      },
      async unlockVault(passphrase) {
        await vaultAction({ type: 'vault-unlock', passphrase }, [passphrase]);
      },
      async lockVault() {
        await vaultAction({ type: 'vault-lock' });
      },
      async changePassphrase(oldPassphrase, newPassphrase) {
        await vaultAction({ type: 'vault-change-passphrase', oldPassphrase, newPassphrase }, [
          oldPassphrase,
          newPassphrase,
        ]);
      },
      async disableVault(passphrase) {
        await vaultAction({ type: 'vault-disable', passphrase }, [passphrase]);
      },
      async setIdleMinutes(minutes) {
        await vaultAction({ type: 'vault-set-idle', idleMinutes: minutes });
      },
      async forgetSealedSecrets() {
        await vaultAction({ type: 'vault-forget' });
      },
      async exportProfiles(passphrase) {
        // Built by the background: it alone opens sealed secrets, for an encrypted export only.
        const reply = await ask(
          passphrase === undefined ? { type: 'export-profiles' } : { type: 'export-profiles', passphrase },
          passphrase === undefined ? [] : [passphrase],
        );
        if (!reply.ok) throw new Error(reply.error);
        return reply.text;
      },
      // Import is loaded when used: the popup, which shares this store, never needs it.
      async importProfiles(plan, choices) {
        const { applyImport } = await import('./import-export');
        const result = await applyImport(plan, choices, {
          newId,
          now,
          seal: sealSecret,
          vault: await readVaultStatus(),
          store: { readRecord, writeRecord },
        });
        await refresh();
        return result;
      },

      async declineLockOffer() {
        await writeLockOfferDeclined();
        await refresh();
      },

      async selectProfile(id) {
        await writeSelectedProfileId(id);
        await refresh();
        await refreshBadge();
      },

      async checkAll() {
        set({ fleetAsk: { asking: true } });
        const reply = await ask({ type: 'fleet-check' });
        await refresh();
        set({
          fleetAsk: reply.ok
            ? { asking: false }
            : { asking: false, error: reply.error, ...(reply.locked ? { locked: true } : {}) },
        });
      },

      async cancelCheckAll() {
        await ask({ type: 'fleet-cancel' });
      },

      async setWatch(schedule) {
        const reply = await ask({ type: 'fleet-watch', schedule });
        await refresh();
        if (!reply.ok) throw new Error(reply.error);
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
            : reply.cancelled
              ? { running: false, cancelled: true }
              : { running: false, error: reply.error, ...(reply.locked ? { locked: true } : {}) },
        );
      },

      async cancelRun(profileId, task) {
        await ask({ type: 'cancel-run', profileId, task });
        await followRuns();
      },
    };
  });
}
