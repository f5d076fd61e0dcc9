/**
 * Answers of a Jira Data Center server (https://github.com/pycontribs/jira/issues/993, https://github.com/GothenburgBitFactory/bugwarrior/issues/689, https://confluence.atlassian.com/jakb/connector-captcha_challenge-error-on-jira-align-connector-1318881453.html, https://github.com/solidify/jira-azuredevops-migrator/issues/775). A DC server is not behind
 * Atlassian's edge: no `Server: AtlassianEdge`, no `atl-traceid`; it sends `X-AREQUESTID`.
 */
import { hexFrom } from '../fake-ids';
import type { DataCenterUserSpec } from '../scenario-kinds';
import { CONTENT_TYPE, type HeaderInit, type ResponseContext } from './envelope';

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  302: 'Found',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
};

function dcRespond(
  ctx: ResponseContext,
  status: number,
  body: string,
  contentType: string,
  headers: HeaderInit = {},
): Response {
  const h = new Headers();
  h.set('content-type', contentType);
  h.set('x-arequestid', ctx.traceId.slice(0, 12));
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value === 'string') h.append(name, value);
    else for (const v of value) h.append(name, v);
  }
  return new Response(body, { status, statusText: STATUS_TEXT[status] ?? '', headers: h });
}

/**
 * https://github.com/solidify/jira-azuredevops-migrator/issues/775: a path outside the context path → Tomcat's
 * 404 "The origin server did not find a current representation for the target resource…".
 * Also https://github.com/atlassian-api/atlassian-python-api/issues/1572 for `/rest/api/3/…` on DC ("Tomcat/Apache style" 404). The markup around the
 * sentence is Tomcat's usual page (an assumption).
 */
export const TOMCAT_NOT_FOUND_SENTENCE =
  'The origin server did not find a current representation for the target resource or is not willing to disclose that one exists.';

export function tomcatNotFound(ctx: ResponseContext): Response {
  const body = `<!doctype html><html lang="en"><head><title>HTTP Status 404 – Not Found</title></head><body><h1>HTTP Status 404 – Not Found</h1><hr class="line" /><p><b>Type</b> Status Report</p><p><b>Description</b> ${TOMCAT_NOT_FOUND_SENTENCE}</p><hr class="line" /><h3>Apache Tomcat</h3></body></html>`;
  return dcRespond(ctx, 404, body, CONTENT_TYPE.html);
}

/** ASSUMPTION: the server root of a DC under a context path redirects to it (302, Tomcat style). */
export function dcRedirect(ctx: ResponseContext, location: string): Response {
  return dcRespond(ctx, 302, '', CONTENT_TYPE.html, { location });
}

/** ASSUMPTION: `{context}/` answers a plain HTML page (the real one is the dashboard or a login page). */
export function dcDashboard(ctx: ResponseContext): Response {
  const body =
    '<!DOCTYPE html><html><head><title>System Dashboard - Jira</title></head><body><h1>System Dashboard</h1></body></html>\n';
  return dcRespond(ctx, 200, body, CONTENT_TYPE.html);
}

/**
 * https://confluence.atlassian.com/jakb/connector-captcha_challenge-error-on-jira-align-connector-1318881453.html (Jira DC): CAPTCHA → 403, `X-Seraph-LoginReason: AUTHENTICATION_DENIED`,
 * `X-Authentication-Denied-Reason: CAPTCHA_CHALLENGE; login-url=<jira_url>/login.jsp`, text/html,
 * `WWW-Authenticate: OAuth realm="<jira_url>"`. The HTML body is an assumption.
 */
export function dcCaptcha(ctx: ResponseContext, jiraUrl: string): Response {
  const body = `<!DOCTYPE html><html><head><title>Forbidden (403)</title></head><body><p>CAPTCHA_CHALLENGE; login-url=${jiraUrl}/login.jsp</p></body></html>\n`;
  return dcRespond(ctx, 403, body, CONTENT_TYPE.html, {
    'x-seraph-loginreason': 'AUTHENTICATION_DENIED',
    'x-authentication-denied-reason': `CAPTCHA_CHALLENGE; login-url=${jiraUrl}/login.jsp`,
    'www-authenticate': `OAuth realm="${jiraUrl}"`,
  });
}

/**
 * https://github.com/ankitpokhrel/jira-cli/issues/323, https://github.com/nextcloud/integration_jira/issues/87: Basic sent to a DC that
 * accepts only PATs → 403 HTML "Forbidden (403)". The page text mirrors the classic error page of
 * https://github.com/GothenburgBitFactory/bugwarrior/issues/689 (an assumption beyond the title).
 */
