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
}

interface RecordingHandler {
  handler: AtlassianHandler;
  requests: RecordedRequest[];
  /** Number of requests per host. */
  countByHost(): Record<string, number>;
  clear(): void;
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
    handler: (request) => {
      requests.push(describeRequest(request));
      return handler(request);
    },
    countByHost: () => {
      const counts: Record<string, number> = {};
      for (const r of requests) counts[r.host] = (counts[r.host] ?? 0) + 1;
      return counts;
    },
    clear: () => {
      requests.length = 0;
    },
  };
}
