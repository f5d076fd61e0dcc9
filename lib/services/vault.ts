/**
 * The passphrase lock's operations, run in the background (behind the vault messages of
 * lib/messages/protocol.ts), the only place that derives, holds or uses the key. Each profile record is
 * written on its own (never a whole list), and the order of writes is what keeps a crash safe:
 *
 * - Turning the lock on: `vault:meta` written, each plain record sealed, then the key put in
 *   session. A crash midway leaves some records plain, which the next unlock seals (repair).
 * - Changing the passphrase: every sealed record first gains a box under the new keyId (phase 1),
 *   then `vault:meta` flips to the new keyId in one write (phase 2), then old boxes are dropped
 *   (phase 3). Before the flip only the old passphrase works, after it only the new one, and every
 *   record opens with the one that works: all secrets re-encrypted, or none.
 * - Turning the lock off: each record written plain, then `vault:meta` removed.
 */
import type { ProfileRecord } from '../profiles/record';
import { openValues, sealValues } from '../vault/seal-values';
import type { VaultSession, VaultState } from '../vault/session';
import { MIN_PASSPHRASE_LENGTH, createVault, keyFromRaw, unlockVault, type VaultMeta } from '../vault/vault-meta';

/** Where the vault's operations read and write: the browser's storage in the product (lib/platform/vault-store.ts). */
export interface VaultStore {
  /** Every readable profile record. */
  records(): Promise<ProfileRecord[]>;
  writeRecord(record: ProfileRecord): Promise<void>;
  readVaultState(): Promise<VaultState>;
  writeVaultMeta(meta: VaultMeta): Promise<void>;
  removeVaultMeta(): Promise<void>;
  /** The unlocked key, if it is the current one and not idle (an idle one is removed). */
  readVaultSession(meta: VaultMeta, now?: number): Promise<VaultSession | undefined>;
  writeVaultSession(session: VaultSession): Promise<void>;
  touchVaultSession(session: VaultSession, now?: number): Promise<void>;
  clearVaultSession(): Promise<void>;
}

export interface VaultDeps {
  now?: () => number;
  /** Unit tests only: a cheap KDF. The product always uses lib/vault/kdf.ts's count. */
  iterations?: number;
  /** Tests of the failure path: called before each record write of a passphrase change… */
  beforeRecordWrite?: (id: string) => void;
  /** …and between the flip and the clean-up. Throwing models a crash at that point. */
  afterFlip?: () => void;
}

