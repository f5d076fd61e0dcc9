/**
 * A copy of a stored value with every secret removed, for "Copy raw JSON (secrets removed)" on a
 * record that could not be read. A broken record may hold its secret under any name, so the rule
 * is by key name (anything that sounds like a secret or ciphertext) and by shape, after trimming
 * (a long run without spaces, like a token; the credential of a `Basic`/`Bearer` value; a URL's
 * user info and query values); the rest is kept so the user can see what went wrong.
 */
const SECRET_KEY = /token|secret|passw|passphrase|authori[sz]ation|credential|^(key|rawKey|apiKey|ct|iv|boxes|pat)$/i;

export const REMOVED = '[secret removed]';

const ISO_DATE = /^\d{4}-\d\d-\d\dT[\d:.]+Z?$/;
const EMAIL = /^[^\s@:/]+@[^\s@:/]+\.[^\s@:/]+$/;
/** A host name or a URL without user info and query: shown, they say where the profile points. */
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * Token-shaped: a run of 16 or more characters without spaces that has a digit or a base64
 * character, or mixes upper and lower case over 20 or more (Data Center tokens can be short, and
 * a pasted token often carries a line break that must not hide it).
 */
function tokenShaped(word: string): boolean {
  if (!/^\S{16,}$/.test(word) || ISO_DATE.test(word) || EMAIL.test(word) || HOST.test(word)) return false;
  if (URL_LIKE.test(word)) return false;
  return /[\d+/=]/.test(word) || (word.length >= 20 && /[a-z]/.test(word) && /[A-Z]/.test(word));
}

function redactString(value: string): string {
  if (tokenShaped(value.trim())) return REMOVED;
  const redacted = value
    // Token-shaped words in the middle of other text (URLs are taken apart below).
    .replace(/\S{16,}/g, (word) => (tokenShaped(word) ? REMOVED : word))
    // The credential after an HTTP scheme word: `Basic …`, `Bearer …`.
    .replace(/\b(Basic|Bearer)\s+(?!\[secret removed\])[^\s"',;]+/gi, `$1 ${REMOVED}`)
    // The user info of a URL (`https://user:token@host`).
    .replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#]*@/gi, `$1${REMOVED}@`)
    // Every value in a query string.
    .replace(/([?&][^\s=&#]+)=[^\s&#]*/g, `$1=${REMOVED}`);
  return redacted.slice(0, 500);
}

export function redactRecord(value: unknown, depth = 0): unknown {
  if (depth > 20) return '[too deep]';
  if (typeof value === 'string') return redactString(value);
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
