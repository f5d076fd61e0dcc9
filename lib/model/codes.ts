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
  // refused
  'IP_NOT_ALLOWLISTED',
  'FORBIDDEN',
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
  // environments and services (Government Cloud, JSM operations, org keys, Data Center Confluence)
  'GOV_CLOUD_SITE',
  'ORG_KEY_ON_SCIM',
  'ORG_KEY_AS_USER_TOKEN',
  'DC_LOGIN_CASE_SENSITIVE',
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
  'NO_CREDENTIALS_SENT',
  'REQUEST_UNREADABLE',
  'REQUEST_WELL_FORMED',
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
  'GOV_HOST_PERMISSION_MISSING',
] as const;

export type VariantRow = (typeof VARIANT_ROWS)[number];

/** The key of a catalogue row: a finding code, or a variant row of one. */
export type RowKey = FindingCode | VariantRow;
