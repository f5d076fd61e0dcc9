/** Small formatting helpers for times, durations and hosts. */

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * A time short enough for a table cell that never wraps: "6:59 PM" on the day of `sameDayAs`
 * (the date is said once elsewhere, as in the fleet table's "started" line), else with a short
 * date ("Nov 30, 6:59 PM", the year added when it differs). Put `formatDateTime` in its title.
 */
export function formatTimeCompact(iso: string, sameDayAs: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = new Date(sameDayAs);
  const time = { hour: 'numeric', minute: '2-digit' } as const;
  if (!Number.isNaN(day.getTime()) && date.toDateString() === day.toDateString())
    return date.toLocaleTimeString(undefined, time);
  const year = date.getFullYear() === day.getFullYear() ? {} : ({ year: 'numeric' } as const);
  return date.toLocaleString(undefined, { month: 'short', day: 'numeric', ...year, ...time });
}
