/** The Atlassian emulator's public API (tests, the demo and the bench import only from here). */
export * from './scenario';
export * from './default-scenario';
export * from './confluence-scenario';
export * from './govcloud-scenario';
export * from './custom-domain-scenario';
export * from './scenario-kinds';
export * from './bitbucket-scenario';
export * from './fleet-scenario';
export { makeOAuthAccessToken, decodeJwt } from './oauth';
export { ADMIN_ORGS_URL } from './responses/org-level';
export { TOMCAT_NOT_FOUND_SENTENCE } from './responses/data-center';
export { createAtlassianHandler, type AtlassianHandler } from './handler';
export { basicAuthorization } from './credentials';
export { SCOPE_RULES, scopeRuleFor } from './scopes';
export { BASIC_PASSWORDS_DEPRECATED } from './responses/jira';
export { emulatorTransport, recordingTransport, withLatency } from './in-process';
export { startEmulatorServer, CERTIFICATE_DNS_NAMES, type EmulatorServer } from './server';
export {
  SCOPE_TOKEN_CONFIGURATION,
  SCOPE_TOKEN_CONFLUENCE_GRANULAR,
  SCOPE_TOKEN_GRANULAR_READS,
} from './scope-scenario';
export { SCOPE_CHECK_TOKENS, type ScopeCheckToken } from './scope-tokens';
