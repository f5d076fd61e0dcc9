/**
 * Reading a Cloud site URL the way people type it, and saying what was wrong with it.
 * The result names each problem as a finding code with the text that caused it; the words live
 * in the findings catalogue.
 */
import type { FindingCode } from '../model/codes';
import { isCloudSiteHost, mayBeCustomDomain } from './hosts';

export interface SiteUrlProblem {
  code: FindingCode;
  /** The part of the input that caused it (never a secret: URLs hold none once userinfo is cut). */
  detail: string;
}

export type SiteUrlResult =
  | {
      ok: true;
      origin: string;
      host: string;
      problems: SiteUrlProblem[];
      /** A host that may be a Cloud site's custom domain: Cloud only once its answers say so. */
      customDomain?: true;
    }
  | { ok: false; problems: SiteUrlProblem[]; host?: string };

/** From the first opening character to the first closing one after it, as the leftmost regex match would be. */
function bracketed(text: string, open: string, close: string): string | undefined {
  const start = text.indexOf(open);
  if (start < 0) return undefined;
  const end = text.indexOf(close, start + 1);
  return end < 0 ? undefined : text.slice(start, end + 1);
}

/** `{cloudId}`, `<site>`, `your-domain`, `${JIRA_URL}`: documentation text left in. */
const PLACEHOLDER_PATTERNS: RegExp[] = [
  /\$\{?[A-Za-z_][A-Za-z0-9_]*\}?/,
  /\byour[-_]?(?:domain|site|instance|company|org|tenant|subdomain|cloud)\b/i,
  /(?:^|[/.])(?:x{3,}|example-site|site-name|sitename)(?:[/.]|$)/i,
];

// The host rules live in hosts.ts; re-exported for the modules that still import them from here.
export { GATEWAY_HOST, isCloudSiteHost } from './hosts';

/**
 * The query and fragment of a typed URL as a finding may quote them: parameter names only, since
 * a value may be a credential (`?token=…`) and the finding is copied into tickets.
 */
export function queryNamesOnly(url: URL): string {
  const names = [...url.searchParams.keys()].map((name) => `${name}=…`).join('&');
  return `${url.search === '' ? '' : `?${names}`}${url.hash === '' ? '' : '#…'}`;
}

export function findPlaceholder(text: string): string | undefined {
  // `{…}` and `<…>` with indexOf: the regexes /\{[^}]*\}/ and /<[^>]*>/ take quadratic time on a
  // run of `{` or `<` that never closes.
  const found = bracketed(text, '{', '}') ?? bracketed(text, '<', '>');
  if (found !== undefined) return found;
  for (const pattern of PLACEHOLDER_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}

interface SiteUrlOptions {
  /**
   * Read a host outside Atlassian's domains as a possible custom domain (`customDomain: true`)
   * instead of NOT_ATLASSIAN_CLOUD_HOST: the engine then asks the host what it is before any
   * credential goes there.
   */
  customDomain?: boolean;
}

export function parseSiteUrl(input: string, options: SiteUrlOptions = {}): SiteUrlResult {
  const problems: SiteUrlProblem[] = [];
  const text = input.trim();
  if (text === '') return { ok: false, problems: [{ code: 'URL_INVALID', detail: 'empty' }] };
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we reject
  if (/[\s\u0000-\u001f\u007f]/.test(text)) {
    return { ok: false, problems: [{ code: 'URL_INVALID', detail: 'contains spaces or control characters' }] };
  }
  const placeholder = findPlaceholder(text);
  if (placeholder) return { ok: false, problems: [{ code: 'URL_PLACEHOLDER', detail: placeholder }] };

  const read = readBaseUrl(text, { keepHttp: false });
  if (!read.ok) return read;
  const { url, host } = read;
  problems.push(...read.problems);
  if (url.port !== '') {
    return {
      ok: false,
      host,
      problems: [
        ...problems,
        { code: 'URL_INVALID', detail: `port :${url.port}; Atlassian Cloud is served on the standard HTTPS port` },
      ],
    };
  }
  const custom = !isCloudSiteHost(host) && options.customDomain === true && mayBeCustomDomain(host);
  if (!isCloudSiteHost(host) && !custom) {
    return { ok: false, host, problems: [...problems, { code: 'NOT_ATLASSIAN_CLOUD_HOST', detail: host }] };
  }
  const rest = `${url.pathname === '/' ? '' : url.pathname}${queryNamesOnly(url)}`;
  if (rest !== '') problems.push({ code: 'URL_HAS_EXTRA_PATH', detail: rest });
  return { ok: true, origin: `https://${host}`, host, problems, ...(custom ? { customDomain: true as const } : {}) };
}

type BaseUrlReading =
  | { ok: true; url: URL; host: string; problems: SiteUrlProblem[] }
  | { ok: false; problems: SiteUrlProblem[]; host?: string };

/**
 * The scheme and host of a base URL as people type it: no scheme → https assumed (and said);
 * http:// → said, and upgraded unless `keepHttp` (a Data Center server may only speak http);
 * other schemes refused; user info before "@" refused, since the real host is after it.
 */
export function readBaseUrl(text: string, { keepHttp }: { keepHttp: boolean }): BaseUrlReading {
  const problems: SiteUrlProblem[] = [];
  let withScheme = text;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    // `acme.atlassian.net` or `//acme.atlassian.net`: assume HTTPS and say so.
    withScheme = `https://${text.replace(/^\/+/, '')}`;
    problems.push({ code: 'URL_MISSING_SCHEME', detail: '' });
  } else if (scheme === 'http') {
    // https://github.com/cristibaluta/Jit/issues/10: http:// answers 301; Chromium upgrades atlassian.net itself (HSTS preload).
    if (!keepHttp) withScheme = `https://${text.slice('http://'.length)}`;
    problems.push({ code: 'HTTP_NOT_HTTPS', detail: 'http://' });
  } else if (scheme !== 'https') {
    return { ok: false, problems: [{ code: 'URL_INVALID', detail: `the scheme ${scheme}:// is not https://` }] };
  }
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, problems: [...problems, { code: 'URL_INVALID', detail: 'not a URL' }] };
  }
  const host = url.hostname.replace(/\.$/, '').toLowerCase();
  const missingScheme = problems.find((p) => p.code === 'URL_MISSING_SCHEME');
  if (missingScheme)
    missingScheme.detail = `${url.host}${url.pathname === '/' ? '' : url.pathname}${queryNamesOnly(url)}`;
  if (url.username !== '' || url.password !== '') {
    // `https://me@acme.atlassian.net` or `https://acme.atlassian.net@evil.example`. Never guess.
    return {
      ok: false,
      host,
      problems: [
        ...problems,
        { code: 'URL_INVALID', detail: `it has user info before "@"; the host is really ${host}` },
      ],
    };
  }
  return { ok: true, url, host, problems };
}

