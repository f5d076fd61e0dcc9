/**
 * A report's verdict and the order of its findings. The verdict is read in this one place from
 * what each finding proves (its `outcome`, set by the catalogue row) and its severity, never
 * from lists of codes kept beside it.
 */
import type { Finding, Report, Verdict } from './report';

/**
 * - `error`: a finding says the credential does not work, or not where it is used.
 * - `ok` / `warning`: an authenticated call succeeded; `warning` when something else is wrong,
 *   or part of the check could not finish. A credential Atlassian recognised as genuine while
 *   refusing the call (a scoped token without the probe's scope) is a `warning` at best.
 * - `unknown`: nothing proves the credential works or fails (rate limited, timed out, a server
 *   or network error, or nothing was sent): a run that proved nothing never says "Works".
 */
export function verdictOf(findings: readonly Finding[]): Verdict {
  if (findings.some((f) => f.severity === 'error' && f.outcome !== 'inconclusive')) return 'error';
  const troubled = findings.some((f) => f.severity === 'warning' || f.outcome === 'inconclusive');
  if (findings.some((f) => f.outcome === 'succeeded')) return troubled ? 'warning' : 'ok';
  if (findings.some((f) => f.outcome === 'recognised')) return 'warning';
  return 'unknown';
}

/**
 * A warning where no finding proves an authenticated call succeeded (a genuine scoped token whose
 * scopes do not cover the check): recognised, not shown to work. Every place that puts a verdict
 * into words (chip, badge, shared reports) asks this. A report stored before findings carried
 * their group and outcome is read by its verdict alone.
 */
export function recognisedOnly(report: Pick<Report, 'verdict' | 'findings'>): boolean {
  if (report.verdict !== 'warning' || report.findings.some((f) => f.group === undefined)) return false;
  return !report.findings.some((f) => f.outcome === 'succeeded');
}

/**
 * The verdict of a pasted request (Check a request): nothing was sent, so it judges how the
 * request is built, by severity alone.
 */
export function requestVerdictOf(findings: readonly Finding[]): Exclude<Verdict, 'unknown'> {
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
