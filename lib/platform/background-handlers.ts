/**
 * The background's answer to every message: the lib services (stored runs, the vault, the
 * export) wired to the browser's storage, with the engine's dependencies (transport, clock,
 * cache, grants) and the vault's test seams given. The background entrypoint passes the real
 * ones; tests pass fakes and run the same handlers against the fake browser.
 */
import { diagnose } from '../diagnose/diagnose';
import { browserVaultStore } from './vault-store';
import type { EngineDeps } from '../probe/deps';
import type { Handlers } from './messaging';
import { openStoredProfile } from './open-profile';
import { readRecord, readState, removeReport, removeScopeReport, writeReport, writeScopeReport } from './storage';
import { showVerdictBadge } from './badge';
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

/** Redraws the toolbar badge: the last verdict of the chosen profile. */
export async function refreshBadge(): Promise<void> {
  const state = await readState();
  const chosen = selectedProfile(state.profiles, state.selectedProfileId);
  await showVerdictBadge(chosen ? state.reports[chosen.id]?.verdict : undefined, chosen?.name);
}

export function createBackgroundHandlers(deps: BackgroundDeps): Handlers {
  const { engine } = deps;
  const vaultDeps = deps.vault ?? {};
  const vault = createVaultActions(browserVaultStore);
  const runs = createStoredRuns({
    openProfile: (id) => openStoredProfile(id),
    diagnose: (profile) => diagnose(profile, engine),
    storeReport: writeReport,
    profileExists: async (id) => (await readRecord(id)) !== undefined,
    removeReport,
    checkScopes: (profile) => checkScopes(profile, engine, { extensionVersion: deps.extensionVersion }),
    storeScopeReport: writeScopeReport,
    removeScopeReport,
  });
  const done = async (action: Promise<unknown>) => {
    await action;
    return { ok: true as const };
  };
  return {
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
