/** The one sentence over a run: each row counted once, in the order the table lists them. */
import { describe, expect, it } from 'vitest';
import { fleetSummary } from '../../../lib/fleet/summary';
import type { FleetRow } from '../../../lib/fleet/types';

const NOW = Date.UTC(2026, 11, 1, 12);
const DAY = 86_400_000;
let n = 0;
const row = (verdict: FleetRow['verdict'], extra: Partial<FleetRow> = {}): FleetRow => ({
  profileId: `p${++n}`,
  name: `P${n}`,
  state: verdict ? 'done' : 'waiting',
  verdict,
  ...extra,
});

describe('fleetSummary', () => {
  it('says nothing for no rows', () => {
    expect(fleetSummary([], NOW)).toBe('');
  });

  it('says plainly when every profile works', () => {
    expect(fleetSummary([row('ok'), row('ok'), row('ok')], NOW)).toBe('All 3 profiles work.');
    expect(fleetSummary([row('ok')], NOW)).toBe('The one profile works.');
  });

  it('counts each row once, most urgent first, and the counts add up to the rows', () => {
    const soon = { kind: 'date', at: NOW + 2 * DAY, source: 'field' } as const;
    const rows = [
      row('ok'),
      row('error'),
      row('error'),
      row('unknown'),
      row('ok', { expiry: soon }),
      row('warning'),
      row(undefined, { state: 'cancelled' }),
    ];
    expect(fleetSummary(rows, NOW)).toBe(
      '7 profiles: 2 fail, 1 could not be checked, 1 expires within a week or has expired, 1 with warnings, 1 works, 1 not checked.',
    );
  });

  it('never counts a warning, or a working profile about to expire, as "all work"', () => {
    expect(fleetSummary([row('ok'), row('warning')], NOW)).toBe('2 profiles: 1 with warnings, 1 works.');
    const gone = { kind: 'date', at: NOW - DAY, source: 'field' } as const;
    expect(fleetSummary([row('ok', { expiry: gone }), row('ok', { expiry: gone })], NOW)).toBe(
      '2 profiles: 2 expire within a week or have expired.',
    );
  });
});
