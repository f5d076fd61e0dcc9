/**
 * The stored shape of a profile: one storage key per profile (`profile:<id>`), so that two pages
 * editing different profiles never overwrite each other, and one corrupt record cannot take the
 * others with it. Each record carries its schema version; older versions are migrated on read
 * (lib/profiles/migrations), and `parseProfileRecord` validates and reports what is wrong
 * instead of throwing.
 *
 * v2 (this version) keeps the secret apart from the rest of the profile, either in plain text
 * (no passphrase lock) or sealed with AES-GCM, filed under the id of the key that sealed it:
 *
 *   { v: 2, profile: { id, kind, name, …the kind's other fields },
 *     secret: { type: 'plain', values: { apiToken } }
 *           | { type: 'sealed', boxes: { [keyId]: { apiToken: { iv, ct } } } } }
 *
 * (the secret field is the kind's: apiToken, accessToken, apiKey, pat, bitbucketApiToken or
 * bitbucketAccessToken, as its form says).
 *
 * Several keyIds may be present for a moment while the passphrase changes; the vault's current
 * keyId says which one counts (see lib/store/vault-actions.ts).
 */
import * as v from 'valibot';
import { migrateProfileRecord } from './migrations';
import { KIND_FORMS, maxLengthOf, SECRET_FIELDS, SECRET_MAX } from '../kinds/forms';
import type { CredentialKind, Profile } from '../model/profile';
import type { ProfileField } from '../model/report';

export const PROFILE_KEY_PREFIX = 'profile:';
export const PROFILE_RECORD_VERSION = 2;

export function profileKey(id: string): string {
  return `${PROFILE_KEY_PREFIX}${id}`;
}

const isoDate = v.pipe(v.string(), v.isoTimestamp());
const b64 = v.pipe(v.string(), v.maxLength(8192), v.regex(/^[A-Za-z0-9+/]*={0,2}$/));
const SealedBoxSchema = v.strictObject({ iv: b64, ct: b64 });
export { SECRET_MAX };
const keyIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,64}$/));

const base = {
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  name: v.pipe(v.string(), v.maxLength(200)),
  createdAt: isoDate,
  updatedAt: isoDate,
};
/** A text field of a kind, with the limit its form gives. */
const text = (kind: CredentialKind, name: ProfileField) => v.pipe(v.string(), v.maxLength(maxLengthOf(kind, name)));

/**
 * "Expires on", optional (records saved before it existed stay valid), for each kind whose form
 * offers it (lib/kinds/expires-on.ts); nothing for the others.
 */
const expiryEntry = (kind: CredentialKind) => {
  const has = KIND_FORMS[kind].fields.some((f) => f.name === 'expiresOn');
  const entry = { expiresOn: v.optional(text(has ? kind : 'cloud-api-token', 'expiresOn')) };
  // Typed as present for every kind (it is optional either way); absent at run time without the field.
  return (has ? entry : {}) as typeof entry;
};

/** Each kind's fields other than its secret (tests/unit/profiles/record.test.ts checks them against the forms). */
export const PublicProfileSchema = v.variant('kind', [
  v.object({
    ...base,
    kind: v.literal('cloud-api-token'),
    siteUrl: text('cloud-api-token', 'siteUrl'),
    email: text('cloud-api-token', 'email'),
    ...expiryEntry('cloud-api-token'),
    alsoCheck: v.optional(
      v.object({
        confluence: v.optional(v.boolean()),
        idMapping: v.optional(v.boolean()),
        jsmOps: v.optional(v.boolean()),
      }),
    ),
  }),
  v.object({
    ...base,
    kind: v.literal('oauth-access-token'),
    siteUrl: text('oauth-access-token', 'siteUrl'),
    ...expiryEntry('oauth-access-token'),
  }),
  v.object({
    ...base,
    kind: v.literal('org-admin-key'),
    orgId: text('org-admin-key', 'orgId'),
    ...expiryEntry('org-admin-key'),
  }),
  v.object({ ...base, kind: v.literal('dc-pat'), serverUrl: text('dc-pat', 'serverUrl'), ...expiryEntry('dc-pat') }),
  v.object({
    ...base,
    kind: v.literal('bitbucket-api-token'),
    email: text('bitbucket-api-token', 'email'),
    workspace: text('bitbucket-api-token', 'workspace'),
    ...expiryEntry('bitbucket-api-token'),
  }),
  v.object({
    ...base,
    kind: v.literal('bitbucket-access-token'),
    workspace: text('bitbucket-access-token', 'workspace'),
    ...expiryEntry('bitbucket-access-token'),
  }),
]);

