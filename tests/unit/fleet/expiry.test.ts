import { describe, expect, it } from 'vitest';
import { expiryOf, expiryWords, isExpiringSoon, parseExpiresOn, SOON_DAYS } from '../../../lib/fleet/expiry';
import { sortByUrgency } from '../../../lib/fleet/urgency';
import type { FleetRow } from '../../../lib/fleet/types';
import type { Report } from '../../../lib/model/report';

const NOW = Date.UTC(2026, 11, 1, 12);

describe('expiry', () => {
  it('reads "Expires on" as a calendar date and says the days left or gone', () => {
    expect(expiryWords(expiryOf({ kind: 'cloud-api-token', expiresOn: '2026-12-06' }), NOW)).toBe('expires in 5 days');
    expect(expiryWords(expiryOf({ kind: 'dc-pat', expiresOn: '2026-11-29' }), NOW)).toBe('expired 2 days ago');
    expect(expiryWords(expiryOf({ kind: 'org-admin-key', expiresOn: '2026-12-01' }), NOW)).toBe('expires today');
    expect(expiryWords(expiryOf({ kind: 'org-admin-key', expiresOn: '2026-12-02' }), NOW)).toBe('expires in 1 day');
  });

  it('says "at most a year from creation" for an API token without a date, nothing for other kinds', () => {
    expect(expiryWords(expiryOf({ kind: 'cloud-api-token' }), NOW)).toBe('at most a year from creation');
    expect(expiryWords(expiryOf({ kind: 'dc-pat', expiresOn: '' }), NOW)).toBe('');
  });

  it('says "at most a year from creation" for an organization API key without a date', () => {
    expect(expiryWords(expiryOf({ kind: 'org-admin-key' }), NOW)).toBe('at most a year from creation');
    expect(expiryWords(expiryOf({ kind: 'org-admin-key', expiresOn: '' }), NOW)).toBe('at most a year from creation');
  });

  it('ignores a date that is not one', () => {
    expect(parseExpiresOn('2026-02-30')).toBeUndefined();
    expect(parseExpiresOn('next year')).toBeUndefined();
    expect(parseExpiresOn(undefined)).toBeUndefined();
  });

  it("reads an OAuth token's exp from its report", () => {
    const report = { facts: [{ label: 'Expires', value: 'in 42 minutes (2026-12-01T12:42:00.000Z)' }] } as Report;
    const expiry = expiryOf({ kind: 'oauth-access-token' }, report);
    expect(expiryWords(expiry, NOW)).toBe('expires in 42 minutes');
    expect(isExpiringSoon(expiry, NOW)).toBe(false);
    expect(isExpiringSoon(expiry, NOW + 3_600_000)).toBe(true);
  });

  it(`counts a date within ${SOON_DAYS} days as expiring soon`, () => {
    expect(isExpiringSoon(expiryOf({ kind: 'dc-pat', expiresOn: '2026-12-08' }), NOW)).toBe(true);
    expect(isExpiringSoon(expiryOf({ kind: 'dc-pat', expiresOn: '2026-12-09' }), NOW)).toBe(false);
  });
});

describe('urgency', () => {
  it('sorts error, unknown, expiring soon, warning, ok, then what is not done', () => {
    const row = (name: string, verdict: FleetRow['verdict'], expiresOn?: string): FleetRow => ({
      profileId: name,
      name,
      state: verdict ? 'done' : 'waiting',
      ...(verdict ? { verdict } : {}),
      ...(expiresOn ? { expiry: expiryOf({ kind: 'dc-pat', expiresOn }) } : {}),
    });
    const rows = [
      row('ok', 'ok'),
      row('pending', undefined),
      row('warning', 'warning'),
      row('soon', 'ok', '2026-12-03'),
      row('unknown', 'unknown'),
      row('error', 'error'),
    ];
    expect(sortByUrgency(rows, NOW).map((r) => r.name)).toEqual([
      'error',
      'unknown',
      'soon',
      'warning',
      'ok',
      'pending',
    ]);
  });
});
