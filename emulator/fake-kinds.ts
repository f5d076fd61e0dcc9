/**
 * Deterministic look-alikes of the other credential kinds' secrets (see fake-ids.ts for the
 * Cloud ones). Made from a seed: reproducible, and no real secret ever enters the repository.
 */
import { createHash } from 'node:crypto';
import { hexFrom } from './fake-ids';

/** `n` bytes derived from `seed`. */
function bytesFrom(seed: string, n: number): Buffer {
  const parts: Buffer[] = [];
  let length = 0;
  for (let i = 0; length < n; i++) {
    const d = createHash('sha512').update(`${seed}%${i}`).digest();
    parts.push(d);
    length += d.length;
  }
  return Buffer.concat(parts).subarray(0, n);
}

/** `n` base64url characters derived from `seed`. */
export function base64urlChars(seed: string, n: number): string {
  return bytesFrom(seed, Math.ceil((n * 3) / 4) + 3)
    .toString('base64url')
    .slice(0, n);
}

/**
 * An organization admin API key. https://developer.atlassian.com/cloud/admin/organization/rest/api-group-orgs/ says nothing of the key's look ("opaque"): the
 * `ATCTT3xFfGN0` prefix, modelled on the API token's `ATATT3xFfGF0`, is an ASSUMPTION. The
 * product must not recognise org keys by it.
 */
export function fakeOrgApiKey(seed: string): string {
  return `ATCTT3xFfGN0${base64urlChars(`orgkey/${seed}`, 180)}=${hexFrom(`orgkey/${seed}/crc`, 8).toUpperCase()}`;
}

/**
 * A Jira Data Center personal access token. https://github.com/pycontribs/jira/issues/993 gives only how it is sent (Bearer); the
 * shape here — 44 base64 characters of `<12-digit id>:<random bytes>`, as DC shows them — is an
 * ASSUMPTION.
 */
export function fakeDataCenterPat(seed: string): string {
  const id = String(parseInt(hexFrom(`pat/${seed}/id`, 10), 16))
    .padStart(12, '0')
    .slice(0, 12);
  return Buffer.concat([Buffer.from(`${id}:`, 'utf8'), bytesFrom(`pat/${seed}`, 20)]).toString('base64');
}
