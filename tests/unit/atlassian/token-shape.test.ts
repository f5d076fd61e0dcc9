import fc from 'fast-check';
import {
  classifyTokenShape,
  decodeEmailTokenPair,
  tokenFingerprint,
  whitespaceIn,
} from '../../../lib/atlassian/token-shape';

const REAL_LOOKING = `ATATT3xFfGF0${'a1B2c3D4e5'.repeat(18)}=0A1B2C3D`;
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const jwt = (claims: object) =>
  `${Buffer.from(JSON.stringify({ alg: 'RS256', kid: 'k' })).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2ln`;

describe('classifyTokenShape', () => {
  it.each([
    ['', 'empty'],
    [REAL_LOOKING, 'api-token'],
    ['abcdefghijklmnopqrstuvwx', 'api-token'],
    [jwt({ 'https://id.atlassian.com/atl_token_type': 'ACCESS', exp: 1 }), 'jwt'],
    [`Basic ${b64('me@example.com:tok')}`, 'basic-header'],
    [`Bearer ${REAL_LOOKING}`, 'bearer-header'],
    [b64('me@example.com:tok'), 'base64-email-token'],
    [b64('me@example.com:tok\n'), 'base64-email-token'],
    ['-u me@example.com:tok', 'curl-fragment'],
    ['curl -u me@example.com:tok https://acme.atlassian.net', 'curl-fragment'],
    ['me@example.com:ATATT3xsomething', 'curl-fragment'],
    ['Summer2024!', 'password-like'],
    ['correct horse battery staple!!', 'password-like'],
  ])('sees %j as %s', (token, kind) => {
    expect(classifyTokenShape(token).kind).toBe(kind);
  });

  it('reads the token type of an Atlassian JWT', () => {
    expect(classifyTokenShape(jwt({ 'https://id.atlassian.com/atl_token_type': 'ACCESS' }))).toEqual({
      kind: 'jwt',
      tokenType: 'ACCESS',
    });
  });

  it('finds the trailing newline that `echo` without -n encodes (https://confluence.atlassian.com/cloud/deprecation-of-basic-authentication-with-passwords-for-jira-and-confluence-apis-972355348.html)', () => {
    expect(decodeEmailTokenPair(b64('me@example.com:tok\n'))).toEqual({
      email: 'me@example.com',
      endsWithNewline: true,
    });
    expect(decodeEmailTokenPair(b64('me@example.com:tok'))).toEqual({
      email: 'me@example.com',
      endsWithNewline: false,
    });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => void classifyTokenShape(s)),
      { numRuns: 1000 },
    );
  });
});

describe('whitespaceIn', () => {
  it.each([
    ['abc', 'none'],
    ['abc\n', 'edges'],
    [' abc', 'edges'],
    ['ab\ncd', 'inside'],
  ])('%j → %s', (text, expected) => expect(whitespaceIn(text)).toBe(expected));
});

describe('tokenFingerprint', () => {
  it('shows only the prefix and last four characters of a long token', () => {
    expect(tokenFingerprint(REAL_LOOKING)).toBe('ATATT…2C3D');
  });
  it('never shows a short secret', () => {
    expect(tokenFingerprint('hunter2hunter2')).toBe('(14 characters)');
    expect(tokenFingerprint('abcdefghijklmnopqrstuvwx')).toBe('…uvwx');
  });
  it('never contains more than 9 characters of the token', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300 }), (s) => {
        const shown = tokenFingerprint(s).replace(/[…()]|characters|\d+ /g, '');
        expect(shown.length).toBeLessThanOrEqual(9);
      }),
    );
  });
});
