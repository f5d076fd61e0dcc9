/**
 * Import of profiles (lib/profiles/export-file.ts for the format; the export is built in the
 * background, lib/services/export.ts). The file's own passphrase opens it here, in the page; a
 * secret to store under the passphrase lock is sealed by the background (`seal`). Import writes
 * one record per profile, reading what is stored at that moment (not a stale copy), and replaces a
 * stored profile only when the user chose "replace" for it. A replace that sends the secret
 * somewhere else (lib/profiles/import-plan.ts) drops the stored secret unless the file brings one.
 */
import { readItems, type EncryptedPayload, type ImportItem } from '../profiles/export-file';
import { destinationChange, type PlannedItem, type Resolution } from '../profiles/import-plan';
import { secretFieldsOf, type ProfileRecord } from '../profiles/record';
import type { VaultStatus } from '../platform/storage';
import { decryptExport } from '../vault/export-crypto';

/** Stores secret values as the lock wants them: sealed by the background when it is on, else plain. */
type SealSecret = (profileId: string, values: Record<string, string>) => Promise<ProfileRecord['secret']>;

/** Where the import reads and writes profile records (the browser's storage in the product). */
export interface ImportStore {
  readRecord(id: string): Promise<ProfileRecord | undefined>;
  writeRecord(record: ProfileRecord): Promise<void>;
}

/**
 * A control character (NUL and the like; tab and line breaks are whitespace, which the lint
 * reports) can only be a damaged or crafted file: no credential holds one, and browsers refuse
 * it in a header, quoting the value in the error.
 */
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}

/** Refuses the whole file when one of its secrets holds a control character: nothing is written. */
function refuseControlCharacters(items: readonly ImportItem[]): void {
  const bad = items.find((item) => Object.values(item.secret ?? {}).some(hasControlCharacter));
  if (bad)
    throw new Error(
      `The token of “${bad.profile.name || 'Untitled profile'}” in this file contains a control character, which no real token has: the file is damaged or was altered, and nothing was imported.`,
    );
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
  const opened = readItems(profiles, true);
  refuseControlCharacters(opened.items);
  return opened;
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
  deps: { newId: () => string; now: () => Date; seal: SealSecret; vault: VaultStatus; store: ImportStore },
): Promise<ImportResult> {
  const { readRecord, writeRecord } = deps.store;
  refuseControlCharacters(plan.map((p) => p.item));
  const needsKey = plan.some((p) => p.item.secret && Object.values(p.item.secret).some((s) => s !== ''));
  if (needsKey && deps.vault.enabled) {
    if (deps.vault.damaged) throw new Error(`The passphrase lock cannot be used: ${deps.vault.damaged}.`);
    if (!deps.vault.unlocked) throw new Error('The passphrase lock is locked: unlock it to save a new secret.');
  }
  const result: ImportResult = { added: 0, replaced: 0, keptBoth: 0, skipped: 0 };
  const secretFor = async (id: string, values: Record<string, string>): Promise<ProfileRecord['secret']> =>
    Object.values(values).some((s) => s !== '') ? deps.seal(id, values) : { type: 'plain', values };

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
      // Replace: the incoming profile; the stored secret stays when the file brought none, unless
      // the file sends it somewhere else (another host, origin or kind): then it is dropped.
      const keepStored = existing && !item.secret && !destinationChange(existing.profile, item.profile);
      const secret = keepStored ? existing.secret : await secretFor(item.profile.id, values);
      await writeRecord({ v: 2, profile: { ...item.profile, updatedAt: deps.now().toISOString() }, secret });
      result.replaced++;
    }
  }
  return result;
}