const secretValue = v.pipe(v.string(), v.maxLength(SECRET_MAX));
const PlainSecretSchema = v.strictObject({
  type: v.literal('plain'),
  values: v.record(v.string(), secretValue),
});
const SealedSecretSchema = v.strictObject({
  type: v.literal('sealed'),
  boxes: v.pipe(
    v.record(keyIdSchema, v.record(v.string(), SealedBoxSchema)),
    v.check((boxes) => Object.keys(boxes).length >= 1 && Object.keys(boxes).length <= 4, 'one to four key generations'),
  ),
});

const ProfileRecordV2Schema = v.object({
  v: v.literal(2),
  profile: PublicProfileSchema,
  secret: v.variant('type', [PlainSecretSchema, SealedSecretSchema]),
});

type Secretless<P> = P extends Profile ? Omit<P, SecretField<P['kind']>> : never;
type SecretField<K extends CredentialKind> = (typeof SECRET_FIELDS)[K][number];
/** A profile without its secret fields: what the pages may show while the vault is locked. */
export type PublicProfile = Secretless<Profile>;
type PlainSecret = v.InferOutput<typeof PlainSecretSchema>;
type SealedSecret = v.InferOutput<typeof SealedSecretSchema>;
type StoredSecret = PlainSecret | SealedSecret;

export interface ProfileRecord {
  v: typeof PROFILE_RECORD_VERSION;
  profile: PublicProfile;
  secret: StoredSecret;
}

type ParsedRecord = { ok: true; record: ProfileRecord; migratedFrom?: number } | { ok: false; reason: string };

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const problems = issues.map((issue) => {
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '(record)';
    if (issue.type === 'max_length') return `${path} is longer than ${String(issue.requirement)} characters`;
    if (issue.input === undefined) return `${path} is missing`;
    // The message may quote the received value (a secret); keep only its first words.
    return `${path}: ${issue.expected ? `expected ${issue.expected}` : issue.message.split(':')[0]}`;
  });
  return `invalid fields — ${problems.slice(0, 4).join('; ')}`;
}

/** Validates a stored value, migrating older versions. The reason names fields, never values. */
export function parseProfileRecord(raw: unknown): ParsedRecord {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ok: false,
      reason: `the record is ${raw === null ? 'null' : Array.isArray(raw) ? 'a list' : typeof raw}, not an object`,
    };
  }
  const migrated = migrateProfileRecord(raw as Record<string, unknown>, PROFILE_RECORD_VERSION);
  if (!migrated.ok) return migrated;
  const result = v.safeParse(ProfileRecordV2Schema, migrated.value);
  if (!result.success) return { ok: false, reason: describeIssues(result.issues) };
  const { profile, secret } = result.output;
  // The secret holds exactly the kind's secret fields: no more (nothing hidden), no fewer.
  const want = [...SECRET_FIELDS[profile.kind]].sort().join(',');
  const sets = secret.type === 'plain' ? [secret.values] : Object.values(secret.boxes);
  if (sets.some((set) => Object.keys(set).sort().join(',') !== want)) {
    return { ok: false, reason: `secret: expected the field ${want} of a ${profile.kind} profile` };
  }
  const record: ProfileRecord = { v: 2, profile: profile, secret };
  return migrated.from === PROFILE_RECORD_VERSION
    ? { ok: true, record }
    : { ok: true, record, migratedFrom: migrated.from };
}

export function secretFieldsOf(kind: CredentialKind): readonly string[] {
  return SECRET_FIELDS[kind];
}

export function secretValues(profile: Profile): Record<string, string> {
  const source = profile as unknown as Record<string, string>;
  return Object.fromEntries(secretFieldsOf(profile.kind).map((field) => [field, source[field] ?? '']));
}

export function publicPart(profile: Profile): PublicProfile {
  const secret = new Set(secretFieldsOf(profile.kind));
  return Object.fromEntries(Object.entries(profile).filter(([field]) => !secret.has(field))) as PublicProfile;
}

/** A record with the secret in plain text (no passphrase lock). */
export function plainRecord(profile: Profile): ProfileRecord {
  return {
    v: PROFILE_RECORD_VERSION,
    profile: publicPart(profile),
    secret: { type: 'plain', values: secretValues(profile) },
  };
}

/** The profile with its secret fields set to `values` ('' for any that is missing). */
export function withSecret(profile: PublicProfile, values: Record<string, string> | undefined): Profile {
  const secrets = Object.fromEntries(secretFieldsOf(profile.kind).map((field) => [field, values?.[field] ?? '']));
  return { ...profile, ...secrets } as Profile;
}

/** As the pages see it: plain secrets filled in, sealed ones ''. */
export function shownProfile(record: ProfileRecord): Profile {
  return withSecret(record.profile, record.secret.type === 'plain' ? record.secret.values : undefined);
}
