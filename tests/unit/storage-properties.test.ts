/**
 * Property tests (fast-check) for every parser of stored or user-supplied data this feature
 * touches: the profile-record parser (with its migrations), the import-file parser, the import
 * plan and the redaction of unreadable records.
 */
import fc from 'fast-check';
import { parseImportFile } from '../../lib/profiles/export-file';
import { planImport } from '../../lib/profiles/import-plan';
import { parseProfileRecord, plainRecord, publicPart, shownProfile } from '../../lib/profiles/record';
import { redactedJson } from '../../lib/profiles/redact-record';
import type { CloudApiTokenProfile } from '../../lib/model/profile';

const iso = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString());
const secretArb = fc.string({
  unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-='.split('')),
  minLength: 16,
  maxLength: 64,
});

const profileArb: fc.Arbitrary<CloudApiTokenProfile> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 100 }),
  kind: fc.constant('cloud-api-token' as const),
  name: fc.string({ maxLength: 200 }),
  siteUrl: fc.string({ maxLength: 300 }),
  email: fc.string({ maxLength: 320 }),
  apiToken: fc.string({ maxLength: 500, unit: 'grapheme' }).filter((s) => s.length <= 4096),
  createdAt: iso,
  updatedAt: iso,
});

describe('parseProfileRecord', () => {
  it('never throws, whatever is stored', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const parsed = parseProfileRecord(raw);
        expect(typeof parsed.ok).toBe('boolean');
      }),
    );
  });

  it('never throws on v1/v2-looking objects with random parts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, 3),
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.jsonValue(),
        (v, profile, secret) => {
          expect(() => parseProfileRecord({ v, profile, secret })).not.toThrow();
        },
      ),
    );
  });

  it('round-trips every valid profile through the current record (and through v1 → v2)', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const now = parseProfileRecord(JSON.parse(JSON.stringify(plainRecord(profile))));
        expect(now.ok && shownProfile(now.record)).toEqual(profile);
        const old = parseProfileRecord(JSON.parse(JSON.stringify({ v: 1, profile })));
        expect(old.ok && old.migratedFrom === 1 && shownProfile(old.record)).toEqual(profile);
      }),
    );
  });

  it('never quotes a secret in the reason it gives for a broken record', () => {
    fc.assert(
      fc.property(
        profileArb,
        secretArb,
        fc.constantFrom('email', 'name', 'createdAt', 'kind', 'id'),
        fc.jsonValue(),
        (profile, secret, broken, junk) => {
          const record = { v: 1, profile: { ...profile, apiToken: secret, [broken]: junk === null ? 42 : [junk] } };
          const parsed = parseProfileRecord(record);
          if (!parsed.ok) expect(parsed.reason).not.toContain(secret);
        },
      ),
    );
  });
});

describe('parseImportFile', () => {
  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        const parsed = parseImportFile(text);
        if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(10);
      }),
    );
  });

  it('never throws on any JSON, even shaped like an export', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.jsonValue(), { maxLength: 5 }), (anything, profiles) => {
        expect(() => parseImportFile(JSON.stringify(anything))).not.toThrow();
        expect(() =>
          parseImportFile(JSON.stringify({ format: 'token-doctor-profiles', version: 1, profiles })),
        ).not.toThrow();
      }),
    );
  });

  it('reads back every profile of a plain export, without any secret', () => {
    fc.assert(
      fc.property(fc.array(profileArb, { maxLength: 8 }), (profiles) => {
        const text = JSON.stringify({
          format: 'token-doctor-profiles',
          version: 1,
          profiles: profiles.map(publicPart),
        });
        const parsed = parseImportFile(text);
        expect(parsed.ok && 'items' in parsed && parsed.items.map((i) => i.profile)).toEqual(profiles.map(publicPart));
        expect(parsed.ok && 'items' in parsed && parsed.items.every((i) => i.secret === undefined)).toBe(true);
      }),
    );
  });
});

describe('planImport', () => {
  it('never calls a stored id new, and plans each incoming id once', () => {
    fc.assert(
      fc.property(
        fc.array(profileArb, { maxLength: 8 }),
        fc.array(profileArb, { maxLength: 8 }),
        (stored, incoming) => {
          const plan = planImport(
            incoming.map((p) => ({ profile: publicPart(p) })),
            stored.map(publicPart),
          );
          const storedIds = new Set(stored.map((p) => p.id));
          for (const item of plan) if (item.status === 'new') expect(storedIds.has(item.item.profile.id)).toBe(false);
          expect(plan.length).toBe(new Set(incoming.map((p) => p.id)).size);
        },
      ),
    );
  });
});

describe('redactedJson', () => {
  it('removes a secret wherever a broken record keeps it', () => {
    fc.assert(
      fc.property(
        secretArb,
        fc.constantFrom('apiToken', 'token', 'pat', 'apiKey', 'accessToken', 'rawKey', 'passphrase'),
        fc.jsonValue(),
        (secret, key, junk) => {
          const raw = {
            v: 1,
            profile: { id: 'x', junk, nested: [{ [key]: secret }] },
            [key]: secret,
            secret: { values: { [key]: secret } },
          };
          expect(redactedJson(raw)).not.toContain(secret);
        },
      ),
    );
  });
});
