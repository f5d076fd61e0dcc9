/**
 * The organization admin REST API with org API keys (https://developer.atlassian.com/cloud/admin/organization/rest/api-group-orgs/):
 * `GET https://api.atlassian.com/admin/v1/orgs` and `/admin/v1/orgs/{orgId}`.
 * IP allowlists do not apply to org-level APIs (https://confluence.atlassian.com/pages/viewpage.action?pageId=1384133808), so no site switch is consulted.
 */
import type { Call } from './call';
import { springNotFound } from './responses/gateway';
import { adminOrg, adminOrgNotFound, adminOrgsEmpty, adminUnauthenticated } from './responses/org-level';
import type { OrgApiKeySpec } from './scenario-kinds';

/** The key a request carries, when it is an active org key sent as `Bearer <key>`. */
function acceptedKey(call: Call): OrgApiKeySpec | undefined {
  const cred = call.credential;
  // https://community.developer.atlassian.com/t/55808: a key without the `Bearer ` prefix → 401 (it reads as an unknown scheme here);
  // a personal API token as Basic → 401 (Community 3183410); an `ATATT…` token, an OAuth token
  // or anything else as Bearer is not a key → 401.
  if (cred.kind !== 'bearer') return undefined;
  const key = (call.scenario.orgApiKeys ?? []).find((k) => k.key === cred.token);
  // Expired and revoked keys → 401 like unknown ones (https://dac-static.atlassian.com/cloud/admin/organization/swagger.v3.json: exact body not confirmed).
  return key !== undefined && key.state === 'active' ? key : undefined;
}

/** Paths under `/admin/`; undefined for anything that is not one. */
export function handleAdminApi(call: Call): Response | undefined {
  const path = call.url.pathname.replace(/\/+$/, '');
  if (!path.startsWith('/admin/')) return undefined;
  const m = /^\/admin\/v1\/orgs(?:\/([^/]+))?$/.exec(path);
  if (m === null) return springNotFound(call.ctx, call.url.pathname, call.now); // not emulated: gateway 404
  const key = acceptedKey(call);
  if (key === undefined) return adminUnauthenticated(call.ctx); // https://dac-static.atlassian.com/cloud/admin/organization/swagger.v3.json: 401 Error.Unauthenticated
  const orgId = m[1];
  // https://jira.atlassian.com/browse/ACCESS-966: keys are scoped to one org and this list is EMPTY for a valid key.
  if (orgId === undefined) return adminOrgsEmpty(call.ctx);
  // https://dac-static.atlassian.com/cloud/admin/organization/swagger.v3.json: the key's own org → 200; another org or an unknown id → 404 Error.OrgNotFound.
  const org = (call.scenario.orgs ?? []).find((o) => o.id === decodeURIComponent(orgId));
  if (org === undefined || org.id !== key.orgId) return adminOrgNotFound(call.ctx);
  return adminOrg(call.ctx, org);
}
