/**
 * The passphrase lock's operations, run by the page where the user acts. Each profile record is
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
import { profileRecords } from '../platform/storage-items';
import { writeRecord } from '../platform/storage';
import {
  clearVaultSession,
  readVaultSession,
  readVaultState,
  removeVaultMeta,
  writeVaultMeta,
  writeVaultSession,
  type VaultSession,
} from '../platform/vault-storage';
import { openValues, sealValues } from '../vault/seal-values';
import { createVault, keyFromRaw, unlockVault, type VaultMeta } from '../vault/vault-meta';

export const MIN_PASSPHRASE_LENGTH = 10;

export interface VaultDeps {
  now?: () => number;
  /** Unit tests only: a cheap KDF. The product always uses lib/vault/kdf.ts's count. */
  iterations?: number;
  /** Tests of the failure path: called before each record write of a passphrase change… */
  beforeRecordWrite?: (id: string) => void;
  /** …and between the flip and the clean-up. Throwing models a crash at that point. */
  afterFlip?: () => void;
}

async function allRecords(): Promise<ProfileRecord[]> {
  return (await profileRecords()).records;
}

function checkPassphrase(passphrase: string): void {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH)
    throw new Error(`Use a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`);
}

async function currentMeta(): Promise<VaultMeta> {
  const state = await readVaultState();
  if (state.enabled === 'damaged') throw new Error(`The vault cannot be used: ${state.reason}.`);
  if (!state.enabled) throw new Error('The passphrase lock is off.');
  return state.meta;
}

/** Seals a profile's secret values under the session's key. */
export async function sealForSession(
  session: VaultSession,
  profileId: string,
  values: Record<string, string>,
): Promise<ProfileRecord['secret']> {
  const key = await keyFromRaw(session.rawKey);
  return { type: 'sealed', boxes: { [session.keyId]: await sealValues(key, profileId, values) } };
}

/** Seals plain records and drops boxes of keys that are no longer current (repair after a crash). */
async function tidyRecords(session: VaultSession, oldKey?: { keyId: string; rawKey: string }): Promise<void> {
  for (const record of await allRecords()) {
    const { secret, profile } = record;
    if (secret.type === 'plain') {
      await writeRecord({ ...record, secret: await sealForSession(session, profile.id, secret.values) });
      continue;
    }
    const current = secret.boxes[session.keyId];
    if (current && Object.keys(secret.boxes).length === 1) continue;
    if (current) {
      await writeRecord({ ...record, secret: { type: 'sealed', boxes: { [session.keyId]: current } } });
    } else if (oldKey && secret.boxes[oldKey.keyId]) {
      // Saved by another page with the old key during the change: re-seal it now.
      const values = await openValues(await keyFromRaw(oldKey.rawKey), profile.id, secret.boxes[oldKey.keyId]!);
      await writeRecord({ ...record, secret: await sealForSession(session, profile.id, values) });
    }
  }
}

export async function enableVault(passphrase: string, idleMinutes: number, deps: VaultDeps = {}): Promise<void> {
  checkPassphrase(passphrase);
  if ((await readVaultState()).enabled !== false) throw new Error('The passphrase lock is already on.');
  const now = deps.now ?? Date.now;
  const { meta, rawKey } = await createVault(passphrase, { iterations: deps.iterations, idleMinutes });
  const session = { keyId: meta.keyId, rawKey, lastUsedAt: now() };
  // The session key is stored last, so the pages show "unlocked" only once every record is sealed.
  await writeVaultMeta(meta);
  await tidyRecords(session);
  await writeVaultSession(session);
}

/** Wrong passphrase: WrongPassphrase is thrown and nothing is written. */
export async function unlock(passphrase: string, deps: VaultDeps = {}): Promise<void> {
  const meta = await currentMeta();
  const rawKey = await unlockVault(meta, passphrase);
  const session = { keyId: meta.keyId, rawKey, lastUsedAt: (deps.now ?? Date.now)() };
  await writeVaultSession(session);
  await tidyRecords(session);
}

export async function lock(): Promise<void> {
  await clearVaultSession();
}

export async function setIdleMinutes(idleMinutes: number): Promise<void> {
  const meta = await currentMeta();
  await writeVaultMeta({ ...meta, idleMinutes });
}

export async function changePassphrase(
  oldPassphrase: string,
  newPassphrase: string,
  deps: VaultDeps = {},
): Promise<void> {
  checkPassphrase(newPassphrase);
  const meta = await currentMeta();
  const oldRaw = await unlockVault(meta, oldPassphrase);
  const oldKey = await keyFromRaw(oldRaw);
  const next = await createVault(newPassphrase, { iterations: deps.iterations, idleMinutes: meta.idleMinutes });
  const newSession = { keyId: next.meta.keyId, rawKey: next.rawKey, lastUsedAt: (deps.now ?? Date.now)() };
  // Phase 1: every sealed record gains a box under the new key; nothing readable changes yet.
  // (Plain records, if any, are sealed in phase 3.)
  const newKey = await keyFromRaw(next.rawKey);
  for (const record of await allRecords()) {
    if (record.secret.type !== 'sealed') continue;
    const box = record.secret.boxes[meta.keyId];
    if (!box) continue; // unreadable with the current key: left as it is
    const values = await openValues(oldKey, record.profile.id, box);
    deps.beforeRecordWrite?.(record.profile.id);
    const boxes = { [meta.keyId]: box, [next.meta.keyId]: await sealValues(newKey, record.profile.id, values) };
    await writeRecord({ ...record, secret: { type: 'sealed', boxes } });
  }
  // Phase 2: the flip, one write.
  await writeVaultMeta(next.meta);
  await writeVaultSession(newSession);
  deps.afterFlip?.();
  // Phase 3: drop the old boxes (a crash here is repaired by the next unlock).
  await tidyRecords(newSession, { keyId: meta.keyId, rawKey: oldRaw });
}

export async function disableVault(passphrase: string): Promise<void> {
  const meta = await currentMeta();
  const rawKey = await unlockVault(meta, passphrase);
  const key = await keyFromRaw(rawKey);
  for (const record of await allRecords()) {
    const box = record.secret.type === 'sealed' ? record.secret.boxes[meta.keyId] : undefined;
    if (!box) continue;
    const values = await openValues(key, record.profile.id, box);
    await writeRecord({ ...record, secret: { type: 'plain', values } });
  }
  await removeVaultMeta();
  await clearVaultSession();
}

/**
 * A forgotten passphrase (or damaged vault settings): the sealed tokens cannot be recovered, but
 * the profiles must not be lost. Each sealed record becomes a plain one with empty secrets (names,
 * sites and emails kept), then the vault settings and key are removed.
 */
export async function forgetSealedSecrets(): Promise<number> {
  let forgotten = 0;
  for (const record of await allRecords()) {
    if (record.secret.type !== 'sealed') continue;
    const fields = Object.keys(Object.values(record.secret.boxes)[0] ?? {});
    await writeRecord({ ...record, secret: { type: 'plain', values: Object.fromEntries(fields.map((f) => [f, ''])) } });
    forgotten++;
  }
  await removeVaultMeta();
  await clearVaultSession();
  return forgotten;
}

/** The session key for writing a new secret, or an error saying to unlock first. */
export async function sessionForWrite(): Promise<VaultSession | undefined> {
  const state = await readVaultState();
  if (state.enabled === false) return undefined;
  if (state.enabled === 'damaged') throw new Error(`The vault cannot be used: ${state.reason}.`);
  const session = await readVaultSession(state.meta);
  if (!session) throw new Error('The vault is locked: unlock it to save a new secret.');
  return session;
}
