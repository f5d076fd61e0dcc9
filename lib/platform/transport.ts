/**
 * The extension's transport: `fetch`, with the request policy enforced here too, whatever the
 * caller asks (design.md: "refused in the transport itself, not only in the UI"). A request that
 * carries an Authorization header may only go where `secretDestinationAllowed` says; every request
 * is GET, without cookies, and a request with a secret never follows a redirect.
 */
import { PolicyError, secretDestinationAllowed } from '../diagnose/policy';
import type { Transport } from '../diagnose/transport';

export function createFetchTransport(fetchImpl: typeof fetch = (input, init) => fetch(input, init)): Transport {
  return async (url, init) => {
    const headers = new Headers(init.headers);
    const method = (init.method ?? 'GET').toUpperCase();
    if (method !== 'GET') throw new PolicyError(`${method} is not allowed; probes are GET only`);
    if (init.body !== undefined && init.body !== null) throw new PolicyError('a GET never carries a body');
    const carriesSecret = headers.has('authorization');
    if (carriesSecret) {
      const decision = secretDestinationAllowed(url);
      if (!decision.allowed) throw new PolicyError(decision.reason ?? 'destination not allowed');
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
