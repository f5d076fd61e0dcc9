/**
 * What a run is doing, as plain data: the calls in flight (by their readable name, never a header
 * or a secret), when the run started and the time it may take at most. The engine hands it to
 * `EngineDeps.onProgress` each time a probe starts or ends; the background passes it on to the pages.
 */
export interface ProbeInFlight {
  /** The probe's id (a `ProbeId`, the report's `data-probe`). */
  probe: string;
  /** "GET /rest/api/3/myself on acme.atlassian.net": method, path and host, no query, no header. */
  call: string;
  /** When it was sent (ms, the run's clock). */
  startedAt: number;
  /** When it gives up at the latest, from its start (the probe timeout, or what is left of the run). */
  timeoutMs: number;
}

export interface RunProgress {
  /** When the run started (ms, the run's clock: epoch ms in the extension). */
  startedAt: number;
  /** The run's time budget: it ends at `startedAt + budgetMs` at the latest. */
  budgetMs: number;
  inFlight: ProbeInFlight[];
  /** Probes sent so far, answered or not. */
  sent: number;
  /** Probes that came back (with an answer, a timeout or an error). */
  answered: number;
  /** The request budget, for checks that have one (the scope check). */
  maxRequests?: number;
}

export type ProgressListener = (progress: RunProgress) => void;

/** The readable name of a probe: its method, path and host; the query and any user info are left out. */
export function probeCall(url: string): string {
  try {
    const parsed = new URL(url);
    return `GET ${parsed.pathname} on ${parsed.host}`;
  } catch {
    return 'GET (an unreadable URL)';
  }
}
