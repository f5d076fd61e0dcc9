/**
 * What the end-to-end diagnose tests run on: the engine's dependencies against the emulator
 * in-process (the default scenario), with a log of every request, short probe limits and no real
 * sleeping. Every origin counts as granted unless `granted` says otherwise.
 */
import { memoryCache, type EngineCache, type EngineDeps, type Transport } from '../../../lib/probe/deps';
import { createAtlassianHandler, defaultScenario, recordingTransport } from '../../../emulator';

/** The id, name and dates every test profile shares. */
export const STAMP = {
  id: 'p1',
  name: 'test',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
};

export interface EmulatedEngineOptions {
  /** Whether the browser has granted an origin (Data Center servers, custom domains, Government hosts). */
  granted?: (origin: string) => boolean;
  cache?: EngineCache;
  /** Wraps the recording transport, e.g. to count requests in flight. */
  wrap?: (transport: Transport) => Transport;
}

export function emulatedEngine(options: EmulatedEngineOptions = {}): {
  recorder: ReturnType<typeof recordingTransport>;
  deps: EngineDeps;
} {
  const recorder = recordingTransport(createAtlassianHandler(defaultScenario()));
  const granted = options.granted ?? (() => true);
  const deps: EngineDeps = {
    transport: options.wrap ? options.wrap(recorder.transport) : recorder.transport,
    now: Date.now,
    cache: options.cache ?? memoryCache(),
    probeTimeoutMs: 2_000,
    runBudgetMs: 5_000,
    sleep: async () => undefined,
    isOriginGranted: async (origin) => granted(origin),
  };
  return { recorder, deps };
}
