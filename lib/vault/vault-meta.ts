/**
 * The vault's description, stored in storage.local under `vault:meta` when the lock is on: the
 * KDF parameters and a check value (a known text sealed with the key), so that a wrong
 * passphrase is told apart before anything is decrypted or written. `keyId` names the key
 * generation: sealed secrets are filed under it, which is what makes a passphrase change
 * all-or-nothing (see lib/store/vault-actions.ts).
 */
import { base64ToBytes, bytesToBase64 } from './base64';
import { importAesKey, open, OpenFailed, seal, type SealedBox } from './cipher';
import { deriveRawKey, KDF_ITERATIONS, randomBytes, SALT_BYTES, type KdfParams } from './kdf';
import { VAULT_META_VERSION, type VaultMeta } from './vault-meta-schema';

export { parseVaultMeta, type VaultMeta } from './vault-meta-schema';
const CHECK_TEXT = 'token-doctor vault check v1';
const CHECK_AAD = 'vault-check';
const DEFAULT_IDLE_MINUTES = 15;

interface NewVault {
  meta: VaultMeta;
  /** base64 raw key, for storage.session only. */
  rawKey: string;
}

export async function createVault(
  passphrase: string,
  options: { iterations?: number; idleMinutes?: number; keyId?: string } = {},
): Promise<NewVault> {
  const iterations = options.iterations ?? KDF_ITERATIONS;
  const salt = randomBytes(SALT_BYTES);
  const raw = await deriveRawKey(passphrase, salt, iterations);
  const check: SealedBox = await seal(await importAesKey(raw), CHECK_TEXT, CHECK_AAD);
  const kdf: KdfParams = { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) };
  return {
    meta: {
      v: VAULT_META_VERSION,
      keyId: options.keyId ?? crypto.randomUUID(),
      kdf,
      check,
      idleMinutes: options.idleMinutes ?? DEFAULT_IDLE_MINUTES,
    },
    rawKey: bytesToBase64(raw),
  };
}

/** The shortest passphrase accepted for the lock and for an encrypted export. */
export const MIN_PASSPHRASE_LENGTH = 10;

export class WrongPassphrase extends Error {
  constructor() {
    super('That passphrase is not the right one.');
    this.name = 'WrongPassphrase';
  }
}

/** The raw key (base64) if the passphrase opens the check value; WrongPassphrase otherwise. */
export async function unlockVault(meta: VaultMeta, passphrase: string): Promise<string> {
  const raw = await deriveRawKey(passphrase, base64ToBytes(meta.kdf.salt), meta.kdf.iterations);
  try {
    const text = await open(await importAesKey(raw), meta.check, CHECK_AAD);
    if (text !== CHECK_TEXT) throw new WrongPassphrase();
  } catch (error) {
    if (error instanceof OpenFailed) throw new WrongPassphrase();
    throw error;
  }
  return bytesToBase64(raw);
}

export async function keyFromRaw(rawKey: string): Promise<CryptoKey> {
  return importAesKey(base64ToBytes(rawKey));
}

/** Additional data for a profile's secret field: binds the ciphertext to its profile and field. */
export function secretAad(profileId: string, field: string): string {
  return `profile:${profileId}#${field}`;
}
