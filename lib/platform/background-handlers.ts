/**
 * The background's answer to every message: the lib services (stored runs, the vault, the
 * export) wired to the browser's storage, with the engine's dependencies (transport, clock,
 * cache, grants) and the vault's test seams given. The background entrypoint passes the real
 * ones; tests pass fakes and run the same handlers against the fake browser.
 */
import { diagnose } from '../diagnose/diagnose';
import { browserVaultStore } from './vault-store';
import type { EngineDeps } from '../probe/deps';
import type { Report } from '../model/report';
import type { Handlers } from './messaging';
import { openStoredProfile } from './open-profile';
import {
  readFleetState,
  readRecord,
  readState,
  readVaultStatus,
  removeReport,
  removeScopeReport,
  writeFleetState,
  writeReport,
  writeScopeReport,
  writeWatchSchedule,
  writeActiveRuns,
} from './storage';
import { createActiveRunBoard } from '../services/active-runs';
import { showAttentionBadge, showVerdictBadge } from './badge';
import { profileRecords } from './storage-items';
import { notifyWorsenings, scheduleWatch } from './fleet-watch';
import { needingAttention } from '../fleet/urgency';
import { createFleetService, fleetCache, type FleetService } from '../services/fleet';
import { selectedProfile } from '../profiles/selected';
import { draftProfile, readOnlyCache } from '../requests/draft-profile';
import { checkScopes } from '../scopes/check';
import { buildExport } from '../services/export';
import { createStoredRuns } from '../services/stored-runs';
import { createVaultActions, type VaultDeps } from '../services/vault';

interface BackgroundDeps {
  engine: EngineDeps;
  extensionVersion: string;
  /** Test seams of the vault (a cheaper KDF count); the product passes none. */
  vault?: VaultDeps;
}

/**
 * Redraws the toolbar badge: while the watch is on, how many profiles need attention at the last
 * fleet run (of those still stored); otherwise the last verdict of the chosen profile.
 */
export async function refreshBadge(now: number = Date.now()): Promise<void> {
  const state = await readState();
  if (state.watch !== 'off') {
    const stored = new Set(state.profiles.map((p) => p.id));
    const rows = (state.fleet.run?.rows ?? []).filter((row) => stored.has(row.profileId));
    await showAttentionBadge(needingAttention(rows, now).map((row) => row.name));
    return;
  }
  const chosen = selectedProfile(state.profiles, state.selectedProfileId);
  await showVerdictBadge(chosen ? state.reports[chosen.id] : undefined, chosen?.name);
}

/** The background's one fleet service (Check all and the watch share it: never two runs at once). */
function createBackgroundFleet(engine: EngineDeps): FleetService {
  /** Kept only while the profile exists: a report must not outlive a profile deleted during the run. */
  const keepReport = async (report: Report) => {
    if (!(await readRecord(report.profileId))) return;
    await writeReport(report);
    if (!(await readRecord(report.profileId))) await removeReport(report.profileId);
  };
  return createFleetService({
    listProfiles: async () =>
      (await profileRecords()).records.map((r) => ({ profile: r.profile, sealed: r.secret.type === 'sealed' })),
    vaultLocked: async () => {
      const vault = await readVaultStatus();
      return vault.enabled && !vault.unlocked;
    },
    openProfile: (id) => openStoredProfile(id),
    ...(engine.isOriginGranted ? { isOriginGranted: engine.isOriginGranted } : {}),
    diagnose: (profile, transport) => diagnose(profile, { ...engine, transport, cache: fleetCache(engine.cache) }),
    transport: engine.transport,
    keepReport,
    readFleet: readFleetState,
    writeFleet: writeFleetState,
    notify: notifyWorsenings,
    now: engine.now,
    newId: () => crypto.randomUUID(),
  });
}

export function createBackgroundHandlers(deps: BackgroundDeps): Handlers & { fleet: FleetService } {
  const { engine } = deps;
  const fleet = createBackgroundFleet(engine);
  const vaultDeps = deps.vault ?? {};
  const vault = createVaultActions(browserVaultStore);
  const runs = createStoredRuns({
    openProfile: (id) => openStoredProfile(id),
    // Each run gets its own cancel signal and progress listener (lib/services/stored-runs.ts).
    diagnose: (profile, hooks) => diagnose(profile, { ...engine, ...hooks }),
    storeReport: writeReport,
    profileExists: async (id) => (await readRecord(id)) !== undefined,
    removeReport,
    checkScopes: (profile, hooks) =>
      checkScopes(profile, { ...engine, ...hooks }, { extensionVersion: deps.extensionVersion }),
    storeScopeReport: writeScopeReport,
    removeScopeReport,
    // The pages follow the runs going through session storage, as they follow reports through local.
    board: createActiveRunBoard({ write: writeActiveRuns, now: engine.now }),
    now: engine.now,
  });
  const done = async (action: Promise<unknown>) => {
    await action;
    return { ok: true as const };
  };
  return {
    fleet,
    async 'fleet-check'() {
      const outcome = await fleet.run('manual');
      await refreshBadge();
      if (!outcome.ok) return outcome;
      return 'skipped' in outcome && outcome.skipped === 'no-profiles'
        ? { ok: true, skipped: 'no-profiles' }
        : { ok: true };
    },
    async 'fleet-cancel'() {
      return { ok: true, cancelled: fleet.cancel() };
    },
    async 'fleet-watch'({ schedule }) {
      await writeWatchSchedule(schedule);
      await scheduleWatch(schedule);
      await refreshBadge();
      return { ok: true };
    },
    diagnose: ({ profileId }) => runs.diagnose(profileId),
    async 'diagnose-draft'({ profile }) {
      // Check a request → Diagnose: the engine's own GET probes; no profile, report or cloudId is written.
      const report = await diagnose(draftProfile(profile, new Date()), {
        ...engine,
        cache: readOnlyCache(engine.cache),
      });
      return { ok: true, report };
    },
    'check-scopes': ({ profileId }) => runs.checkScopes(profileId),
    async 'cancel-run'({ profileId, task }) {
      return { ok: true, cancelled: runs.cancel(profileId, task) };
    },
    'refresh-badge': () => done(refreshBadge()),
    'vault-enable': ({ passphrase, idleMinutes }) => done(vault.enableVault(passphrase, idleMinutes, vaultDeps)),
    'vault-unlock': ({ passphrase }) => done(vault.unlock(passphrase, vaultDeps)),
    'vault-lock': () => done(vault.lock()),
    'vault-change-passphrase': ({ oldPassphrase, newPassphrase }) =>
      done(vault.changePassphrase(oldPassphrase, newPassphrase, vaultDeps)),
    'vault-disable': ({ passphrase }) => done(vault.disableVault(passphrase)),
    'vault-set-idle': ({ idleMinutes }) => done(vault.setIdleMinutes(idleMinutes)),
    async 'vault-forget'() {
      return { ok: true, forgotten: await vault.forgetSealedSecrets() };
    },
    async 'seal-secret'({ profileId, values }) {
      return { ok: true, secret: await vault.sealNewSecret(profileId, values, vaultDeps) };
    },
    async 'export-profiles'({ passphrase }) {
      return { ok: true, text: await buildExport(browserVaultStore, { passphrase, iterations: vaultDeps.iterations }) };
    },
  };
}
