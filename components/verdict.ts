/**
 * Words for verdicts: the chip's text (colour is never the only carrier of meaning) and the
 * sentence that opens a report, chosen from the findings so that a stranger understands it.
 */
import type { FindingGroup, Report, Severity, Verdict } from '@/lib/model/report';
import { recognisedOnly } from '../lib/model/verdict';

export const VERDICT_LABELS: Record<Verdict, string> = {
  ok: 'Works',
  warning: 'Works, with warnings',
  error: 'Fails',
  unknown: 'Could not check',
};

/** A report stored before findings carried their group, headline and outcome: read by its verdict alone. */
function storedBeforeOutcomes(report: Pick<Report, 'findings'>): boolean {
  return report.findings.some((f) => f.group === undefined);
}

export const SEVERITY_LABELS: Record<Severity, string> = {
  ok: 'OK',
  info: 'Note',
  warning: 'Warning',
  error: 'Error',
};

const LEGACY_SENTENCES: Record<Verdict, string> = {
  ok: 'This token works',
  warning: 'This token works, with warnings',
  error: 'This check failed: the findings below say why',
  unknown: 'Token Doctor could not check this credential',
};

const GROUP_SENTENCES: Partial<Record<FindingGroup, string>> = {
  refused: 'Atlassian refused this request',
  other: 'Token Doctor got no usable answer from Atlassian',
  url: 'The site URL does not lead to an Atlassian Cloud site',
};

/**
 * Read from each finding's group and headline: an accepted finding with a headline
 * (a scoped token) names how it works; a rejection with a headline names who rejected it;
 * otherwise the top finding's headline, then its group, says what went wrong.
 */
export function verdictSentence(report: Pick<Report, 'verdict' | 'findings'>): string {
  // Each finding carries its group and headline, so the popup never loads the whole catalogue. A
  // report stored before findings had them gets the verdict's own words until it is run again.
  if (storedBeforeOutcomes(report)) return LEGACY_SENTENCES[report.verdict];
  const findings = report.findings.map((f) => ({
    group: f.group ?? 'other',
    headline: f.headline,
    outcome: f.outcome,
  }));
  const first = (group: FindingGroup) => findings.find((f) => f.group === group && f.headline !== undefined)?.headline;
  const accepted = findings.some((f) => f.group === 'accepted');
  if (report.verdict === 'unknown') {
    const top = findings[0];
    return top?.headline ?? 'Token Doctor got no usable answer from Atlassian: nothing was learnt about the credential';
  }
  if (report.verdict === 'ok') return first('accepted') ?? 'This token works';
  if (report.verdict === 'warning')
    return (
      first('accepted') ??
      findings.find((f) => f.outcome === 'recognised' && f.headline !== undefined)?.headline ??
      (accepted ? 'This token works, with warnings' : 'Token Doctor could not confirm that this token works')
    );
  const rejected = first('rejected');
  if (rejected) return rejected;
  if (accepted) return 'The credentials work, but a check failed';
  const top = findings[0];
  return top?.headline ?? (top && GROUP_SENTENCES[top.group]) ?? 'This credential does not work as entered';
}

/**
 * The chip's words for a report: a warning where nothing succeeded (a genuine scoped token whose
 * scopes do not cover the check) is not "Works, with warnings".
 */
export function verdictLabel(report: Pick<Report, 'verdict' | 'findings'>): string {
  if (recognisedOnly(report)) return 'Recognised, not shown to work';
  return VERDICT_LABELS[report.verdict];
}

/**
 * "Verified at" only when an authenticated call succeeded; any other run was checked, not
 * verified. A report stored before findings said what they prove keeps its old reading.
 */
export function checkedLabel(report: Pick<Report, 'verdict' | 'findings'>): string {
  const legacy = storedBeforeOutcomes(report);
  const proven = legacy
    ? report.verdict === 'ok' || report.verdict === 'warning'
    : report.findings.some((f) => f.outcome === 'succeeded');
  return proven && report.verdict !== 'error' ? 'Verified at' : 'Checked at';
}
