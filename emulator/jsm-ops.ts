/**
 * JSM Operations REST (https://developer.atlassian.com/cloud/jira/service-desk-ops/security/basic-auth-for-rest-apis): `https://api.atlassian.com/jsm/ops/api/{cloudId}/v1/…` with
 * Basic `email:api_token`. Only the read-only list `GET …/v1/schedules` is emulated.
 */
import type { Call } from './call';
import { checkBasic } from './credentials';
import { checkOAuthBearer } from './oauth';
import { json } from './responses/envelope';
import { gatewayUnauthorized, scopeDoesNotMatch, springNotFound } from './responses/gateway';
import { jsmForbidden, jsmSchedules } from './responses/org-level';
import type { AccountSpec, SiteSpec } from './scenario';

/** Paths under `/jsm/`; undefined for anything that is not one. */
export function handleJsmOps(call: Call): Response | undefined {
  const path = call.url.pathname;
  if (!path.startsWith('/jsm/')) return undefined;
  const m = /^\/jsm\/ops\/api\/([^/]+)\/v1\/schedules$/.exec(path);
  const site =
    m === null ? undefined : call.scenario.sites.find((s) => s.cloudId === m[1] && s.products.includes('jira'));
  // https://github.com/atlassian/terraform-provider-atlassian-operations/issues/66: Spring-style 404 with `path` for an
  // unknown cloudId or a path not emulated. ASSUMPTION: routing is decided before credentials.
  if (site === undefined) return springNotFound(call.ctx, path, call.now);
  const cred = call.credential;
  // Bad, absent or non-Basic credentials → 401 (ASSUMPTION: the gateway 401 body).
  if (cred.kind !== 'basic') return gatewayUnauthorized(call.ctx);
  const verdict = checkBasic(call.scenario, cred.email, cred.secret);
  if (verdict.outcome === 'rejected') return gatewayUnauthorized(call.ctx);
  // https://jira.atlassian.com/browse/JSDCLOUD-17685: service accounts are not entitled → 403 (body assumed). An
  // account without Jira on the site gets the same (ASSUMPTION). Scoped and unscoped tokens are
  // both accepted (ASSUMPTION).
  if (verdict.account.accountType === 'app' || !verdict.account.jiraSites.includes(site.host))
    return jsmForbidden(call.ctx);
  return jsmSchedules(call.ctx, site, verdict.account); // ASSUMPTION: list shape
}

/**
 * JSM operations for OAuth 2.0 apps, below the Jira product path of the gateway:
 * `/ex/jira/{cloudId}/jsm/ops/api/v1/alerts` (https://developer.atlassian.com/cloud/jira/service-desk-ops/rest/v2/intro),
 * which needs `read:ops-alert:jira-service-management` (same page). `rest` is the path below
 * `/ex/jira/{cloudId}`; the gateway has already accepted the credential for the site.
 */
export function jsmOpsThroughGateway(call: Call, rest: string, site: SiteSpec, account: AccountSpec): Response {
  const m = /^\/jsm\/ops\/api\/v1\/(alerts|schedules)$/.exec(rest);
  if (m === null) return springNotFound(call.ctx, call.url.pathname, call.now);
  if (call.credential.kind === 'bearer') {
    const verdict = checkOAuthBearer(call.scenario, call.credential.token, call.now);
    const scopes =
      verdict.outcome === 'rejected'
        ? []
        : verdict.grant.resources.filter((r) => r.host === site.host).flatMap((r) => r.scopes);
    // The scope gate's answer, as for the product APIs (https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md).
    if (m[1] === 'alerts' && !scopes.includes('read:ops-alert:jira-service-management'))
      return scopeDoesNotMatch(call.ctx);
  }
  if (account.accountType === 'app') return jsmForbidden(call.ctx); // https://jira.atlassian.com/browse/JSDCLOUD-17685
  if (m[1] === 'schedules') return jsmSchedules(call.ctx, site, account);
  // ASSUMPTION: the alerts list shape ({"values": [...]}), with no alert open.
  return json(call.ctx, 200, { values: [], links: { next: null } });
}
