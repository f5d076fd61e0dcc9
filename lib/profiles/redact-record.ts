/**
 * A copy of a stored value with every secret removed, for "Copy raw JSON (secrets removed)" on a
 * record that could not be read. A broken record may hold its secret under any name, so the rule
 * is by key name (anything that sounds like a secret or ciphertext) and by shape (a long string
 * without spaces, like a token); the rest is kept so the user can see what went wrong.
 */
const SECRET_KEY = /token|secret|passw|passphrase|authori[sz]ation|credential|^(key|rawKey|apiKey|ct|iv|boxes|pat)$/i;
const TOKEN_SHAPED = /^[^\s]{24,}$/;

export const REMOVED = '[secret removed]';

export function redactRecord(value: unknown, depth = 0): unknown {
  if (depth > 20) return '[too deep]';
  if (typeof value === 'string')
    return TOKEN_SHAPED.test(value) && !/^\d{4}-\d\d-\d\dT/.test(value) && !/^https?:\/\//i.test(value)
      ? REMOVED
      : value.slice(0, 500);
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => redactRecord(item, depth + 1));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    out[key] =
      SECRET_KEY.test(key) && item !== null && typeof item !== 'number' && typeof item !== 'boolean'
        ? REMOVED
        : redactRecord(item, depth + 1);
  }
  return out;
}

export function redactedJson(value: unknown): string {
  return JSON.stringify(redactRecord(value), null, 2) ?? 'undefined';
}
