/**
 * Bitbucket Cloud's REST API at api.bitbucket.org, as far as Token Doctor probes it:
 * `GET /2.0/user`, `/2.0/workspaces/{workspace}`, `/2.0/repositories/{workspace}`.
 *
 * Answers, each from its source:
 * - Basic `email:api_token` with Bitbucket scopes → 200; `:token` → 401; `Bearer <api_token>` → 401
 *   (measured: https://github.com/constructorfabric/insight/issues/1887).
 * - An API token as Bearer, or one without Bitbucket scopes (unscoped, Jira-only) → 401
 *   `{"type": "error", "error": {"message": "Token is invalid, expired, or not supported for this endpoint."}}`
 *   (https://community.developer.atlassian.com/t/api-tokens-at-account-level-not-working/94071,
 *   https://github.com/AsyncFuncAI/deepwiki-open/issues/444, https://github.com/avivsinai/bitbucket-cli/issues/30).
 * - Refused Basic credentials (the username with an API token, the email with an app password,
 *   a wrong token) → 401 with `server: envoy` and `www-authenticate: Basic realm="Bitbucket.org HTTP"`
 *   (https://support.atlassian.com/bitbucket-cloud/kb/getting-401-http-error-while-authenticating-to-bitbucket-cloud-rest-apis).
 * - App passwords: switched off on 2026-06-09; during the brownouts "API requests → HTTP 401"
 *   (https://github.com/isomorphic-git/isomorphic-git/issues/2364), here the KB's Basic 401.
 * - `/2.0/user` needs `read:user:bitbucket` (https://support.atlassian.com/bitbucket-cloud/docs/api-tokens/).
 *
 * Assumptions (no public source gives them; the classifier does not depend on their details):
 * the Basic 401 has an empty body; a missing scope → 403 `{"type": "error", "error": {"message":
 * "Your credentials lack one or more required privilege scopes.", "detail": {"granted": […],
 * "required": […]}}}`; an expired or revoked API token → the "Token is invalid, expired…" 401;
 * access tokens: `/2.0/user` → 200 naming the token's bot user, a workspace outside the token's
 * resource → 404 like an unknown one; the JSON shapes beyond the fields the classifier reads;
 * unknown paths → 404 `Resource not found`.
 */
import type {
  BitbucketAccessTokenSpec,
  BitbucketAccountSpec,
  BitbucketSpec,
  BitbucketWorkspaceSpec,
} from './bitbucket-scenario';
import type { Call } from './call';
import { fakeUuid } from './fake-ids';

const TOKEN_NOT_SUPPORTED = 'Token is invalid, expired, or not supported for this endpoint.';

function answer(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const h = new Headers({ server: 'envoy', ...headers });
  if (body !== undefined) h.set('content-type', 'application/json; charset=utf-8');
  return new Response(body === undefined ? '' : JSON.stringify(body), { status, headers: h });
}

const error = (status: number, message: string, extra: Record<string, unknown> = {}) =>
  answer(status, { type: 'error', error: { message, ...extra } });

/** The KB's 401 for refused Basic credentials. */
const basicRefused = () => answer(401, undefined, { 'www-authenticate': 'Basic realm="Bitbucket.org HTTP"' });

const tokenNotSupported = () => error(401, TOKEN_NOT_SUPPORTED);

type Caller =
  | { kind: 'account'; account: BitbucketAccountSpec; scopes: string[] }
  | { kind: 'access-token'; token: BitbucketAccessTokenSpec };

const ATLASSIAN_TOKEN = /^ATATT/;

/** Who the request is, or the 401 it gets. */
function callerOf(call: Call, spec: BitbucketSpec): Caller | Response {
  const header = call.request.headers.get('authorization') ?? '';
  const space = header.indexOf(' ');
  const scheme = (space < 0 ? header : header.slice(0, space)).toLowerCase();
  const value = space < 0 ? '' : header.slice(space + 1).trim();
  if (scheme === 'bearer') {
    const token = spec.accessTokens.find((t) => t.token === value);
    if (token) return token.state === 'active' ? { kind: 'access-token', token } : tokenNotSupported();
    // An Atlassian API token as Bearer (insight#1887: 401), or anything unknown.
    return tokenNotSupported();
  }
  if (scheme !== 'basic') return basicRefused();
  let decoded: string;
  try {
    decoded = Buffer.from(value, 'base64').toString('utf8');
  } catch {
    return basicRefused();
  }
  const colon = decoded.indexOf(':');
  if (colon < 0) return basicRefused();
  const user = decoded.slice(0, colon);
  const secret = decoded.slice(colon + 1);
  const byEmail = spec.accounts.find((a) => a.email.toLowerCase() === user.toLowerCase());
  if (byEmail && ATLASSIAN_TOKEN.test(secret)) {
    const token = spec.apiTokens.find((t) => t.token === secret);
    if (token && token.ownerEmail.toLowerCase() === user.toLowerCase()) {
      if (token.state !== 'active') return tokenNotSupported();
      if (!token.scopes.some((s) => s.endsWith(':bitbucket'))) return tokenNotSupported();
      return { kind: 'account', account: byEmail, scopes: token.scopes };
    }
    // A genuine Atlassian API token of this account without Bitbucket scopes (unscoped or Jira-only):
    // avivsinai/bitbucket-cli#30.
    const cloudToken = call.scenario.tokens.find((t) => t.token === secret);
    if (cloudToken && cloudToken.ownerEmail.toLowerCase() === user.toLowerCase() && cloudToken.state === 'active')
      return tokenNotSupported();
  }
  // Username + API token, email + app password, empty user, wrong token, and app passwords since 2026-06-09.
  return basicRefused();
}

