/**
 * The stored description of the vault (`vault:meta`) and its check on read: what the pages need
 * to know whether the lock is on, without the key derivation and the cipher, which only the
 * background and the lock's own forms use (lib/vault/vault-meta.ts).
 */
import * as v from 'valibot';
import { iterationsAcceptable } from './kdf';

export const VAULT_META_VERSION = 1;

const b64 = v.pipe(v.string(), v.maxLength(200), v.regex(/^[A-Za-z0-9+/]*={0,2}$/));
const BoxSchema = v.strictObject({ iv: b64, ct: b64 });

const VaultMetaSchema = v.strictObject({
  v: v.literal(VAULT_META_VERSION),
  keyId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,64}$/)),
  kdf: v.strictObject({
    name: v.literal('PBKDF2'),
    hash: v.literal('SHA-256'),
    iterations: v.pipe(v.number(), v.integer()),
    salt: b64,
  }),
  check: BoxSchema,
  /** Lock again after this many minutes without use (0 = only on Lock and browser restart). */
  idleMinutes: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 60)),
});

export type VaultMeta = v.InferOutput<typeof VaultMetaSchema>;

type ParsedMeta = { ok: true; meta: VaultMeta } | { ok: false; reason: string };

export function parseVaultMeta(raw: unknown, minIterations?: number): ParsedMeta {
  const result = v.safeParse(VaultMetaSchema, raw);
  if (!result.success) return { ok: false, reason: 'the vault settings are damaged' };
  if (!iterationsAcceptable(result.output.kdf.iterations, minIterations)) {
    return { ok: false, reason: 'the vault settings name too few or too many key-derivation iterations' };
  }
  return { ok: true, meta: result.output };
}
