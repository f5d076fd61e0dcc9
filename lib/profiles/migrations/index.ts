/**
 * The registry of profile-record migrations (after Bitwarden's numbered state
 * migrations): `MIGRATIONS[n]` turns a version-n record into version n+1. Each has its spec and a
 * golden fixture of the old shape in tests/unit/profiles/migrations.test.ts. Migrations are pure
 * and run on read; the background writes migrated records back once (repair on load).
 */
import { v1ToV2 } from './v1-to-v2';

export type Migration = (record: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: v1ToV2,
};

type Migrated = { ok: true; value: Record<string, unknown>; from: number } | { ok: false; reason: string };

export function migrateProfileRecord(raw: Record<string, unknown>, target: number): Migrated {
  const from = raw.v;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    return { ok: false, reason: 'the record has no known schema version' };
  }
  if (from > target)
    return { ok: false, reason: `the record was written by a newer version of Token Doctor (schema v${from})` };
  let value = raw;
  for (let version = from; version < target; version++) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, reason: `no migration from schema v${version}` };
    value = step(value);
  }
  return { ok: true, value, from };
}
