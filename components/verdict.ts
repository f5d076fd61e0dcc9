/**
 * Words for verdicts: the chip's text (colour is never the only carrier of meaning) and the
 * sentence that opens a report, chosen from the findings so that a stranger understands it.
 */
import type { FindingCode } from '@/lib/model/codes';
import type { Report, Severity, Verdict } from '@/lib/model/report';

export const VERDICT_LABELS: Record<Verdict, string> = {
  ok: 'Works',
  warning: 'Works, with warnings',
  error: 'Fails',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  ok: 'OK',
  info: 'Note',
  warning: 'Warning',
  error: 'Error',
};

const GATEWAY_ONLY: FindingCode[] = ['TOKEN_SCOPED', 'SCOPED_TOKEN_ON_SITE_URL'];
const ACCEPTED: FindingCode[] = ['AUTH_OK', 'TOKEN_UNSCOPED', 'TOKEN_SCOPED'];
const REJECTED: FindingCode[] = [
  'CREDENTIALS_REJECTED',
  'ANONYMOUS_FALLBACK',
  'CAPTCHA_REQUIRED',
  'ADMIN_KEY_REJECTED',
  'PAT_REJECTED',
  'OAUTH_TOKEN_EXPIRED',
];
const WRONG_SERVER_PATH: FindingCode[] = [
  'URL_MISSING_CONTEXT_PATH',
  'URL_EXTRA_CONTEXT_PATH',
  'WRONG_API_VERSION_FOR_DATA_CENTER',
];
const WRONG_KIND: FindingCode[] = [
  'OAUTH_TOKEN_NOT_JWT',
  'OAUTH_WRONG_TOKEN_TYPE',
  'PERSONAL_TOKEN_ON_ADMIN_API',
  'CLOUD_TOKEN_ON_DATA_CENTER',
  'PAT_ON_CLOUD',
  'TOKEN_IS_JWT',
  'TOKEN_LOOKS_ENCODED',
];
const REFUSED: FindingCode[] = ['IP_NOT_ALLOWLISTED', 'FORBIDDEN', 'SCOPE_MISSING'];
const NO_ANSWER: FindingCode[] = [
  'TIMEOUT',
  'NETWORK_ERROR',
  'SERVER_ERROR',
  'RATE_LIMITED',
  'BLOCKED_BY_POLICY',
  'UNEXPECTED_RESPONSE',
];
const BAD_URL: FindingCode[] = [
  'SITE_NOT_FOUND',
  'NOT_ATLASSIAN_CLOUD_HOST',
  'URL_INVALID',
  'URL_PLACEHOLDER',
  'REDIRECTED',
];

export function verdictSentence(report: Pick<Report, 'verdict' | 'findings'>): string {
  const codes = new Set(report.findings.map((f) => f.code));
  const has = (list: FindingCode[]) => list.some((code) => codes.has(code));
  const top = report.findings[0]?.code;
  if (report.verdict === 'ok')
    return has(GATEWAY_ONLY) ? 'This token works through the API gateway only' : 'This token works';
  if (report.verdict === 'warning') {
    if (has(GATEWAY_ONLY)) return 'This token works through the API gateway only';
    if (has(ACCEPTED)) return 'This token works, with warnings';
    return 'Token Doctor could not confirm that this token works';
  }
  if (has(REJECTED))
    return report.findings.some((f) => f.code === 'PAT_REJECTED')
      ? 'The server rejected this token'
      : 'Atlassian rejected these credentials';
  if (has(['AUTH_OK'])) return 'The credentials work, but a check failed';
  if (top && WRONG_KIND.includes(top)) return 'This is not the kind of credential chosen';
  if (top && WRONG_SERVER_PATH.includes(top)) return "The server URL is not where Jira's REST API lives";
  if (top === 'HOST_PERMISSION_MISSING') return 'Token Doctor may not contact this server yet';
  if (top === 'OAUTH_SITE_NOT_GRANTED' || top === 'OAUTH_NO_SITES') return 'The app was not granted this site';
  if (top === 'ADMIN_ORG_NOT_FOUND') return 'The key cannot see this organization';
  if (top && REFUSED.includes(top)) return 'Atlassian refused this request';
  if (top && NO_ANSWER.includes(top)) return 'Token Doctor got no usable answer from Atlassian';
  if (top && BAD_URL.includes(top)) return 'The site URL does not lead to an Atlassian Cloud site';
  return 'This credential does not work as entered';
}

/** "Verified" only when the credential worked; a failing check was checked, not verified. */
export function checkedLabel(verdict: Verdict): string {
  return verdict === 'error' ? 'Checked at' : 'Verified at';
}
