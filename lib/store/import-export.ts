/**
 * Export and import of profiles (lib/profiles/export-file.ts for the format). A plain export has
 * no secret at all; secrets leave only inside an export encrypted with a passphrase the user
 * chose for it. Import writes one record per profile, reading what is stored at that moment (not
 * a stale copy), and replaces a stored profile only when the user chose "replace" for it.
 */
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  readItems,
  type EncryptedPayload,
  type ImportItem,
} from '../profiles/export-file';
import type { PlannedItem, Resolution } from '../profiles/import-plan';
import { secretFieldsOf, type ProfileRecord } from '../profiles/record';
import { profileRecords } from '../platform/storage-items';
import { readRecord, writeRecord } from '../platform/storage';
import { readVaultSession, readVaultState } from '../platform/vault-storage';
import { decryptExport, encryptExport } from '../vault/export-crypto';
import { openValues } from '../vault/seal-values';
import { keyFromRaw } from '../vault/vault-meta';
import { MIN_PASSPHRASE_LENGTH, sealForSession, sessionForWrite } from './vault-actions';

/** The JSON text of an export. With `passphrase`, secrets are included, encrypted under it. */
export async function buildExport(
  options: { passphrase?: string; now?: Date; iterations?: number } = {},
): Promise<string> {
  const { records } = await profileRecords();
  const head = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: (options.now ?? new Date()).toISOString(),
  };
  if (options.passphrase === undefined)
    return JSON.stringify({ ...head, profiles: records.map((r) => r.profile) }, null, 2);
  if (options.passphrase.length < MIN_PASSPHRASE_LENGTH)
    throw new Error(`Use an export passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  const vault = await readVaultState();
  const session = vault.enabled === true ? await readVaultSession(vault.meta) : undefined;
  const items: { profile: unknown; secret: Record<string, string> }[] = [];
  for (const record of records) {
    let secret: Record<string, string>;
    if (record.secret.type === 'plain') secret = record.secret.values;
    else {
      // An export with secrets is the user's explicit ask: the page opens them for this file only.
      if (vault.enabled !== true || !session) throw new Error('The vault is locked: unlock it to export the tokens.');
      const box = record.secret.boxes[vault.meta.keyId];
      if (!box) continue;
      secret = await openValues(await keyFromRaw(session.rawKey), record.profile.id, box);
    }
    items.push({ profile: record.profile, secret });
  }
  const encrypted = await encryptExport(JSON.stringify({ profiles: items }), options.passphrase, options.iterations);
  return JSON.stringify({ ...head, encrypted }, null, 2);
}

/** Opens an encrypted export: WrongPassphrase for a wrong passphrase. */
export async function openEncryptedImport(
  encrypted: EncryptedPayload,
  passphrase: string,
): Promise<{ items: ImportItem[]; skipped: string[] }> {
  const text = await decryptExport(encrypted, passphrase);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('The encrypted export is damaged.');
  }
  const profiles = (json as { profiles?: unknown }).profiles;
  if (!Array.isArray(profiles)) throw new Error('The encrypted export is damaged.');
  return readItems(profiles, true);
}

export interface ImportResult {
  added: number;
  replaced: number;
  keptBoth: number;
  skipped: number;
}

function emptySecret(kind: ProfileRecord['profile']['kind']): Record<string, string> {
  return Object.fromEntries(secretFieldsOf(kind).map((f) => [f, '']));
}

/** Writes the plan, one record at a time. Throws before writing anything if secrets need a locked vault. */
export async function applyImport(
  plan: readonly PlannedItem[],
  choices: Readonly<Record<string, Resolution>>,
  deps: { newId: () => string; now: () => Date },
): Promise<ImportResult> {
  const needsKey = plan.some((p) => p.item.secret && Object.values(p.item.secret).some((s) => s !== ''));
  const session = needsKey ? await sessionForWrite() : await sessionForWrite().catch(() => undefined);
  const result: ImportResult = { added: 0, replaced: 0, keptBoth: 0, skipped: 0 };
  const secretFor = async (id: string, values: Record<string, string>): Promise<ProfileRecord['secret']> =>
    session && Object.values(values).some((s) => s !== '')
      ? sealForSession(session, id, values)
      : { type: 'plain', values };

  for (const { item, status } of plan) {
    const choice =
      status === 'conflict' ? (choices[item.profile.id] ?? 'skip') : status === 'identical' ? 'skip' : 'new';
    if (choice === 'skip') {
      result.skipped++;
      continue;
    }
    const values = item.secret ?? emptySecret(item.profile.kind);
    const existing = await readRecord(item.profile.id);
    if (choice === 'new' && existing) {
      // Saved meanwhile in another page: never overwrite it; keep both instead.
      const id = deps.newId();
      await writeRecord({ v: 2, profile: { ...item.profile, id }, secret: await secretFor(id, values) });
      result.keptBoth++;
    } else if (choice === 'new') {
      await writeRecord({ v: 2, profile: item.profile, secret: await secretFor(item.profile.id, values) });
      result.added++;
    } else if (choice === 'keep-both') {
      const id = deps.newId();
      await writeRecord({
        v: 2,
        profile: { ...item.profile, id, name: `${item.profile.name} (imported)`.slice(0, 200) },
        secret: await secretFor(id, values),
      });
      result.keptBoth++;
    } else {
      // Replace: the incoming profile; the stored secret stays when the file brought none.
      const secret = item.secret || !existing ? await secretFor(item.profile.id, values) : existing.secret;
      await writeRecord({ v: 2, profile: { ...item.profile, updatedAt: deps.now().toISOString() }, secret });
      result.replaced++;
    }
  }
  return result;
}
