/**
 * Reading what Atlassian answered: one observation → one reading, each rule beside the public
 * source it comes from. The classifier combines readings of several probes into findings.
 */
import type { AccountSummary, Observation } from '../model/report';
import { isCloudSiteHost } from './hosts';

export type Reading =
  | { kind: 'accepted'; account: AccountSummary }
  | { kind: 'anonymous'; detail: string }
  | { kind: 'rejected'; variant: 'deprecated-text' | 'json' | 'html' | 'plain'; detail: string }
  | { kind: 'scope-missing'; detail: string }
  | { kind: 'captcha'; loginUrl?: string }
  | { kind: 'ip-blocked' }
  | { kind: 'forbidden'; detail: string }
  | { kind: 'redirect'; location?: string }
  | { kind: 'rate-limited'; retryAfter?: string; quota?: string; htmlPage: boolean }
  | { kind: 'server-error'; detail: string }
  | { kind: 'not-found'; detail: string; edgePage: boolean }
  | { kind: 'unexpected'; detail: string }
  | { kind: 'timeout' }
  | { kind: 'network'; detail: string }
  | { kind: 'blocked'; detail: string };

export function header(observation: Observation, name: string): string | undefined {
  return observation.headers[name.toLowerCase()];
}

export function parseJson(observation: Observation): unknown {
  const text = observation.body.trim();
  if (!(text.startsWith('{') || text.startsWith('['))) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function isHtml(observation: Observation): boolean {
  const type = header(observation, 'content-type') ?? '';
  return type.includes('html') || /^\s*<(!doctype|html|head|body|title)/i.test(observation.body);
}

const TITLE_OPEN = /<title/gi;

/**
 * The text of the first `<title…>text</title>` with 1 to 200 characters of text, read in one pass
 * (a regex with `[^>]*` after each `<title` is quadratic on a body of repeated `<title`).
 */
export function htmlTitle(observation: Observation): string | undefined {
  const body = observation.body;
  TITLE_OPEN.lastIndex = 0;
  for (let open = TITLE_OPEN.exec(body); open; open = TITLE_OPEN.exec(body)) {
    const close = body.indexOf('>', open.index + 6);
    // No ">" after this <title: none after any later one either.
    if (close < 0) return undefined;
    const lt = body.indexOf('<', close + 1);
    const length = lt - close - 1;
    if (lt >= 0 && length >= 1 && length <= 200 && body.slice(lt, lt + 8).toLowerCase() === '</title>')
      return body
        .slice(close + 1, lt)
        .trim()
        .replace(/\s+/g, ' ');
    // Every <title before this ">" ends at the same ">", so it fails the same way: go on after it.
    TITLE_OPEN.lastIndex = close + 1;
  }
  return undefined;
}

/** The longest body line evidence quotes: enough for any error message, never a whole echoed request. */
const BODY_LINE_MAX = 200;

function bounded(text: string): string {
  return text.length > BODY_LINE_MAX ? `${text.slice(0, BODY_LINE_MAX - 1)}…` : text;
}

/** The first meaningful line of a body, for evidence: a JSON message, an HTML title, or text; at most BODY_LINE_MAX characters. */
export function bodyLine(observation: Observation): string {
  return bounded(firstBodyLine(observation));
}

function firstBodyLine(observation: Observation): string {
  const json = parseJson(observation);
  if (json && typeof json === 'object') {
    const record = json as Record<string, unknown>;
    const messages = record.errorMessages;
    if (Array.isArray(messages) && typeof messages[0] === 'string') return messages[0];
    for (const key of ['message', 'errorMessage', 'error', 'detail']) {
      if (typeof record[key] === 'string') return record[key];
    }
    const account = parseAccount(observation);
    if (account) return `the account ${account.displayName} (accountId ${account.accountId})`;
    if (typeof record.cloudId === 'string') return `cloudId ${record.cloudId}`;
    return `JSON with ${Array.isArray(json) ? `${json.length} items` : `keys ${Object.keys(record).slice(0, 5).join(', ')}`}`;
  }
  const title = htmlTitle(observation);
  if (title) return `HTML page "${title}"`;
  const xmlMessage = /<message>([^<]{1,200})<\/message>/.exec(observation.body)?.[1];
  if (xmlMessage) return xmlMessage;
  return observation.body.trim().split('\n')[0]?.slice(0, 160) ?? '';
}

/** https://confluence.atlassian.com/cloud/deprecation-of-basic-authentication-with-passwords-for-jira-and-confluence-apis-972355348.html: the text/plain 401 that does not prove a password was used. */
function isDeprecatedBasicText(observation: Observation): boolean {
  return /Basic authentication with passwords is deprecated/i.test(observation.body);
}

/** https://github.com/hunyadi/md2conf/issues/169: the gateway's scope gate. */
export function isScopeMismatch(observation: Observation): boolean {
  return (
    /scope does not match/i.test(observation.body) ||
    (header(observation, 'x-failure-category') ?? '').includes('FAILURE_CLIENT_SCOPE_CHECK')
  );
}

/** https://confluence.atlassian.com/jakb/connector-captcha_challenge-error-on-jira-align-connector-1318881453.html: CAPTCHA lockout, announced in headers (check the headers, not the status). */
export function captchaLoginUrl(observation: Observation): { captcha: boolean; loginUrl?: string } {
  const denied = header(observation, 'x-authentication-denied-reason') ?? '';
  const reason = header(observation, 'x-seraph-loginreason') ?? '';
  if (!denied.startsWith('CAPTCHA_CHALLENGE') && !reason.includes('AUTHENTICATION_DENIED')) return { captcha: false };
  const loginUrl = /login-url=(\S+)/.exec(denied)?.[1];
  return { captcha: true, loginUrl };
}

/** https://confluence.atlassian.com/pages/viewpage.action?pageId=1384133808: the IP allowlist refusal. */
function isIpRejected(observation: Observation): boolean {
  return /IP address has been rejected|not on the allowed list/i.test(observation.body);
}

/** https://developer.atlassian.com/server/jira/platform/basic-authentication/: credentials rejected and the call served as anonymous. */
function servedAsAnonymous(observation: Observation): boolean {
  const reason = header(observation, 'x-seraph-loginreason') ?? '';
  return reason.includes('AUTHENTICATED_FAILED');
}

function loggedOutCookie(observation: Observation): boolean {
  return /_lout/.test(header(observation, 'set-cookie') ?? '');
}

export function parseAccount(observation: Observation): AccountSummary | undefined {
  const json = parseJson(observation);
  if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const record = json as Record<string, unknown>;
  if (typeof record.accountId !== 'string' || record.accountId === '') return undefined;
  const account: AccountSummary = {
    accountId: record.accountId,
    displayName: typeof record.displayName === 'string' ? record.displayName : record.accountId,
  };
  if (typeof record.emailAddress === 'string') account.emailMasked = maskEmail(record.emailAddress);
  if (typeof record.accountType === 'string') account.accountType = record.accountType;
  if (typeof record.active === 'boolean') account.active = record.active;
  return account;
}

export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '…';
  const local = email.slice(0, at);
  const masked = local.length <= 2 ? `${local[0]}…` : `${local[0]}…${local[local.length - 1]}`;
  return `${masked}${email.slice(at)}`;
}

