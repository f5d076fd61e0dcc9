/**
 * A Jira Data Center server (facts §5.4, §1.3, §1.4, §1.11), reached like the Cloud hosts: by URL
 * in-process, by Host header over the HTTPS server (handler.ts effectiveHost). The emulator's
 * server is HTTPS only, so a DC server on plain `http://` is out of scope for browser tests;
 * in-process the scheme is not looked at (an `http://` URL is answered as if it were https).
 */
import type { Call } from './call';
import {
  dcBasicAuthFailure,
  dcCaptcha,
  dcClientMustBeAuthenticated,
  dcDashboard,
  dcForbiddenHtml,
  dcMyself,
  dcRedirect,
  tomcatNotFound,
} from './responses/data-center';
import type { DataCenterServerSpec, DataCenterUserSpec } from './scenario-kinds';

type DcCredential =
  | { kind: 'none' }
  | { kind: 'bearer'; token: string }
  | { kind: 'basic'; user: string; password: string }
  | { kind: 'other' };

function readDcAuthorization(header: string | null): DcCredential {
  if (header === null || header.trim() === '') return { kind: 'none' };
  const space = header.indexOf(' ');
  const scheme = (space < 0 ? header : header.slice(0, space)).toLowerCase();
  const value = space < 0 ? '' : header.slice(space + 1).trim();
  if (scheme === 'bearer') return { kind: 'bearer', token: value };
  if (scheme !== 'basic') return { kind: 'other' };
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { kind: 'basic', user: decoded, password: '' };
  return { kind: 'basic', user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function findUser(server: DataCenterServerSpec, name: string): DataCenterUserSpec | undefined {
  return server.users.find((u) => u.name.toLowerCase() === name.toLowerCase());
}

export function handleDataCenter(call: Call, server: DataCenterServerSpec): Response {
  const { ctx, url } = call;
  const origin = `${url.protocol}//${url.host}`;
  const context = server.contextPath ?? '';
  const jiraUrl = `https://${server.host}${context}`;
  const path = url.pathname;

  if (context !== '') {
    // ASSUMPTION: `/` (and the bare context) redirects to `{context}/`, as Tomcat setups usually do.
    if (path === '/' || path === context) return dcRedirect(ctx, `${origin}${context}/`);
    // facts §1.11: a missing context path → Tomcat 404 "The origin server did not find…".
    if (!path.startsWith(`${context}/`)) return tomcatNotFound(ctx);
  }
  const inner = path.slice(context.length);
  if (inner === '/') return dcDashboard(ctx); // ASSUMPTION: a plain page
  // facts §5.4: `/rest/api/3/…` is Cloud-only; DC answers 404 (Tomcat page, before any login check:
  // ASSUMPTION on the order).
  if (/^\/rest\/api\/3(\/|$)/.test(inner)) return tomcatNotFound(ctx);
  // Only `/rest/api/2/myself` is emulated; an extra `/jira` on a root-deployed server (facts
  // §1.11) and anything else → the Tomcat 404 (ASSUMPTION: Jira's own 404 page may differ).
  if (inner !== '/rest/api/2/myself') return tomcatNotFound(ctx);

  const cred = readDcAuthorization(call.request.headers.get('authorization'));
  // facts §1.4: CAPTCHA → 403 AUTHENTICATION_DENIED + CAPTCHA_CHALLENGE with the login URL. facts
  // describe password logins; applying it to PAT requests too is an ASSUMPTION (so that the
  // product's CAPTCHA_REQUIRED path can be tested with a PAT profile).
  if (server.captcha && cred.kind !== 'none') return dcCaptcha(ctx, jiraUrl);
  const apiBase = `${jiraUrl}/rest/api/2`;

  if (cred.kind === 'bearer') {
    // facts §5.4: a PAT is sent as `Authorization: Bearer <PAT>`.
    const pat = server.pats.find((p) => p.token === cred.token);
    const user = pat === undefined ? undefined : findUser(server, pat.ownerName);
    if (pat !== undefined && pat.state === 'active' && user !== undefined && user.active) {
      return dcMyself(ctx, user, apiBase, jiraUrl);
    }
    // Unknown, expired or revoked PAT (or a Cloud token / OAuth JWT as Bearer) → JSON 401
    // (facts §1.3 JSON variant; PortOS#2235 "JSON 401 on an invalid/expired token").
    return dcClientMustBeAuthenticated(ctx, jiraUrl, true);
  }
  if (cred.kind === 'basic') {
    // facts §5.4: basic auth disabled (PAT only) → 403 HTML "Forbidden (403)" for Cloud-style
    // `email:ATATT…` and any other Basic credential (nextcloud/integration_jira#87: 403).
    if (server.patOnly) return dcForbiddenHtml(ctx);
    const user = findUser(server, cred.user);
    if (user !== undefined && user.active && user.password === cred.password)
      return dcMyself(ctx, user, apiBase, jiraUrl);
    // facts §5.4: a PAT sent as the Basic password → 401 (cosmix/jira-mcp#46); also a wrong
    // password or `email:token`. The DC HTML 401 "Basic Authentication Failure" of facts §1.3.
    return dcBasicAuthFailure(ctx);
  }
  // No credentials (or an unknown scheme, ignored): `/myself` needs a user → 401 JSON.
  return dcClientMustBeAuthenticated(ctx, jiraUrl, false);
}
