/**
 * The public pages the catalogue cites: Atlassian documentation and KB articles, public Atlassian
 * tickets, and public issues where the behaviour was reported first-hand. Each row of the
 * catalogue picks the few that back it; the report shows them as "Learn more".
 */
import type { FindingSource } from '../model/report';

const ticket = (key: string, about: string): FindingSource => ({
  title: `Atlassian ticket ${key}: ${about}`,
  url: `https://jira.atlassian.com/browse/${key}`,
});
const github = (repo: string, n: number, about: string): FindingSource => ({
  title: `${repo}#${n}: ${about}`,
  url: `https://github.com/${repo}/issues/${n}`,
});

const pullRequest = (repo: string, n: number, about: string): FindingSource => ({
  title: `${repo} PR #${n}: ${about}`,
  url: `https://github.com/${repo}/pull/${n}`,
});

export const SOURCES = {
  // Cloud API tokens and Basic authentication
  apiTokens: {
    title: 'Manage API tokens for your Atlassian account',
    url: 'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/',
  },
  serviceAccountTokens: {
    title: 'Manage API tokens for service accounts',
    url: 'https://support.atlassian.com/user-management/docs/manage-api-tokens-for-service-accounts/',
  },
  basicAuthCloud: {
    title: 'Basic auth for REST APIs (Jira Cloud platform)',
    url: 'https://developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/',
  },
  basicAuthAnonymous: {
    title: 'Basic authentication (Jira platform): no authentication challenge, anonymous access',
    url: 'https://developer.atlassian.com/server/jira/platform/basic-authentication/',
  },
  passwordsDeprecated: {
    title: 'Deprecation of basic authentication with passwords for Jira and Confluence APIs',
    url: 'https://confluence.atlassian.com/cloud/deprecation-of-basic-authentication-with-passwords-for-jira-and-confluence-apis-972355348.html',
  },
  expiredTokenAnonymous: github(
    'MrRefactoring/jira.js',
    418,
    'an expired token answers 200 with X-Seraph-LoginReason: AUTHENTICATED_FAILED',
  ),
  tokenFieldWithCurl: github(
    'AxisCommunications/backstage-plugins',
    121,
    'a token field holding "-u email:token" gives "No Jira project found"',
  ),
  // Scoped tokens and the API gateway
  serviceAccount401: {
    title: 'KB: 401 unauthorized error when service account accesses Jira or Confluence API',
    url: 'https://support.atlassian.com/atlassian-cloud/kb/401-unauthorized-error-when-service-account-accesses-jira-or-confluence-api/',
  },
  cloud12617: ticket('CLOUD-12617', 'scoped API tokens are refused on the site URL and work through api.atlassian.com'),
  cloudId: {
    title: "KB: Retrieve my Atlassian site's cloud ID",
    url: 'https://support.atlassian.com/jira/kb/retrieve-my-atlassian-sites-cloud-id/',
  },
  gatewayMissingCloudId: github(
    'confluence-publisher/confluence-publisher',
    492,
    'api.atlassian.com without /ex/confluence/{cloudId} answers 404 "No message available"',
  ),
  // Bearer, OAuth 2.0
  bearerApiToken: github(
    'lesstif/php-jira-rest-client',
    528,
    'an API token sent as Bearer gets 403 "Failed to parse Connect Session Auth Token"',
  ),
  oauthCalls: {
    title: 'OAuth 2.0 (3LO) apps: making calls to the API, accessible-resources',
    url: 'https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/',
  },
  oauthRefresh: {
    title: 'OAuth 2.0 (3LO) apps: rotating refresh tokens',
    url: 'https://developer.atlassian.com/cloud/oauth/getting-started/refresh-tokens/',
  },
  oauthJwt: github('MrRefactoring/jira.js', 269, 'a decoded Atlassian access token: exp, scope, atl_token_type'),
  // Lockout, 403s
  captchaKb: {
    title: 'KB: CAPTCHA_CHALLENGE error on the Jira Align connector',
    url: 'https://confluence.atlassian.com/jakb/connector-captcha_challenge-error-on-jira-align-connector-1318881453.html',
  },
  captchaConfluence: {
    title: 'Configuring CAPTCHA for failed logins (Confluence Data Center)',
    url: 'https://confluence.atlassian.com/conf91/configuring-captcha-for-failed-logins-1442849037.html',
  },
  captchaReset: ticket('JRASERVER-72572', 'resetting the failed-login count behind a CAPTCHA'),
  ipAllowlist: {
    title: 'IP allowlists for Atlassian Cloud products',
    url: 'https://confluence.atlassian.com/pages/viewpage.action?pageId=1384133808',
  },
  xsrfBrowserAgent: {
    title: 'KB: REST API calls with a browser User-Agent header may fail CSRF checks',
    url: 'https://confluence.atlassian.com/jirakb/rest-api-calls-with-a-browser-user-agent-header-may-fail-csrf-checks-802591455.html',
  },
  xsrfNoCheck: pullRequest('pycontribs/jira', 1005, 'X-Atlassian-Token must be "no-check"; "nocheck" is deprecated'),
  // URLs
  jiraNoContextPath: github('cristibaluta/Jit', 10, 'Jira Cloud has no /jira context path: a 404 "dead link"'),
  httpRedirect: github('go-jira/jira', 222, 'an http:// site URL answers 301 Moved Permanently'),
  missingScheme: github('getsentry/sentry-jira', 67, 'a site URL without https:// fails with "No schema supplied"'),
  vanityHost: github(
    'ankitpokhrel/jira-cli',
    439,
    'an SSO or custom host gives 401 until the *.atlassian.net host is used',
  ),
  htmlNotJson: github('ankitpokhrel/jira-cli', 822, 'an HTML page where JSON was due: "invalid character \'<\'"'),
  change2046: {
    title: 'Atlassian changelog CHANGE-2046: /rest/api/{2,3}/search removed, use /rest/api/3/search/jql',
    url: 'https://developer.atlassian.com/changelog/#CHANGE-2046',
  },
  removedSearch: github(
    'prometheus/alertmanager',
    4562,
    '/rest/api/2/search answers 410 "The requested API has been removed"',
  ),
  // Rate limits, status
  rateLimiting: {
    title: 'Rate limiting (Jira Cloud platform)',
    url: 'https://developer.atlassian.com/cloud/jira/platform/rate-limiting/',
  },
  rateLimitHeaders: ticket('JRACLOUD-69262', 'the Retry-After and X-RateLimit headers of a 429'),
  status: { title: 'Atlassian status page', url: 'https://status.atlassian.com/' },
  // Organization API keys
  adminOrgs: {
    title: 'Organizations REST API: orgs',
    url: 'https://developer.atlassian.com/cloud/admin/organization/rest/api-group-orgs/',
  },
  adminApis: {
    title: 'Manage an organization with the admin APIs',
    url: 'https://support.atlassian.com/organization-administration/docs/manage-an-organization-with-the-admin-apis/',
  },
  access966: ticket('ACCESS-966', 'GET /admin/v1/orgs answers an empty list for a valid key'),
  cloud12783: ticket('CLOUD-12783', 'an organization cannot be looked up by site URL or cloudId'),
  // Other APIs
  idMappingTrigger: {
    title: 'Triggering an Id Mapping job (Cloud migrations)',
    url: 'https://developer.atlassian.com/cloud/migration/triggering-id-mapping-job/',
  },
  idMappingStatus: {
    title: 'Id Mapping: job status and report',
    url: 'https://developer.atlassian.com/cloud/migration/status-and-download-report/',
  },
  jsmOps: {
    title: 'JSM operations: basic auth for REST APIs',
    url: 'https://developer.atlassian.com/cloud/jira/service-desk-ops/security/basic-auth-for-rest-apis/',
  },
  // Data Center
  dcPatBearer: github('pycontribs/jira', 993, 'Data Center personal access tokens are sent as Bearer'),
  dcCloudTokenRefused: github(
    'ankitpokhrel/jira-cli',
    323,
    'Cloud-style email:token Basic against Data Center: 403 Forbidden',
  ),
  dcContextPath: github(
    'solidify/jira-azuredevops-migrator',
    775,
    'a Data Center server under /jira answers 404 without it',
  ),
  dcNoApiV3: github('atlassian-api/atlassian-python-api', 1572, '/rest/api/3 answers 404 on Data Center'),
  // Request construction
  base64Newline: github(
    'ClearTax/jira-lint',
    62,
    'a newline in the encoded credential gives "Basic authentication with passwords is deprecated"',
  ),
  tokenWithoutEmail: pullRequest('danshumaker/jira-cli', 48, 'the token alone, without the email, is rejected'),
  headerFieldValues: {
    title: 'RFC 9110, HTTP Semantics: field values (CR, LF and NUL are invalid; other controls are not allowed)',
    url: 'https://www.rfc-editor.org/rfc/rfc9110#name-field-values',
  },
  getWithBody: github('DeloitteDigitalUK/jira-agile-metrics', 61, 'a GET with a body answered AUTHENTICATED_FAILED'),
  // ---- Government Cloud, JSM operations, org keys, Data Center Confluence (govcloud) ----
  govCloud3lo: {
    title: 'Manage 3LO apps in Atlassian Government Cloud (its auth and API gateway hosts)',
    url: 'https://developer.atlassian.com/platform/framework/agc/guides/manage-3lo-apps',
  },
  govCloudDomains: {
    title: 'IP addresses and domains for Atlassian cloud products (atlassian-us-gov-mod.com and .net)',
    url: 'https://support.atlassian.com/organization-administration/docs/ip-addresses-and-domains-for-atlassian-cloud-products/',
  },
  govCloudDetection: pullRequest('sooperset/mcp-atlassian', 890, 'Government Cloud hosts recognised as Cloud'),
  jsmOpsIntro: {
    title:
      'JSM operations REST API: Basic clients use /jsm/ops/api/{cloudId}, OAuth apps /ex/jira/{cloudId}/jsm/ops/api',
    url: 'https://developer.atlassian.com/cloud/jira/service-desk-ops/rest/v2/intro',
  },
  opsgenieBadKey: pullRequest(
    'streaak/keyhacks',
    124,
    'an Opsgenie key that is not valid answers "Could not authenticate"',
  ),
  opsgenieWrongKeyType: pullRequest(
    'K-Phoen/backstage-plugin-opsgenie',
    68,
    'code 40301 "use an API key from an API integration"',
  ),
  opsgenieWrongKeyType403: github('louislam/uptime-kuma', 3613, 'the 40301 answer comes with HTTP 403'),
  adminApiKeyLife: {
    title: 'Manage an organization with the admin APIs (keys last at most a year; scoped and unscoped keys)',
    url: 'https://support.atlassian.com/organization-administration/docs/manage-an-organization-with-the-admin-apis',
  },
  adminScopes: {
    title: 'Admin API scopes (read:tokens:admin and the others)',
    url: 'https://developer.atlassian.com/cloud/admin/scopes',
  },
  adminApiKeys: {
    title: 'Admin API access: API keys (list and count, read:tokens:admin)',
    url: 'https://developer.atlassian.com/cloud/admin/api-access/rest/api-group-api-key/',
  },
  orgKeyNotOnMcp: github(
    'atlassian/atlassian-mcp-server',
    97,
    'organization API keys are not accepted (Atlassian staff)',
  ),
  dcLoginCase: github('AtlassianPS/JiraPS', 353, 'a Data Center login by email fails unless its case matches'),
  dcLoginRequired: github('AtlassianPS/JiraPS', 485, '"Jira requires you to log on to the website before continuing"'),
  dcBasicDisabled: github(
    'rundeck-plugins/jira-workflow-step',
    11,
    'basic authentication disabled: "login is required"',
  ),
  dcConfluenceNoWiki: github('b1ff/atlassian-dc-mcp', 2, 'Confluence Data Center has no /wiki unless configured'),
  dcConfluenceNotApi10: github('atlassian-api/atlassian-python-api', 1672, '/rest/api/1.0 is not a Confluence path'),
  dcRateLimitHeaders: {
    title: 'Rate limiting HTTP headers (Data Center): X-RateLimit-Limit, -Remaining, -Interval-Seconds, -FillRate',
    url: 'https://confluence.atlassian.com/doc/_ratelimiting_httpheaders-992678779.html',
  },
  dcRateLimitPage: github('ahungry/org-jira', 365, 'a Data Center 429 with the Tomcat page "Rate limit exceeded."'),
  // ---- end govcloud ----
} as const satisfies Record<string, FindingSource>;
