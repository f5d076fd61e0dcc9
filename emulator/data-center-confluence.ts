/**
 * Confluence Data Center, and the Data Center rate limiter, beside the Jira server of
 * data-center.ts (govcloud area). Confluence DC is usually served under the `/confluence` context
 * path and has no `/wiki` unless configured (https://github.com/b1ff/atlassian-dc-mcp/issues/2); its
 * REST API is `{server}/rest/api/…`, `GET /rest/api/user/current` naming the caller, and PATs are
 * sent as Bearer (Confluence 7.9+: https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html).
 * `/rest/api/1.0` is not a Confluence path (https://github.com/atlassian-api/atlassian-python-api/issues/1672).
 */
import type { Call } from './call';
import { CONTENT_TYPE, respond, type ResponseContext } from './responses/envelope';
import { dcCaptcha, tomcatNotFound } from './responses/data-center';
import type { DataCenterServerSpec, DataCenterUserSpec } from './scenario-kinds';

/** `GET /rest/api/user/current`: the Confluence User bean (`type: known`), or the anonymous one. */
function userCurrent(ctx: ResponseContext, user: DataCenterUserSpec | undefined, base: string): Response {
  // ASSUMPTION (shape): Confluence's v1 User bean, as Cloud's v1 answers minus accountId.
  const body = user
    ? {
        type: 'known',
        username: user.name,
        userKey: `ff8080817${user.name.length}`,
        displayName: user.displayName,
        _links: { base, self: `${base}/rest/api/user?username=${encodeURIComponent(user.name)}` },
      }
    : { type: 'anonymous', displayName: 'Anonymous', _links: { base } };
  return respond(ctx, 200, JSON.stringify(body), CONTENT_TYPE.json);
}

/**
 * The Data Center rate limiter's 429: the Tomcat page "Rate limit exceeded." with the
 * `x-ratelimit-*` headers measured in https://github.com/ahungry/org-jira/issues/365 (limit 5,
 * fill rate 5, interval 1 s) and named in https://confluence.atlassian.com/doc/_ratelimiting_httpheaders-992678779.html.
 */
export function dcRateLimited(ctx: ResponseContext): Response {
  const body =
    '<!doctype html><html lang="en"><head><title>HTTP Status 429 – Too Many Requests</title></head><body><h1>HTTP Status 429 – Too Many Requests</h1><hr class="line" /><p><b>Type</b> Status Report</p><p><b>Message</b> Rate limit exceeded.</p><hr class="line" /><h3>Apache Tomcat</h3></body></html>';
  return respond(ctx, 429, body, CONTENT_TYPE.html, {
    'x-ratelimit-limit': '5',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-fillrate': '5',
    'x-ratelimit-interval-seconds': '1',
    'retry-after': '1',
  });
}

/** A Confluence DC server's answer, or undefined when the path is not Confluence's. */
export function handleConfluenceDataCenter(call: Call, server: DataCenterServerSpec, inner: string): Response {
  const { ctx } = call;
  const base = `https://${server.host}${server.contextPath ?? ''}`;
  if (inner !== '/rest/api/user/current') return tomcatNotFound(ctx);
  const header = call.request.headers.get('authorization');
  if (header === null || header.trim() === '') return userCurrent(ctx, undefined, base);
  if (server.captcha) return dcCaptcha(ctx, base);
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (m === null) {
    // ASSUMPTION: Basic is answered as on Jira DC (a 401); PAT profiles never send it.
    const body = JSON.stringify({ statusCode: 401, message: 'The user could not be authenticated.' });
    return respond(ctx, 401, body, CONTENT_TYPE.json);
  }
  const pat = server.pats.find((p) => p.token === m[1]);
  const user = pat && server.users.find((u) => u.name.toLowerCase() === pat.ownerName.toLowerCase());
  if (pat && pat.state === 'active' && user?.active) return userCurrent(ctx, user, base);
  // ASSUMPTION: a rejected PAT gets a JSON 401, as on Jira DC ("JSON 401 on an invalid/expired token",
  // https://github.com/atomantic/PortOS/issues/2235).
  return respond(
    ctx,
    401,
    JSON.stringify({ statusCode: 401, message: 'Client must be authenticated to access this resource.' }),
    CONTENT_TYPE.json,
  );
}
