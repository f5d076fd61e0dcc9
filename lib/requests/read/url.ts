/**
 * Where a pasted request goes: a *.atlassian.net site, the API gateway, elsewhere; which part of
 * the URL is the site and which the API path. A request URL legitimately ends in an API path, so
 * only what stands *before* the API path belongs to the site (`/jira/rest/…`, `/wiki` before a
 * Jira path). What is wrong with it is decided in check/url.ts.
 */
import { GATEWAY_HOST, isCloudSiteHost } from '../../atlassian/site-url';
import { findPlaceholder } from '../../atlassian/site-url';
import { parseSiteText } from './placeholders';
import type { Located } from './request';

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
  /** The path is the removed `/rest/api/…/search` (not `/search/jql`). */
  removedSearch: boolean;
  /** Documentation placeholders left in the URL (`<REQUEST_URL>`, `{cloudId}`); shell variables aside. */
  placeholders: string[];
  placeholderInHost: boolean;
  /** The scheme and host as written (`http`, `Acme.atlassian.net`). */
  scheme?: string;
  hostText: string;
  /** Gateway only: the path lacks `/ex/{product}/{cloudId}`. */
  missingCloudId: boolean;
  /** The API path after the gateway's `/ex/{product}/{cloudId}`, or the site's API path. */
  innerPath: string;
  /** A site: scheme, host and prefix, as the engine's site URL parser reads them. */
  siteText?: string;
}

const JIRA_API = /\/rest\/(?:api\/(?:2|3|latest)|agile|servicedeskapi|greenhopper|auth|internal)(?=[/?#]|$)/;
const CONFLUENCE_API = /\/wiki\/(?:rest\/api|api\/v2)(?=[/?#]|$)/;
const REMOVED_SEARCH = /^\/rest\/api\/(?:2|3|latest)\/search\/?(?=[?#]|$)/;
const SPLIT = /^(?:([a-z][a-z0-9+.-]*):\/\/)?([^/?#\s]*)([^\s]*)$/i;

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

export function readTarget(url: Located): UrlTarget {
  const target: UrlTarget = {
    kind: 'unknown',
    prefix: '',
    apiPath: '',
    removedSearch: false,
    placeholders: [],
    placeholderInHost: false,
    hostText: '',
    missingCloudId: false,
    innerPath: '',
  };
  const match = SPLIT.exec(url.value.trim());
  if (!match) return target;
  const [, scheme, hostText = '', path = ''] = match;
  const host = hostText.toLowerCase().replace(/\.$/, '');
  target.host = host;
  target.hostText = hostText;
  if (scheme !== undefined) target.scheme = scheme;

  target.placeholders = allPlaceholders(url.value).filter((p) => !/^\$\{?[A-Za-z_]/.test(p));
  target.placeholderInHost = target.placeholders.some((p) => hostText.includes(p));
  if (target.placeholderInHost) return target;

  if (host === GATEWAY_HOST) {
    target.kind = 'gateway';
    target.apiPath = path;
    const ex = /^\/ex\/(jira|confluence)(?:\/([^/?#]*))?/.exec(path);
    if (ex) target.product = ex[1] as 'jira' | 'confluence';
    const cloudId = ex?.[2];
    target.missingCloudId = ex
      ? cloudId === undefined || cloudId === '' || /^(rest|wiki|api)$/.test(cloudId)
      : /^\/(rest|wiki)(\/|$)/.test(path);
    target.innerPath = ex && cloudId ? path.slice(ex[0].length) : path;
    target.removedSearch = REMOVED_SEARCH.test(target.innerPath);
    return target;
  }

  const pathOnly = path.replace(/[?#].*$/, '');
  const api = JIRA_API.exec(pathOnly) ?? CONFLUENCE_API.exec(pathOnly);
  target.prefix = api ? pathOnly.slice(0, api.index) : '';
  target.apiPath = api ? path.slice(api.index) : pathOnly === '/' ? path.slice(1) : path;
  target.innerPath = target.apiPath;
  target.product = api && api[0].startsWith('/wiki') ? 'confluence' : api ? 'jira' : undefined;
  target.siteText = `${scheme ? `${scheme}://` : ''}${hostText}${target.prefix}`;
  const site = parseSiteText(target.siteText);
  if (site.ok && isCloudSiteHost(site.host)) {
    target.kind = 'site';
    target.origin = site.origin;
    target.removedSearch = REMOVED_SEARCH.test(target.apiPath);
  } else if (!site.ok) target.kind = host ? 'other' : 'unknown';
  return target;
}
