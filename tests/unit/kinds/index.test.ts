/** The kinds registry: every credential kind has a driver, and what is read from the forms agrees. */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { KINDS } from '../../../lib/kinds';
import { KIND_FORMS, SECRET_FIELDS, SECRET_MAX, secretsOf } from '../../../lib/kinds/forms';
import { CREDENTIAL_KINDS, type Profile } from '../../../lib/model/profile';
import { PublicProfileSchema } from '../../../lib/profiles/record';

describe('KINDS', () => {
  it('has one driver for every credential kind, and nothing else', () => {
    expect(Object.keys(KINDS).sort()).toEqual([...CREDENTIAL_KINDS].sort());
    for (const kind of CREDENTIAL_KINDS) {
      expect(KINDS[kind].kind).toBe(kind);
      expect(KINDS[kind].form).toBe(KIND_FORMS[kind]);
    }
  });

  it('each kind has exactly one secret field, and the secret list is read from the forms', () => {
    expect(SECRET_FIELDS).toEqual({
      'cloud-api-token': ['apiToken'],
      'oauth-access-token': ['accessToken'],
      'org-admin-key': ['apiKey'],
      'dc-pat': ['pat'],
      'bitbucket-api-token': ['bitbucketApiToken'],
      'bitbucket-access-token': ['bitbucketAccessToken'],
    });
    expect(SECRET_MAX).toBe(4096);
  });

  it('secretsOf names the secret of a profile, and nothing when it is empty', () => {
    const base = { id: 'p', name: 'n', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
    const profile: Profile = { ...base, kind: 'dc-pat', serverUrl: 'https://jira.example.com', pat: 'secret-pat' };
    expect(secretsOf(profile)).toEqual(['secret-pat']);
    expect(secretsOf({ ...profile, pat: '' })).toEqual([]);
  });

  it("the stored record's schema has each kind's public fields, with the forms' limits", () => {
    for (const option of PublicProfileSchema.options) {
      const kind = option.entries.kind.literal;
      const form = KIND_FORMS[kind];
      const publicNames = form.fields.filter((f) => !f.secret).map((f) => f.name);
      const schemaNames = Object.keys(option.entries).filter(
        (name) => !['id', 'name', 'createdAt', 'updatedAt', 'kind', 'alsoCheck'].includes(name),
      );
      expect(schemaNames.sort()).toEqual([...publicNames].sort());
      for (const field of form.fields.filter((f) => !f.secret)) {
        const base = {
          id: 'p',
          name: 'n',
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        };
        const others = Object.fromEntries(publicNames.map((n) => [n, '']));
        const at = (length: number) =>
          v.safeParse(PublicProfileSchema, { ...base, kind, ...others, [field.name]: 'x'.repeat(length) }).success;
        expect(at(field.maxLength)).toBe(true);
        expect(at(field.maxLength + 1)).toBe(false);
      }
    }
  });
});
