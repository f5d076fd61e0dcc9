/**
 * What a pasted secret looks like, before anything is sent. Atlassian says "there is no way to
 * distinguish [scoped and unscoped tokens] just from the token itself" (https://support.atlassian.com/atlassian-cloud/kb/401-unauthorized-error-when-service-account-accesses-jira-or-confluence-api) and token
 * length is variable (https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/), so these checks only recognise things that are certainly not a
 * bare API token: JWTs, header values, base64 of `email:token`, curl fragments, passwords.
 */
import { readEmailTokenPair } from './email';

type TokenShape =
  | { kind: 'empty' }
  | { kind: 'jwt'; tokenType?: string }
  | { kind: 'basic-header'; decodedEmail?: string }
  | { kind: 'bearer-header' }
  | { kind: 'base64-email-token'; decodedEmail: string }
  | { kind: 'curl-fragment'; fragment: string }
  | { kind: 'password-like'; reason: string }
  | { kind: 'api-token'; generation: 'current' | 'legacy' };

function decodeBase64(text: string): string | undefined {
  const normalised = text.replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(normalised) || normalised.length < 8) return undefined;
  try {
    const padded = normalised + '='.repeat((4 - (normalised.length % 4)) % 4);
    const binary = atob(padded);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** base64 of `email:token` (what `echo -n 'me@x.com:tok' | base64` prints), with or without `\n`. */
export function decodeEmailTokenPair(text: string): { email: string; endsWithNewline: boolean } | undefined {
  const decoded = decodeBase64(text.trim());
  if (decoded === undefined) return undefined;
  return readEmailTokenPair(decoded);
}

function decodeJwtPart(part: string): Record<string, unknown> | undefined {
  const text = decodeBase64(part);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Current Cloud API tokens start `ATATT` (https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/ example tokens, seeds); legacy ones are 24 alphanumerics. */
const CURRENT_TOKEN = /^ATATT[A-Za-z0-9_\-=]{20,}$/;
const LEGACY_TOKEN = /^[A-Za-z0-9]{24}$/;

export function classifyTokenShape(raw: string): TokenShape {
  const token = raw.replace(/\s+/g, '');
  if (token === '') return { kind: 'empty' };

  if (/(^|\s)(-u|--user)(\s|=|$)|^curl\b|^-H\b|--header\b/i.test(raw.trim())) {
    return { kind: 'curl-fragment', fragment: (/(-u|--user|curl|-H|--header)/i.exec(raw)?.[0] ?? 'curl').trim() };
  }
  const scheme = /^(Basic|Bearer)\s+(\S+)/i.exec(raw.trim());
  if (scheme) {
    if (scheme[1]!.toLowerCase() === 'bearer') return { kind: 'bearer-header' };
    return { kind: 'basic-header', decodedEmail: decodeEmailTokenPair(scheme[2]!)?.email };
  }
  if (/^Authorization\s*:/i.test(raw.trim())) return { kind: 'basic-header' };

  const parts = token.split('.');
  if (parts.length === 3 && parts[0]!.startsWith('eyJ')) {
    const header = decodeJwtPart(parts[0]!);
    if (header && typeof header.alg === 'string') {
      const claims = decodeJwtPart(parts[1]!);
      const type = claims?.['https://id.atlassian.com/atl_token_type'];
      return { kind: 'jwt', tokenType: typeof type === 'string' ? type : undefined };
    }
  }
  const pair = decodeEmailTokenPair(token);
  if (pair) return { kind: 'base64-email-token', decodedEmail: pair.email };

  if (CURRENT_TOKEN.test(token)) return { kind: 'api-token', generation: 'current' };
  if (LEGACY_TOKEN.test(token)) return { kind: 'api-token', generation: 'legacy' };
  if (/^[^\s:@]+@[^\s:@]+:/.test(token)) return { kind: 'curl-fragment', fragment: 'email:token' };
  if (token.length < 24)
    return { kind: 'password-like', reason: `it is ${token.length} characters long; Atlassian API tokens are longer` };
  if (/[^A-Za-z0-9_\-=+/.]/.test(token))
    return { kind: 'password-like', reason: 'it contains characters API tokens never contain' };
  // Long and token-like but not a known format: say nothing, let Atlassian decide.
  return { kind: 'api-token', generation: 'current' };
}

/** Whitespace that would break or alter the header: leading/trailing, or inside (a wrapped paste). */
export function whitespaceIn(raw: string): 'none' | 'edges' | 'inside' {
  if (/\S\s+\S/.test(raw)) return 'inside';
  if (raw !== raw.trim()) return 'edges';
  return 'none';
}

/**
 * The first control character in a secret, said without the secret: C0 controls other than the
 * white space the lint removes (tab, line breaks), DEL and the C1 controls. None can be in an HTTP
 * header value (https://www.rfc-editor.org/rfc/rfc9110#name-field-values).
 */
export function controlCharacterIn(raw: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
  const match = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/.exec(raw);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return `The control character U+${code} (character ${match.index + 1} of ${raw.length})`;
}

/** A fingerprint for reports: recognisable by its owner, useless to anyone else. */
export function tokenFingerprint(raw: string): string {
  const token = raw.trim();
  if (token.length === 0) return '(none)';
  if (token.length >= 40) return `${token.slice(0, 5)}…${token.slice(-4)}`;
  if (token.length >= 20) return `…${token.slice(-4)}`;
  return `(${token.length} characters)`;
}

/**
 * A whole "GenieKey …" header value: the key of a JSM operations or Opsgenie integration, which
 * goes only to integration events and the Opsgenie API
 * (https://developer.atlassian.com/cloud/jira/service-desk-ops/rest/v2/intro,
 * https://github.com/K-Phoen/backstage-plugin-opsgenie/pull/68). The scheme word is the evidence;
 * no public source gives the key itself a shape.
 */
export function isGenieKeyHeader(raw: string): boolean {
  return /^\s*(?:Authorization\s*:\s*)?GenieKey\s+\S/i.test(raw);
}
