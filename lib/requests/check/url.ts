/**
 * The URL of a pasted request: where it goes (a *.atlassian.net site, the API gateway, elsewhere),
 * which part is the site and which the API path, and what is wrong with it. The site part is
 * judged by the engine's own `parseSiteUrl` (HTTP_NOT_HTTPS, URL_HAS_EXTRA_PATH, …): a request URL
 * legitimately ends in an API path, so only what stands *before* the API path is "extra"
 * (`/jira/rest/…`, `/wiki` before a Jira path: facts §1.11).
 */
import { findPlaceholder, GATEWAY_HOST, isCloudSiteHost, parseSiteUrl } from '../../atlassian/site-url';
import type { Finding } from '../../model/report';
import { makeFinding } from '../../findings/make-finding';
import type { Located } from '../read/request';
import type { Span } from '../read/words';

export interface UrlTarget {
  kind: 'site' | 'gateway' | 'other' | 'unknown';
  host?: string;
  /** `https://host` of a site. */
  origin?: string;
  /** What stands before the API path (`/jira`), '' when nothing. */
  prefix: string;
  /** The API path with its query (`/rest/api/3/issue/`), '' for a bare site URL. */
  apiPath: string;
  product?: 'jira' | 'confluence';
  removedSearch: boolean;
  placeholderInHost: boolean;
}

const JIRA_API = /\/rest\/(?:api\/(?:2|3|latest)|agile|servicedeskapi|greenhopper|auth|internal)(?=[/?#]|$)/;
const CONFLUENCE_API = /\/wiki\/(?:rest\/api|api\/v2)(?=[/?#]|$)/;
const REMOVED_SEARCH = /^\/rest\/api\/(?:2|3|latest)\/search\/?(?=[?#]|$)/;
const SPLIT = /^(?:([a-z][a-z0-9+.-]*):\/\/)?([^/?#\s]*)([^\s]*)$/i;

/** Where `part` sits in the pasted text, inside the URL's span (quotes and escapes aside). */
export function spanIn(source: string, within: Span, part: string): Span {
  const at = part === '' ? -1 : source.slice(within.start, within.end).indexOf(part);
  return at < 0 ? within : { start: within.start + at, end: within.start + at + part.length };
}

function allPlaceholders(text: string): string[] {
  const found: string[] = [];
  let rest = text;
  for (let guard = 0; guard < 20; guard++) {
    const hit = findPlaceholder(rest);
    if (!hit) break;
    found.push(hit);
    rest = rest.slice(rest.indexOf(hit) + hit.length);
  }
  return found;
}

export function checkUrl(url: Located, source: string): { findings: Finding[]; target: UrlTarget } {
  const findings: Finding[] = [];
  const target: UrlTarget = {
    kind: 'unknown',
    prefix: '',
    apiPath: '',
    removedSearch: false,
    placeholderInHost: false,
  };
  const at = (part: string) => spanIn(source, url.span, part);
  const match = SPLIT.exec(url.value.trim());
  if (!match) return { findings, target };
  const [, scheme, hostText = '', path = ''] = match;
  const host = hostText.toLowerCase().replace(/\.$/, '');
  target.host = host;

  const placeholders = allPlaceholders(url.value).filter((p) => !/^\$\{?[A-Za-z_]/.test(p));
  if (placeholders.length > 0) {
    findings.push({
      ...makeFinding('URL_PLACEHOLDER', { detail: placeholders.join(', ') }, { evidence: [`URL: ${url.value}`] }),
      spans: placeholders.map(at),
    });
    target.placeholderInHost = placeholders.some((p) => hostText.includes(p));
    if (target.placeholderInHost) return { findings, target };
  }

  if (host === GATEWAY_HOST) {
    target.kind = 'gateway';
    target.apiPath = path;
    if (scheme?.toLowerCase() === 'http')
      findings.push({ ...makeFinding('HTTP_NOT_HTTPS', { origin: `https://${host}` }), spans: [at(`${scheme}://`)] });
    const ex = /^\/ex\/(jira|confluence)(?:\/([^/?#]*))?/.exec(path);
    if (ex) target.product = ex[1] as 'jira' | 'confluence';
    const cloudId = ex?.[2];
    const missing = ex
      ? cloudId === undefined || cloudId === '' || /^(rest|wiki|api)$/.test(cloudId)
      : /^\/(rest|wiki)(\/|$)/.test(path);
    if (missing)
      findings.push({
        ...makeFinding('GATEWAY_URL_MISSING_CLOUD_ID', { path: path || '/' }, { evidence: [`URL: ${url.value}`] }),
        spans: [at(path || host)],
      });
    const inner = ex && cloudId ? path.slice(ex[0].length) : path;
    if (REMOVED_SEARCH.test(inner)) {
      target.removedSearch = true;
      findings.push({
        ...makeFinding('REMOVED_ENDPOINT', { path: inner.replace(/[?#].*$/, '') }),
        spans: [at('/search')],
      });
    }
    return { findings, target };
  }

  const pathOnly = path.replace(/[?#].*$/, '');
  const api = JIRA_API.exec(pathOnly) ?? CONFLUENCE_API.exec(pathOnly);
  target.prefix = api ? pathOnly.slice(0, api.index) : '';
  target.apiPath = api ? path.slice(api.index) : pathOnly === '/' ? path.slice(1) : path;
  target.product = api && api[0].startsWith('/wiki') ? 'confluence' : api ? 'jira' : undefined;
  const site = parseSiteUrl(`${scheme ? `${scheme}://` : ''}${hostText}${target.prefix}`);
  for (const problem of site.problems) {
    const spans =
      problem.code === 'HTTP_NOT_HTTPS'
        ? [at(`${scheme}://`)]
        : problem.code === 'URL_HAS_EXTRA_PATH'
          ? [at(problem.detail)]
          : problem.code === 'NOT_ATLASSIAN_CLOUD_HOST'
            ? [at(hostText)]
            : [url.span];
    const origin = site.ok ? site.origin : undefined;
    findings.push({
      ...makeFinding(
        problem.code,
        { detail: problem.detail, host: site.host, origin },
        { evidence: [`URL: ${url.value}`] },
      ),
      spans,
    });
  }
  if (site.ok && isCloudSiteHost(site.host)) {
    target.kind = 'site';
    target.origin = site.origin;
    if (REMOVED_SEARCH.test(target.apiPath)) {
      target.removedSearch = true;
      findings.push({
        ...makeFinding(
          'REMOVED_ENDPOINT',
          { path: target.apiPath.replace(/[?#].*$/, '') },
          { evidence: [`URL: ${url.value}`] },
        ),
        spans: [at('/search')],
      });
    }
  } else if (!site.ok) target.kind = host ? 'other' : 'unknown';
  return { findings, target };
}
