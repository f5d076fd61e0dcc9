import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFILE_RECORD_VERSION } from '../../../lib/profiles/record';
import { STORAGE_ITEMS, profileRecordsIn } from '../../../lib/platform/storage-items';

const v1 = JSON.parse(readFileSync(join(__dirname, '..', 'storage-fixtures', 'profile-record-v1.json'), 'utf8')) as {
  profile: { id: string };
};

function record(id: string, name: string) {
  return {
    v: PROFILE_RECORD_VERSION,
    profile: {
      kind: 'cloud-api-token',
      id,
      name,
      siteUrl: 'https://acme.atlassian.net',
      email: 'ada@acme.com',
      createdAt: '2026-01-10T09:00:00.000Z',
      updatedAt: '2026-01-10T09:00:00.000Z',
    },
    secret: { type: 'plain', values: { apiToken: 'x' } },
  };
}

describe('the storage registry', () => {
  it('names every key once, each with its area', () => {
    const names = Object.values(STORAGE_ITEMS).map((item) => ('key' in item ? item.key : item.prefix));
    expect(new Set(names).size).toBe(names.length);
    expect(STORAGE_ITEMS.vaultSession.area).toBe('session');
    // Session storage: the unlocked key, and the list of runs going (no secret: calls by path and host).
    expect(Object.values(STORAGE_ITEMS).filter((item) => item.area === 'session')).toEqual([
      STORAGE_ITEMS.activeRuns,
      STORAGE_ITEMS.vaultSession,
    ]);
  });
});

describe('profileRecordsIn', () => {
  it('reads every profile record, sorted by name, and leaves other keys alone', () => {
    const read = profileRecordsIn({
      'profile:b': record('b', 'Beta'),
      'profile:a': record('a', 'Alpha'),
      'report:a': { v: 1 },
      'ui:selectedProfileId': 'a',
    });
    expect(read.records.map((r) => r.profile.name)).toEqual(['Alpha', 'Beta']);
    expect(read.quarantined).toEqual([]);
    expect(read.outdated).toEqual([]);
  });

  it('sorts names naturally: numbers as numbers, case-insensitive (the order every page lists)', () => {
    const read = profileRecordsIn({
      'profile:c': record('c', 'Profile 10'),
      'profile:a': record('a', 'profile 2'),
      'profile:b': record('b', 'Profile 1'),
      'profile:d': record('d', 'acme'),
    });
    expect(read.records.map((r) => r.profile.name)).toEqual(['acme', 'Profile 1', 'profile 2', 'Profile 10']);
  });

  it('quarantines an unreadable record and one stored under another id, with a reason', () => {
    const read = profileRecordsIn({ 'profile:x': { v: 2, nonsense: true }, 'profile:y': record('z', 'Zed') });
    expect(read.records).toEqual([]);
    expect(read.quarantined.map((q) => q.key).sort()).toEqual(['profile:x', 'profile:y']);
    expect(read.quarantined.find((q) => q.key === 'profile:y')?.reason).toBe(
      'the record is stored under another profile id',
    );
  });

  it('lists a record of an older version as outdated, with what was read', () => {
    const key = `profile:${v1.profile.id}`;
    const read = profileRecordsIn({ [key]: v1 });
    expect(read.records).toHaveLength(1);
    expect(read.outdated).toEqual([{ key, raw: v1, record: read.records[0] }]);
    expect(read.records[0]!.v).toBe(PROFILE_RECORD_VERSION);
  });
});
