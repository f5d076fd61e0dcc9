/**
 * URL builders: the one place that spells the addresses Token Doctor calls or tells people to call.
 * The gateway form `https://api.atlassian.com/ex/{product}/{cloudId}` is documented at
 * https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/ (the same gateway serves
 * scoped API tokens: https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/).
 */
import { GATEWAY_HOST } from './hosts';

type GatewayProduct = 'jira' | 'confluence';

const GATEWAY = `https://${GATEWAY_HOST}`;

/** `https://api.atlassian.com/ex/jira/{cloudId}` (or `/ex/confluence/…`). */
function gatewayBase(product: GatewayProduct, cloudId: string): string {
  return `${GATEWAY}/ex/${product}/${cloudId}`;
}

/** `path` starts with `/`: `/rest/api/3/myself`, `/wiki/rest/api/user/current`. */
export function gatewayUrl(product: GatewayProduct, cloudId: string, path: string): string {
  return `${gatewayBase(product, cloudId)}${path}`;
}

export const JIRA_MYSELF_PATH = '/rest/api/3/myself';

export function siteMyselfUrl(origin: string): string {
  return `${origin}${JIRA_MYSELF_PATH}`;
}

export function gatewayMyselfUrl(cloudId: string): string {
  return gatewayUrl('jira', cloudId, JIRA_MYSELF_PATH);
}

/** The unauthenticated `/_edge/tenant_info` of a Cloud site: `{"cloudId":"…"}`. */
const TENANT_INFO_PATH = '/_edge/tenant_info';

export function tenantInfoUrl(origin: string): string {
  return `${origin}${TENANT_INFO_PATH}`;
}

/** Id Mapping (migrations) API: for accepted credentials, an unknown job id answers 404 "Job not found". */
export const ID_MAPPING_TEST_URL = `${GATEWAY}/migrations/reports/v1/id-mappings/test-job-id`;

/** JSM operations REST API, a read-only list call (on-call schedules). */
export function jsmOpsSchedulesUrl(cloudId: string): string {
  return `${GATEWAY}/jsm/ops/api/${cloudId}/v1/schedules`;
}

/** The sites an OAuth 2.0 (3LO) grant reaches (https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/). */
export const OAUTH_ACCESSIBLE_RESOURCES_URL = `${GATEWAY}/oauth/token/accessible-resources`;

/** The organization REST API of the admin APIs, called with an organization API key. */
export const ADMIN_ORGS_URL = `${GATEWAY}/admin/v1/orgs`;

export function adminOrgUrl(orgId: string): string {
  return `${ADMIN_ORGS_URL}/${encodeURIComponent(orgId)}`;
}
