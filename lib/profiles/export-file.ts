/**
 * The export/import file: JSON, one format for both directions.
 *
 *   { format: 'token-doctor-profiles', version: 1, exportedAt,
 *     profiles: [ …profiles without secrets… ] }                       (plain: never a secret)
 *   { format: 'token-doctor-profiles', version: 1, exportedAt,
 *     encrypted: { kdf: { name, hash, iterations, salt }, iv, ct } }  (secrets, under a passphrase)
 *
 * The encrypted payload is `{ profiles: [ { profile, secret } ] }` sealed with AES-GCM under a key
 * derived from the export passphrase (lib/vault). `parseImportFile` never throws: a malformed
 * file gets a message that says what is wrong, without quoting values.
 */
import * as v from 'valibot';
import { PublicProfileSchema, SECRET_MAX, secretFieldsOf, type PublicProfile } from './record';

export const EXPORT_FORMAT = 'token-doctor-profiles';
export const EXPORT_VERSION = 1;
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const MAX_IMPORT_PROFILES = 1000;

const b64 = v.pipe(v.string(), v.maxLength(MAX_IMPORT_BYTES), v.regex(/^[A-Za-z0-9+/]*={0,2}$/));

const EncryptedPayloadSchema = v.strictObject({
  kdf: v.strictObject({
    name: v.literal('PBKDF2'),
    hash: v.literal('SHA-256'),
    iterations: v.pipe(v.number(), v.integer()),
    salt: b64,
  }),
  iv: b64,
  ct: b64,
});
export type EncryptedPayload = v.InferOutput<typeof EncryptedPayloadSchema>;

const FileSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: v.optional(v.string()),
  profiles: v.optional(v.pipe(v.array(v.unknown()), v.maxLength(MAX_IMPORT_PROFILES))),
  encrypted: v.optional(EncryptedPayloadSchema),
});

const SecretItemSchema = v.strictObject({
  profile: v.unknown(),
  secret: v.record(v.string(), v.pipe(v.string(), v.maxLength(SECRET_MAX))),
});

export interface ImportItem {
  profile: PublicProfile;
  /** Present only for items that came out of an encrypted export. */
  secret?: Record<string, string>;
}

type ParsedImport =
  | { ok: true; items: ImportItem[]; skipped: string[] }
  | { ok: true; encrypted: EncryptedPayload }
  | { ok: false; message: string };

function parseProfile(raw: unknown, index: number): { ok: true; profile: PublicProfile } | { ok: false; why: string } {
  const result = v.safeParse(PublicProfileSchema, raw);
  if (!result.success) {
    const path = result.issues[0]?.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, why: `profile ${index + 1}: ${path ? `${path} is not valid` : 'not a profile'}` };
  }
  return { ok: true, profile: result.output };
}

/** Profiles (and their secrets, if any) in an import; invalid entries are listed, not fatal. */
export function readItems(
  rawItems: readonly unknown[],
  withSecrets: boolean,
): { items: ImportItem[]; skipped: string[] } {
  const items: ImportItem[] = [];
  const skipped: string[] = [];
  rawItems.forEach((raw, index) => {
    let profileRaw = raw;
    let secret: Record<string, string> | undefined;
    if (withSecrets) {
      const item = v.safeParse(SecretItemSchema, raw);
      if (!item.success) return void skipped.push(`profile ${index + 1}: not a profile with its secret`);
      profileRaw = item.output.profile;
      secret = item.output.secret;
    }
    const parsed = parseProfile(profileRaw, index);
    if (!parsed.ok) return void skipped.push(parsed.why);
    if (secret) {
      const want = [...secretFieldsOf(parsed.profile.kind)].sort().join(',');
      if (Object.keys(secret).sort().join(',') !== want)
        return void skipped.push(`profile ${index + 1}: its secret does not match its kind`);
    }
    items.push(secret ? { profile: parsed.profile, secret } : { profile: parsed.profile });
  });
  return { items, skipped };
}

export function parseImportFile(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_BYTES)
    return { ok: false, message: 'The file is larger than 5 MB: it is not a Token Doctor export.' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file is not valid JSON: it is not a Token Doctor export, or it was cut short.' };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return {
      ok: false,
      message:
        'The file is JSON, but not a Token Doctor export (expected an object with "format": "token-doctor-profiles").',
    };
  }
  const format = (json as { format?: unknown }).format;
  if (format !== EXPORT_FORMAT)
    return {
      ok: false,
      message: 'The file is JSON, but not a Token Doctor export (its "format" is missing or different).',
    };
  const version = (json as { version?: unknown }).version;
  if (version !== EXPORT_VERSION)
    return {
      ok: false,
      message: `The file was made by another version of Token Doctor (export version ${typeof version === 'number' ? version : 'unknown'}).`,
    };
  const result = v.safeParse(FileSchema, json);
  if (!result.success)
    return {
      ok: false,
      message: 'The export is damaged: its "profiles" or "encrypted" part is not in the expected shape.',
    };
  const file = result.output;
  if (file.encrypted && file.profiles)
    return { ok: false, message: 'The export is damaged: it has both plain and encrypted profiles.' };
  if (file.encrypted) return { ok: true, encrypted: file.encrypted };
  if (!file.profiles) return { ok: false, message: 'The export has no profiles in it.' };
  return { ok: true, ...readItems(file.profiles, false) };
}