function needScope(caller: Caller, scope: string): Response | undefined {
  if (caller.kind !== 'account' || caller.scopes.includes(scope)) return undefined;
  return error(403, 'Your credentials lack one or more required privilege scopes.', {
    detail: { granted: caller.scopes, required: [scope] },
  });
}

function repositoriesVisible(caller: Caller, ws: BitbucketWorkspaceSpec): string[] {
  if (caller.kind === 'account')
    return caller.account.workspaces.includes(ws.slug) ? ws.repositories.map((r) => r.slug) : [];
  const t = caller.token;
  if (t.workspace !== ws.slug) return [];
  if (t.repository) return [t.repository];
  if (t.project) return ws.repositories.filter((r) => r.project === t.project).map((r) => r.slug);
  return ws.repositories.map((r) => r.slug);
}

function canSeeWorkspace(caller: Caller, ws: BitbucketWorkspaceSpec): boolean {
  return caller.kind === 'account' ? caller.account.workspaces.includes(ws.slug) : caller.token.workspace === ws.slug;
}

function userBody(caller: Caller) {
  if (caller.kind === 'account') {
    const a = caller.account;
    return {
      type: 'user',
      uuid: `{${fakeUuid(`bitbucket/user/${a.username}`)}}`,
      account_id: fakeUuid(`bitbucket/account/${a.email}`).replace(/-/g, '').slice(0, 24),
      display_name: a.displayName,
      username: a.username,
      nickname: a.username,
      links: { html: { href: `https://bitbucket.org/${a.username}/` } },
    };
  }
  const t = caller.token;
  return {
    type: 'user',
    uuid: `{${fakeUuid(`bitbucket/bot/${t.name}`)}}`,
    display_name: t.name,
    nickname: t.name,
    links: { html: { href: `https://bitbucket.org/${t.workspace}/` } },
  };
}

/** Answers for api.bitbucket.org. */
export function handleBitbucket(call: Call): Response {
  const spec = call.scenario.bitbucket;
  if (!spec) return error(404, 'Resource not found');
  if (call.url.protocol === 'http:')
    return answer(301, undefined, { location: call.url.href.replace(/^http:/, 'https:') });
  const caller = callerOf(call, spec);
  if (caller instanceof Response) return caller;
  const path = call.url.pathname.replace(/\/+$/, '');
  if (path === '/2.0/user') return needScope(caller, 'read:user:bitbucket') ?? answer(200, userBody(caller));
  const workspaceMatch = /^\/2\.0\/workspaces\/([^/]+)$/.exec(path);
  const reposMatch = /^\/2\.0\/repositories\/([^/]+)$/.exec(path);
  const slug = decodeURIComponent((workspaceMatch ?? reposMatch)?.[1] ?? '').toLowerCase();
  const ws = spec.workspaces.find((w) => w.slug === slug);
  if (workspaceMatch) {
    const refused = needScope(caller, 'read:workspace:bitbucket');
    if (refused) return refused;
    if (!ws || !canSeeWorkspace(caller, ws)) return error(404, `No workspace with identifier '${slug}'.`);
    return answer(200, {
      type: 'workspace',
      uuid: `{${fakeUuid(`bitbucket/ws/${ws.slug}`)}}`,
      slug: ws.slug,
      name: ws.name,
      is_private: true,
      links: { html: { href: `https://bitbucket.org/${ws.slug}/` } },
    });
  }
  if (reposMatch) {
    const refused = needScope(caller, 'read:repository:bitbucket');
    if (refused) return refused;
    if (!ws) return error(404, `No workspace with identifier '${slug}'.`);
    const visible = repositoriesVisible(caller, ws);
    const pagelen = Math.max(1, Math.min(100, Number(call.url.searchParams.get('pagelen') ?? '10') || 10));
    return answer(200, {
      pagelen,
      size: visible.length,
      page: 1,
      values: visible.slice(0, pagelen).map((repo) => ({
        type: 'repository',
        slug: repo,
        full_name: `${ws.slug}/${repo}`,
        is_private: true,
      })),
      ...(visible.length > pagelen
        ? { next: `https://api.bitbucket.org/2.0/repositories/${ws.slug}?pagelen=${pagelen}&page=2` }
        : {}),
    });
  }
  return error(404, 'Resource not found');
}