export function dcForbiddenHtml(ctx: ResponseContext): Response {
  const body = `<!DOCTYPE html><html><head><title>Forbidden (403)</title></head><body><h1>Forbidden (403)</h1><p>Encountered a &quot;403 - Forbidden&quot; error while loading this page.</p><p>Basic Authentication has been disabled on this instance.</p></body></html>\n`;
  return dcRespond(ctx, 403, body, CONTENT_TYPE.html);
}

/**
 * https://github.com/GothenburgBitFactory/bugwarrior/issues/689: the HTML 401 page (`<title>Unauthorized (401)</title>`, `Encountered a "401 -
 * Unauthorized" error while loading this page.`) with the Jira DC line `Basic Authentication
 * Failure - Reason : AUTHENTICATED_FAILED`, text/html and `X-Seraph-LoginReason:
 * AUTHENTICATED_FAILED` (ID-6351). Used for a Basic credential DC refuses.
 */
export function dcBasicAuthFailure(ctx: ResponseContext): Response {
  const body = `<!DOCTYPE html><html><head><title>Unauthorized (401)</title></head><body><h1>Unauthorized (401)</h1><p>Encountered a &quot;401 - Unauthorized&quot; error while loading this page.</p><p>Basic Authentication Failure - Reason : AUTHENTICATED_FAILED</p></body></html>\n`;
  return dcRespond(ctx, 401, body, CONTENT_TYPE.html, { 'x-seraph-loginreason': 'AUTHENTICATED_FAILED' });
}

/**
 * https://github.com/atlassian/gajira-login/issues/59: the JSON 401 `{"message":"Client must be authenticated to access this
 * resource.","status-code":401}` (node-jira-client#255); "a JSON 401 on an invalid/expired
 * token" (PortOS#2235). Used for a rejected PAT (with `X-Seraph-LoginReason: AUTHENTICATED_FAILED`)
 * and for no credentials (without it, as on Cloud — an assumption).
 */
export function dcClientMustBeAuthenticated(ctx: ResponseContext, jiraUrl: string, rejected: boolean): Response {
  const headers: Record<string, string> = { 'www-authenticate': `OAuth realm="${jiraUrl}"` };
  if (rejected) headers['x-seraph-loginreason'] = 'AUTHENTICATED_FAILED';
  const body = JSON.stringify({ message: 'Client must be authenticated to access this resource.', 'status-code': 401 });
  return dcRespond(ctx, 401, body, CONTENT_TYPE.json, headers);
}

/** `GET /rest/api/2/myself` on DC → 200, Jira Server's User bean (`name`, `key`, …; no accountId). */
export function dcMyself(ctx: ResponseContext, user: DataCenterUserSpec, apiBase: string, jiraUrl: string): Response {
  const key = user.key ?? `JIRAUSER${10000 + (parseInt(hexFrom(`dc-key/${user.name}`, 6), 16) % 90000)}`;
  const avatar = (size: number): string => `${jiraUrl}/secure/useravatar?size=${size}&avatarId=10122`;
  const body = {
    self: `${apiBase}/user?username=${encodeURIComponent(user.name)}`,
    key,
    name: user.name,
    emailAddress: user.emailAddress,
    avatarUrls: { '48x48': avatar(48), '24x24': avatar(24), '16x16': avatar(16), '32x32': avatar(32) },
    displayName: user.displayName,
    active: user.active,
    deleted: false,
    timeZone: 'Etc/UTC',
    locale: 'en_US',
    groups: { size: 1, items: [] },
    applicationRoles: { size: 1, items: [] },
    expand: 'groups,applicationRoles',
  };
  return dcRespond(ctx, 200, JSON.stringify(body), CONTENT_TYPE.json, {
    'x-seraph-loginreason': 'OK',
    'x-ausername': user.name,
  });
}

/**
 * A Jira Data Center's anonymous `/rest/api/2/serverInfo`: `deploymentType` "Server" where Cloud
 * says "Cloud" (https://github.com/aquasecurity/postee/pull/668 tells the two apart by this field).
 * ASSUMPTION: the version and build fields are made up; "Server" is what Jira 8/9 Data Center is
 * reported to answer (recent versions may say "DataCenter"; Token Doctor reads both as Data Center).
 */
export function dcServerInfo(ctx: ResponseContext, jiraUrl: string): Response {
  const body = {
    baseUrl: jiraUrl,
    version: '9.12.2',
    versionNumbers: [9, 12, 2],
    deploymentType: 'Server',
    buildNumber: 9120002,
    buildDate: '2024-01-01T00:00:00.000+0000',
    scmInfo: hexFrom(`dc-scm/${ctx.host}`, 40),
    serverTitle: 'Jira',
  };
  return dcRespond(ctx, 200, JSON.stringify(body), CONTENT_TYPE.json);
}
