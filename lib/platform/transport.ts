/**
 * The extension's transport: `fetch`, with the request policy enforced here too, whatever the
 * caller asks (a forbidden request is refused in the transport itself, not only in the UI). A request that
 * carries an Authorization header may only go where `transportDestinationAllowed` says (the Cloud hosts
 * and api.bitbucket.org); every request
 * is GET, without cookies, and a request with a secret never follows a redirect.
 */
import { isAtlassianOwnedHost } from '../atlassian/hosts';
import { createEnvironmentGuard, PolicyError, transportDestinationAllowed } from '../probe/policy';
import type { Transport } from '../probe/deps';

/**
 * `isGrantedServer` answers whether the user granted a Data Center origin; only such an origin,
 * exactly, may receive a secret besides the Atlassian Cloud hosts.
 */
export function createFetchTransport(
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
  isGrantedServer: (origin: string) => Promise<boolean> = async () => false,
  environmentGuard: (
    secretHash: string,
    url: string,
  ) => { allowed: boolean; reason?: string } = createEnvironmentGuard(),
): Transport {
  return async (url, init) => {
    const headers = new Headers(init.headers);
    const method = (init.method ?? 'GET').toUpperCase();
    if (method !== 'GET') throw new PolicyError(`${method} is not allowed; probes are GET only`);
    if (init.body !== undefined && init.body !== null) throw new PolicyError('a GET never carries a body');
    const carriesSecret = headers.has('authorization');
    if (carriesSecret) {
      const decision = transportDestinationAllowed(url);
      if (!decision.allowed && !(await grantedDataCenter(url, isGrantedServer))) {
        throw new PolicyError(decision.reason ?? 'destination not allowed');
      }
      // An Atlassian Cloud host, or a granted origin outside Atlassian's domains (a custom domain
      // or a Data Center server, whose environment is not proven): the secret stays on its side of
      // the Government wall either way.
      const kept = environmentGuard(await secretHash(headers.get('authorization') ?? ''), url);
      if (!kept.allowed) throw new PolicyError(kept.reason ?? 'another Atlassian environment');
    }
    return fetchImpl(url, {
      ...init,
      method: 'GET',
      headers,
      credentials: 'omit',
      redirect: carriesSecret ? 'manual' : (init.redirect ?? 'manual'),
      cache: 'no-store',
    });
  };
}

/** A non-Atlassian origin the user granted (a Data Center server), with no user info in the URL. */
async function grantedDataCenter(url: string, isGrantedServer: (origin: string) => Promise<boolean>): Promise<boolean> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  const host = parsed.hostname.toLowerCase();
  // Atlassian's own hosts follow the Cloud rule only, whatever was granted.
  if (isAtlassianOwnedHost(host)) return false;
  return isGrantedServer(parsed.origin);
}

/** SHA-256 of the Authorization value, in hex: the environment guard keeps this, never the secret. */
async function secretHash(value: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
