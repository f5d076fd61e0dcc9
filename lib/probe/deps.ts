/**
 * The engine's view of the network: a fetch-shaped function. In the extension it is the
 * policy-enforcing wrapper around `fetch` (lib/platform/transport.ts); in unit tests and the
 * benchmark it is the Atlassian emulator's handler called in-process (emulator).
 */
import type { ProgressListener } from './progress';

export type Transport = (url: string, init: RequestInit) => Promise<Response>;

/** A small key → value cache for facts that are not secret (cloudIds per site host). */
export interface EngineCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

export interface EngineDeps {
  transport: Transport;
  now: () => number;
  cache: EngineCache;
  /** Per-probe timeout and whole-run budget; defaults in lib/probe/limits.ts. */
  probeTimeoutMs?: number;
  runBudgetMs?: number;
  /**
   * Whether the browser granted access to a Data Center origin (`https://jira.example:8443`).
   * Absent where there are no permissions to ask (tests, bench): then every origin counts as granted.
   */
  isOriginGranted?: (origin: string) => Promise<boolean>;
  /** Waits between a 429/503 and its single retry; injected so tests need not sleep. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /**
   * Cancels the run: every fetch in flight is aborted, nothing more is sent, and the engine
   * throws RunCancelled (lib/probe/cancel.ts) instead of returning a report.
   */
  signal?: AbortSignal;
  /** Told each time a probe starts or ends (lib/probe/progress.ts): no secret, no header. */
  onProgress?: ProgressListener;
}

export function memoryCache(initial: Record<string, string> = {}): EngineCache {
  const map = new Map(Object.entries(initial));
  return {
    get: async (key) => map.get(key),
    set: async (key, value) => {
      map.set(key, value);
    },
  };
}
