/**
 * JSM Operations REST (https://developer.atlassian.com/cloud/jira/service-desk-ops/security/basic-auth-for-rest-apis): `https://api.atlassian.com/jsm/ops/api/{cloudId}/v1/…` with
 * Basic `email:api_token`. Only the read-only list `GET …/v1/schedules` is emulated.
 */
import type { Call } from './call';
import { checkBasic } from './credentials';
import { gatewayUnauthorized, springNotFound } from './responses/gateway';
import { jsmForbidden, jsmSchedules } from './responses/org-level';

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
