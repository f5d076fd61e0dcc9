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
  confluenceNotPermitted: github(
    'markdown-confluence/markdown-confluence',
    670,
    'Confluence answers 403 "Current user not permitted to use Confluence"',
  ),
  confluenceUserCurrent: github(
    'markdown-confluence/markdown-confluence',
    796,
    'Confluence v1 user/current is still served through the gateway',
  ),
  curlManual: { title: 'curl manual: options, quoting and --data', url: 'https://curl.se/docs/manpage.html' },
  shellQuoting: {
    title: 'Bash reference manual: quoting',
    url: 'https://www.gnu.org/software/bash/manual/html_node/Quoting.html',
  },
  powershellQuoting: {
    title: 'PowerShell: about quoting rules',
    url: 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_quoting_rules',
  },
  urlStandard: { title: 'URL Standard (WHATWG): how a URL is read', url: 'https://url.spec.whatwg.org/' },
  hostPermissions: {
    title: 'Chrome extensions: permissions and optional host permissions',
    url: 'https://developer.chrome.com/docs/extensions/reference/api/permissions',
  },
  getWithBody: github('DeloitteDigitalUK/jira-agile-metrics', 61, 'a GET with a body answered AUTHENTICATED_FAILED'),
  // --- Check a request: the rules of each target (lib/requests/check/targets) ---
  dcPatAsBasic: github(
    'cosmix/jira-mcp',
    46,
    'a Data Center personal access token sent as a Basic password is rejected',
  ),
  dcPatBasic403: github(
    'whyisdifficult/jiratui',
    50,
    'a personal access token as Basic answers 403 on Jira Data Center 9.17',
  ),
  dcPatDocs: {
    title: 'Using personal access tokens (Atlassian Data Center)',
    url: 'https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html',
  },
  dcLoginCase: github(
    'AtlassianPS/JiraPS',
    353,
    'a Data Center login by email: "The user could not be authenticated."',
  ),
  confluenceDcNoWiki: github('b1ff/atlassian-dc-mcp', 2, 'Confluence Data Center has no /wiki unless configured so'),
  confluenceDcNo10: github(
    'atlassian-api/atlassian-python-api',
    1672,
    '/rest/api/1.0 is not a Confluence Data Center path',
  ),
  confluenceNoWiki: github(
    'atlassian-api/atlassian-python-api',
    189,
    'a Confluence path without /wiki on a Cloud site: 404 "null for uri"',
  ),
  confluenceGone: github(
    'Spenhouet/confluence-markdown-exporter',
    207,
    'v1 endpoints answer 410 GoneException with "authorized": true on the gateway',
  ),
  confluenceGoneMatrix: github(
    'markdown-confluence/markdown-confluence',
    796,
    'OAuth: v1 content answers 410, /wiki/api/v2 answers 200',
  ),
  jqlDoubleEncoded: github(
    'nineinchnick/trino-openapi',
    65,
    'double-encoded JQL: 400 "\'%\' is a reserved JQL character"',
  ),
  jqlAmpersand: github(
    'floralvikings/jira-connector',
    247,
    'a re-encoded & inside a JQL value: "Research %26 Architecture"',
  ),
  powershellCredential: github(
    'AtlassianPS/JiraPS',
    544,
    'PowerShell -Credential on Cloud: "Client must be authenticated to access this resource."',
  ),
  powershellNegotiation: github('AtlassianPS/JiraPS', 552, 'Jira Cloud stopped negotiating authentication'),
  powershellTls12: github('AtlassianPS/JiraPS', 84, 'Windows PowerShell 5.1 without TLS 1.2: an opaque error'),
  wafUserAgent: pullRequest('sooperset/mcp-atlassian', 1326, "a firewall refusing python-requests' default User-Agent"),
  corsFromPage: github(
    'floralvikings/jira-connector',
    239,
    "a web page calling Jira's REST API: no Access-Control-Allow-Origin",
  ),
  corsContentScript: github(
    'helmus/Jira-Hot-Linker',
    11,
    'a content script calling Jira is blocked; the background can call it',
  ),
  bitbucketBearer: github(
    'constructorfabric/insight',
    1887,
    'Bitbucket: -u email:token 200, -u :token 401, Bearer 401',
  ),
  bitbucketApiTokens: {
    title: 'Bitbucket Cloud API tokens',
    url: 'https://support.atlassian.com/bitbucket-cloud/docs/api-tokens/',
  },
  bitbucket401: {
    title: 'KB: Getting 401 HTTP error while authenticating to Bitbucket Cloud REST APIs',
    url: 'https://support.atlassian.com/bitbucket-cloud/kb/getting-401-http-error-while-authenticating-to-bitbucket-cloud-rest-apis',
  },
  bitbucketAppPasswordsEnd: github('composer/composer', 12482, 'Bitbucket app passwords stop working on 2026-06-09'),
  bitbucketAccessTokens: github(
    'AsyncFuncAI/deepwiki-open',
    444,
    'Bitbucket access tokens: Bearer for REST, x-token-auth for git',
  ),
  govCloud: {
    title: 'Manage 3LO apps in Atlassian Government Cloud',
    url: 'https://developer.atlassian.com/platform/framework/agc/guides/manage-3lo-apps',
  },
  jsmOpsApi: {
    title: 'JSM operations REST API v2',
    url: 'https://developer.atlassian.com/cloud/jira/service-desk-ops/rest/v2/intro',
  },
  opsgenieKey: pullRequest('K-Phoen/backstage-plugin-opsgenie', 68, 'Opsgenie wants an API integration key (GenieKey)'),
  curlData: {
    title: 'curl man page: -d, --data (sends a POST; @file reads the file)',
    url: 'https://curl.se/docs/manpage.html#-d',
  },
  cmdQuotes: {
    title: 'Microsoft: cmd (quotes, and % in batch files)',
    url: 'https://learn.microsoft.com/windows-server/administration/windows-commands/cmd',
  },
  bashQuoting: {
    title: 'Bash manual: double quotes (what $ expands inside them)',
    url: 'https://www.gnu.org/software/bash/manual/html_node/Double-Quotes.html',
  },
  invokeRestMethod: {
    title: 'Invoke-RestMethod (-Headers takes an IDictionary)',
    url: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/invoke-restmethod',
  },
  // ---- Bitbucket Cloud (lib/kinds/bitbucket-*) ----
  bitbucketUsingApiTokens: {
    title:
      'Bitbucket Cloud: using API tokens (REST with the email, git with x-bitbucket-api-token-auth or the username)',
    url: 'https://support.atlassian.com/bitbucket-cloud/docs/using-api-tokens',
  },
  bitbucket401Kb: {
    title: 'Atlassian KB: getting 401 HTTP error while authenticating to Bitbucket Cloud REST APIs',
    url: 'https://support.atlassian.com/bitbucket-cloud/kb/getting-401-http-error-while-authenticating-to-bitbucket-cloud-rest-apis',
  },
  bitbucketBasicMeasured: github(
    'constructorfabric/insight',
    1887,
    'api.bitbucket.org: email:token → 200; :token or Bearer → 401',
  ),
  bitbucketTokenUnsupported: {
    title:
      'Atlassian developer community: API tokens at account level not working ("Token is invalid, expired, or not supported")',
    url: 'https://community.developer.atlassian.com/t/api-tokens-at-account-level-not-working/94071',
  },
  bitbucketUnscopedToken: github(
    'avivsinai/bitbucket-cli',
    30,
    'a token made without scopes: 401 "Token is invalid, expired, or not supported for this endpoint."',
  ),
  bitbucketScopelessSameError: pullRequest(
    'snyk/user-docs',
    864,
    'scopeless API tokens give the same error as invalid credentials',
  ),
  bitbucketGitUser: github(
    'epam/cloud-pipeline',
    4446,
    'git with an API token: x-bitbucket-api-token-auth or the username, not the email; no Bearer',
  ),
  bitbucketAccessTokenBearer: github(
    'AsyncFuncAI/deepwiki-open',
    444,
    'access tokens: Bearer for REST, x-token-auth for git',
  ),
  // Confluence integrations, service accounts, expiry and the 2026 rate limits
  confluenceBasicAuth: {
    title: 'Confluence Cloud: basic auth for REST APIs (the API lives under /wiki)',
    url: 'https://developer.atlassian.com/cloud/confluence/basic-auth-for-rest-apis/',
  },
  confluenceMissingWiki: github(
    'atlassian-api/atlassian-python-api',
    189,
    'a Confluence path without /wiki lands on Jira: 404 "null for uri"',
  ),
  confluenceV1Gone: github(
    'Spenhouet/confluence-markdown-exporter',
    207,
    'Confluence v1 through the gateway: 410 GoneException with "authorized": true',
  ),
  confluenceV1GoneMatrix: github(
    'markdown-confluence/markdown-confluence',
    796,
    'v1 content 410 through the gateway, v2 pages and v1 user/current 200',
  ),
  confluenceV1Deprecation: {
    title: 'Update to Confluence v1 API deprecation timeline (Atlassian developer community)',
    url: 'https://community.developer.atlassian.com/t/update-to-confluence-v1-api-deprecation-timeline/79687',
  },
  confluenceMeasured: {
    title: 'mozilla/markfluence: Confluence Cloud answers, measured (403 / bare v2 404 for bad credentials)',
    url: 'https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md',
  },
  serviceAccountBearer: pullRequest(
    'tagoro9/fotingo',
    1112,
    'quotes the service-account doc: the token as "Authorization: Bearer" on the gateway',
  ),
  serviceAccountBearerCli: github(
    'open-cli-collective/atlassian-cli',
    445,
    'bearer auth with service accounts reported to work',
  ),
  clientCredentials: pullRequest(
    'n8n-io/n8n',
    37513,
    'service-account OAuth client credentials: no scope parameter, accessible-resources as the check',
  ),
  autoRevocation: {
    title: 'API tokens are revoked automatically when used in public spaces (Atlassian KB)',
    url: 'https://support.atlassian.com/jira/kb/api-tokens-are-revoked-automatically-when-used-in-public-spaces/',
  },
  unscopedExpiryCap: github(
    'marc0l92/obsidian-jira-issue',
    186,
    'a new token without scopes could only be made to expire by 31 March 2026',
  ),
  expiredEmptyResults: github('sooperset/mcp-atlassian', 183, 'an expired token silently gives empty results'),
  pointsQuota2026: {
    title: '2026 point-based rate limits: the Beta-Ratelimit headers as measured (Atlassian developer community)',
    url: 'https://community.developer.atlassian.com/t/2026-point-based-rate-limits/97828?page=9',
  },
  rateLimitHtml429: github('apache/devlake', 2932, 'a Jira Cloud 429 that is an HTML page (error429)'),
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
  // ---- custom domains and legacy *.jira.com (domains) ----
  customDomainServerInfo: pullRequest(
    'aquasecurity/postee',
    668,
    'tell Cloud from Server/Data Center by /rest/api/2/serverInfo deploymentType, not by .atlassian.net',
  ),
  legacyJiraComCloud: pullRequest(
    'jenkinsci/jira-plugin',
    1191,
    'jira-rest-java-client counts *.jira.com and *.atlassian.net as Cloud (UriUtil.isURICloud)',
  ),
  tenantInfoCloudId: {
    title: 'mozilla/markfluence: GET /_edge/tenant_info answers {"cloudId": …} without authentication',
    url: 'https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md',
  },
  // ---- end custom domains ----
  // ---- Check a request: a secret written as a variable (lib/requests/read/stand-in.ts) ----
  bashParameterExpansion: {
    title: 'Bash manual: shell parameter expansion ($NAME and ${NAME})',
    url: 'https://www.gnu.org/software/bash/manual/html_node/Shell-Parameter-Expansion.html',
  },
  bashSingleQuotes: {
    title: "Bash manual: single quotes (nothing inside 'single quotes' is expanded)",
    url: 'https://www.gnu.org/software/bash/manual/html_node/Single-Quotes.html',
  },
  powershellEnvironmentVariables: {
    title: 'PowerShell: about environment variables ($env:NAME)',
    url: 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_environment_variables',
  },
  cmdSetVariables: {
    title: 'Microsoft: set (cmd.exe environment variables, %NAME%)',
    url: 'https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/set_1',
  },
  // ---- end secret written as a variable ----
} as const satisfies Record<string, FindingSource>;
