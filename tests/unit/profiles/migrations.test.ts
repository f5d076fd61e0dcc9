/**
 * Profile-record migrations (lib/profiles/migrations), each against a golden fixture of the old
 * shape, and the record parser's repair-or-report contract.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS, migrateProfileRecord } from '../../../lib/profiles/migrations';
import { v1ToV2 } from '../../../lib/profiles/migrations/v1-to-v2';
import { parseProfileRecord, plainRecord, PROFILE_RECORD_VERSION, shownProfile } from '../../../lib/profiles/record';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(__dirname, '..', 'storage-fixtures', name), 'utf8')) as Record<string, unknown>;

describe('migrations registry', () => {
  it('has one migration from every earlier version to the current one', () => {
    for (let version = 1; version < PROFILE_RECORD_VERSION; version++)
      expect(MIGRATIONS[version]).toBeTypeOf('function');
    expect(MIGRATIONS[PROFILE_RECORD_VERSION]).toBeUndefined();
  });
});

describe('v1 → v2 (golden fixture profile-record-v1.json)', () => {
  const v1 = fixture('profile-record-v1.json');

  it('moves the token out of the profile into a plain secret, keeping every other field', () => {
    expect(v1ToV2(v1)).toEqual({
      v: 2,
      profile: {
        id: '0d6f6c3e-3a59-4c1e-9d55-1b1f0f7a2c11',
        kind: 'cloud-api-token',
        name: 'Acme prod',
        siteUrl: 'https://acme.atlassian.net',
        email: 'ada@acme.com',
        createdAt: '2026-11-01T09:00:00.000Z',
        updatedAt: '2026-11-02T10:30:00.000Z',
      },
      secret: { type: 'plain', values: { apiToken: 'ATATT3xFfGF0GOLDENv1fixture0000000000000000=ABCD1234' } },
    });
  });

  it('reads a v1 record as the same profile, and says it was migrated', () => {
    const parsed = parseProfileRecord(v1);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.migratedFrom).toBe(1);
    expect(shownProfile(parsed.record)).toEqual(v1.profile);
    // Written back, the migrated record reads the same and is no longer marked as migrated.
    const again = parseProfileRecord(JSON.parse(JSON.stringify(parsed.record)));
    expect(again).toEqual({ ok: true, record: parsed.record });
  });

  it('leaves the fixture itself untouched (migrations are pure)', () => {
    const before = JSON.stringify(v1);
    v1ToV2(v1);
    parseProfileRecord(v1);
    expect(JSON.stringify(v1)).toBe(before);
  });

  it('turns a broken v1 record into a reason, not a throw', () => {
    expect(parseProfileRecord({ v: 1, profile: null })).toMatchObject({ ok: false });
    expect(parseProfileRecord({ v: 1, profile: { id: 'x', kind: 'cloud-api-token' } })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('profile.'),
    });
  });
});

describe('parseProfileRecord (v2)', () => {
  const profile = {
    id: 'p1',
    kind: 'cloud-api-token' as const,
    name: 'n',
    siteUrl: 'https://a.atlassian.net',
    email: 'a@b.c',
    apiToken: 'tok-SECRET-123456',
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
  };

  it.each([
    ['a newer version', { v: 3 }, /newer version/],
    ['no version', { profile: {} }, /no known schema version/],
    ['a list', [], /a list/],
    ['null', null, /null/],
    [
      'a secret field of another kind',
      { ...plainRecord(profile), secret: { type: 'plain', values: { pat: 'x' } } },
      /secret/,
    ],
    [
      'an extra field in the secret',
      { ...plainRecord(profile), secret: { type: 'plain', values: { apiToken: 'x', extra: 'y' } } },
      /secret/,
    ],
    ['a sealed secret without boxes', { ...plainRecord(profile), secret: { type: 'sealed', boxes: {} } }, /secret/],
  ])('reports %s', (_name, raw, reason) => {
    const parsed = parseProfileRecord(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });

  it('never quotes a secret in its reason', () => {
    const parsed = parseProfileRecord({
      ...plainRecord(profile),
      profile: { ...plainRecord(profile).profile, email: 42 },
      secret: { type: 'plain', values: { apiToken: 7 } },
    });
    expect(parsed.ok).toBe(false);
    expect(JSON.stringify(parsed)).not.toContain('tok-SECRET');
  });

  it('refuses versions it cannot migrate', () => {
    expect(migrateProfileRecord({ v: 0 }, 2)).toMatchObject({ ok: false });
    expect(migrateProfileRecord({ v: 1.5 }, 2)).toMatchObject({ ok: false });
  });
});
