/**
 * A report's verdict and the order of its findings, both read from the findings' severities.
 */
import type { Finding, Verdict } from './report';

export function verdictOf(findings: Finding[]): Verdict {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return 'ok';
}

/** Errors first, then warnings, then the rest in the order the classifier found them. */
export function orderFindings(findings: Finding[]): Finding[] {
  const rank = { error: 0, warning: 1, info: 2, ok: 2 } as const;
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank[a.f.severity] - rank[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}