/** https://support.atlassian.com/jira/kb/retrieve-my-atlassian-sites-cloud-id/: `{"cloudId":"<uuid>"}`; anything else means "not a Cloud site or wrong host". */
export function parseTenantCloudId(observation: Observation): string | undefined {
  if (observation.status !== 200) return undefined;
  const json = parseJson(observation);
  if (!json || typeof json !== 'object') return undefined;
  const cloudId = (json as Record<string, unknown>).cloudId;
  return typeof cloudId === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(cloudId) ? cloudId : undefined;
}

/** https://github.com/cristibaluta/Jit/issues/10: the Cloud edge's "Page unavailable" / dead-link pages. */
export function isEdgeNotFoundPage(observation: Observation): boolean {
  const title = htmlTitle(observation) ?? '';
  return (
    /Page Unavailable|dead link|Page access unauthorized|Site (?:is )?(?:unavailable|deactivated)/i.test(title) ||
    observation.body.includes('/_edge/resources/')
  );
}

/**
 * Reads any credentialed answer the way a REST call's answer reads: accepted (with the account when
 * the body names one), served as anonymous, rejected, refused, redirected, or a failure of the
 * transport or of Atlassian itself. /myself, the gateway and the admin APIs all answer this way.
 */
export function readResponse(observation: Observation): Reading {
  if (observation.error) {
    if (observation.error.kind === 'timeout' || observation.error.kind === 'aborted') return { kind: 'timeout' };
    if (observation.error.kind === 'blocked-by-policy') return { kind: 'blocked', detail: observation.error.message };
    return { kind: 'network', detail: observation.error.message };
  }
  const status = observation.status ?? 0;
  if (status === 0 || (status >= 300 && status < 400)) return { kind: 'redirect', location: observation.redirectedTo };

  const captcha = captchaLoginUrl(observation);
  if (captcha.captcha) return { kind: 'captcha', loginUrl: captcha.loginUrl };

  // https://developer.atlassian.com/server/jira/platform/basic-authentication/: a 2xx or 404 with AUTHENTICATED_FAILED ran as anonymous.
  if ((status < 300 || status === 404) && servedAsAnonymous(observation)) {
    return {
      kind: 'anonymous',
      detail: loggedOutCookie(observation) ? 'and an atlassian.xsrf.token cookie ending _lout' : bodyLine(observation),
    };
  }
  if (status >= 200 && status < 300) {
    const account = parseAccount(observation);
    if (account) return { kind: 'accepted', account };
    if (isHtml(observation))
      return {
        kind: 'unexpected',
        detail: `an HTML page${htmlTitle(observation) ? ` "${htmlTitle(observation)}"` : ''}`,
      };
    return {
      kind: 'unexpected',
      detail: parseJson(observation) === undefined ? 'a body that is not JSON' : 'JSON without an accountId',
    };
  }
  if (status === 401) {
    if (isScopeMismatch(observation)) return { kind: 'scope-missing', detail: bodyLine(observation) };
    if (isDeprecatedBasicText(observation))
      return { kind: 'rejected', variant: 'deprecated-text', detail: bodyLine(observation) };
    if (isHtml(observation)) return { kind: 'rejected', variant: 'html', detail: bodyLine(observation) };
    return {
      kind: 'rejected',
      variant: parseJson(observation) === undefined ? 'plain' : 'json',
      detail: bodyLine(observation),
    };
  }
  if (status === 403) {
    if (isIpRejected(observation)) return { kind: 'ip-blocked' };
    return { kind: 'forbidden', detail: bodyLine(observation) };
  }
  if (status === 404)
    return { kind: 'not-found', detail: bodyLine(observation), edgePage: isEdgeNotFoundPage(observation) };
  // https://github.com/apache/devlake/issues/2932: a Jira Cloud 429 can be an HTML page (`error429`): still a rate limit.
  if (status === 429) {
    const limited: Reading = {
      kind: 'rate-limited',
      retryAfter: header(observation, 'retry-after'),
      htmlPage: isHtml(observation),
    };
    const quota = rateLimitQuota(observation).detail;
    return quota ? { ...limited, quota } : limited;
  }
  if (status >= 500) return { kind: 'server-error', detail: bodyLine(observation) };
  return { kind: 'unexpected', detail: `status ${status}: ${bodyLine(observation)}` };
}

