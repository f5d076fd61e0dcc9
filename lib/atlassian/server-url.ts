/**
 * Reading a Jira Data Center server URL: scheme, host, port and context path (`/jira`), with
 * what was wrong with it. Unlike a Cloud site, a server may use http:// (with a warning), a port,
 * and a context path; it must not be an Atlassian Cloud host (https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html).
 */
import { isCloudHost } from './hosts';
import { findPlaceholder, queryNamesOnly, readBaseUrl, type SiteUrlProblem } from './site-url';

type ServerUrlResult =
  | { ok: true; origin: string; host: string; contextPath: string; base: string; problems: SiteUrlProblem[] }
  | { ok: false; problems: SiteUrlProblem[]; host?: string };

/** Paths that belong to a page or an API call, never to a base URL. */
const PAGE_OR_API = /\/(rest|secure|browse|plugins|login\.jsp|projects|issues|dashboards?)(\/|$|\?)/i;

export function parseServerUrl(input: string): ServerUrlResult {
  const problems: SiteUrlProblem[] = [];
  const text = input.trim();
  if (text === '') return { ok: false, problems: [{ code: 'URL_INVALID', detail: 'empty' }] };
  if (/\s/.test(text))
    return { ok: false, problems: [{ code: 'URL_INVALID', detail: 'contains spaces or line breaks' }] };
  const placeholder = findPlaceholder(text);
  if (placeholder) return { ok: false, problems: [{ code: 'URL_PLACEHOLDER', detail: placeholder }] };

  const read = readBaseUrl(text, { keepHttp: true });
  if (!read.ok) return read;
  const { url, host } = read;
  problems.push(...read.problems);
  if (isCloudHost(host)) {
    return { ok: false, host, problems: [...problems, { code: 'PAT_ON_CLOUD', detail: host }] };
  }
  let path = url.pathname.replace(/\/+$/, '');
  const extra = PAGE_OR_API.exec(path);
  if (extra) {
    const rest = path.slice(extra.index);
    if (/^\/rest\/api\/3(\/|$)/.test(rest)) problems.push({ code: 'WRONG_API_VERSION_FOR_DATA_CENTER', detail: rest });
    else problems.push({ code: 'URL_HAS_EXTRA_PATH', detail: `${rest}${queryNamesOnly(url)}` });
    path = path.slice(0, extra.index);
  } else if (url.search !== '' || url.hash !== '') {
    problems.push({ code: 'URL_HAS_EXTRA_PATH', detail: queryNamesOnly(url) });
  }
  return { ok: true, origin: url.origin, host, contextPath: path, base: `${url.origin}${path}`, problems };
}
