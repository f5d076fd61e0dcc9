/**
 * The organization admin REST API with org API keys (facts §4):
 * `GET https://api.atlassian.com/admin/v1/orgs` and `/admin/v1/orgs/{orgId}`.
 * IP allowlists do not apply to org-level APIs (facts §1.10), so no site switch is consulted.
 */
import type { Call } from './call';
import { springNotFound } from './responses/gateway';
import { adminOrg, adminOrgNotFound, adminOrgsEmpty, adminUnauthenticated } from './responses/org-level';
import type { OrgApiKeySpec } from './scenario-kinds';

/** The key a request carries, when it is an active org key sent as `Bearer <key>`. */
function acceptedKey(call: Call): OrgApiKeySpec | undefined {
  const cred = call.credential;
  // facts §4: a key without the `Bearer ` prefix → 401 (it reads as an unknown scheme here);
  // a personal API token as Basic → 401 (Community 3183410); an `ATATT…` token, an OAuth token
  // or anything else as Bearer is not a key → 401.
  if (cred.kind !== 'bearer') return undefined;
  const key = (call.scenario.orgApiKeys ?? []).find((k) => k.key === cred.token);
  // Expired and revoked keys → 401 like unknown ones (facts §4: exact body not confirmed).
  return key !== undefined && key.state === 'active' ? key : undefined;
}

/** Paths under `/admin/`; undefined for anything that is not one. */
export function handleAdminApi(call: Call): Response | undefined {
  const path = call.url.pathname.replace(/\/+$/, '');
  if (!path.startsWith('/admin/')) return undefined;
  const m = /^\/admin\/v1\/orgs(?:\/([^/]+))?$/.exec(path);
  if (m === null) return springNotFound(call.ctx, call.url.pathname, call.now); // not emulated: gateway 404
  const key = acceptedKey(call);
  if (key === undefined) return adminUnauthenticated(call.ctx); // facts §4: 401 Error.Unauthenticated
  const orgId = m[1];
  // facts §4 / ACCESS-966: keys are scoped to one org and this list is EMPTY for a valid key.
  if (orgId === undefined) return adminOrgsEmpty(call.ctx);
  // facts §4: the key's own org → 200; another org or an unknown id → 404 Error.OrgNotFound.
  const org = (call.scenario.orgs ?? []).find((o) => o.id === decodeURIComponent(orgId));
  if (org === undefined || org.id !== key.orgId) return adminOrgNotFound(call.ctx);
  return adminOrg(call.ctx, org);
}
