/** The fleet table's time cell: short enough never to wrap, with the date only when it is another day. */
import { describe, expect, it } from 'vitest';
import { formatDateTime, formatTimeCompact } from '../../components/format';

describe('formatTimeCompact', () => {
  const start = '2026-12-01T12:00:00.000Z';
  it('gives the time alone on the day of the run', () => {
    const at = '2026-12-01T12:05:30.000Z';
    const text = formatTimeCompact(at, start);
    expect(text).toBe(new Date(at).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' }));
    expect(text.length).toBeLessThan(formatDateTime(at).length);
    expect(text).not.toContain('2026');
  });

  it('adds a short date on another day, and the year only in another year', () => {
    const nextWeek = formatTimeCompact('2026-12-08T12:05:00.000Z', start);
    expect(nextWeek).not.toBe(formatTimeCompact('2026-12-01T12:05:00.000Z', start));
    expect(nextWeek).not.toContain('2026');
    expect(formatTimeCompact('2027-01-08T12:05:00.000Z', start)).toContain('2027');
  });

  it('gives back what is not a time', () => {
    expect(formatTimeCompact('soon', start)).toBe('soon');
  });
});
