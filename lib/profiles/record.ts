/**
 * The stored shape of a profile: one storage key per profile (`profile:<id>`), so that two pages
 * editing different profiles never overwrite each other, and one corrupt record cannot take the
 * others with it. Each record carries its schema version; `parseProfileRecord` validates and
 * reports what is wrong instead of throwing.
 */
import * as v from 'valibot';
import type { Profile } from './types';

export const PROFILE_KEY_PREFIX = 'profile:';
export const PROFILE_RECORD_VERSION = 1;

export function profileKey(id: string): string {
  return `${PROFILE_KEY_PREFIX}${id}`;
}

const isoDate = v.pipe(v.string(), v.isoTimestamp());

const CloudApiTokenProfileSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  kind: v.literal('cloud-api-token'),
  name: v.pipe(v.string(), v.maxLength(200)),
  siteUrl: v.pipe(v.string(), v.maxLength(2048)),
  email: v.pipe(v.string(), v.maxLength(320)),
  apiToken: v.pipe(v.string(), v.maxLength(4096)),
  createdAt: isoDate,
  updatedAt: isoDate,
});

export const ProfileSchema = v.variant('kind', [CloudApiTokenProfileSchema]);

const ProfileRecordV1Schema = v.object({
  v: v.literal(1),
  profile: ProfileSchema,
});

export interface ProfileRecord {
  v: typeof PROFILE_RECORD_VERSION;
  profile: Profile;
}

export type ParsedRecord =
  | { ok: true; profile: Profile }
  | { ok: false; reason: string };

/** Validates a stored value. The reason names fields, never their values (they may be secret). */
export function parseProfileRecord(raw: unknown): ParsedRecord {
  if (raw === null || typeof raw !== 'object') {
    return { ok: false, reason: `the record is ${raw === null ? 'null' : typeof raw}, not an object` };
  }
  const version = (raw as { v?: unknown }).v;
  if (version !== PROFILE_RECORD_VERSION) {
    return {
      ok: false,
      reason:
        typeof version === 'number' && version > PROFILE_RECORD_VERSION
          ? `the record was written by a newer version of Token Doctor (schema v${version})`
          : 'the record has no known schema version',
    };
  }
  const result = v.safeParse(ProfileRecordV1Schema, raw);
  if (result.success) return { ok: true, profile: result.output.profile };
  const problems = result.issues.map((issue) => {
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '(record)';
    return `${path}: ${issue.expected ? `expected ${issue.expected}` : issue.message.split(':')[0]}`;
  });
  return { ok: false, reason: `invalid fields — ${problems.slice(0, 4).join('; ')}` };
}

export function toRecord(profile: Profile): ProfileRecord {
  return { v: PROFILE_RECORD_VERSION, profile };
}
