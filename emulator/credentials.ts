/**
 * Reading the Authorization header and checking it against the scenario. Which 401 a request
 * gets depends on how its Basic credential looks (https://github.com/atlassian/gajira-login/issues/59):
 *
 * - `email:token` where the email is email-shaped and the secret token-shaped (`ATATT…=HEX8`, or
 *   a legacy 24-character token) → checked against the scenario; wrong email, wrong token,
 *   expired, revoked all get the same newer JSON/XML 401 (https://github.com/atlassian/gajira-login/issues/59; no public source shows a distinct answer for expired or revoked tokens).
 * - anything else in a Basic header — not base64, no colon (a token alone), a username instead
 *   of an email, or a password-like secret (which includes a token with a trailing newline from
 *   `echo` without `-n`, or a truncated one) → the historic text/plain
 *   "Basic authentication with passwords is deprecated" 401 (https://github.com/gioboa/jira-plugin/issues/148).
 */
import type { AccountSpec, Scenario, TokenSpec } from './scenario';

export type PresentedCredential =
  | { kind: 'none' }
  | { kind: 'basic'; email: string; secret: string }
  | { kind: 'basic-not-email-token'; reason: 'undecodable' | 'no-colon' | 'not-an-email' | 'not-token-shaped' }
  | { kind: 'bearer'; token: string }
  | { kind: 'other-scheme'; scheme: string };

const EMAIL = /^[^@\s:]+@[^@\s]+\.[^@\s]+$/;
/** Cloud API tokens since 2023 (https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/: variable length) and the 24-character legacy form. */
export const TOKEN_SHAPED = /^(ATATT[A-Za-z0-9_-]+=[0-9A-Fa-f]{8}|[A-Za-z0-9]{24})$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export function readAuthorization(header: string | null): PresentedCredential {
  if (header === null || header.trim() === '') return { kind: 'none' };
  const space = header.indexOf(' ');
  const scheme = (space < 0 ? header : header.slice(0, space)).toLowerCase();
  const value = space < 0 ? '' : header.slice(space + 1).trim();
  if (scheme === 'bearer') return { kind: 'bearer', token: value };
  if (scheme !== 'basic') return { kind: 'other-scheme', scheme };
  if (!BASE64.test(value)) return { kind: 'basic-not-email-token', reason: 'undecodable' };
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { kind: 'basic-not-email-token', reason: 'no-colon' };
  const email = decoded.slice(0, colon);
  const secret = decoded.slice(colon + 1);
  if (!EMAIL.test(email)) return { kind: 'basic-not-email-token', reason: 'not-an-email' };
  if (!TOKEN_SHAPED.test(secret)) return { kind: 'basic-not-email-token', reason: 'not-token-shaped' };
  return { kind: 'basic', email, secret };
}

type Verdict =
  | { outcome: 'accepted'; account: AccountSpec; token: TokenSpec }
  | { outcome: 'rejected'; why: 'unknown-token' | 'wrong-owner' | 'expired' | 'revoked' | 'inactive-account' };

/** Checks an email + token pair. Emails compare case-insensitively, tokens exactly. */
export function checkBasic(scenario: Scenario, email: string, secret: string): Verdict {
  const token = scenario.tokens.find((t) => t.token === secret);
  if (token === undefined) return { outcome: 'rejected', why: 'unknown-token' };
  if (token.ownerEmail.toLowerCase() !== email.toLowerCase()) return { outcome: 'rejected', why: 'wrong-owner' };
  if (token.state !== 'active') return { outcome: 'rejected', why: token.state };
  const account = scenario.accounts.find((a) => a.email.toLowerCase() === email.toLowerCase());
  if (account === undefined || !account.active) return { outcome: 'rejected', why: 'inactive-account' };
  return { outcome: 'accepted', account, token };
}

/** `Basic base64(user:secret)`, as curl `-u` builds it. For tests and demos. */
export function basicAuthorization(user: string, secret: string): string {
  return `Basic ${Buffer.from(`${user}:${secret}`, 'utf8').toString('base64')}`;
}
