/**
 * Finding codes: part of the UI contract (`data-finding-code`) and of the JSON report.
 * A code names one cause; never reuse one for two causes. design.md lists the minimum set.
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
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

export function isFindingCode(value: string): value is FindingCode {
  return (FINDING_CODES as readonly string[]).includes(value);
}
