/** The Atlassian emulator's public API (tests, the demo and the bench import only from here). */
export * from './scenario';
export * from './default-scenario';
export * from './scenario-kinds';
export { fakeOrgApiKey, fakeDataCenterPat } from './fake-kinds';
export {
  makeOAuthAccessToken,
  decodeJwt,
  checkOAuthBearer,
  type OAuthAccessTokenOptions,
  type DecodedJwt,
  type OAuthVerdict,
} from './oauth';
export { ADMIN_ORGS_URL } from './responses/org-level';
export { TOMCAT_NOT_FOUND_SENTENCE } from './responses/data-center';
export { fakeCloudApiToken, fakeUuid, fakeAccountId } from './fake-ids';
export { createAtlassianHandler, effectiveHost, type AtlassianHandler, type HandlerOptions } from './handler';
export { basicAuthorization, readAuthorization, type PresentedCredential } from './credentials';
export { SCOPE_RULES, scopeRuleFor, scopesSatisfy, type ScopeRule } from './scopes';
export { BASIC_PASSWORDS_DEPRECATED } from './responses/jira';
export { recordRequests, type RecordedRequest, type RecordingHandler } from './record';
export {
  emulatorTransport,
  recordingTransport,
  withLatency,
  type EmulatorTransportOptions,
  type RecordingTransport,
} from './in-process';
export { startEmulatorServer, CERTIFICATE_DNS_NAMES, type EmulatorServer, type EmulatorServerOptions } from './server';
