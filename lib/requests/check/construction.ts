/**
 * How the request is put together: what the reading itself noticed (a long option with one dash,
 * typographic quotes, a lost line continuation, a typographic dash), a GET with a body, an upload
 * without the header that lets it past Jira's XSRF check.
 */
import type { Finding } from '../../model/report';
import { makeFinding } from '../../findings/make-finding';
import type { RequestFacts } from '../facts';

export function constructionFindings(facts: RequestFacts): Finding[] {
  const { request } = facts;
  const findings: Finding[] = [];
  for (const issue of request.issues) {
    const finding = makeFinding(issue.code, { detail: issue.detail, flavour: request.flavour });
    // Typographic quotes in PowerShell are a warning (PowerShell reads them as quotes): the catalogue
    // gives SMART_QUOTES with flavour powershell the row of that cause.
    findings.push({ ...finding, spans: issue.spans });
  }
  const body = request.body;
  if (facts.getWithBody && body) {
    findings.push({
      ...makeFinding('GET_WITH_BODY', { method: request.method }),
      spans: [...(request.methodSpan ? [request.methodSpan] : []), body.span],
    });
  }
  if (facts.uploadWithoutXsrf) {
    findings.push({
      ...makeFinding('UPLOAD_WITHOUT_XSRF_HEADER'),
      spans: [facts.xsrfHeader?.span ?? body?.span ?? request.url?.span ?? { start: 0, end: 0 }],
    });
  }
  return findings;
}
