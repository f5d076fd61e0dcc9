/**
 * The emulator as the engine's `Transport` (lib/diagnose/transport.ts), without any network: for
 * unit tests and the benchmark. It behaves like fetch where the engine can tell the difference:
 * abort, redirect modes, `url` / `redirected` on the response.
 */
import type { Transport } from '../lib/probe/deps';
import { abortReason, raceAbort, sleep } from './abort';
import type { AtlassianHandler } from './handler';
import { recordRequests, type RecordedRequest } from './record';

interface EmulatorTransportOptions {
  /**
   * What `redirect: 'manual'` yields. `node` (default): the 3xx response itself, as Node's fetch
   * does. `browser`: an `opaqueredirect` response with status 0 and no headers, as Chromium does.
   */
  manualRedirect?: 'node' | 'browser';
  /** Hops followed with `redirect: 'follow'` before failing like fetch does. Default 5. */
  maxRedirects?: number;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Response.url and .redirected are read-only getters; shadow them on the instance. */
function stamp(response: Response, url: string, redirected: boolean): Response {
  Object.defineProperty(response, 'url', { value: url });
  Object.defineProperty(response, 'redirected', { value: redirected });
  return response;
}

function opaqueRedirect(url: string): Response {
  const response = Response.error(); // status 0, empty immutable headers, null body
  Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
  return stamp(response, url, false);
}

export function emulatorTransport(handler: AtlassianHandler, options: EmulatorTransportOptions = {}): Transport {
  const maxRedirects = options.maxRedirects ?? 5;
  return async (url, init) => {
    const signal = init.signal ?? undefined;
    if (signal?.aborted) throw abortReason(signal);
    const mode = init.redirect ?? 'follow';
    // The Request constructor rejects what fetch rejects (e.g. a GET with a body: TypeError).
    let request = new Request(url, init);
    for (let hops = 0; ; hops++) {
      const response = await raceAbort(handler(request), signal);
      const location = response.headers.get('location');
      if (!REDIRECT_STATUSES.has(response.status) || location === null) return stamp(response, request.url, hops > 0);
      if (mode === 'manual') {
        return options.manualRedirect === 'browser' ? opaqueRedirect(request.url) : stamp(response, request.url, false);
      }
      if (mode === 'error') throw new TypeError('fetch failed', { cause: new Error('unexpected redirect') });
      if (hops >= maxRedirects) throw new TypeError('fetch failed', { cause: new Error('redirect count exceeded') });
      // Follow without the Authorization header on any hop (stricter than fetch, which drops it
      // only across origins): a redirect must never carry a secret to a new place.
      const headers = new Headers(request.headers);
      headers.delete('authorization');
      const next = new URL(location, request.url).toString();
      const method = response.status === 303 ? 'GET' : request.method;
      request = new Request(next, { method, headers, redirect: mode, ...(signal ? { signal } : {}) });
    }
  };
}

/** Delays each answer by `ms` (abortable), to model a network round trip. */
export function withLatency(handler: AtlassianHandler, ms: number): AtlassianHandler {
  return async (request) => {
    await sleep(ms, request.signal);
    return handler(request);
  };
}

interface RecordingTransport {
  transport: Transport;
  /** Every request that reached the emulator, redirect hops included. */
  requests: RecordedRequest[];
  countByHost(): Record<string, number>;
  peakConcurrency(): { overall: number; byHost: Record<string, number> };
  clear(): void;
}

/** `emulatorTransport` that also records what it was asked (see record.ts). */
export function recordingTransport(
  handler: AtlassianHandler,
  options: EmulatorTransportOptions = {},
): RecordingTransport {
  const recorder = recordRequests(handler);
  return {
    transport: emulatorTransport(recorder.handler, options),
    requests: recorder.requests,
    countByHost: recorder.countByHost,
    peakConcurrency: recorder.peakConcurrency,
    clear: recorder.clear,
  };
}
