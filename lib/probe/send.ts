/**
 * Sending one probe and recording what came back. GET only, no body, `credentials: 'omit'` (the
 * user's Atlassian cookies must never make a bad token look good), `redirect: 'manual'`, a timeout,
 * the body read up to a cap, and at most one retry of a 429/503 that says when to come back.
 * 401 and 403 are never retried: a retried rejection only brings an account lockout closer.
 */
import { BODY_CAP_BYTES, MAX_RETRY_AFTER_MS } from './limits';
import { PolicyError, type PolicyDecision } from './policy';
import { HEADERS_KEPT, type Observation, type ProbeRequest } from '../model/report';
import type { Transport } from './deps';
import { RunCancelled, throwIfCancelled } from './cancel';

export interface ProbeContext {
  transport: Transport;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  probeTimeoutMs: number;
  /** Absolute time (ms, from `now`) when the run must end. */
  deadline: number;
  /** Where this run may send its secret (the profile's own site, the gateway, or its DC server). */
  secretPolicy: (url: string) => PolicyDecision;
  /** The run's cancel signal: aborting it aborts the fetch in flight, which then throws RunCancelled. */
  signal?: AbortSignal;
}

export interface ProbeSpec {
  probe: ProbeRequest;
  /** The Authorization header value, when `probe.auth` is not `none`. Never stored. */
  authorization?: string;
  accept?: string;
  /** For the redirect-target probe: follow redirects (it never carries a secret). */
  follow?: boolean;
}

