/**
 * The org-level APIs of `api.atlassian.com` (paths not below `/ex/{product}/{cloudId}`): OAuth
 * accessible-resources (https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/), the admin API (https://developer.atlassian.com/cloud/admin/organization/rest/api-group-orgs/), Id Mapping (https://developer.atlassian.com/cloud/migration/status-and-download-report) and JSM
 * Operations (https://developer.atlassian.com/cloud/jira/service-desk-ops/security/basic-auth-for-rest-apis). Site switches (CAPTCHA, IP allowlist, …) do not apply here (https://confluence.atlassian.com/pages/viewpage.action?pageId=1384133808
 * for the allowlist; an assumption for the others).
 */
import { handleAdminApi } from './admin-api';
import type { Call } from './call';
import { handleJsmOps } from './jsm-ops';
import { handleMigrations } from './migrations';
import { handleAccessibleResources } from './oauth';

/** The answer of an org-level API, or undefined when the path is not one (the gateway 404 follows). */
export function handleGatewayOrgLevel(call: Call): Response | undefined {
  if (call.url.pathname === '/oauth/token/accessible-resources') return handleAccessibleResources(call); // https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/
  return handleAdminApi(call) ?? handleMigrations(call) ?? handleJsmOps(call);
}
