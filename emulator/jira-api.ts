/**
 * Jira Cloud's REST routes, the same behind the site host and behind the gateway. The caller has
 * already been decided (site.ts, gateway.ts); here only the product's own answers are made.
 */
import type { Call, Caller } from './call';
import {
  clientMustBeAuthenticated,
  deadLink,
  issueNotFound,
  myself,
  noJiraAccess,
  nullForUri,
  projectSearch,
  searchRemoved,
  serverInfo,
  type JiraCaller,
} from './responses/jira';
import type { SiteSpec } from './scenario';
import { jiraScopeRoute } from './jira-scope-routes';

const REST = /^\/rest\/api\/([23])\/(.+)$/;
/** `/rest/api/` followed by no Jira version: Confluence's v1 paths (`space`, `content`, `user/current`…). */
const CONFLUENCE_PATH_ON_JIRA = /^\/rest\/api\/(?!(?:2|3|latest)(?:\/|$))[a-z]/i;

/**
 * @param path   the path below the product root (`/rest/api/3/myself`)
 * @param origin where the product is reached: `https://SITE` or `https://api.atlassian.com/ex/jira/ID`
 */
export function jiraApi(call: Call, path: string, caller: Caller, site: SiteSpec, origin: string): Response {
  const { ctx } = call;
  // https://jira.atlassian.com/browse/CLOUD-12617: a scoped token on the site URL is a rejected credential as far as Jira is concerned.
  const seen: JiraCaller =
    caller.kind === 'authenticated' ? 'authenticated' : caller.kind === 'anonymous' ? 'anonymous' : 'rejected';
  // https://github.com/atlassian-api/atlassian-python-api/issues/189: a Confluence REST path without /wiki (`/rest/api/space/…`) reaches Jira → 404 "null for uri".
  if (CONFLUENCE_PATH_ON_JIRA.test(path)) return nullForUri(ctx, `${origin}${path}${call.url.search}`);
  const match = REST.exec(path);
  // https://github.com/cristibaluta/Jit/issues/10: a wrong path (e.g. `/jira/rest/...`; Cloud has no context path) → dead-link page.
  if (match === null) return deadLink(ctx, seen);
  const apiBase = `${origin}/rest/api/${match[1] ?? '3'}`;
  const resource = match[2] ?? '';

  // Assumption (no public source): an accepted account with no Jira access on the site gets a 403.
  if (caller.kind === 'authenticated' && !caller.account.jiraSites.includes(site.host)) return noJiraAccess(ctx);

  // The routes the scope check probes, and myself?expand=groups: jira-scope-routes.ts.
  const scopeRoute = jiraScopeRoute(call, resource, caller, site, apiBase);
  if (scopeRoute) return scopeRoute;
  if (resource === 'myself') {
    // `/myself` is not anonymous-capable (Jira's OpenAPI spec, https://github.com/jarekbird/jira-api-mcp-wrapper)
    // → 401 unless authenticated (https://github.com/atlassian/gajira-login/issues/59).
    if (caller.kind === 'authenticated') return myself(ctx, caller.account, apiBase);
    return clientMustBeAuthenticated(ctx, seen, call.request.headers.get('accept'));
  }
  // https://github.com/MrRefactoring/jira.js/issues/418, Jira's OpenAPI spec (https://github.com/jarekbird/jira-api-mcp-wrapper): anonymous-capable; rejected credentials are served as anonymous (200 +
  // AUTHENTICATED_FAILED + `_lout` cookie).
  if (resource === 'serverInfo') return serverInfo(ctx, seen, `https://${site.host}`);
  if (resource === 'project/search') return projectSearch(ctx, seen, apiBase);
  // https://github.com/prometheus/alertmanager/issues/4562: removed endpoint → 410 CHANGE-2046.
  if (resource === 'search') return searchRemoved(ctx, seen);
  // https://github.com/MrRefactoring/jira.js/issues/418: the emulated sites have no issues; anonymous-capable, so a 404 for everyone.
  if (/^issue\/[^/]+$/.test(resource)) return issueNotFound(ctx, seen);
  // Not emulated: answered like a wrong path (https://github.com/cristibaluta/Jit/issues/10). Real Jira may answer JSON here.
  return deadLink(ctx, seen);
}
