/**
 * When a credential stops working, as far as Token Doctor can know it: the date the user copied
 * from the token page ("Expires on") for kinds whose secret does not say, or the `exp` claim of an
 * OAuth access token (read locally from the JWT, reported as the "Expires" fact). Cloud API tokens
 * and organization API keys made without a date still end within a year of creation:
 * https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/
 */
import type { Profile } from '../model/profile';
import type { Report } from '../model/report';

const DAY_MS = 86_400_000;
/** "Expiring soon": within this many days (the watch warns once when a token enters it). */
export const SOON_DAYS = 7;

export type Expiry =
  | { kind: 'date'; at: number; source: 'field' | 'token' }
  /** No date known, but Atlassian API tokens last at most a year. */
  | { kind: 'at-most-a-year' }
  | { kind: 'none' };

/** `YYYY-MM-DD` as the end of that day (UTC); undefined for anything else. */
export function parseExpiresOn(text: string | undefined): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec((text ?? '').trim());
  if (!match) return undefined;
  const at = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const back = new Date(at);
  if (back.getUTCMonth() !== Number(match[2]) - 1 || back.getUTCDate() !== Number(match[3])) return undefined;
  return at + DAY_MS - 1;
}

/** The ISO time in an OAuth report's "Expires"/"Expired" fact (`in 42 minutes (2026-…Z)`). */
function tokenExpiryOf(report: Report | undefined): number | undefined {
  const fact = report?.facts?.find((f) => f.label === 'Expires' || f.label === 'Expired');
  const iso = fact && /\((\d{4}-\d{2}-\d{2}T[^)]+)\)\s*$/.exec(fact.value)?.[1];
  const at = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(at) ? undefined : at;
}

export function expiryOf(profile: Pick<Profile, 'kind'> & { expiresOn?: string }, report?: Report): Expiry {
  const typed = parseExpiresOn(profile.expiresOn);
  if (typed !== undefined) return { kind: 'date', at: typed, source: 'field' };
  if (profile.kind === 'oauth-access-token') {
    const at = tokenExpiryOf(report);
    return at === undefined ? { kind: 'none' } : { kind: 'date', at, source: 'token' };
  }
  // Organization API keys too: "An API key can last no longer than a year"
  // (https://support.atlassian.com/organization-administration/docs/manage-an-organization-with-the-admin-apis).
  return profile.kind === 'cloud-api-token' || profile.kind === 'org-admin-key'
    ? { kind: 'at-most-a-year' }
    : { kind: 'none' };
}

function amount(ms: number, byDay: boolean): string {
  const abs = Math.abs(ms);
  if (byDay || abs >= 2 * DAY_MS) {
    const days = Math.max(1, Math.round(abs / DAY_MS));
    return `${days} day${days === 1 ? '' : 's'}`;
  }
  if (abs >= 90 * 60_000) {
    const hours = Math.round(abs / 3_600_000);
    return `${hours} hour${hours === 1 ? '' : 's'}`;
  }
  const minutes = Math.max(1, Math.round(abs / 60_000));
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** Calendar days from today (UTC) to the day of `at`: 0 today, negative once past. */
function daysUntil(at: number, now: number): number {
  return Math.floor(at / DAY_MS) - Math.floor(now / DAY_MS);
}

/** "expires in 5 days", "expires today", "expired 2 days ago", "at most a year from creation", or ''. */
export function expiryWords(expiry: Expiry, now: number): string {
  if (expiry.kind === 'none') return '';
  if (expiry.kind === 'at-most-a-year') return 'at most a year from creation';
  if (expiry.source === 'field') {
    const days = daysUntil(expiry.at, now);
    if (days === 0) return 'expires today';
    return days > 0 ? `expires in ${amount(days * DAY_MS, true)}` : `expired ${amount(days * DAY_MS, true)} ago`;
  }
  const left = expiry.at - now;
  return left >= 0 ? `expires in ${amount(left, false)}` : `expired ${amount(left, false)} ago`;
}

/** Ends within SOON_DAYS (or has already ended). OAuth tokens live an hour by design: only an ended one counts. */
export function isExpiringSoon(expiry: Expiry, now: number): boolean {
  if (expiry.kind !== 'date') return false;
  if (expiry.source === 'token') return expiry.at < now;
  return daysUntil(expiry.at, now) <= SOON_DAYS;
}