// ---- Confluence integrations ------------------------------------------------------------------

export type CloudProduct = 'jira' | 'confluence';

type CloudBaseUrlResult = SiteUrlResult & {
  /** `confluence` when the base URL is the site followed by /wiki (a Confluence integration). */
  product: CloudProduct;
};

/** `/wiki` as the first path segment. */
const WIKI_PREFIX = /^\/wiki(?=[/?#]|$)/i;
/**
 * A Confluence REST path written without /wiki: Confluence's v1 `/rest/api/space|content|user…`
 * and v2 `/api/v2/…`. Jira's REST paths carry a version (`/rest/api/2`, `/3`, `latest`), so they
 * never match. https://github.com/atlassian-api/atlassian-python-api/issues/189: on a Cloud site
 * such a path lands on Jira, which answers 404 "null for uri".
 */
const CONFLUENCE_PATH_WITHOUT_WIKI = /^\/(?:rest\/api\/(?!(?:2|3|latest)(?:[/?#]|$))[a-z]|api\/v2(?:[/?#]|$))/i;

/**
 * A Cloud API token's base URL: the site (a Jira integration) or the site + `/wiki` (a Confluence
 * integration, https://developer.atlassian.com/cloud/confluence/basic-auth-for-rest-apis/: Confluence
 * Cloud's REST API lives under `https://<site>.atlassian.net/wiki`). For Confluence `/wiki` is not
 * an extra path; what follows it is (`/wiki/wiki`, a page address), and a Confluence REST path
 * without `/wiki` is CONFLUENCE_URL_MISSING_WIKI.
 */
export function parseCloudBaseUrl(input: string, options: SiteUrlOptions = {}): CloudBaseUrlResult {
  const result = parseSiteUrl(input, options);
  const extra = result.ok ? result.problems.find((p) => p.code === 'URL_HAS_EXTRA_PATH') : undefined;
  if (!result.ok || !extra) return { ...result, product: 'jira' };
  const others = result.problems.filter((p) => p !== extra);
  if (WIKI_PREFIX.test(extra.detail)) {
    const rest = extra.detail.slice('/wiki'.length).replace(/^\/(?=[?#]|$)/, '');
    const problems = rest === '' ? others : [...others, { code: extra.code, detail: rest }];
    return { ...result, problems, product: 'confluence' };
  }
  if (CONFLUENCE_PATH_WITHOUT_WIKI.test(extra.detail)) {
    return {
      ...result,
      problems: [...others, { code: 'CONFLUENCE_URL_MISSING_WIKI', detail: extra.detail }],
      product: 'confluence',
    };
  }
  return { ...result, product: 'jira' };
}
