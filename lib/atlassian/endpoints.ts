/**
 * The read-only endpoints the engine calls, with the scopes each needs (https://github.com/salto-io/jira-swaggers, from the Jira
 * Cloud platform OpenAPI spec's `x-atlassian-oauth2-scopes`: `Current` = classic, `Beta` = granular).
 */
import { JIRA_MYSELF_PATH } from './urls';

export interface EndpointInfo {
  path: string;
  /** Any one classic scope is enough. */
  classic: readonly string[];
  /** All of the granular scopes are needed. */
  granular: readonly string[];
  /** Whether the spec's `security` allows anonymous calls (https://developer.atlassian.com/server/jira/platform/basic-authentication/: then a bad token gets 200). */
  anonymous: boolean;
}

export const JIRA_MYSELF: EndpointInfo = {
  path: JIRA_MYSELF_PATH,
  classic: ['read:jira-user'],
  granular: ['read:application-role:jira', 'read:group:jira', 'read:user:jira', 'read:avatar:jira'],
  anonymous: false,
};

/** Confluence v1 current user (https://github.com/salto-io/jira-swaggers): classic read:confluence-user, granular read:content-details:confluence. */
export const CONFLUENCE_USER_CURRENT: EndpointInfo = {
  path: '/wiki/rest/api/user/current',
  classic: ['read:confluence-user'],
  granular: ['read:content-details:confluence'],
  anonymous: false,
};

/**
 * Confluence v2 spaces, one item: the scoped check through the gateway (https://github.com/HolmesGPT/holmesgpt/pull/2373
 * publishes it as the self-test; https://github.com/markdown-confluence/markdown-confluence/issues/796: v2 answers where v1
 * content is gone). The Confluence v2 spec (https://github.com/drummonds/gofluence) lists only the granular scope.
 */
export const CONFLUENCE_SPACES_V2: EndpointInfo = {
  path: '/wiki/api/v2/spaces?limit=1',
  classic: [],
  granular: ['read:space:confluence'],
  anonymous: false,
};
