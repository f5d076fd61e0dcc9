/** Confluence Cloud's answers (https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md, https://jira.atlassian.com/browse/CLOUD-12617). */
import type { AccountSpec } from '../scenario';
import { CONTENT_TYPE, json, respond, type ResponseContext } from './envelope';

/**
 * https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md: Confluence v1 with wrong, revoked or absent credentials → 403 "caller cannot access
 * Confluence" on `/wiki/rest/api/user/current` ("sending no Authorization header at all returns
 * exactly the same body"). Also what an account without Confluence access gets. Only the phrase
 * is from that source; the JSON wrapping is an assumption.
 */
export function callerCannotAccessConfluence(ctx: ResponseContext): Response {
  return json(ctx, 403, {
    statusCode: 403,
    message: 'Request rejected because caller cannot access Confluence',
  });
}

/**
 * https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md: a scoped token on the site URL gets 401 "a Tomcat HTML error page, not a JSON API
 * error" from Confluence v1. The exact markup is Tomcat's usual one (an assumption).
 */
export function tomcatUnauthorized(ctx: ResponseContext): Response {
  const body = `<!doctype html><html lang="en"><head><title>HTTP Status 401 – Unauthorized</title></head><body><h1>HTTP Status 401 – Unauthorized</h1><hr class="line" /><p><b>Type</b> Status Report</p><p><b>Description</b> The request has not been applied to the target resource because it lacks valid authentication credentials for that resource.</p><hr class="line" /><h3>Apache Tomcat</h3></body></html>`;
  return respond(ctx, 401, body, CONTENT_TYPE.html);
}

/** https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md: Confluence v2, wrong/revoked/absent credentials → this 404 on every route. */
export function confluenceV2NotFound(ctx: ResponseContext): Response {
  return json(ctx, 404, { errors: [{ status: 404, code: 'NOT_FOUND', title: 'Not Found', detail: null }] });
}

/** `GET /wiki/rest/api/user/current` → 200 for an accepted account with Confluence access. */
export function confluenceCurrentUser(ctx: ResponseContext, account: AccountSpec, wikiBase: string): Response {
  return json(ctx, 200, {
    type: 'known',
    accountId: account.accountId,
    accountType: account.accountType,
    email: account.emailAddress ?? account.email,
    publicName: account.displayName,
    displayName: account.displayName,
    isExternalCollaborator: false,
    _links: {
      base: wikiBase,
      context: '/wiki',
      self: `${wikiBase}/rest/api/user?accountId=${encodeURIComponent(account.accountId)}`,
    },
  });
}

/**
 * https://github.com/markdown-confluence/markdown-confluence/issues/670: Confluence v1's 403 for an account that may not use Confluence,
 * verbatim. (Bad or absent credentials get "caller cannot access Confluence" instead,
 * https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md.)
 */
export function notPermittedToUseConfluence(ctx: ResponseContext): Response {
  return json(ctx, 403, { message: 'Current user not permitted to use Confluence', statusCode: 403 });
}

/**
 * https://github.com/Spenhouet/confluence-markdown-exporter/issues/207: a removed Confluence v1 endpoint through the gateway, credential accepted:
 * 410 with this body, verbatim (scoped API token, Basic, `GET …/wiki/rest/api/space?limit=1`).
 */
export function confluenceV1Gone(ctx: ResponseContext): Response {
  return json(ctx, 410, {
    statusCode: 410,
    data: { authorized: true, valid: true, errors: [], successful: true },
    message:
      'com.atlassian.confluence.api.service.exceptions.pagesmodes.GoneException: This deprecated endpoint has been removed.',
  });
}

/** `GET /wiki/api/v2/spaces` → one space (the v2 list shape, `results` + `_links`). */
export function confluenceSpaces(ctx: ResponseContext, wikiBase: string, siteHost: string): Response {
  const key = siteHost.split('.')[0]?.toUpperCase() ?? 'DOCS';
  return json(ctx, 200, {
    results: [
      {
        id: '98306',
        key,
        name: `${key} space`,
        type: 'global',
        status: 'current',
        _links: { webui: `/spaces/${key}` },
      },
    ],
    _links: { base: wikiBase },
  });
}
