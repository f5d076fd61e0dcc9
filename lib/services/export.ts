/**
 * Building an export file, in the background: a plain export has no secret at all; secrets leave
 * only inside an export encrypted with a passphrase the user chose for it, and sealed secrets are
 * opened for it here, with the session key, never in a page.
 */
import { EXPORT_FORMAT, EXPORT_VERSION } from '../profiles/export-file';
import type { VaultStore } from './vault';
import { encryptExport } from '../vault/export-crypto';
import { openValues } from '../vault/seal-values';
import { MIN_PASSPHRASE_LENGTH, keyFromRaw } from '../vault/vault-meta';

/** The JSON text of an export. With `passphrase`, secrets are included, encrypted under it. */
export async function buildExport(
  store: VaultStore,
  options: { passphrase?: string; now?: Date; iterations?: number } = {},
): Promise<string> {
  const records = await store.records();
  const head = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: (options.now ?? new Date()).toISOString(),
  };
  if (options.passphrase === undefined)
    return JSON.stringify({ ...head, profiles: records.map((r) => r.profile) }, null, 2);
  if (options.passphrase.length < MIN_PASSPHRASE_LENGTH)
    throw new Error(`Use an export passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  const vault = await store.readVaultState();
  const session = vault.enabled === true ? await store.readVaultSession(vault.meta) : undefined;
  const items: { profile: unknown; secret: Record<string, string> }[] = [];
  for (const record of records) {
    let secret: Record<string, string>;
    if (record.secret.type === 'plain') secret = record.secret.values;
    else {
      // An export with secrets is the user's explicit ask: they are opened for this file only.
      if (vault.enabled !== true || !session)
        throw new Error('The passphrase lock is locked: unlock it to export the tokens.');
      const box = record.secret.boxes[vault.meta.keyId];
      if (!box) continue;
      secret = await openValues(await keyFromRaw(session.rawKey), record.profile.id, box);
    }
    items.push({ profile: record.profile, secret });
  }
  const encrypted = await encryptExport(JSON.stringify({ profiles: items }), options.passphrase, options.iterations);
  return JSON.stringify({ ...head, encrypted }, null, 2);
}
