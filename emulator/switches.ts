/**
 * The site switches that apply wherever the site is reached (its host and the gateway): latency,
 * hang, 5xx and 429. Host-only switches (CAPTCHA, redirect, …) live in site.ts.
 */
import { sleep, waitForAbort } from './abort';
import type { Call } from './call';
import { rateLimited, serverError } from './responses/edge';
import { faultResponse } from './faults';
import { rateLimitedHtml } from './rate-limit';
import type { SiteSpec } from './scenario';

/** Per-handler memory: how many requests each site has seen (for `firstRequests`). */
export class SiteCounters {
  private readonly counts = new Map<string, number>();

  /** Counts one more request for `host` and returns its 1-based number. */
  next(host: string): number {
    const n = (this.counts.get(host) ?? 0) + 1;
    this.counts.set(host, n);
    return n;
  }
}

/** A response when a switch answers instead of the site, otherwise undefined. May never settle (hang). */
export async function sharedSwitches(
  call: Call,
  site: SiteSpec,
  counters: SiteCounters,
): Promise<Response | undefined> {
  const { signal } = call.request;
  await sleep(site.latencyMs ?? 0, signal);
  if (site.hang) {
    // Never answers: settles only when the request is aborted (client gone, timeout), then
    // rejects like fetch does. No timer is involved, so nothing leaks.
    return waitForAbort(signal);
  }
  const n = counters.next(site.host);
  const failing = site.serverError;
  if (failing && (failing.firstRequests === undefined || n <= failing.firstRequests)) {
    return serverError(call.ctx, failing.status, failing.retryAfterSeconds); // https://developer.atlassian.com/cloud/jira/platform/rate-limiting (503 + Retry-After)
  }
  const limited = site.rateLimited;
  if (limited && (limited.firstRequests === undefined || n <= limited.firstRequests)) {
    if (limited.html) return rateLimitedHtml(call.ctx, limited.retryAfterSeconds); // https://github.com/apache/devlake/issues/2932
    return rateLimited(call.ctx, limited.retryAfterSeconds, call.now); // https://developer.atlassian.com/cloud/jira/platform/rate-limiting
  }
  if (site.faults) return faultResponse(call, site.faults);
  return undefined;
}
