/**
 * What is wrong with the URL of a pasted request. The site part is judged by the engine's own
 * `parseSiteUrl` (HTTP_NOT_HTTPS, URL_HAS_EXTRA_PATH, …), on what read/url.ts found stands
 * before the API path.
 */
import type { Finding } from '../../model/report';
import { makeFinding } from '../../findings/make-finding';
import { parseSiteText } from '../read/placeholders';
import type { Located } from '../read/request';
import type { UrlTarget } from '../read/url';
import { spanIn } from '../read/words';

export function urlFindings(url: Located, target: UrlTarget, source: string): Finding[] {
  const findings: Finding[] = [];
  const at = (part: string) => spanIn(source, url.span, part);
  const evidence = { evidence: [`URL: ${url.value}`] };
  if (target.placeholders.length > 0) {
    findings.push({
      ...makeFinding('URL_PLACEHOLDER', { detail: target.placeholders.join(', ') }, evidence),
      spans: target.placeholders.map(at),
    });
    if (target.placeholderInHost) return findings;
  }
  const { scheme, host = '' } = target;
  const removed = () =>
    findings.push({
      ...makeFinding(
        'REMOVED_ENDPOINT',
        { path: target.innerPath.replace(/[?#].*$/, '') },
        target.kind === 'site' ? evidence : undefined,
      ),
      spans: [at('/search')],
    });

  if (target.kind === 'gateway') {
    if (scheme?.toLowerCase() === 'http')
      findings.push({ ...makeFinding('HTTP_NOT_HTTPS', { origin: `https://${host}` }), spans: [at(`${scheme}://`)] });
    if (target.missingCloudId) {
      const path = target.apiPath;
      findings.push({
        ...makeFinding('GATEWAY_URL_MISSING_CLOUD_ID', { path: path || '/' }, evidence),
        spans: [at(path || host)],
      });
    }
    if (target.removedSearch) removed();
    return findings;
  }

  if (target.siteText === undefined) return findings;
  const site = parseSiteText(target.siteText);
  for (const problem of site.problems) {
    const spans =
      problem.code === 'HTTP_NOT_HTTPS'
        ? [at(`${scheme}://`)]
        : problem.code === 'URL_HAS_EXTRA_PATH'
          ? [at(problem.detail)]
          : problem.code === 'NOT_ATLASSIAN_CLOUD_HOST'
            ? [at(target.hostText)]
            : [url.span];
    const origin = site.ok ? site.origin : undefined;
    findings.push({
      ...makeFinding(problem.code, { detail: problem.detail, host: site.host, origin }, evidence),
      spans,
    });
  }
  if (target.kind === 'site' && target.removedSearch) removed();
  return findings;
}
