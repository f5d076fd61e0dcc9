/**
 * Politeness for a check of many profiles, enforced where every request passes: a wrapper around
 * the engine's transport. At most `perHost` requests at a time to one host and `overall` in all;
 * a host that answers 429 is paused for its `Retry-After` (its queued requests wait, other hosts
 * go on); nothing is ever retried here (a 401 or 403 goes back to the engine as it came, and the
 * engine itself never retries those). Rate limits: https://developer.atlassian.com/cloud/jira/platform/rate-limiting
 *
 * Pure: no browser API. The clock and timers are injected so tests can drive them.
 */
import type { Transport } from '../probe/deps';

export const PER_HOST_LIMIT = 2;
export const OVERALL_LIMIT = 6;
/** A 429 without a readable Retry-After pauses its host this long. */
export const DEFAULT_PAUSE_MS = 5_000;
/** Longest pause honoured; a host asking for more is given up for this run (its profiles are not checked). */
export const MAX_PAUSE_MS = 60_000;

export interface GateClock {
  now(): number;
  setTimer(ms: number, run: () => void): unknown;
  clearTimer(timer: unknown): void;
}

const realClock: GateClock = {
  now: () => Date.now(),
  setTimer: (ms, run) => setTimeout(run, ms),
  clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

interface GateOptions {
  perHost?: number;
  overall?: number;
  clock?: GateClock;
}

interface Waiting {
  host: string;
  start: () => void;
}

export interface PoliteGate {
  /** The transport, with the limits applied to every request it sends. */
  wrap(transport: Transport): Transport;
  /** When the host's pause ends (ms, from the clock), if it is paused now. */
  pausedUntil(host: string): number | undefined;
  /** Hosts that asked for a pause longer than MAX_PAUSE_MS: given up for this run, with the wait asked. */
  givenUp(): ReadonlyMap<string, number>;
  /** Called when a pause ends or a host is given up, so a scheduler can look again. */
  onChange(listener: () => void): void;
  /** Requests running now (for tests and the bench). */
  active(): { overall: number; byHost: Record<string, number> };
}

function hostOfUrl(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function abortError(signal: AbortSignal): unknown {
  return (signal.reason as unknown) ?? new DOMException('This operation was aborted', 'AbortError');
}

export function createPoliteGate(options: GateOptions = {}): PoliteGate {
  const perHost = options.perHost ?? PER_HOST_LIMIT;
  const overall = options.overall ?? OVERALL_LIMIT;
  const clock = options.clock ?? realClock;
  const queue: Waiting[] = [];
  const byHost = new Map<string, number>();
  const paused = new Map<string, number>();
  const gaveUp = new Map<string, number>();
  const listeners: (() => void)[] = [];
  let running = 0;

  const notify = () => listeners.forEach((listener) => listener());

  function isPaused(host: string): boolean {
    const until = paused.get(host);
    if (until === undefined) return false;
    if (clock.now() >= until) {
      paused.delete(host);
      return false;
    }
    return true;
  }

  function pump(): void {
    for (let i = 0; i < queue.length && running < overall;) {
      const next = queue[i]!;
      if ((byHost.get(next.host) ?? 0) >= perHost || isPaused(next.host)) {
        i++;
        continue;
      }
      queue.splice(i, 1);
      running++;
      byHost.set(next.host, (byHost.get(next.host) ?? 0) + 1);
      next.start();
    }
  }

  function pause(host: string, ms: number): void {
    if (ms > MAX_PAUSE_MS) gaveUp.set(host, ms);
    const until = clock.now() + Math.min(ms, MAX_PAUSE_MS);
    if ((paused.get(host) ?? 0) >= until) return;
    paused.set(host, until);
    clock.setTimer(until - clock.now(), () => {
      pump();
      notify();
    });
    if (gaveUp.has(host)) notify();
  }

  function release(host: string): void {
    running--;
    const left = (byHost.get(host) ?? 1) - 1;
    if (left === 0) byHost.delete(host);
    else byHost.set(host, left);
    pump();
  }

  return {
    wrap(transport) {
      return (url, init) => {
        const host = hostOfUrl(url);
        const signal = init.signal ?? undefined;
        if (signal?.aborted) return Promise.reject(abortError(signal));
        return new Promise<Response>((resolve, reject) => {
          const onAbort = () => {
            const at = queue.indexOf(waiting);
            if (at >= 0) queue.splice(at, 1);
            reject(abortError(signal!));
          };
          const waiting: Waiting = {
            host,
            start: () => {
              signal?.removeEventListener('abort', onAbort);
              transport(url, init).then(
                (response) => {
                  if (response.status === 429) {
                    pause(host, retryAfterMs(response.headers.get('retry-after'), clock.now()) ?? DEFAULT_PAUSE_MS);
                  }
                  release(host);
                  resolve(response);
                },
                (error: unknown) => {
                  release(host);
                  reject(error instanceof Error ? error : new Error(String(error)));
                },
              );
            },
          };
          signal?.addEventListener('abort', onAbort, { once: true });
          queue.push(waiting);
          pump();
        });
      };
    },
    pausedUntil(host) {
      return isPaused(host) ? paused.get(host) : undefined;
    },
    givenUp: () => gaveUp,
    onChange(listener) {
      listeners.push(listener);
    },
    active: () => ({ overall: running, byHost: Object.fromEntries(byHost) }),
  };
}
