/** Answers of the API gateway `api.atlassian.com` itself (before any product sees the request). */
import { json, type ResponseContext } from './envelope';

/**
 * https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md: a scoped (or OAuth) token lacking the scope → 401
 * `{"code":401,"message":"Unauthorized; scope does not match"}` with
 * `X-Failure-Category: FAILURE_CLIENT_SCOPE_CHECK`.
 */
export function scopeDoesNotMatch(ctx: ResponseContext): Response {
  return json(
    ctx,
    401,
    { code: 401, message: 'Unauthorized; scope does not match' },
    { 'x-failure-category': 'FAILURE_CLIENT_SCOPE_CHECK' },
  );
}

/**
 * Rejected or missing credentials at the gateway. ASSUMPTION: no public source confirms this body
 * (no public source gives the exact body of the gateway's 401); it only mirrors the shape of
 * https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md. The classifier must not depend on it beyond "401 without the scope message".
 */
export function gatewayUnauthorized(ctx: ResponseContext): Response {
  return json(ctx, 401, { code: 401, message: 'Unauthorized' });
}

/**
 * https://github.com/confluence-publisher/confluence-publisher/issues/492: Spring-style 404 JSON for a gateway path with no route (e.g. missing
 * `/ex/jira/{cloudId}`). Also used, as an assumption, for an unknown cloudId and for a Bearer
 * API token (https://github.com/jwbron/egg/issues/3094 says only "returned 404").
 */
export function springNotFound(ctx: ResponseContext, path: string, now: number): Response {
  return json(ctx, 404, {
    timestamp: new Date(now).toISOString(),
    status: 404,
    error: 'Not Found',
    message: 'No message available',
    path,
  });
}
