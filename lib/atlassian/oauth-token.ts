/**
 * Reading an OAuth 2.0 (3LO) access token locally. Atlassian access tokens are JWTs whose claims
 * say when they expire, which scopes and app they carry and what kind of token they are
 * (https://github.com/MrRefactoring/jira.js/issues/269). We decode, never verify: no key is available, and none is needed to read them.
 */
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { classifyTokenShape } from './token-shape';

export interface OAuthTokenFacts {
  expiresAt?: string;
  issuedAt?: string;
  expired: boolean;
  scopes: string[];
  clientId?: string;
  tokenType?: string;
  subject?: string;
  issuer?: string;
}

type OAuthTokenReading =
  { ok: true; facts: OAuthTokenFacts } | { ok: false; looksLike: string; expected?: 'cloud-api-token' | 'dc-pat' };

const TOKEN_TYPE_CLAIM = 'https://id.atlassian.com/atl_token_type';

function isoFromSeconds(value: unknown): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? new Date(value * 1000).toISOString() : undefined;
}

/** What a non-JWT value most likely is, so the user can pick the right credential type. */
function looksLike(raw: string): { looksLike: string; expected?: 'cloud-api-token' | 'dc-pat' } {
  const token = raw.trim();
  const shape = classifyTokenShape(token);
  if (token.startsWith('ATATT') || (shape.kind === 'api-token' && shape.generation === 'legacy')) {
    return { looksLike: 'a Cloud API token', expected: 'cloud-api-token' };
  }
  // Data Center PATs are 44 base64 characters (an unconfirmed shape: the wording stays tentative).
  if (/^[A-Za-z0-9+/]{40,48}={0,2}$/.test(token))
    return { looksLike: 'possibly a Data Center personal access token', expected: 'dc-pat' };
  if (shape.kind === 'basic-header' || shape.kind === 'base64-email-token')
    return { looksLike: 'a Basic authorization value' };
  if (shape.kind === 'bearer-header')
    return { looksLike: 'a whole "Bearer …" header value (paste only what follows "Bearer ")' };
  if (shape.kind === 'empty') return { looksLike: 'nothing' };
  return { looksLike: 'text that is not a token' };
}

export function readOAuthToken(raw: string, nowMs: number): OAuthTokenReading {
  const token = raw.trim();
  try {
    const header = decodeProtectedHeader(token);
    const claims = decodeJwt(token);
    if (typeof header.alg !== 'string') return { ok: false, ...looksLike(raw) };
    const scope = claims.scope;
    const exp = claims.exp;
    const type = claims[TOKEN_TYPE_CLAIM];
    const clientId = claims.client_id;
    const facts: OAuthTokenFacts = {
      expired: typeof exp === 'number' && exp * 1000 <= nowMs,
      scopes: typeof scope === 'string' ? scope.split(/\s+/).filter(Boolean) : [],
    };
    const expiresAt = isoFromSeconds(exp);
    const issuedAt = isoFromSeconds(claims.iat);
    if (expiresAt) facts.expiresAt = expiresAt;
    if (issuedAt) facts.issuedAt = issuedAt;
    if (typeof type === 'string') facts.tokenType = type;
    if (typeof clientId === 'string') facts.clientId = clientId;
    else if (typeof claims.aud === 'string') facts.clientId = claims.aud;
    if (typeof claims.sub === 'string') facts.subject = claims.sub;
    if (typeof claims.iss === 'string') facts.issuer = claims.iss;
    return { ok: true, facts };
  } catch {
    return { ok: false, ...looksLike(raw) };
  }
}

/** "in 42 minutes", "3 days ago": how a person reads an expiry. */
export function relativeTime(targetMs: number, nowMs: number): string {
  const seconds = Math.round((targetMs - nowMs) / 1000);
  const abs = Math.abs(seconds);
  const [value, unit] =
    abs < 90
      ? [abs, 'second']
      : abs < 5400
        ? [Math.round(abs / 60), 'minute']
        : abs < 129600
          ? [Math.round(abs / 3600), 'hour']
          : [Math.round(abs / 86400), 'day'];
  const phrase = `${value} ${unit}${value === 1 ? '' : 's'}`;
  return seconds >= 0 ? `in ${phrase}` : `${phrase} ago`;
}
