/**
 * The read-only endpoints the engine calls, with the scopes each needs (facts §6, from the Jira
 * Cloud platform OpenAPI spec's `x-atlassian-oauth2-scopes`: `Current` = classic, `Beta` = granular).
 */
export interface EndpointInfo {
  path: string;
  /** Any one classic scope is enough. */
  classic: readonly string[];
  /** All of the granular scopes are needed. */
  granular: readonly string[];
  /** Whether the spec's `security` allows anonymous calls (facts §1.1: then a bad token gets 200). */
  anonymous: boolean;
}

export const JIRA_MYSELF: EndpointInfo = {
  path: '/rest/api/3/myself',
  classic: ['read:jira-user'],
  granular: ['read:application-role:jira', 'read:group:jira', 'read:user:jira', 'read:avatar:jira'],
  anonymous: false,
};

export const TENANT_INFO_PATH = '/_edge/tenant_info';

/** Confluence v1 current user (facts §6): classic read:confluence-user, granular read:content-details:confluence. */
export const CONFLUENCE_USER_CURRENT: EndpointInfo = {
  path: '/wiki/rest/api/user/current',
  classic: ['read:confluence-user'],
  granular: ['read:content-details:confluence'],
  anonymous: false,
};

/** facts §5.1: a 404 "Job not found" here is the documented answer for accepted credentials. */
export const ID_MAPPING_TEST_URL = 'https://api.atlassian.com/migrations/reports/v1/id-mappings/test-job-id';

/** facts §5.3: JSM operations REST API, a read-only list call. */
export function jsmOpsSchedulesUrl(cloudId: string): string {
  return `https://api.atlassian.com/jsm/ops/api/${cloudId}/v1/schedules`;
}

export const OAUTH_ACCESSIBLE_RESOURCES_URL = 'https://api.atlassian.com/oauth/token/accessible-resources';
export const ADMIN_ORGS_URL = 'https://api.atlassian.com/admin/v1/orgs';
