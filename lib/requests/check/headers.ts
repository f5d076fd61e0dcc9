/** Header names that are misspelt or lost their colon. */
import type { Finding } from '../../model/report';
import { makeFinding } from '../../findings/make-finding';
import { isMisspelt } from '../read/header-names';
import type { ParsedRequest } from '../read/request';

export function headerFindings(request: ParsedRequest): Finding[] {
  const findings: Finding[] = [];
  for (const header of request.headers) {
    const meant = isMisspelt(header.name);
    if (meant) {
      const finding = makeFinding(
        'HEADER_NAME_MISSPELLED',
        { detail: header.name, expected: meant },
        { evidence: [`Header: ${header.name}`] },
      );
      // A misspelt Accept or Content-Type is a warning: the catalogue gives it the row of its own cause.
      findings.push({ ...finding, spans: [header.nameSpan] });
    }
    if (!header.hasColon && header.name !== '') {
      findings.push({
        ...makeFinding(
          'HEADER_MISSING_COLON',
          { detail: meant ?? header.name, expected: header.separator || undefined },
          { evidence: [`Header: ${header.name} …`] },
        ),
        spans: [{ start: header.nameSpan.start, end: Math.max(header.nameSpan.end, header.valueSpan.start) }],
      });
    }
  }
  return findings;
}
