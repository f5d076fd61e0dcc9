/**
 * URL builders: the one place that spells the addresses Token Doctor calls or tells people to call.
 * The gateway form `https://api.atlassian.com/ex/{product}/{cloudId}` is documented at
 * https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/ (the same gateway serves
 * scoped API tokens: https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/).
 */
import { environmentOfHost, GATEWAY_HOST, GOV_GATEWAY_HOST, type CloudEnvironment } from './hosts';

type GatewayProduct = 'jira' | 'confluence';

const GATEWAY = `https://${GATEWAY_HOST}`;

// ---- environments (govcloud) ---------------------------------------------------------------------
/**
 * The hosts of one Atlassian Cloud environment: its gateway, where its API tokens are made and its
 * OAuth authorization server. Government Cloud swaps every `api.`/`id.`/`auth.` host from
 * atlassian.com to atlassian-us-gov-mod.com (https://developer.atlassian.com/platform/framework/agc/guides/manage-3lo-apps,
 * https://github.com/sooperset/mcp-atlassian/pull/890).
 */
export interface EnvironmentHosts {
  environment: CloudEnvironment;
  /** The environment's name in words, for reports. */
  label: string;
  gatewayHost: string;
  /** `https://api.atlassian.com` or `https://api.atlassian-us-gov-mod.com`. */
  gateway: string;
  /** The page where the account's API tokens are made. */
  apiTokensPage: string;
  authHost: string;
  idHost: string;
}

const COMMERCIAL_HOSTS: EnvironmentHosts = {
  environment: 'commercial',
  label: 'Atlassian Cloud',
  gatewayHost: GATEWAY_HOST,
  gateway: GATEWAY,
  apiTokensPage: 'https://id.atlassian.com/manage-profile/security/api-tokens',
  authHost: 'auth.atlassian.com',
  idHost: 'id.atlassian.com',
};

const GOVERNMENT_HOSTS: EnvironmentHosts = {
  environment: 'government',
  label: 'Atlassian Government Cloud',
  gatewayHost: GOV_GATEWAY_HOST,
  gateway: `https://${GOV_GATEWAY_HOST}`,
  apiTokensPage: 'https://id.atlassian-us-gov-mod.com/manage-profile/security/api-tokens',
  authHost: 'auth.atlassian-us-gov-mod.com',
  idHost: 'id.atlassian-us-gov-mod.com',
};

/**
 * The one answer to "which environment, which gateway?" for a site host (or none: commercial).
 * The cloud and OAuth plans take their gateway from it, and every fix URL is written with it.
 */
export function siteEnvironment(siteHost?: string): EnvironmentHosts {
  return siteHost !== undefined && environmentOfHost(siteHost) === 'government' ? GOVERNMENT_HOSTS : COMMERCIAL_HOSTS;
}

/**
 * A text written for the commercial Cloud, with every commercial `api.`/`id.`/`auth.` host spelt
 * as `env`'s: how a report of a Government Cloud site keeps every fix URL and curl in its own
 * environment, whichever catalogue row wrote it.
 */
export function inEnvironment(text: string, env: EnvironmentHosts): string {
  if (env.environment === 'commercial') return text;
  return text.replace(/\b(api|id|auth)\.atlassian\.com\b/g, (_match, sub: string) =>
    sub === 'api' ? env.gatewayHost : sub === 'id' ? env.idHost : env.authHost,
  );
}
/**
 * The origins outside the manifest that a profile of this environment sends its secret to, which
 * the user grants on "Save profile": none for the commercial Cloud; for Government Cloud the
 * gateway, and the site when the kind calls it (`siteOrigin`).
 */
export function originsToGrant(env: EnvironmentHosts, siteOrigin: string | undefined): string[] {
  if (env.environment === 'commercial') return [];
  return siteOrigin === undefined ? [env.gateway] : [siteOrigin, env.gateway];
}
// ---- end environments ----------------------------------------------------------------------------

/** `https://api.atlassian.com/ex/jira/{cloudId}` (or `/ex/confluence/…`, or the Government gateway's). */
function gatewayBase(product: GatewayProduct, cloudId: string, env: EnvironmentHosts): string {
  return `${env.gateway}/ex/${product}/${cloudId}`;
}

/** `path` starts with `/`: `/rest/api/3/myself`, `/wiki/rest/api/user/current`. */
export function gatewayUrl(
  product: GatewayProduct,
  cloudId: string,
  path: string,
  env: EnvironmentHosts = COMMERCIAL_HOSTS,
): string {
  return `${gatewayBase(product, cloudId, env)}${path}`;
}

export const JIRA_MYSELF_PATH = '/rest/api/3/myself';

export function siteMyselfUrl(origin: string): string {
  return `${origin}${JIRA_MYSELF_PATH}`;
}

export function gatewayMyselfUrl(cloudId: string, env: EnvironmentHosts = COMMERCIAL_HOSTS): string {
  return gatewayUrl('jira', cloudId, JIRA_MYSELF_PATH, env);
}

/** The unauthenticated `/_edge/tenant_info` of a Cloud site: `{"cloudId":"…"}`. */
const TENANT_INFO_PATH = '/_edge/tenant_info';

export function tenantInfoUrl(origin: string): string {
  return `${origin}${TENANT_INFO_PATH}`;
}

/** Id Mapping (migrations) API on an environment's gateway: for accepted credentials, an unknown job id answers 404 "Job not found". */
export function idMappingTestUrl(env: EnvironmentHosts): string {
  return `${env.gateway}/migrations/reports/v1/id-mappings/test-job-id`;
}

/**
 * JSM operations REST API, a read-only list call (on-call schedules). Its base depends on the
 * credential: Basic (email + API token) clients call `/jsm/ops/api/{cloudId}/v1/…`, OAuth 2.0 apps
 * `/ex/jira/{cloudId}/jsm/ops/api/v1/…` (https://developer.atlassian.com/cloud/jira/service-desk-ops/rest/v2/intro).
 */
export function jsmOpsUrl(
  cloudId: string,
  path: string,
  { via = 'basic', env = COMMERCIAL_HOSTS }: { via?: 'basic' | 'oauth'; env?: EnvironmentHosts } = {},
): string {
  return via === 'oauth'
    ? `${gatewayBase('jira', cloudId, env)}/jsm/ops/api${path}`
    : `${env.gateway}/jsm/ops/api/${cloudId}${path}`;
}

/** On-call schedules, the Basic check. */
export function jsmOpsSchedulesUrl(
  cloudId: string,
  options: { via?: 'basic' | 'oauth'; env?: EnvironmentHosts } = {},
): string {
  return jsmOpsUrl(cloudId, '/v1/schedules', options);
}

/** The sites an OAuth 2.0 (3LO) grant reaches (https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/), on an environment's gateway (Government Cloud has its own: https://developer.atlassian.com/platform/framework/agc/guides/manage-3lo-apps). */
export function accessibleResourcesUrl(env: EnvironmentHosts): string {
  return `${env.gateway}/oauth/token/accessible-resources`;
}

/** The organization REST API of the admin APIs, called with an organization API key. */
export const ADMIN_ORGS_URL = `${GATEWAY}/admin/v1/orgs`;

export function adminOrgUrl(orgId: string): string {
  return `${ADMIN_ORGS_URL}/${encodeURIComponent(orgId)}`;
}
