/**
 * Deterministic look-alikes of Atlassian identifiers, made from a seed so that scenarios, tests
 * and demos are reproducible and no real secret ever appears in the repository.
 */
import { createHash } from 'node:crypto';

const BASE64URL = /[+/]/g;

/** `n` hex digits derived from `seed` (SHA-256 chained as far as needed). */
export function hexFrom(seed: string, n: number): string {
  let out = '';
  for (let i = 0; out.length < n; i++) {
    out += createHash('sha256').update(`${seed}#${i}`).digest('hex');
  }
  return out.slice(0, n);
}

function base64urlFrom(seed: string, n: number): string {
  let out = '';
  for (let i = 0; out.length < n; i++) {
    out += createHash('sha512')
      .update(`${seed}@${i}`)
      .digest('base64')
      .replace(/=+$/, '')
      .replace(BASE64URL, (c) => (c === '+' ? '-' : '_'));
  }
  return out.slice(0, n);
}

/**
 * A Cloud API token as Atlassian issues them since 2023: `ATATT3xFfGF0`, about 180 base64url
 * characters, `=` and 8 upper-case hex digits. Scoped and unscoped tokens look the same: "there is
 * no way to distinguish them just from the token itself" (https://support.atlassian.com/atlassian-cloud/kb/401-unauthorized-error-when-service-account-accesses-jira-or-confluence-api); length varies (https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/).
 */
export function fakeCloudApiToken(seed: string): string {
  return `ATATT3xFfGF0${base64urlFrom(seed, 180)}=${hexFrom(`${seed}/crc`, 8).toUpperCase()}`;
}

/** A version-4-shaped UUID, the form of cloudIds (https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md, https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/). */
export function fakeUuid(seed: string): string {
  const h = hexFrom(seed, 32);
  const variant = ((parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** An Atlassian account id in the `712020:<uuid>` form seen in real tokens' `sub` (https://github.com/MrRefactoring/jira.js/issues/269). */
export function fakeAccountId(seed: string): string {
  return `712020:${fakeUuid(`account/${seed}`)}`;
}
