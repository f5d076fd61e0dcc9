/**
 * "Copy fleet report": the rows as a Markdown table, most urgent first. Nothing secret is in a
 * row (no token, no fingerprint); the account is shown by its masked email only.
 */
import { maskEmail } from '../atlassian/responses';
import type { Profile } from '../model/profile';
import type { Report } from '../model/report';
import { recognisedOnly } from '../model/verdict';
import { expiryWords } from './expiry';
import { fleetSummary } from './summary';
import { sortByUrgency } from './urgency';
import type { FleetRow, FleetRun } from './types';

const VERDICT_WORDS = { ok: 'works', warning: 'works, with warnings', error: 'fails', unknown: 'could not check' };

export const STATE_WORDS: Record<FleetRow['state'], string> = {
  waiting: 'waiting',
  checking: 'checking…',
  done: '',
  'needs-access': 'needs access',
  locked: 'locked',
  'rate-limited': 'rate limited',
  failed: 'could not check',
  cancelled: 'not checked (cancelled)',
};

/** The verdict cell: "fails", or "needs access" for a row that was not checked, say. */
function verdictCell(row: FleetRow, report: Report | undefined): string {
  if (row.state === 'done' && row.verdict === 'warning' && report?.verdict === 'warning' && recognisedOnly(report))
    return 'recognised, not shown to work';
  if (row.state === 'done' && row.verdict) return VERDICT_WORDS[row.verdict];
  return STATE_WORDS[row.state];
}

/** Table text: one line, pipes escaped, Markdown punctuation neutralised. */
function cell(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\|*_`[\]<>#])/g, '\\$1')
    .trim();
}

function accountOf(profile: Profile | undefined, report: Report | undefined): string {
  if (report?.account?.emailMasked) return report.account.emailMasked;
  if (profile?.kind === 'cloud-api-token' && profile.email.includes('@')) return maskEmail(profile.email.trim());
  return '';
}

/** `2026-12-01 10:00 UTC`: one clock for every reader of a pasted report; the ISO text when it is not a time. */
function utcMinute(iso: string): string {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? iso : `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function fleetMarkdown(
  run: FleetRun,
  context: { profiles: readonly Profile[]; reports: Readonly<Record<string, Report>>; targetOf(p: Profile): string },
  now: number,
): string {
  const what = run.trigger === 'scheduled' ? 'Scheduled check' : 'Check all';
  const lines = [
    `# Token Doctor fleet report`,
    '',
    [
      `${what} started ${utcMinute(run.startedAt)}${run.cancelled ? ', cancelled before the end' : ''}.`,
      fleetSummary(run.rows, now),
    ]
      .filter(Boolean)
      .join(' '),
    '',
    'Most urgent first: fails, could not check, expires within a week, with warnings, works.',
    '',
    '| Profile | Target | Verdict | Top finding | Checked at | Expiry | Account |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of sortByUrgency(run.rows, now)) {
    const profile = context.profiles.find((p) => p.id === row.profileId);
    const report = context.reports[row.profileId];
    lines.push(
      `| ${[
        row.name,
        profile ? context.targetOf(profile) : '',
        verdictCell(row, report),
        row.title ?? '',
        row.checkedAt ? utcMinute(row.checkedAt) : '',
        row.expiry ? expiryWords(row.expiry, now) : '',
        accountOf(profile, report),
      ]
        .map(cell)
        .join(' | ')} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
