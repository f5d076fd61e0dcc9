/** Confluence Cloud's routes (the few the diagnosis may probe), behind the site or the gateway. */
import type { Call, Caller } from './call';
import {
  callerCannotAccessConfluence,
  confluenceCurrentUser,
  confluenceV2NotFound,
  tomcatUnauthorized,
} from './responses/confluence';
import { json } from './responses/envelope';
import { edgeNotFound } from './responses/edge';
import type { SiteSpec } from './scenario';

/**
 * @param path     the path from `/wiki` on (`/wiki/rest/api/user/current`)
 * @param wikiBase `https://SITE/wiki` or `https://api.atlassian.com/ex/confluence/ID/wiki`
 */
export function confluenceApi(call: Call, path: string, caller: Caller, site: SiteSpec, wikiBase: string): Response {
  const { ctx } = call;
  const isV1 = path.startsWith('/wiki/rest/api/');
  const isV2 = path.startsWith('/wiki/api/v2/');
  if (!isV1 && !isV2) return edgeNotFound(ctx);
  // https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md: a scoped token on the site URL → 401 Tomcat HTML (measured on v1 user/current and
  // space/{key}; assumed for every route).
  if (caller.kind === 'scoped-on-site') return tomcatUnauthorized(ctx);
  const hasAccess = caller.kind === 'authenticated' && (caller.account.confluenceSites ?? []).includes(site.host);
  if (isV1) {
    // https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md: wrong, revoked or absent credentials → 403 "caller cannot access Confluence";
    // an account without Confluence access gets the same (assumption consistent with the phrase).
    if (caller.kind !== 'authenticated' || !hasAccess) return callerCannotAccessConfluence(ctx);
    if (path === '/wiki/rest/api/user/current') return confluenceCurrentUser(ctx, caller.account, wikiBase);
    return json(ctx, 404, { statusCode: 404, message: 'No content found (not emulated)' });
  }
  // https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md: v2 with wrong, revoked or absent credentials → the generic 404 on every route.
  if (caller.kind !== 'authenticated' || !hasAccess) return confluenceV2NotFound(ctx);
  if (path === '/wiki/api/v2/spaces' || path === '/wiki/api/v2/pages') {
    return json(ctx, 200, { results: [], _links: { base: wikiBase } });
  }
  return confluenceV2NotFound(ctx);
}
