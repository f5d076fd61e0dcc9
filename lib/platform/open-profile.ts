/**
 * The background's way to a usable profile: the stored record with its secret, opened with the
 * session key when it is sealed. Only the background calls this, and the plain profile it returns
 * lives only for one run.
 */
import { readRecord } from './storage';
import { readVaultSession, readVaultState, touchVaultSession } from './vault-storage';
import { withSecret } from '../profiles/record';
import type { OpenedProfile } from '../services/stored-runs';
import { openValues } from '../vault/seal-values';
import { keyFromRaw } from '../vault/vault-meta';

export async function openStoredProfile(id: string, now: number = Date.now()): Promise<OpenedProfile> {
  const record = await readRecord(id);
  if (!record) return { ok: false, error: 'This profile no longer exists or its saved record cannot be read.' };
  if (record.secret.type === 'plain') return { ok: true, profile: withSecret(record.profile, record.secret.values) };
  const vault = await readVaultState();
  if (vault.enabled !== true)
    return {
      ok: false,
      error: 'The token is encrypted but the settings of the passphrase lock are missing or damaged.',
    };
  const session = await readVaultSession(vault.meta, now);
  if (!session)
    return {
      ok: false,
      locked: true,
      error: 'The passphrase lock is locked: unlock it with your passphrase to run a diagnosis.',
    };
  const box = record.secret.boxes[vault.meta.keyId];
  if (!box)
    return {
      ok: false,
      error: 'The secret was encrypted with a key that is no longer current: save the secret again.',
    };
  try {
    const values = await openValues(await keyFromRaw(session.rawKey), id, box);
    await touchVaultSession(session, now);
    return { ok: true, profile: withSecret(record.profile, values) };
  } catch {
    return {
      ok: false,
      error: 'The encrypted secret could not be opened: it may have been changed on disk. Save the secret again.',
    };
  }
}
