/** Confluence Cloud's routes (the few the diagnosis may probe), behind the site or the gateway. */
import type { Call, Caller } from './call';
import {
  callerCannotAccessConfluence,
  confluenceCurrentUser,
  confluenceSpaces,
  confluenceV1Gone,
  confluenceV2NotFound,
  notPermittedToUseConfluence,
  tomcatUnauthorized,
} from './responses/confluence';

/** The v1 endpoints measured gone through the gateway: `space…` and `content…` (#207, #796). */
const V1_REMOVED_ON_GATEWAY = /^\/wiki\/rest\/api\/(?:space|content)(?:\/|$)/;
import { json } from './responses/envelope';
import { edgeNotFound } from './responses/edge';
import type { SiteSpec } from './scenario';

/**
 * @param path     the path from `/wiki` on (`/wiki/rest/api/user/current`)
 * @param wikiBase `https://SITE/wiki` or `https://api.atlassian.com/ex/confluence/ID/wiki`
 */
export function confluenceApi(call: Call, path: string, caller: Caller, site: SiteSpec, wikiBase: string): Response {
  const { ctx } = call;
  const viaGateway = call.url.hostname === 'api.atlassian.com' || wikiBase.startsWith('https://api.atlassian.com/');
  const isV1 = path.startsWith('/wiki/rest/api/');
  const isV2 = path.startsWith('/wiki/api/v2/');
  if (!isV1 && !isV2) return edgeNotFound(ctx);
  // https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md: a scoped token on the site URL → 401 Tomcat HTML (measured on v1 user/current and
  // space/{key}; assumed for every route).
  if (caller.kind === 'scoped-on-site') return tomcatUnauthorized(ctx);
  const hasAccess = caller.kind === 'authenticated' && (caller.account.confluenceSites ?? []).includes(site.host);
  if (isV1) {
    // https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md: wrong, revoked or absent credentials → 403 "caller cannot access Confluence".
    if (caller.kind !== 'authenticated') return callerCannotAccessConfluence(ctx);
    // https://github.com/markdown-confluence/markdown-confluence/issues/670: an account that may not use Confluence → 403 "Current user not permitted to use Confluence".
    if (!hasAccess) return notPermittedToUseConfluence(ctx);
    // https://github.com/Spenhouet/confluence-markdown-exporter/issues/207, https://github.com/markdown-confluence/markdown-confluence/issues/796: through the gateway the deprecated v1
    // endpoints (space, content) answer 410 GoneException "authorized": true; user/current still answers; on the site
    // URL Basic still gets v1 (https://github.com/sooperset/mcp-atlassian/issues/1598).
    if (viaGateway && V1_REMOVED_ON_GATEWAY.test(path)) return confluenceV1Gone(ctx);
    if (path === '/wiki/rest/api/user/current') return confluenceCurrentUser(ctx, caller.account, wikiBase);
    return json(ctx, 404, { statusCode: 404, message: 'No content found (not emulated)' });
  }
  // https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md: v2 with wrong, revoked or absent credentials → the generic 404 on every route.
  if (caller.kind !== 'authenticated' || !hasAccess) return confluenceV2NotFound(ctx);
  // https://github.com/markdown-confluence/markdown-confluence/issues/796: v2 answers where v1 content is gone.
  if (path === '/wiki/api/v2/spaces') return confluenceSpaces(ctx, wikiBase, site.host);
  if (path === '/wiki/api/v2/pages') return json(ctx, 200, { results: [], _links: { base: wikiBase } });
  return confluenceV2NotFound(ctx);
}
