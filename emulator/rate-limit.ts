/**
 * Rate limits as they look in 2026: Jira Cloud's HTML 429 page, and the near-limit headers that a
 * site switched `nearLimit` adds to every answer.
 */
import type { Call } from './call';
import { isJwtBearer } from './oauth';
import { CONTENT_TYPE, respond, type ResponseContext } from './responses/envelope';
import type { SiteSpec } from './scenario';

/**
 * https://github.com/apache/devlake/issues/2932, https://github.com/floralvikings/jira-connector/issues/250: a Jira Cloud 429 can be an HTML page
 * (`<title>Oops - an error has occurred</title>`, `<body class=" error-page error429">`, "Something went wrong … check
 * our Statuspage"); the markup around those pieces is an assumption. Retry-After as the rate-limiting doc says
 * (https://developer.atlassian.com/cloud/jira/platform/rate-limiting).
 */
export function rateLimitedHtml(ctx: ResponseContext, retryAfterSeconds: number): Response {
  const body = `<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>Oops - an error has occurred</title></head>
<body class=" error-page error429">
<div class="error-message"><h1>Something went wrong</h1>
<p>Try reloading the page, then check our Statuspage for any current outages.</p></div>
</body>
</html>
`;
  return respond(ctx, 429, body, CONTENT_TYPE.html, { 'retry-after': String(retryAfterSeconds) });
}

/** The start of the next hour, as `X-Beta-Ratelimit-Reset` writes it (`2026-03-26T16:00Z`). */
function nextHour(now: number): string {
  const hour = 3_600_000;
  return `${new Date(Math.ceil((now + 1) / hour) * hour).toISOString().slice(0, 16)}Z`;
}

/**
 * The near-limit headers of a site switched `nearLimit`, added to its answer:
 * - OAuth (Bearer JWT) calls: the points-based quota headers as measured on 2026-03-26
 *   (https://community.developer.atlassian.com/t/2026-point-based-rate-limits/97828?page=9: `Beta-Ratelimit-Policy: "tenant-app-quota";q=100100;w=3600`,
 *   `Beta-Ratelimit: "tenant-app-quota";r=…;t=…`, `X-Beta-Ratelimit-Reason: jira-quota-tenant-based`,
 *   `X-Beta-Ratelimit-Nearlimit: true`, `X-Beta-Ratelimit-Reset`); "API token-based traffic is not affected"
 *   by those quotas (https://developer.atlassian.com/cloud/jira/platform/rate-limiting), so Basic calls do not get them;
 * - every call: `X-RateLimit-NearLimit: true`, less than 20 % of a budget left (https://jira.atlassian.com/browse/JRACLOUD-69262),
 *   with `X-RateLimit-Limit` / `X-RateLimit-Remaining` (350 and 60 here: the measured limit, a remainder under 20 %).
 */
export function withNearLimit(call: Call, site: SiteSpec, response: Response): Response {
  if (!site.nearLimit) return response;
  const headers = new Headers(response.headers);
  const cred = call.credential;
  if (cred.kind === 'bearer' && isJwtBearer(cred.token)) {
    const secondsToReset = Math.round((Date.parse(nextHour(call.now)) - call.now) / 1000);
    headers.set('beta-ratelimit-policy', '"tenant-app-quota";q=100100;w=3600');
    headers.set('beta-ratelimit', `"tenant-app-quota";r=17842;t=${secondsToReset}`);
    headers.set('x-beta-ratelimit-reason', 'jira-quota-tenant-based');
    headers.set('x-beta-ratelimit-nearlimit', 'true');
    headers.set('x-beta-ratelimit-reset', nextHour(call.now));
  }
  headers.set('x-ratelimit-nearlimit', 'true');
  headers.set('x-ratelimit-limit', '350');
  headers.set('x-ratelimit-remaining', '60');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
