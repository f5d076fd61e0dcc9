/** "Diagnose" from a pasted request: a strict message, an unsaved profile, a cache that is only read. */
import { describe, expect, it } from 'vitest';
import { memoryCache } from '../../../lib/probe/deps';
import { parseMessage } from '../../../lib/messages/protocol';
import { DRAFT_PROFILE_ID, draftProfile, readOnlyCache } from '../../../lib/requests/draft-profile';

const profile = {
  kind: 'cloud-api-token',
  siteUrl: 'https://acme.atlassian.net',
  email: 'ada@acme.example',
  apiToken: 'ATATT3xFfGF0Zx7kq2LmNpQrStUvWxYz0123456789',
};

describe('diagnose-draft', () => {
  it('accepts exactly a Cloud API token credential', () => {
    expect(parseMessage({ type: 'diagnose-draft', profile })).toEqual({
      ok: true,
      message: { type: 'diagnose-draft', profile },
    });
  });

  it.each([
    ['an extra field', { type: 'diagnose-draft', profile: { ...profile, id: 'p1' } }],
    ['another kind', { type: 'diagnose-draft', profile: { ...profile, kind: 'dc-pat' } }],
    ['a missing token', { type: 'diagnose-draft', profile: { kind: 'cloud-api-token', siteUrl: 'x', email: 'y' } }],
    ['an oversized token', { type: 'diagnose-draft', profile: { ...profile, apiToken: 'x'.repeat(5000) } }],
    ['a field beside the profile', { type: 'diagnose-draft', profile, store: true }],
  ])('refuses %s', (_, message) => {
    expect(parseMessage(message).ok).toBe(false);
  });

  it('makes an unsaved profile with a fixed id', () => {
    const draft = draftProfile(
      { kind: 'cloud-api-token', siteUrl: profile.siteUrl, email: profile.email, apiToken: profile.apiToken },
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(draft).toMatchObject({
      id: DRAFT_PROFILE_ID,
      name: 'Pasted request',
      createdAt: '2026-01-01T00:00:00.000Z',
      siteUrl: profile.siteUrl,
    });
  });

  it('reads the cloudId cache but never writes it', async () => {
    const cache = memoryCache({ 'cloudId:acme.atlassian.net': 'c-1' });
    const readOnly = readOnlyCache(cache);
    expect(await readOnly.get('cloudId:acme.atlassian.net')).toBe('c-1');
    await readOnly.set('cloudId:other.atlassian.net', 'c-2');
    expect(await cache.get('cloudId:other.atlassian.net')).toBeUndefined();
  });
});
