/**
 * Undo of a delete, checked against the passphrase lock as it is now: the lock may have been
 * turned on, locked, turned off, or given a new passphrase in the seconds since the delete, and
 * writing the snapshot back blindly would store a plain token under an active lock, or a sealed
 * one no key opens any more. Pure: the page seals through the background when asked to.
 */
import type { VaultStatus } from '../platform/storage';
import { PROFILE_KEY_PREFIX, parseProfileRecord, type ProfileRecord } from '../profiles/record';
import type { StoredSnapshot } from './types';

type UndoPlan =
  | { action: 'restore' }
  /** The lock was turned on meanwhile: seal these values, then write the snapshot with them sealed. */
  | { action: 'seal'; key: string; record: ProfileRecord; values: Record<string, string> }
  /** `final`: the undo can never work now (the key that sealed the token is gone). */
  | { action: 'refuse'; error: string; final: boolean };

const KEY_GONE =
  'The passphrase lock changed since the delete (a new passphrase, or the lock turned off): the deleted token can no longer be opened, so the profile cannot be restored. Add it again with its token.';

export function planUndo(snapshot: StoredSnapshot, vault: VaultStatus): UndoPlan {
  const key = Object.keys(snapshot).find((k) => k.startsWith(PROFILE_KEY_PREFIX));
  const parsed = key === undefined ? undefined : parseProfileRecord(snapshot[key]);
  if (key === undefined || !parsed?.ok) return { action: 'restore' };
  const { record } = parsed;
  if (record.secret.type === 'sealed') {
    if (vault.enabled && !vault.damaged && vault.keyId !== undefined && record.secret.boxes[vault.keyId])
      return { action: 'restore' };
    return { action: 'refuse', error: KEY_GONE, final: true };
  }
  const values = record.secret.values;
  if (!vault.enabled || Object.values(values).every((value) => value === '')) return { action: 'restore' };
  if (vault.damaged)
    return { action: 'refuse', error: `The passphrase lock cannot be used: ${vault.damaged}.`, final: true };
  if (!vault.unlocked)
    return {
      action: 'refuse',
      error:
        'The passphrase lock was turned on since the delete: unlock it to restore the profile with its token encrypted.',
      final: false,
    };
  return { action: 'seal', key, record, values };
}

/** An undo that was refused; `final` when it can never work now. */
export class UndoRefused extends Error {
  constructor(
    message: string,
    readonly final: boolean,
  ) {
    super(message);
    this.name = 'UndoRefused';
  }
}
