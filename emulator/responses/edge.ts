/**
 * Answers of the Cloud edge, in front of any product: tenant_info, the edge 404 page, redirects,
 * and the site switches (rate limit, 5xx, deactivated, HTML where JSON was due).
 */
import { CONTENT_TYPE, json, respond, type ResponseContext } from './envelope';

/** https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md: `GET https://SITE/_edge/tenant_info` (no auth) → `{"cloudId":"<uuid>"}`. */
export function tenantInfo(ctx: ResponseContext, cloudId: string): Response {
  return json(ctx, 200, { cloudId });
}

/**
 * https://github.com/prometheus/alertmanager/issues/4609: the newer Cloud edge 404 page ("Atlassian Cloud Notifications - Page Unavailable",
 * `<h1>Page unavailable</h1>`, stylesheet `/_edge/resources/aui-prototyping.css`).
 * What Atlassian answers for a `*.atlassian.net` name with no site is NOT publicly documented;
 * the emulator serves this page for every path on an unknown host (an assumption: the classifier
 * may rely on "HTML 404 from the edge", not on the wording).
 */
export function edgeNotFound(ctx: ResponseContext): Response {
  const body = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Atlassian Cloud Notifications - Page Unavailable</title>
<link rel="stylesheet" href="/_edge/resources/aui-prototyping.css">
</head>
<body>
<section class="aui-page-panel">
<h1>Page unavailable</h1>
<p>The page you are looking for is unavailable. Check the address and try again.</p>
</section>
</body>
</html>
`;
  return respond(ctx, 404, body, CONTENT_TYPE.html);
}

/**
 * A moved site. https://github.com/go-jira/jira/issues/222 shows `301 Moved Permanently` for `http://` site URLs; the emulator
 * uses the same answer for a renamed site (`redirectTo`) — the status for renames is an assumption.
 */
export function movedPermanently(ctx: ResponseContext, location: string): Response {
  const body = `<html><head><title>301 Moved Permanently</title></head><body><h1>Moved Permanently</h1><p>The document has moved <a href="${location}">here</a>.</p></body></html>\n`;
  return respond(ctx, 301, body, CONTENT_TYPE.html, { location });
}

/**
 * Deactivated sites show "an Atlassian-hosted 'site deactivated / subscription
 * suspended' page". Status and markup are NOT confirmed: 404 + this HTML is an assumption.
 */
export function siteDeactivated(ctx: ResponseContext): Response {
  const body = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Atlassian Cloud Notifications - Site deactivated</title></head>
<body><h1>This site has been deactivated</h1>
<p>${ctx.host} was deactivated due to inactivity. An organization admin can reactivate it in Atlassian Administration.</p></body>
</html>
`;
  return respond(ctx, 404, body, CONTENT_TYPE.html);
}

/**
 * https://developer.atlassian.com/cloud/jira/platform/rate-limiting: 429 "may be accompanied by `Retry-After` and `X-RateLimit-Reset`"; Retry-After in
 * seconds, X-RateLimit-Reset as ISO 8601 `yyyy-MM-ddTHH:mmZ`; also `X-RateLimit-Limit`,
 * `X-RateLimit-Remaining`, `RateLimit-Reason` (`jira-burst-based`). The JSON body is an
 * assumption (the docs give no body).
 */
export function rateLimited(ctx: ResponseContext, retryAfterSeconds: number, now: number): Response {
  const reset = new Date(now + retryAfterSeconds * 1000).toISOString().slice(0, 16) + 'Z';
  return json(
    ctx,
    429,
    { errorMessages: ['Rate limit exceeded.'], errors: {} },
    {
      'retry-after': String(retryAfterSeconds),
      'x-ratelimit-reset': reset,
      'x-ratelimit-limit': '100',
      'x-ratelimit-remaining': '0',
      'ratelimit-reason': 'jira-burst-based',
    },
  );
}

/**
 * 5xx with an HTML page. https://developer.atlassian.com/cloud/jira/platform/rate-limiting: "some transient 503s also carry Retry-After". The page
 * itself is an assumption (https://github.com/prometheus/alertmanager/issues/4609 shows the edge's "Atlassian Cloud Notifications" family).
 */
export function serverError(ctx: ResponseContext, status: 500 | 502 | 503, retryAfterSeconds?: number): Response {
  const body = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Atlassian Cloud Notifications - Something went wrong</title></head>
<body><h1>Something went wrong</h1><p>Error ${status}. Try again in a few minutes.</p></body>
</html>
`;
  const headers: Record<string, string> = {};
  if (retryAfterSeconds !== undefined) headers['retry-after'] = String(retryAfterSeconds);
  return respond(ctx, status, body, CONTENT_TYPE.html, headers);
}

/**
 * https://github.com/ankitpokhrel/jira-cli/issues/439, https://github.com/ankitpokhrel/jira-cli/issues/822: a host that answers REST calls with an HTML page, 200, where
 * JSON was due ("invalid character '<'"). The login-page markup is an assumption.
 */
export function htmlInsteadOfJson(ctx: ResponseContext): Response {
  const body = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Log in with Atlassian account</title></head>
<body><div id="root">Log in to continue to ${ctx.host}</div></body>
</html>
`;
  return respond(ctx, 200, body, CONTENT_TYPE.html);
}

/**
 * Not Atlassian behaviour: the emulator refuses anything but GET/HEAD because the extension must
 * never send anything else (its request policy: GET only, no body). Tests assert on this 405.
 */
export function methodNotAllowed(ctx: ResponseContext): Response {
  return respond(ctx, 405, 'The Atlassian emulator serves GET and HEAD only.\n', CONTENT_TYPE.text, {
    allow: 'GET, HEAD',
  });
}

/** Not Atlassian behaviour: a host the emulator does not play (not Cloud, not a scenario Data Center server). */
export function notEmulatedHost(ctx: ResponseContext): Response {
  return respond(ctx, 404, `The Atlassian emulator has nothing at ${ctx.host}.\n`, CONTENT_TYPE.text);
}
