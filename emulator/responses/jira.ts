/**
 * Jira Cloud's answers, as public reports and Atlassian docs show them (each builder names its source): the 401 families, the CAPTCHA and IP-allowlist
 * 403s, the Bearer 403, the dead-link 404, the 410 for removed search, and the success bodies.
 */
import { hexFrom } from '../fake-ids';
import type { AccountSpec } from '../scenario';
import { CONTENT_TYPE, json, respond, xsrfCookie, type HeaderInit, type ResponseContext } from './envelope';

/** How the request was authenticated, as far as Jira's answer shows it. */
export type JiraCaller = 'authenticated' | 'rejected' | 'anonymous';

/**
 * Headers Jira adds to site answers: `X-Seraph-LoginReason` (https://github.com/MrRefactoring/jira.js/issues/418, https://developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/: OK when the
 * credentials were accepted, AUTHENTICATED_FAILED when rejected; none for a request without
 * credentials — an assumption, no public source shows one) and the xsrf cookie (`_lout` = logged out).
 */
export function seraphHeaders(ctx: ResponseContext, caller: JiraCaller): HeaderInit {
  const headers: Record<string, string> = {
    'set-cookie': xsrfCookie(ctx.host, caller === 'authenticated'),
    'x-arequestid': ctx.traceId.slice(0, 12),
  };
  if (caller === 'authenticated') headers['x-seraph-loginreason'] = 'OK';
  if (caller === 'rejected') headers['x-seraph-loginreason'] = 'AUTHENTICATED_FAILED';
  return headers;
}

const CLIENT_MUST_AUTHENTICATE = 'Client must be authenticated to access this resource.';

/** Accept asks for XML and not JSON (https://github.com/atlassian/gajira-login/issues/59: "the format follows the Accept header"). */
function wantsXml(accept: string | null): boolean {
  if (accept === null) return false;
  const a = accept.toLowerCase();
  return a.includes('xml') && !a.includes('json');
}

/**
 * https://github.com/atlassian/gajira-login/issues/59 (newer shape, 2022+; also what a scoped token on the
 * site URL gets, https://github.com/sooperset/mcp-atlassian/issues/968): 401 "Client must be authenticated to access
 * this resource." as JSON, or XML when Accept asks for it, with `www-authenticate`,
 * `set-cookie`, `atl-traceid`, `atl-request-id` and, for rejected credentials,
 * `X-Seraph-LoginReason: AUTHENTICATED_FAILED`. The WWW-Authenticate value follows the
 * `OAuth realm="<jira_url>"` form of https://confluence.atlassian.com/jakb/connector-captcha_challenge-error-on-jira-align-connector-1318881453.html.
 */