export interface AccessibleResource {
  id: string;
  name: string;
  url: string;
  scopes: string[];
}

/** A cloudId (a UUID as Atlassian writes it): it goes into gateway paths, so only letters, digits and dashes are taken. */
const CLOUD_ID = /^[A-Za-z0-9-]{1,64}$/;

function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text);
}

/** Why an accessible-resources entry cannot be used, or its site. */
function readResource(item: unknown): AccessibleResource | string {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return `${quoted(item)} is not a site`;
  const r = item as Record<string, unknown>;
  if (typeof r.id !== 'string' || !CLOUD_ID.test(r.id)) return `the id ${quoted(r.id)} is not a cloudId`;
  if (typeof r.url !== 'string') return `the url ${quoted(r.url)} is not a URL`;
  let url: URL;
  try {
    url = new URL(r.url);
  } catch {
    return `the url ${quoted(r.url)} is not a URL`;
  }
  if (url.protocol !== 'https:') return `the url ${quoted(r.url)} is not https`;
  const host = url.hostname.toLowerCase();
  if (url.username !== '' || url.password !== '' || url.port !== '' || !isCloudSiteHost(host))
    return `the url ${quoted(r.url)} is not an Atlassian Cloud site`;
  const scopes = Array.isArray(r.scopes) ? r.scopes.filter((s): s is string => typeof s === 'string') : [];
  const origin = `https://${host}`;
  return { id: r.id, name: typeof r.name === 'string' ? r.name : origin, url: origin, scopes };
}

function resourceEntries(observation: Observation): (AccessibleResource | string)[] | undefined {
  if (observation.status !== 200) return undefined;
  const json = parseJson(observation);
  return Array.isArray(json) ? json.map(readResource) : undefined;
}

