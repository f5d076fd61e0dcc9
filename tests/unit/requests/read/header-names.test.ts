/** Near-misses of the headers that decide an Atlassian call, by edit distance. */
import { describe, expect, it } from 'vitest';
import { editDistance, isMisspelt } from '../../../../lib/requests/read/header-names';

describe('isMisspelt', () => {
  it.each([
    ['Authrorization', 'Authorization'],
    ['Authorisation', 'Authorization'],
    ['Autorization', 'Authorization'],
    ['Authoriztaion', 'Authorization'],
    ['Content_Type', 'Content-Type'],
    ['ContentType', 'Content-Type'],
    ['Content-Tpye', 'Content-Type'],
    ['Acept', 'Accept'],
    ['X-Atlasian-Token', 'X-Atlassian-Token'],
    ['X-Atlassian-Tokn', 'X-Atlassian-Token'],
  ])('%s → %s', (typed, meant) => {
    expect(isMisspelt(typed)).toBe(meant);
  });

  it.each([
    'Authorization',
    'authorization',
    'Content-type',
    'ACCEPT',
    'Accept-Encoding',
    'Accept-Language',
    'Content-Length',
    'X-Atlassian-Token',
    'Host',
    'User-Agent',
    'X-Request-Id',
    'Except',
    'Proxy-Authorization',
  ])('%s is no misspelling', (name) => {
    expect(isMisspelt(name)).toBeUndefined();
  });

  it('counts a transposition as one edit', () => {
    expect(editDistance('authoriztaion', 'authorization')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