export function clientMustBeAuthenticated(ctx: ResponseContext, caller: JiraCaller, accept: string | null): Response {
  const headers = {
    ...seraphHeaders(ctx, caller),
    'www-authenticate': `OAuth realm="https://${ctx.host}"`,
    'atl-request-id': ctx.traceId,
  };
  if (wantsXml(accept)) {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><status><status-code>401</status-code><message>${CLIENT_MUST_AUTHENTICATE}</message></status>`;
    return respond(ctx, 401, xml, CONTENT_TYPE.xml, headers);
  }
  return json(ctx, 401, { message: CLIENT_MUST_AUTHENTICATE, 'status-code': 401 }, headers);
}

/**
 * https://github.com/gioboa/jira-plugin/issues/148 (historic, 2019–2023): 401 text/plain from `Server: AtlassianProxy/1.x` for a Basic
 * credential that is not an email + API-token pair. Two spaces after the first period and a
 * trailing newline. This is the later link variant (2022–2023); the 2019–2021 one pointed at
 * confluence.atlassian.com/cloud/deprecation-of-basic-authentication-with-passwords-….
 */
export const BASIC_PASSWORDS_DEPRECATED =
  'Basic authentication with passwords is deprecated.  For more information, see: https://developer.atlassian.com/cloud/confluence/deprecation-notice-basic-auth/\n';

export function basicPasswordsDeprecated(ctx: ResponseContext): Response {
  return respond(ctx, 401, BASIC_PASSWORDS_DEPRECATED, CONTENT_TYPE.text, {}, 'AtlassianProxy/1.19.3.1');
}

/** https://github.com/lesstif/php-jira-rest-client/issues/528: Jira Cloud site + `Authorization: Bearer <api token>` → 403 with this exact body. */
export function connectSessionTokenUnparseable(ctx: ResponseContext): Response {
  return respond(ctx, 403, '{"error": "Failed to parse Connect Session Auth Token"}', CONTENT_TYPE.json);
}

/**
 * https://confluence.atlassian.com/jakb/connector-captcha_challenge-error-on-jira-align-connector-1318881453.html: CAPTCHA lockout → 403, `X-Seraph-LoginReason: AUTHENTICATION_DENIED`,
 * `X-Authentication-Denied-Reason: CAPTCHA_CHALLENGE; login-url=https://<host>/login.jsp`,
 * text/html, `WWW-Authenticate: OAuth realm="<jira_url>"`. The HTML body is an assumption.
 */
export function captchaChallenge(ctx: ResponseContext): Response {
  const body = `<!DOCTYPE html><html><head><title>Forbidden (403)</title></head><body><p>CAPTCHA_CHALLENGE; login-url=https://${ctx.host}/login.jsp</p></body></html>\n`;
  return respond(ctx, 403, body, CONTENT_TYPE.html, {
    'x-seraph-loginreason': 'AUTHENTICATION_DENIED',
    'x-authentication-denied-reason': `CAPTCHA_CHALLENGE; login-url=https://${ctx.host}/login.jsp`,
    'www-authenticate': `OAuth realm="https://${ctx.host}"`,
  });
}

/** https://confluence.atlassian.com/pages/viewpage.action?pageId=1384133808: IP allowlist body. The source does not state the status: 403 is our assumption. */
export function ipNotAllowed(ctx: ResponseContext): Response {
  return json(ctx, 403, {
    errorMessages: [
      'The IP address has been rejected because it is not on the allowed list. See your admin for more information.',
    ],
    errors: {},
  });
}

/**
 * https://github.com/cristibaluta/Jit/issues/10: wrong path on Cloud (e.g. `/jira/rest/...`) → 404 HTML "Oops, you've found a dead
 * link. - JIRA" with `X-Seraph-LoginReason: OK` (for an authenticated caller; see seraphHeaders).
 */
export function deadLink(ctx: ResponseContext, caller: JiraCaller): Response {
  const body = `<!DOCTYPE html>
<html><head><title>Oops, you've found a dead link. - JIRA</title></head>
<body><h1>Oops, you've found a dead link.</h1></body></html>
`;
  return respond(ctx, 404, body, CONTENT_TYPE.html, seraphHeaders(ctx, caller));
}

/** https://github.com/prometheus/alertmanager/issues/4562: `GET /rest/api/{2,3}/search` → 410 naming CHANGE-2046. */
export function searchRemoved(ctx: ResponseContext, caller: JiraCaller): Response {
  return json(
    ctx,
    410,
    {
      errorMessages: [
        'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046',
      ],
      errors: {},
    },
    seraphHeaders(ctx, caller),
  );
}

/** https://github.com/MrRefactoring/jira.js/issues/418: the anonymous answer for an issue that exists or not. */
export function issueNotFound(ctx: ResponseContext, caller: JiraCaller): Response {
  return json(
    ctx,
    404,
    { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} },
    seraphHeaders(ctx, caller),
  );
}

/**
 * An accepted account without Jira access on the site. NOT confirmed by any public source: the 403 and the
 * body (completed from the truncated permission message of https://github.com/pycontribs/jira/issues/780) are assumptions.
 */
export function noJiraAccess(ctx: ResponseContext): Response {
  return json(
    ctx,
    403,
    { errorMessages: ['You do not have the permission to see the specified resource.'], errors: {} },
    seraphHeaders(ctx, 'authenticated'),
  );
}

/** What `?expand=groups,applicationRoles` fills in; empty lists without it. */
interface MyselfExpansion {
  groups: string[];
  applicationRoles: string[];
}

/** `GET /rest/api/{2,3}/myself` → 200 (fields as in Jira's User bean). */
export function myself(
  ctx: ResponseContext,
  account: AccountSpec,
  apiBase: string,
  expansion?: MyselfExpansion,
): Response {
  const avatar = (size: number): string =>
    `https://secure.gravatar.com/avatar/${account.accountId.slice(-12)}?d=identicon&s=${size}`;
  return json(
    ctx,
    200,
    {
      self: `${apiBase}/user?accountId=${encodeURIComponent(account.accountId)}`,
      accountId: account.accountId,
      accountType: account.accountType,
      emailAddress: account.emailAddress ?? account.email,
      avatarUrls: { '48x48': avatar(48), '24x24': avatar(24), '16x16': avatar(16), '32x32': avatar(32) },
      displayName: account.displayName,
      active: account.active,
      timeZone: account.timeZone ?? 'Etc/UTC',
      locale: account.locale ?? 'en_US',
      groups: expansion
        ? { size: expansion.groups.length, items: expansion.groups.map((name) => ({ name, groupId: name })) }
        : { size: 1, items: [] },
      applicationRoles: expansion
        ? {
            size: expansion.applicationRoles.length,
            items: expansion.applicationRoles.map((name) => ({ key: 'jira-software', name })),
          }
        : { size: 1, items: [] },
      expand: 'groups,applicationRoles',
    },
    seraphHeaders(ctx, 'authenticated'),
  );
}

/** https://github.com/MrRefactoring/jira.js/issues/418, Jira's OpenAPI spec (https://github.com/jarekbird/jira-api-mcp-wrapper): `serverInfo` is anonymous-capable; the same body for everyone. */
export function serverInfo(ctx: ResponseContext, caller: JiraCaller, siteOrigin: string): Response {
  return json(
    ctx,
    200,
    {
      baseUrl: siteOrigin,
      displayUrl: siteOrigin,
      version: '1001.0.0-SNAPSHOT',
      versionNumbers: [1001, 0, 0],
      deploymentType: 'Cloud',
      buildNumber: 100300,
      buildDate: '2026-01-01T00:00:00.000+0000',
      scmInfo: hexFrom(`scm/${ctx.host}`, 40),
      serverTitle: 'Jira',
      defaultLocale: { locale: 'en_US' },
      serverTimeZone: 'Etc/UTC',
    },
    seraphHeaders(ctx, caller),
  );
}

/**
 * https://github.com/MrRefactoring/jira.js/issues/418, Jira's OpenAPI spec (https://github.com/jarekbird/jira-api-mcp-wrapper): `project/search` is anonymous-capable: an anonymous caller (including one whose
 * credentials were rejected) gets 200 with an empty page; an authenticated one sees a project.
 */
export function projectSearch(ctx: ResponseContext, caller: JiraCaller, apiBase: string): Response {
  const key =
    (ctx.host.split('.')[0] ?? 'DEMO')
      .replace(/[^a-z]/gi, '')
      .toUpperCase()
      .slice(0, 10) || 'DEMO';
  const values =
    caller === 'authenticated'
      ? [
          {
            self: `${apiBase}/project/10000`,
            id: '10000',
            key,
            name: `${key} project`,
            projectTypeKey: 'software',
            simplified: true,
            style: 'next-gen',
            isPrivate: false,
          },
        ]
      : [];
  return json(
    ctx,
    200,
    {
      self: `${apiBase}/project/search?maxResults=50&startAt=0`,
      maxResults: 50,
      startAt: 0,
      total: values.length,
      isLast: true,
      values,
    },
    seraphHeaders(ctx, caller),
  );
}

/** https://github.com/atlassian-api/atlassian-python-api/issues/189: Jira's 404 for a path it has no resource for, such as a Confluence path without /wiki. */
export function nullForUri(ctx: ResponseContext, uri: string): Response {
  return json(ctx, 404, { message: `null for uri: ${uri}`, 'status-code': 404 });
}
