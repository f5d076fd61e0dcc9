/**
 * A Jira Data Center server (https://github.com/pycontribs/jira/issues/993, https://github.com/GothenburgBitFactory/bugwarrior/issues/689, https://confluence.atlassian.com/jakb/connector-captcha_challenge-error-on-jira-align-connector-1318881453.html, https://github.com/solidify/jira-azuredevops-migrator/issues/775), reached like the Cloud hosts: by URL
 * in-process, by Host header over the HTTPS server (handler.ts effectiveHost). The emulator's
 * server is HTTPS only, so a DC server on plain `http://` is out of scope for browser tests;
 * in-process the scheme is not looked at (an `http://` URL is answered as if it were https).
 */
import type { Call } from './call';
import { dcRateLimited, handleConfluenceDataCenter } from './data-center-confluence';
import {
  dcBasicAuthFailure,
  dcCaptcha,
  dcClientMustBeAuthenticated,
  dcDashboard,
  dcForbiddenHtml,
  dcMyself,
  dcRedirect,
  tomcatNotFound,
  dcServerInfo,
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
    // https://github.com/solidify/jira-azuredevops-migrator/issues/775: a missing context path → Tomcat 404 "The origin server did not find…".
    if (!path.startsWith(`${context}/`)) return tomcatNotFound(ctx);
  }
  const inner = path.slice(context.length);
  if (inner === '/') return dcDashboard(ctx); // ASSUMPTION: a plain page
  // Confluence DC and the rate limiter: data-center-confluence.ts.
  if (server.rateLimited && inner.startsWith('/rest/')) return dcRateLimited(ctx);
  if (server.product === 'confluence') return handleConfluenceDataCenter(call, server, inner);
  // https://github.com/atlassian-api/atlassian-python-api/issues/1572: `/rest/api/3/…` is Cloud-only; DC answers 404 (Tomcat page, before any login check:
  // ASSUMPTION on the order).
  if (/^\/rest\/api\/3(\/|$)/.test(inner)) return tomcatNotFound(ctx);
  // https://github.com/aquasecurity/postee/pull/668: the anonymous serverInfo says "Server", not "Cloud".
  if (inner === '/rest/api/2/serverInfo') return dcServerInfo(ctx, jiraUrl);
  // Only `/rest/api/2/myself` is emulated; an extra `/jira` on a root-deployed server
  // (https://github.com/solidify/jira-azuredevops-migrator/issues/775) and anything else → the Tomcat 404 (ASSUMPTION: Jira's own 404 page may differ).
  if (inner !== '/rest/api/2/myself') return tomcatNotFound(ctx);

  const cred = readDcAuthorization(call.request.headers.get('authorization'));
  // https://confluence.atlassian.com/jakb/connector-captcha_challenge-error-on-jira-align-connector-1318881453.html: CAPTCHA → 403 AUTHENTICATION_DENIED + CAPTCHA_CHALLENGE with the login URL. The
  // sources describe password logins; applying it to PAT requests too is an ASSUMPTION (so that the
  // product's CAPTCHA_REQUIRED path can be tested with a PAT profile).
  if (server.captcha && cred.kind !== 'none') return dcCaptcha(ctx, jiraUrl);
  const apiBase = `${jiraUrl}/rest/api/2`;

  if (cred.kind === 'bearer') {
    // https://github.com/pycontribs/jira/issues/993: a PAT is sent as `Authorization: Bearer <PAT>`.
    const pat = server.pats.find((p) => p.token === cred.token);
    const user = pat === undefined ? undefined : findUser(server, pat.ownerName);
    if (pat !== undefined && pat.state === 'active' && user !== undefined && user.active) {
      return dcMyself(ctx, user, apiBase, jiraUrl);
    }
    // Unknown, expired or revoked PAT (or a Cloud token / OAuth JWT as Bearer) → JSON 401
    // (the JSON variant, https://github.com/jira-node/node-jira-client/issues/255; "JSON 401 on an invalid/expired token", https://github.com/atomantic/PortOS/issues/2235).
    return dcClientMustBeAuthenticated(ctx, jiraUrl, true);
  }
  if (cred.kind === 'basic') {
    // https://github.com/ankitpokhrel/jira-cli/issues/323: basic auth disabled (PAT only) → 403 HTML "Forbidden (403)" for Cloud-style
    // `email:ATATT…` and any other Basic credential (nextcloud/integration_jira#87: 403).
    if (server.patOnly) return dcForbiddenHtml(ctx);
    const user = findUser(server, cred.user);
    if (user !== undefined && user.active && user.password === cred.password)
      return dcMyself(ctx, user, apiBase, jiraUrl);
    // https://github.com/cosmix/jira-mcp/issues/46: a PAT sent as the Basic password → 401; also a wrong
    // password or `email:token`. The Jira DC variant of the HTML 401 page, with "Basic Authentication Failure".
    return dcBasicAuthFailure(ctx);
  }
  // No credentials (or an unknown scheme, ignored): `/myself` needs a user → 401 JSON.
  return dcClientMustBeAuthenticated(ctx, jiraUrl, false);
}
