/**
 * How urgent a row is, and what the watch tells about a run: the rows in the order an admin acts
 * on them (error, could not check, expiring soon, warning, works), the profiles that need
 * attention (the badge) and what got worse since the last run (the notification).
 */
import { compareNames } from '../profiles/order';
import { isExpiringSoon } from './expiry';
import type { FleetRow, ProfileHistory } from './types';

type Urgency = 'error' | 'unknown' | 'expiring' | 'warning' | 'ok' | 'pending';
const ORDER: Record<Urgency, number> = { error: 0, unknown: 1, expiring: 2, warning: 3, ok: 4, pending: 5 };

export function urgencyOf(row: FleetRow, now: number): Urgency {
  if (row.verdict === undefined) return 'pending';
  if (row.verdict === 'error') return 'error';
  if (row.verdict === 'unknown') return 'unknown';
  if (row.expiry && isExpiringSoon(row.expiry, now)) return 'expiring';
  return row.verdict;
}

/** Most urgent first; ties by name, so the order is stable from one run to the next. */
export function sortByUrgency(rows: readonly FleetRow[], now: number): FleetRow[] {
  return [...rows].sort((a, b) => ORDER[urgencyOf(a, now)] - ORDER[urgencyOf(b, now)] || compareNames(a.name, b.name));
}

/** Rows that need someone to look: failing, not checkable, or about to expire. */
export function needingAttention(rows: readonly FleetRow[], now: number): FleetRow[] {
  return sortByUrgency(rows, now).filter((row) => {
    const urgency = urgencyOf(row, now);
    return urgency === 'error' || urgency === 'unknown' || urgency === 'expiring';
  });
}

export interface Worsening {
  profileId: string;
  name: string;
  why: 'now-fails' | 'unknown-twice' | 'expires-soon';
}

const WORDS: Record<Worsening['why'], string> = {
  'now-fails': 'worked, now fails',
  'unknown-twice': 'could not be checked twice in a row',
  'expires-soon': 'expires within a week',
};

export function worseningWords(worsening: Worsening): string {
  return `${worsening.name}: ${WORDS[worsening.why]}`;
}

/** The history after this run: the last three verdicts and whether the expiry was near. */
export function nextHistory(
  history: Record<string, ProfileHistory>,
  rows: readonly FleetRow[],
  now: number,
): Record<string, ProfileHistory> {
  const next: Record<string, ProfileHistory> = {};
  for (const row of rows) {
    const before = history[row.profileId];
    if (row.verdict === undefined) {
      if (before) next[row.profileId] = before;
      continue;
    }
    next[row.profileId] = {
      verdicts: [...(before?.verdicts ?? []), row.verdict].slice(-3),
      soon: row.expiry !== undefined && isExpiringSoon(row.expiry, now),
    };
  }
  return next;
}

/**
 * What got worse in this run, against the history before it: a profile that worked (ok or
 * warning) and now fails; a verdict unknown for the second time in a row (said once, not every
 * run after); an expiry that has come within a week (said once, when it enters the window).
 */
export function worseningsOf(
  history: Record<string, ProfileHistory>,
  rows: readonly FleetRow[],
  now: number,
): Worsening[] {
  const found: Worsening[] = [];
  for (const row of rows) {
    if (row.verdict === undefined) continue;
    const before = history[row.profileId];
    const last = before?.verdicts.at(-1);
    const beforeLast = before?.verdicts.at(-2);
    const base = { profileId: row.profileId, name: row.name };
    if (row.verdict === 'error' && (last === 'ok' || last === 'warning')) found.push({ ...base, why: 'now-fails' });
    else if (row.verdict === 'unknown' && last === 'unknown' && beforeLast !== 'unknown')
      found.push({ ...base, why: 'unknown-twice' });
    if (row.expiry && isExpiringSoon(row.expiry, now) && before?.soon !== true)
      found.push({ ...base, why: 'expires-soon' });
  }
  return found;
}