/** The vault's operations on a store (the browser's storage, or a test's). */
export function createVaultActions(store: VaultStore) {
  function checkPassphrase(passphrase: string): void {
    if (passphrase.length < MIN_PASSPHRASE_LENGTH)
      throw new Error(`Use a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  }

  async function currentMeta(): Promise<VaultMeta> {
    const state = await store.readVaultState();
    if (state.enabled === 'damaged') throw new Error(`The passphrase lock cannot be used: ${state.reason}.`);
    if (!state.enabled) throw new Error('The passphrase lock is off.');
    return state.meta;
  }

  /** Seals a profile's secret values under the session's key. */
  async function sealForSession(
    session: VaultSession,
    profileId: string,
    values: Record<string, string>,
  ): Promise<ProfileRecord['secret']> {
    const key = await keyFromRaw(session.rawKey);
    return { type: 'sealed', boxes: { [session.keyId]: await sealValues(key, profileId, values) } };
  }

  /** Seals plain records and drops boxes of keys that are no longer current (repair after a crash). */
  async function tidyRecords(session: VaultSession, oldKey?: { keyId: string; rawKey: string }): Promise<void> {
    for (const record of await store.records()) {
      const { secret, profile } = record;
      if (secret.type === 'plain') {
        await store.writeRecord({ ...record, secret: await sealForSession(session, profile.id, secret.values) });
        continue;
      }
      const current = secret.boxes[session.keyId];
      if (current && Object.keys(secret.boxes).length === 1) continue;
      if (current) {
        await store.writeRecord({ ...record, secret: { type: 'sealed', boxes: { [session.keyId]: current } } });
      } else if (oldKey && secret.boxes[oldKey.keyId]) {
        // Saved by another page with the old key during the change: re-seal it now.
        const values = await openValues(await keyFromRaw(oldKey.rawKey), profile.id, secret.boxes[oldKey.keyId]!);
        await store.writeRecord({ ...record, secret: await sealForSession(session, profile.id, values) });
      }
    }
  }

  async function enableVault(passphrase: string, idleMinutes: number, deps: VaultDeps = {}): Promise<void> {
    checkPassphrase(passphrase);
    if ((await store.readVaultState()).enabled !== false) throw new Error('The passphrase lock is already on.');
    const now = deps.now ?? Date.now;
    const { meta, rawKey } = await createVault(passphrase, { iterations: deps.iterations, idleMinutes });
    const session = { keyId: meta.keyId, rawKey, lastUsedAt: now() };
    // The session key is stored last, so the pages show "unlocked" only once every record is sealed.
    await store.writeVaultMeta(meta);
    await tidyRecords(session);
    await store.writeVaultSession(session);
  }

  /** Wrong passphrase: WrongPassphrase is thrown and nothing is written. */
  async function unlock(passphrase: string, deps: VaultDeps = {}): Promise<void> {
    const meta = await currentMeta();
    const rawKey = await unlockVault(meta, passphrase);
    const session = { keyId: meta.keyId, rawKey, lastUsedAt: (deps.now ?? Date.now)() };
    await store.writeVaultSession(session);
    await tidyRecords(session);
  }

  async function lock(): Promise<void> {
    await store.clearVaultSession();
  }

  async function setIdleMinutes(idleMinutes: number): Promise<void> {
    const meta = await currentMeta();
    await store.writeVaultMeta({ ...meta, idleMinutes });
  }

  async function changePassphrase(oldPassphrase: string, newPassphrase: string, deps: VaultDeps = {}): Promise<void> {
    checkPassphrase(newPassphrase);
    const meta = await currentMeta();
    const oldRaw = await unlockVault(meta, oldPassphrase);
    const oldKey = await keyFromRaw(oldRaw);
    const next = await createVault(newPassphrase, { iterations: deps.iterations, idleMinutes: meta.idleMinutes });
    const newSession = { keyId: next.meta.keyId, rawKey: next.rawKey, lastUsedAt: (deps.now ?? Date.now)() };
    // Phase 1: every sealed record gains a box under the new key; nothing readable changes yet.
    // (Plain records, if any, are sealed in phase 3.)
    const newKey = await keyFromRaw(next.rawKey);
    for (const record of await store.records()) {
      if (record.secret.type !== 'sealed') continue;
      const box = record.secret.boxes[meta.keyId];
      if (!box) continue; // unreadable with the current key: left as it is
      const values = await openValues(oldKey, record.profile.id, box);
      deps.beforeRecordWrite?.(record.profile.id);
      const boxes = { [meta.keyId]: box, [next.meta.keyId]: await sealValues(newKey, record.profile.id, values) };
      await store.writeRecord({ ...record, secret: { type: 'sealed', boxes } });
    }
    // Phase 2: the flip, one write.
    await store.writeVaultMeta(next.meta);
    await store.writeVaultSession(newSession);
    deps.afterFlip?.();
    // Phase 3: drop the old boxes (a crash here is repaired by the next unlock).
    await tidyRecords(newSession, { keyId: meta.keyId, rawKey: oldRaw });
  }

  async function disableVault(passphrase: string): Promise<void> {
    const meta = await currentMeta();
    const rawKey = await unlockVault(meta, passphrase);
    const key = await keyFromRaw(rawKey);
    for (const record of await store.records()) {
      const box = record.secret.type === 'sealed' ? record.secret.boxes[meta.keyId] : undefined;
      if (!box) continue;
      const values = await openValues(key, record.profile.id, box);
      await store.writeRecord({ ...record, secret: { type: 'plain', values } });
    }
    await store.removeVaultMeta();
    await store.clearVaultSession();
  }

  /**
   * A forgotten passphrase (or damaged vault settings): the sealed tokens cannot be recovered, but
   * the profiles must not be lost. Each sealed record becomes a plain one with empty secrets (names,
   * sites and emails kept), then the vault settings and key are removed.
   */
  async function forgetSealedSecrets(): Promise<number> {
    let forgotten = 0;
    for (const record of await store.records()) {
      if (record.secret.type !== 'sealed') continue;
      const fields = Object.keys(Object.values(record.secret.boxes)[0] ?? {});
      await store.writeRecord({
        ...record,
        secret: { type: 'plain', values: Object.fromEntries(fields.map((f) => [f, ''])) },
      });
      forgotten++;
    }
    await store.removeVaultMeta();
    await store.clearVaultSession();
    return forgotten;
  }

  /** The session key for writing a new secret, or an error saying to unlock first. */
  async function sessionForWrite(): Promise<VaultSession | undefined> {
    const state = await store.readVaultState();
    if (state.enabled === false) return undefined;
    if (state.enabled === 'damaged') throw new Error(`The passphrase lock cannot be used: ${state.reason}.`);
    const session = await store.readVaultSession(state.meta);
    if (!session) throw new Error('The passphrase lock is locked: unlock it to save a new secret.');
    return session;
  }

  /**
   * A newly typed secret as it is to be stored: sealed under the current key when the lock is on
   * (an error saying to unlock first when it is locked), plain when it is off.
   */
  async function sealNewSecret(
    profileId: string,
    values: Record<string, string>,
    deps: VaultDeps = {},
  ): Promise<ProfileRecord['secret']> {
    const session = await sessionForWrite();
    if (!session) return { type: 'plain', values };
    const secret = await sealForSession(session, profileId, values);
    // Using the key is activity: the idle lock counts from here.
    await store.touchVaultSession(session, (deps.now ?? Date.now)());
    return secret;
  }

  return {
    enableVault,
    unlock,
    lock,
    setIdleMinutes,
    changePassphrase,
    disableVault,
    forgetSealedSecrets,
    sealNewSecret,
  };
}