/**
 * The sites an OAuth grant reaches: `GET /oauth/token/accessible-resources` answers a JSON list of
 * `{id, name, url, scopes}` (the id is the site's cloudId; https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/).
 * Only entries with a cloudId and the https address of a Cloud site are kept (the others:
 * `unusableResources`). Undefined when the answer is not that list.
 */
export function readAccessibleResources(observation: Observation): AccessibleResource[] | undefined {
  return resourceEntries(observation)?.filter((e): e is AccessibleResource => typeof e !== 'string');
}

/** What is wrong with each accessible-resources entry that was not kept, by its place in the list. */
export function unusableResources(observation: Observation): string[] {
  return (resourceEntries(observation) ?? []).flatMap((e, i) =>
    typeof e === 'string' ? [`entry ${i + 1}: ${e}`] : [],
  );
}

interface OrgSummary {
  id: string;
  name: string;
}

function orgOf(value: unknown): OrgSummary | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as { id?: unknown; attributes?: { name?: unknown } };
  if (typeof record.id !== 'string') return undefined;
  return { id: record.id, name: typeof record.attributes?.name === 'string' ? record.attributes.name : record.id };
}

/** The `data` of a JSON:API answer: a list for /orgs, one object for /orgs/{id}. */
function dataOf(observation: Observation): unknown {
  const json = parseJson(observation);
  return json && typeof json === 'object' && !Array.isArray(json) ? (json as { data?: unknown }).data : undefined;
}

/** `GET /admin/v1/orgs`: the organizations listed, when it answered 200 with a `data` list. */
export function readAdminOrgs(observation: Observation): OrgSummary[] | undefined {
  const listed = dataOf(observation);
  if (observation.status !== 200 || !Array.isArray(listed)) return undefined;
  return listed.map(orgOf).filter((o): o is OrgSummary => o !== undefined);
}

/** `GET /admin/v1/orgs/{orgId}`: the organization, when it answered 200 with one. */
export function readAdminOrg(observation: Observation): OrgSummary | undefined {
  return observation.status === 200 ? orgOf(dataOf(observation)) : undefined;
}

// ---- Confluence integrations and the 2026 rate limits ----------------------------------------

function jsonRecord(observation: Observation): Record<string, unknown> | undefined {
  const json = parseJson(observation);
  return json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
}

/**
 * https://github.com/Spenhouet/confluence-markdown-exporter/issues/207, https://github.com/atlassian-api/atlassian-python-api/issues/1560:
 * a removed Confluence v1 endpoint answers 410 with a `GoneException` (both spellings of the
 * class), and `"data": {"authorized": true, …}` when the credential itself was accepted.
 */
export function readConfluenceGone(observation: Observation): { gone: boolean; authorized: boolean } {
  if (observation.status !== 410 || !/GoneException/.test(observation.body)) return { gone: false, authorized: false };
  const data = jsonRecord(observation)?.data;
  const authorized = data !== null && typeof data === 'object' && (data as Record<string, unknown>).authorized === true;
  return { gone: true, authorized };
}

/** https://github.com/atlassian-api/atlassian-python-api/issues/189: a Confluence path without /wiki lands on Jira: 404 "null for uri". */
export function isNullForUri(observation: Observation): boolean {
  return observation.status === 404 && /null for uri/i.test(observation.body);
}

/**
 * https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md, https://github.com/hunyadi/md2conf/issues/113:
 * Confluence v2 answers wrong, revoked or absent credentials with one bare 404 on every route; a
 * genuine v2 404 names the missing thing.
 */
export function isConfluenceV2BareNotFound(observation: Observation): boolean {
  if (observation.status !== 404) return false;
  const errors = jsonRecord(observation)?.errors;
  if (!Array.isArray(errors) || errors.length !== 1) return false;
  const only = errors[0] as Record<string, unknown> | null;
  return (
    only !== null &&
    typeof only === 'object' &&
    only.code === 'NOT_FOUND' &&
    only.title === 'Not Found' &&
    (only.detail === null || only.detail === undefined)
  );
}

/**
 * https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md, https://github.com/markdown-confluence/markdown-confluence/issues/670:
 * Confluence v1's 403 "caller cannot access Confluence" / "Current user not permitted to use
 * Confluence": the same words for bad credentials and for an account without Confluence.
 */
export function isConfluenceRefusal(observation: Observation): boolean {
  return (
    observation.status === 403 && /cannot access Confluence|not permitted to use Confluence/i.test(observation.body)
  );
}

