import { describe, expect, it } from 'vitest';
import { CATALOGUE, CATALOGUE_TABLES, entryFor, groupOf } from '../../../lib/findings/catalogue';
import { FINDING_CODES, VARIANT_ROWS } from '../../../lib/model/codes';

describe('catalogue: completeness', () => {
  it('has exactly one row per code: no code without a row, none in two tables', () => {
    const seen = new Map<string, string[]>();
    for (const [table, rows] of Object.entries(CATALOGUE_TABLES))
      for (const code of Object.keys(rows)) seen.set(code, [...(seen.get(code) ?? []), table]);
    const keys = [...FINDING_CODES, ...VARIANT_ROWS];
    for (const code of keys) expect(seen.get(code), code).toHaveLength(1);
    expect([...seen.keys()].sort()).toEqual([...keys].sort());
    expect(FINDING_CODES.filter((c) => (VARIANT_ROWS as readonly string[]).includes(c))).toEqual([]);
  });

  it('merges every table into the catalogue as is', () => {
    for (const rows of Object.values(CATALOGUE_TABLES))
      for (const [code, entry] of Object.entries(rows)) expect(CATALOGUE[code as keyof typeof CATALOGUE]).toBe(entry);
  });

  it('files each group table under its own group, and every kind row under one of the six', () => {
    const groups = ['accepted', 'url', 'rejected', 'refused', 'other', 'request'];
    for (const code of FINDING_CODES) expect(groups, code).toContain(CATALOGUE[code].group);
    for (const group of groups)
      for (const entry of Object.values(CATALOGUE_TABLES[group as keyof typeof CATALOGUE_TABLES]))
        expect(entry.group).toBe(group);
  });

  it('reads the group of a finding stored before findings carried one from its row', () => {
    expect(groupOf({ code: 'PAT_REJECTED' })).toBe('rejected');
    expect(groupOf({ code: 'PAT_REJECTED', group: 'other' })).toBe('other');
  });
});

describe('catalogue: a contract code raised in another context takes its variant row', () => {
  it.each([
    ['CREDENTIALS_REJECTED', { variant: 'oauth' }, 'OAUTH_TOKEN_REJECTED'],
    ['HTTP_NOT_HTTPS', { serverUrl: 'http://jira.example.com' }, 'SERVER_URL_NOT_HTTPS'],
    ['URL_HAS_EXTRA_PATH', { serverUrl: 'https://jira.example.com' }, 'SERVER_URL_HAS_EXTRA_PATH'],
    ['HEADER_NAME_MISSPELLED', { expected: 'Accept' }, 'CONTENT_HEADER_MISSPELLED'],
    ['HEADER_NAME_MISSPELLED', { expected: 'Content-Type' }, 'CONTENT_HEADER_MISSPELLED'],
    ['SMART_QUOTES', { flavour: 'powershell' }, 'SMART_QUOTES_IN_POWERSHELL'],
  ] as const)('%s with %o speaks with the row of %s', (code, params, own) => {
    expect(entryFor(code, params)).toBe(CATALOGUE[own]);
  });

  it.each([
    ['CREDENTIALS_REJECTED', { variant: 'deprecated-text' }],
    ['HTTP_NOT_HTTPS', { origin: 'https://acme.atlassian.net' }],
    ['URL_HAS_EXTRA_PATH', { detail: '/jira' }],
    ['HEADER_NAME_MISSPELLED', { expected: 'Authorization' }],
    ['SMART_QUOTES', { flavour: 'sh' }],
  ] as const)('%s with %o keeps its own row', (code, params) => {
    expect(entryFor(code, params)).toBe(CATALOGUE[code]);
  });
});
