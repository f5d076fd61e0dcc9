/**
 * One sentence for a whole run, shown above the fleet table and at the top of its Markdown
 * report: how many profiles fail, could not be checked, expire soon, have warnings or work, in
 * the order the table lists them. Each row counts once, in its most urgent bucket, so the numbers
 * add up to the rows; a row with a warning is never counted as working.
 */
import { urgencyOf } from './urgency';
import type { FleetRow } from './types';

const BUCKETS = [
  ['error', (n: number) => `${n} ${n === 1 ? 'fails' : 'fail'}`],
  ['unknown', (n: number) => `${n} could not be checked`],
  [
    'expiring',
    (n: number) => `${n} ${n === 1 ? 'expires within a week or has expired' : 'expire within a week or have expired'}`,
  ],
  ['warning', (n: number) => `${n} with warnings`],
  ['ok', (n: number) => `${n} ${n === 1 ? 'works' : 'work'}`],
  ['pending', (n: number) => `${n} not checked`],
] as const;

function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** "20 profiles: 3 fail, 1 could not be checked, 16 work.", "All 4 profiles work.", or '' for none. */
export function fleetSummary(rows: readonly FleetRow[], now: number): string {
  if (rows.length === 0) return '';
  const counts = new Map<string, number>();
  for (const row of rows) {
    const urgency = urgencyOf(row, now);
    counts.set(urgency, (counts.get(urgency) ?? 0) + 1);
  }
  if (counts.get('ok') === rows.length)
    return rows.length === 1 ? 'The one profile works.' : `All ${rows.length} profiles work.`;
  const parts = BUCKETS.flatMap(([bucket, words]) => {
    const n = counts.get(bucket) ?? 0;
    return n > 0 ? [words(n)] : [];
  });
  return `${counted(rows.length, 'profile')}: ${parts.join(', ')}.`;
}
