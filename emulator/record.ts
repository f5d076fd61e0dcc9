/**
 * A log of what reached the emulator, so tests can assert what was (not) sent: how many
 * requests went to which host, and whether they carried an Authorization header. The header's
 * value is never kept.
 */
import { effectiveHost, type AtlassianHandler } from './handler';

export interface RecordedRequest {
  method: string;
  /** As received; over HTTPS it is built from the Host header (`https://acme.atlassian.net/...`). */
  url: string;
  /** The Atlassian host it was for (Host header when the URL is local). */
  host: string;
  hadAuthorization: boolean;
  /** A request body was announced (Content-Length > 0 or Transfer-Encoding); GETs must have none (https://github.com/DeloitteDigitalUK/jira-agile-metrics/issues/61). */
  hadBody: boolean;
  /** Milliseconds since the epoch when it arrived. */
  at: number;
  /** When its answer was ready (or the request failed); absent while it is being answered. */
  doneAt?: number;
}

interface RecordingHandler {
  handler: AtlassianHandler;
  requests: RecordedRequest[];
  /** Number of requests per host. */
  countByHost(): Record<string, number>;
  /** The most requests that were being answered at the same moment, per host and in all. */
  peakConcurrency(): { overall: number; byHost: Record<string, number> };
  clear(): void;
}

/** Peak overlap of [at, doneAt) intervals; an end and a start at the same instant do not overlap. */
function peakOf(requests: readonly RecordedRequest[]): number {
  const events = requests.flatMap((r) => [
    { t: r.at, d: 1 },
    { t: r.doneAt ?? Number.POSITIVE_INFINITY, d: -1 },
  ]);
  events.sort((a, b) => a.t - b.t || a.d - b.d);
  let now = 0;
  let peak = 0;
  for (const e of events) {
    now += e.d;
    peak = Math.max(peak, now);
  }
  return peak;
}

function describeRequest(request: Request, now: number = Date.now()): RecordedRequest {
  const length = Number(request.headers.get('content-length') ?? '0');
  return {
    method: request.method,
    url: request.url,
    host: effectiveHost(request),
    hadAuthorization: request.headers.has('authorization'),
    hadBody: length > 0 || request.headers.has('transfer-encoding') || request.body !== null,
    at: now,
  };
}

export function recordRequests(handler: AtlassianHandler): RecordingHandler {
  const requests: RecordedRequest[] = [];
  return {
    requests,
    handler: async (request) => {
      const recorded = describeRequest(request);
      requests.push(recorded);
      try {
        return await handler(request);
      } finally {
        recorded.doneAt = Date.now();
      }
    },
    countByHost: () => {
      const counts: Record<string, number> = {};
      for (const r of requests) counts[r.host] = (counts[r.host] ?? 0) + 1;
      return counts;
    },
    peakConcurrency: () => {
      const byHost: Record<string, number> = {};
      for (const host of new Set(requests.map((r) => r.host)))
        byHost[host] = peakOf(requests.filter((r) => r.host === host));
      return { overall: peakOf(requests), byHost };
    },
    clear: () => {
      requests.length = 0;
    },
  };
}