/** The account of a Confluence v1 `user/current` answer (`publicName`/`displayName`, `accountId`). */
export function parseConfluenceUser(observation: Observation): AccountSummary | undefined {
  const account = parseAccount(observation);
  if (!account) return undefined;
  const record = jsonRecord(observation);
  // Confluence's anonymous user has type "anonymous" and no real account.
  if (record?.type === 'anonymous') return undefined;
  if (typeof record?.email === 'string' && record.email !== '') account.emailMasked = maskEmail(record.email);
  return account;
}

/** A Confluence v2 list answer (`{"results": […]}`), such as `GET /wiki/api/v2/spaces?limit=1`. */
export function isConfluenceV2List(observation: Observation): boolean {
  return observation.status === 200 && Array.isArray(jsonRecord(observation)?.results);
}

/**
 * The 2026 points-based quota headers and the near-limit flags
 * (https://community.developer.atlassian.com/t/2026-point-based-rate-limits/97828?page=9: `Beta-Ratelimit-Policy:
 * "tenant-app-quota";q=100100;w=3600`, `Beta-Ratelimit: "tenant-app-quota";r=17842;t=2107`,
 * `X-Beta-Ratelimit-Reason`, `X-Beta-Ratelimit-Nearlimit: true`, `X-Beta-Ratelimit-Reset`;
 * https://jira.atlassian.com/browse/JRACLOUD-69262: `X-RateLimit-NearLimit: true` = less than 20 % of a budget left).
 * `detail` says what they say, in one line; absent when the answer carries none of them.
 */
export function rateLimitQuota(observation: Observation): { nearLimit: boolean; detail?: string } {
  const h = (name: string) => header(observation, name);
  const near =
    /^true$/i.test(h('x-beta-ratelimit-nearlimit') ?? '') || /^true$/i.test(h('x-ratelimit-nearlimit') ?? '');
  const parts: string[] = [];
  const policy = h('beta-ratelimit-policy');
  const state = h('beta-ratelimit');
  if (state || policy) {
    const q = /;\s*q=(\d+)/.exec(policy ?? '')?.[1];
    const w = /;\s*w=(\d+)/.exec(policy ?? '')?.[1];
    const r = /;\s*r=(\d+)/.exec(state ?? '')?.[1];
    const name = /^"([^"]{1,60})"/.exec(state ?? policy ?? '')?.[1];
    if (r !== undefined)
      parts.push(
        `${name ? `quota "${name}": ` : ''}${r} points left${q ? ` of ${q}` : ''}${w ? ` per ${w} s` : ''} (Beta-Ratelimit)`,
      );
    else if (q !== undefined) parts.push(`${name ? `quota "${name}": ` : ''}${q} points per ${w ?? '?'} s`);
  }
  const reason = h('x-beta-ratelimit-reason') ?? h('ratelimit-reason');
  if (reason) parts.push(`reason ${reason.slice(0, 60)}`);
  const reset = h('x-beta-ratelimit-reset') ?? h('x-ratelimit-reset');
  if (reset) parts.push(`resets ${reset.slice(0, 40)}`);
  const limit = h('x-ratelimit-limit');
  const remaining = h('x-ratelimit-remaining');
  if (limit && remaining) parts.push(`${remaining.slice(0, 12)} of ${limit.slice(0, 12)} requests left (X-RateLimit)`);
  if (near) parts.push('near the limit');
  return parts.length > 0 ? { nearLimit: near, detail: parts.join('; ') } : { nearLimit: near };
}

// ---- custom domains (domains) ----------------------------------------------------------------------
/**
 * The anonymous `/rest/api/2/serverInfo` of a Jira: its `deploymentType` ("Cloud", "Server" or
 * "DataCenter", https://github.com/aquasecurity/postee/pull/668) and `version`, when the answer is a
 * 200 with a JSON object that names one; undefined otherwise (not a Jira, or not reachable).
 */
export function parseServerInfo(observation: Observation): { deploymentType: string; version?: string } | undefined {
  if (observation.status !== 200) return undefined;
  const json = parseJson(observation);
  if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const { deploymentType, version } = json as Record<string, unknown>;
  if (typeof deploymentType !== 'string' || !/^[A-Za-z]{1,32}$/.test(deploymentType)) return undefined;
  return typeof version === 'string' && version.length <= 40 ? { deploymentType, version } : { deploymentType };
}
// ---- end custom domains ----------------------------------------------------------------------------
