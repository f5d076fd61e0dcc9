/**
 * The parts every emulated answer shares: `Content-Type`, `Server`, `atl-traceid`
 * (https://github.com/MrRefactoring/jira.js/issues/418, https://github.com/atlassian/gajira-login/issues/59 show these on real Cloud responses) and the logged-in / logged-out
 * `atlassian.xsrf.token` cookie (https://github.com/MrRefactoring/jira.js/issues/418).
 */
import { hexFrom } from '../fake-ids';

/** Per-request facts the response builders need. */
export interface ResponseContext {
  /** The Atlassian host the request was for (from the URL, or the Host header when local). */
  host: string;
  /** 32 hex, different for every request of a handler. */
  traceId: string;
}

/** `Server` values seen on Cloud (https://github.com/MrRefactoring/jira.js/issues/418 AtlassianEdge; https://github.com/atlassian/gajira-login/issues/59 AtlassianProxy/1.x). */
type ServerName = 'AtlassianEdge' | 'AtlassianProxy/1.19.3.1';

export const CONTENT_TYPE = {
  json: 'application/json;charset=UTF-8',
  xml: 'application/xml;charset=UTF-8',
  html: 'text/html;charset=UTF-8',
  text: 'text/plain',
} as const;

export type HeaderInit = Record<string, string | readonly string[]>;

export function respond(
  ctx: ResponseContext,
  status: number,
  body: string,
  contentType: string,
  headers: HeaderInit = {},
  server: ServerName = 'AtlassianEdge',
): Response {
  const h = new Headers();
  h.set('content-type', contentType);
  h.set('server', server);
  h.set('atl-traceid', ctx.traceId);
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value === 'string') h.append(name, value);
    else for (const v of value) h.append(name, v);
  }
  return new Response(body, { status, statusText: STATUS_TEXT[status] ?? '', headers: h });
}

export function json(ctx: ResponseContext, status: number, body: unknown, headers: HeaderInit = {}): Response {
  return respond(ctx, status, JSON.stringify(body), CONTENT_TYPE.json, headers);
}

/**
 * `atlassian.xsrf.token=…_lout` marks a logged-out (anonymous) answer, `_lin` a logged-in one
 * (https://github.com/MrRefactoring/jira.js/issues/418: the `_lout` suffix = logged out).
 */
export function xsrfCookie(host: string, loggedIn: boolean): string {
  return `atlassian.xsrf.token=${hexFrom(`xsrf/${host}`, 40)}_${loggedIn ? 'lin' : 'lout'}; Path=/`;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  301: 'Moved Permanently',
  302: 'Found',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};
