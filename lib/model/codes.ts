/**
 * Finding codes: part of the UI contract (`data-finding-code`) and of the JSON report.
 * A code names one cause and has one severity; never reuse one for two causes.
 */
export const FINDING_CODES = [
  // accepted
  'AUTH_OK',
  'TOKEN_UNSCOPED',
  'TOKEN_SCOPED',
  // wrong URL
  'SCOPED_TOKEN_ON_SITE_URL',
  'SITE_NOT_FOUND',
  'NOT_ATLASSIAN_CLOUD_HOST',
  'HTTP_NOT_HTTPS',
  'URL_HAS_EXTRA_PATH',
  'URL_PLACEHOLDER',
  'URL_MISSING_SCHEME',
  'URL_INVALID',
  'REDIRECTED',
  // rejected
  'CREDENTIALS_REJECTED',
  'ANONYMOUS_FALLBACK',
  'SCOPE_MISSING',
  'CAPTCHA_REQUIRED',
  'EMAIL_MISSING',
  'EMAIL_NOT_AN_EMAIL',
  'TOKEN_MISSING',
  'SECRET_HAS_WHITESPACE',
  'SECRET_HAS_CONTROL_CHARACTER',
  'TOKEN_LOOKS_LIKE_PASSWORD',
  'TOKEN_IS_JWT',
  'TOKEN_LOOKS_ENCODED',
  'TOKEN_CONTAINS_CURL_ARGUMENT',
  'PAT_SENT_AS_BASIC',
  // refused
  'IP_NOT_ALLOWLISTED',
  'FORBIDDEN',
  'XSRF_BLOCKED',
  // other
  'RATE_LIMITED',
  'SERVER_ERROR',
  'TIMEOUT',
  'NETWORK_ERROR',
  'UNEXPECTED_RESPONSE',
  'BLOCKED_BY_POLICY',
  // other credential kinds and extra checks (their words: lib/kinds/<kind>/words.ts)
  'OAUTH_TOKEN_EXPIRED',
  'OAUTH_TOKEN_NOT_JWT',
  'OAUTH_WRONG_TOKEN_TYPE',
  'OAUTH_SITE_NOT_GRANTED',
  'OAUTH_GRANT',
  'OAUTH_NO_SITES',
  'OAUTH_RESOURCE_UNUSABLE',
  'ADMIN_KEY_REJECTED',
  'PERSONAL_TOKEN_ON_ADMIN_API',
  'ADMIN_ORG_NOT_FOUND',
  'ADMIN_ORGS_EMPTY',
  'PAT_REJECTED',
  'PAT_ON_CLOUD',
  'CLOUD_TOKEN_ON_DATA_CENTER',
  'WRONG_API_VERSION_FOR_DATA_CENTER',
  'URL_MISSING_CONTEXT_PATH',
  'URL_EXTRA_CONTEXT_PATH',
  'HOST_PERMISSION_MISSING',
  'NOT_SITE_ADMIN',
  'NO_PRODUCT_ACCESS',
  'CONFLUENCE_OK',
  'ID_MAPPING_OK',
  'JSM_OPS_OK',
  'EMAIL_HAS_WHITESPACE',
  // Confluence
  'CONFLUENCE_URL_MISSING_WIKI',
  'CONFLUENCE_V1_ENDPOINT_REMOVED',
  // environments and services
  'GOV_CLOUD_SITE',
  'DC_LOGIN_CASE_SENSITIVE',
  // custom domains (a Cloud site recognised by its answers, not by its name)
  'CUSTOM_DOMAIN_CLOUD_SITE',
  // Bitbucket
  'BITBUCKET_TOKEN_AS_BEARER',
  'APP_PASSWORD_RETIRED',
  'BITBUCKET_SCOPES_MISSING',
  'BITBUCKET_WORKSPACE_NOT_ACCESSIBLE',
  'BITBUCKET_WORKSPACE_INVALID',
  'JIRA_NOT_ON_SITE',
  'JIRA_NOT_USABLE',
  'SERVICE_ACCOUNT',
  'RATE_LIMIT_NEAR',
  'ORG_KEY_ON_SCIM',
  'ORG_KEY_AS_USER_TOKEN',
  'GENIE_KEY_AS_API_TOKEN',
  'OPS_KEY_NOT_API_INTEGRATION',
  // request construction (a pasted request, lib/requests)
  'BASE64_TRAILING_NEWLINE',
  'BASE64_LINE_WRAPPED',
  'BASIC_NOT_ENCODED',
  'HEADER_NAME_MISSPELLED',
  'HEADER_MISSING_COLON',
  'AUTH_SCHEME_MISSING',
  'CURL_SINGLE_DASH_LONG_OPTION',
  'LINE_CONTINUATION_MISSING',
  'SMART_QUOTES',
  'TYPOGRAPHIC_DASH',
  'TOKEN_WITHOUT_EMAIL',
  'EMAIL_TOKEN_SWAPPED',
  'BEARER_WITH_API_TOKEN',
  'OAUTH_TOKEN_ON_SITE_URL',
  'GET_WITH_BODY',
  'UPLOAD_WITHOUT_XSRF_HEADER',
  'GATEWAY_URL_MISSING_CLOUD_ID',
  'REMOVED_ENDPOINT',
  'SITE_URL_REFUSES_SCOPED_TOKENS',
  'CREDENTIAL_PLACEHOLDER',
  // a token or email written as a variable ($TOKEN, %TOKEN%, $env:TOKEN): its value is not in the paste
  'CREDENTIAL_FROM_VARIABLE',
  'VARIABLE_SENT_AS_TEXT',
  'NO_CREDENTIALS_SENT',
  'REQUEST_UNREADABLE',
  'REQUEST_WELL_FORMED',
  // request construction, judged for the request's target (lib/requests/check/targets)
  'JQL_DOUBLE_ENCODED',
  'POWERSHELL_CREDENTIAL_NOT_SENT',
  'POWERSHELL_TLS12_NOT_FORCED',
  'POWERSHELL_HEADERS_NOT_HASHTABLE',
  'DEFAULT_USER_AGENT_BLOCKED',
  'CORS_FROM_WEB_PAGE',
  'DATA_TURNS_GET_INTO_POST',
  'CURL_DATA_FILE_WITHOUT_AT',
  'SHELL_EXPANDS_DOLLAR',
  'BATCH_PERCENT_NOT_DOUBLED',
  'CMD_SINGLE_QUOTES',
  'CONFLUENCE_WIKI_DOUBLED',
  'CONFLUENCE_V2_PATH_WRONG',
  'CONFLUENCE_DC_UNDER_WIKI',
  'CONFLUENCE_DC_API_1_0',
  'BITBUCKET_USERNAME_FOR_API_TOKEN',
  'BITBUCKET_ACCESS_TOKEN_AS_BASIC',
  'JSM_OPS_WRONG_SCHEME',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

/**
 * Catalogue rows for a contract code raised in another context, whose cause, severity and words
 * differ (an OAuth token rejected, a Data Center server URL, a misspelt Accept header, typographic
 * quotes in PowerShell). A finding never carries one of these as its code: it keeps the contract
 * code that browser tests, reports and scripts rely on, and takes the words of this row.
 */
export const VARIANT_ROWS = [
  'OAUTH_TOKEN_REJECTED',
  'SERVER_URL_NOT_HTTPS',
  'SERVER_URL_HAS_EXTRA_PATH',
  'CONTENT_HEADER_MISSPELLED',
  'SMART_QUOTES_IN_POWERSHELL',
  // Check a request: contract codes in the words of a pasted request
  'WRONG_API_VERSION_IN_REQUEST',
  'GOV_CLOUD_SITE_IN_REQUEST',
  'CONFLUENCE_URL_MISSING_WIKI_IN_REQUEST',
  'CONFLUENCE_V1_ENDPOINT_REMOVED_IN_REQUEST',
  'BITBUCKET_TOKEN_AS_BEARER_IN_REQUEST',
  'APP_PASSWORD_RETIRED_IN_REQUEST',
  'PAT_ON_CLOUD_IN_REQUEST',
  // Bitbucket Cloud: the contract codes AUTH_OK, CREDENTIALS_REJECTED, SCOPE_MISSING and EMAIL_NOT_AN_EMAIL in Bitbucket's words
  'BITBUCKET_AUTH_OK',
  'BITBUCKET_CREDENTIALS_REJECTED',
  'BITBUCKET_SCOPE_MISSING',
  'BITBUCKET_USERNAME_AS_EMAIL',
  // NO_PRODUCT_ACCESS in a Confluence integration: Confluence is what the integration is for.
  'NO_CONFLUENCE_ACCESS',
  'GOV_HOST_PERMISSION_MISSING',
  // custom domains: a Data Center server given as a Cloud site, and the grant of a custom domain
  'DATA_CENTER_SITE_AS_CLOUD',
  'CUSTOM_DOMAIN_HOST_PERMISSION_MISSING',
  // custom domains, OAuth: a Cloud custom domain whose cloudId is unknown cannot be found in the grant
  'OAUTH_CUSTOM_DOMAIN_NOT_MATCHED',
] as const;

export type VariantRow = (typeof VARIANT_ROWS)[number];

/** The key of a catalogue row: a finding code, or a variant row of one. */
export type RowKey = FindingCode | VariantRow;