async function readCapped(response: Response): Promise<{ text: string; truncated: boolean }> {
  if (!response.body) return { text: '', truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = BODY_CAP_BYTES - size;
      if (value.byteLength > room) {
        chunks.push(value.subarray(0, room));
        size += room;
        truncated = true;
        break;
      }
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    if (truncated) await reader.cancel().catch(() => undefined);
    else reader.releaseLock();
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { text: new TextDecoder().decode(all), truncated };
}

function keptHeaders(headers: Headers): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of HEADERS_KEPT) {
    const value = headers.get(name);
    if (value === null) continue;
    // Cookies are values we do not keep: only their names, and the `_lout` marker (https://developer.atlassian.com/server/jira/platform/basic-authentication/).
    kept[name] =
      name === 'set-cookie'
        ? value
            .split(/,(?=\s*[^;,=\s]+=)/)
            .map((c) => `${c.split('=')[0]!.trim()}=${/_lout\b/.test(c) ? '…_lout' : '…'}`)
            .join(', ')
        : value.slice(0, 500);
  }
  return kept;
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date (https://developer.atlassian.com/cloud/jira/platform/rate-limiting). */
function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

/** Fixed words for what fetch could not do; the browser's own message is never kept. */
const TRANSPORT_WORDS = {
  network: 'no answer: the connection failed (DNS, TLS, a reset, a proxy or CORS; the browser gives no detail)',
  header: 'not sent: the browser refused to build the request (a header value it cannot send)',
  policy: "not sent: refused by Token Doctor's request policy",
} as const;

/**
 * The error of a fetch that threw, in fixed words. Browsers' messages may repeat what was sent
 * (Firefox: "Headers constructor: Bearer <key> is an invalid header value."), so they are read to
 * tell the kind of failure, never stored. The request policy's own refusal is Token Doctor's
 * words, and is kept.
 */
function transportError(error: unknown): NonNullable<Observation['error']> {
  if (error instanceof PolicyError) return { kind: 'blocked-by-policy', message: error.message.slice(0, 300) };
  if (error instanceof Error && error.name === 'PolicyError')
    return { kind: 'blocked-by-policy', message: TRANSPORT_WORDS.policy };
  // fetch rejects with a TypeError and no detail for DNS, TLS, reset and CORS failures alike.
  const text = error instanceof Error ? error.message : '';
  if (/header|ByteString|ISO-8859-1/i.test(text)) return { kind: 'network', message: TRANSPORT_WORDS.header };
  return { kind: 'network', message: TRANSPORT_WORDS.network };
}

async function sendOnce(spec: ProbeSpec, ctx: ProbeContext, started: number): Promise<Omit<Observation, 'attempts'>> {
  const { probe } = spec;
  const base = { probe, headers: {}, body: '', bodyTruncated: false };
  const timeLeft = Math.min(ctx.probeTimeoutMs, ctx.deadline - ctx.now());
  if (timeLeft <= 0) {
    return {
      ...base,
      status: null,
      error: { kind: 'timeout', message: 'the run had no time left for this probe' },
      durationMs: 0,
    };
  }
  throwIfCancelled(ctx.signal);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeLeft);
  // A cancelled run aborts this very fetch (and its body), not only the next probe.
  const cancel = () => controller.abort();
  ctx.signal?.addEventListener('abort', cancel, { once: true });
  const headers: Record<string, string> = { Accept: spec.accept ?? 'application/json' };
  if (spec.authorization !== undefined) headers.Authorization = spec.authorization;
  try {
    const response = await ctx.transport(probe.url, {
      method: 'GET',
      headers,
      credentials: 'omit',
      redirect: spec.follow ? 'follow' : 'manual',
      cache: 'no-store',
      signal: controller.signal,
    });
    const durationSoFar = () => Math.round(ctx.now() - started);
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      // Browsers hide a manual redirect's status and Location (status 0); Node shows them.
      await response.body?.cancel().catch(() => undefined);
      const location = response.headers.get('location') ?? undefined;
      return {
        ...base,
        status: response.status,
        headers: keptHeaders(response.headers),
        redirectedTo: location ? new URL(location, probe.url).toString() : undefined,
        durationMs: durationSoFar(),
      };
    }
    const { text, truncated } = await readCapped(response);
    const observation: Omit<Observation, 'attempts'> = {
      ...base,
      status: response.status,
      headers: keptHeaders(response.headers),
      body: text,
      bodyTruncated: truncated,
      durationMs: durationSoFar(),
    };
    if (spec.follow && response.url) observation.redirectedTo = response.url;
    return observation;
  } catch (error) {
    if (ctx.signal?.aborted) throw new RunCancelled();
    const durationMs = Math.round(ctx.now() - started);
    if (timedOut || isAbort(error)) {
      return {
        ...base,
        status: null,
        error: { kind: 'timeout', message: `no answer within ${Math.round(timeLeft / 100) / 10} s` },
        durationMs,
      };
    }
    return { ...base, status: null, error: transportError(error), durationMs };
  } finally {
    clearTimeout(timer);
    ctx.signal?.removeEventListener('abort', cancel);
  }
}

export async function sendProbe(spec: ProbeSpec, ctx: ProbeContext): Promise<Observation> {
  const started = ctx.now();
  if (spec.authorization !== undefined) {
    const decision = ctx.secretPolicy(spec.probe.url);
    if (!decision.allowed) {
      return {
        probe: spec.probe,
        status: null,
        error: { kind: 'blocked-by-policy', message: decision.reason ?? 'destination not allowed' },
        headers: {},
        body: '',
        bodyTruncated: false,
        durationMs: 0,
        attempts: 0,
      };
    }
  }
  const first = await sendOnce(spec, ctx, started);
  if (first.status !== 429 && first.status !== 503) return { ...first, attempts: 1 };
  const wait = retryAfterMs(first.headers['retry-after'], ctx.now());
  const remaining = ctx.deadline - ctx.now();
  // One polite retry, only when Atlassian said when, and only if it fits in the run's budget.
  if (wait === undefined || wait > MAX_RETRY_AFTER_MS || wait + 1_000 > remaining) return { ...first, attempts: 1 };
  await ctx.sleep(wait, ctx.signal);
  throwIfCancelled(ctx.signal);
  const second = await sendOnce(spec, ctx, started);
  return { ...second, attempts: 2 };
}
