/**
 * The org-level APIs of `api.atlassian.com` (paths not below `/ex/{product}/{cloudId}`): OAuth
 * accessible-resources (facts §3.1), the admin API (facts §4), Id Mapping (facts §5.1) and JSM
 * Operations (facts §5.3). Site switches (CAPTCHA, IP allowlist, …) do not apply here (facts §1.10
 * for the allowlist; an assumption for the others).
 */
import { handleAdminApi } from './admin-api';
import type { Call } from './call';
import { handleJsmOps } from './jsm-ops';
import { handleMigrations } from './migrations';
import { handleAccessibleResources } from './oauth';

/** The answer of an org-level API, or undefined when the path is not one (the gateway 404 follows). */
export function handleGatewayOrgLevel(call: Call): Response | undefined {
  if (call.url.pathname === '/oauth/token/accessible-resources') return handleAccessibleResources(call); // facts §3.1
  return handleAdminApi(call) ?? handleMigrations(call) ?? handleJsmOps(call);
}
