/**
 * The secrets of a run, and the scrubbing of everything it records. A server that echoes the
 * request (a proxy, a firewall's debug page) or a browser error that repeats a header value would
 * otherwise copy the credential into a stored report. The run learns each secret from the
 * Authorization values it sends (and from the profile, when the caller gives it), and replaces
 * every form of it (the token, `email:token`, their base64 and URL-encoded forms, the whole header
 * value) in every string it records.
 */
import { decodeBase64Utf8, encodeBase64Utf8 } from '../atlassian/base64';

/** What stands in a report where a secret was. */
export const SECRET_REMOVED = '‹secret removed›';

/**
 * A bare secret shorter than this is not replaced on its own (replacing "abc" everywhere would
 * garble the report); its longer forms (`email:token`, base64, the header value) still are.
 */
const MIN_BARE_SECRET = 8;

export interface Credentials {
  /** Secret values: tokens, keys, passwords. */
  tokens: readonly string[];
  /** The user names sent with them in `user:token` (Basic). */
  users?: readonly string[];
}

function encodings(value: string): string[] {
  return [value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1), encodeBase64Utf8(value)];
}

/** Every form in which a secret could be repeated back, longest first. */
export function secretForms({ tokens, users = [] }: Credentials): string[] {
  const forms = new Set<string>();
  for (const token of tokens) {
    if (token === '') continue;
    forms.add(`Bearer ${token}`);
    if (token.length >= MIN_BARE_SECRET) for (const form of encodings(token)) forms.add(form);
    for (const user of users) {
      const pair = `${user}:${token}`;
      const basic = encodeBase64Utf8(pair);
      for (const form of encodings(pair)) forms.add(form);
      forms.add(`Basic ${basic}`);
    }
  }
  return [...forms].filter((f) => f.length > 0).sort((a, b) => b.length - a.length);
}

/** The secrets an Authorization header value carries: `Bearer <token>`, or `Basic base64(user:token)`. */
export function credentialsOfAuthorization(authorization: string): Credentials {
  const [scheme = '', ...rest] = authorization.split(' ');
  const value = rest.join(' ');
  if (scheme.toLowerCase() === 'basic') {
    const pair = decodeBase64Utf8(value);
    const colon = pair?.indexOf(':') ?? -1;
    if (pair !== undefined && colon >= 0)
      return { tokens: [pair.slice(colon + 1), value, authorization], users: [pair.slice(0, colon)] };
  }
  return { tokens: [value, authorization] };
}

function scrubText(text: string, forms: readonly string[]): string {
  let out = text;
  for (const form of forms) if (out.includes(form)) out = out.split(form).join(SECRET_REMOVED);
  return out;
}

function scrubValue(value: unknown, forms: readonly string[]): unknown {
  if (typeof value === 'string') return scrubText(value, forms);
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, forms));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [scrubText(key, forms), scrubValue(item, forms)]),
    );
  }
  return value;
}

/** The secrets a run knows so far, and the scrubbing of what it records. */
export interface SecretSet {
  learn(credentials: Credentials): void;
  learnAuthorization(authorization: string): void;
  /** A copy of a plain JSON value with every form of every known secret replaced, keys included. */
  scrub<T>(value: T): T;
}

export function secretSet(initial?: Credentials): SecretSet {
  let forms: string[] = [];
  const known = new Set<string>();
  const set: SecretSet = {
    learn(credentials) {
      const fresh = secretForms(credentials).filter((f) => !known.has(f));
      if (fresh.length === 0) return;
      for (const form of fresh) known.add(form);
      forms = [...known].sort((a, b) => b.length - a.length);
    },
    learnAuthorization(authorization) {
      set.learn(credentialsOfAuthorization(authorization));
    },
    scrub: <T>(value: T): T => (forms.length === 0 ? value : (scrubValue(value, forms) as T)),
  };
  if (initial) set.learn(initial);
  return set;
}
