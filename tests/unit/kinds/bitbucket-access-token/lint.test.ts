/** Local checks of a Bitbucket Cloud access token profile. */
import { describe, expect, it } from 'vitest';
import { lintBitbucketAccessToken } from '../../../../lib/kinds/bitbucket-access-token/lint';

const TOKEN = `ATATT3xFfGF0${'a'.repeat(180)}=0A1B2C3D`;

describe('lintBitbucketAccessToken', () => {
  it('an API token entered as an access token is still sent (Bitbucket answers), and noted', () => {
    const lint = lintBitbucketAccessToken({ bitbucketAccessToken: TOKEN, workspace: 'acme' });
    expect(lint.apiTokenShaped).toBe(true);
    expect(lint.canSendCredential).toBe(true);
  });
  it('refuses an empty or encoded token', () => {
    expect(lintBitbucketAccessToken({ bitbucketAccessToken: '', workspace: '' }).findings.map((f) => f.code)).toEqual([
      'TOKEN_MISSING',
    ]);
    const encoded = lintBitbucketAccessToken({
      bitbucketAccessToken: 'Bearer abcdefghijklmnopqrstuvwxyz',
      workspace: '',
    });
    expect(encoded.findings.map((f) => f.code)).toEqual(['TOKEN_LOOKS_ENCODED']);
    expect(encoded.canSendCredential).toBe(false);
  });
});
