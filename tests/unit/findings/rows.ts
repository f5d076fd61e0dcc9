/** Shared checks for every table of catalogue rows: they render, say no internal pointer, cite https pages. */
import { expect, it } from 'vitest';
import type { Entry, FindingParams } from '../../../lib/findings/entry';
import type { FindingGroup } from '../../../lib/model/report';

/** Every param a row can read, with plausible (never secret) values. */
export const SAMPLE_PARAMS: FindingParams = {
  host: 'acme.atlassian.net',
  origin: 'https://acme.atlassian.net',
  cloudId: '11111111-2222-3333-4444-555555555555',
  email: 'admin@example.com',
  status: '401',
  detail: '/jira',
  location: 'https://acme-new.atlassian.net/',
  retryAfter: '30',
  loginUrl: 'https://acme.atlassian.net/login.jsp',
  scopesClassic: 'read:jira-user',
  scopesGranular: 'read:user:jira',
  variant: 'json',
  timeoutMs: '10000',
  probeUrl: 'https://acme.atlassian.net/rest/api/3/myself',
  accountName: 'Ada Admin',
  expected: 'Authorization',
  flavour: 'sh',
  method: 'GET',
  path: '/rest/api/3/search',
  orgId: 'org-1',
  sites: 'acme',
  expiresAt: '2026-01-01 10:00',
  product: 'Confluence',
  serverUrl: 'https://jira.example.com/jira',
  scopes: 'read:jira-work',
};

/** Words a user must never read: pointers at internal notes, or anything shaped like a credential. */
const INTERNAL = [/§/, /facts/i, /design\.md/i, /style\.md/i, /seeds\//i, /\bissue \d/i, /\/work\//, /\/tmp\//];
const SECRET_LOOKING = [
  /ATATT[A-Za-z0-9_-]{10,}/,
  /eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/,
  /Basic [A-Za-z0-9+/]{16,}={0,2}/,
];

function texts(entry: Entry, params: FindingParams): string[] {
  const fix = entry.fix?.(params);
  return [
    entry.title(params),
    entry.explanation(params),
    ...(fix?.steps ?? []),
    fix?.link?.label ?? '',
    entry.headline ?? '',
    ...entry.sources.map((s) => s.title),
  ];
}

/** Sentences: a stop, then a space and a capital letter or an opening quote or bracket (not "e.g. x"). */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z"(])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function checkRows(rows: Record<string, Entry>, group?: FindingGroup): void {
  const codes = Object.keys(rows);

  it('has rows', () => {
    expect(codes.length).toBeGreaterThan(0);
  });

  if (group)
    it(`files every row in the ${group} group`, () => {
      for (const code of codes) expect(rows[code]!.group, code).toBe(group);
    });

  it.each(codes)('%s renders with no params and with sample params', (code) => {
    const entry = rows[code]!;
    for (const params of [{}, SAMPLE_PARAMS]) {
      for (const text of texts(entry, params)) expect(typeof text).toBe('string');
      expect(entry.title(params).trim()).not.toBe('');
      expect(entry.explanation(params).trim()).not.toBe('');
      expect(entry.explanation(params)).not.toMatch(/undefined|\[object Object\]/);
      expect(entry.title(params)).not.toMatch(/undefined|\[object Object\]/);
    }
  });

  it.each(codes)('%s points at no internal document and shows nothing secret-looking', (code) => {
    for (const params of [{}, SAMPLE_PARAMS])
      for (const text of texts(rows[code]!, params)) {
        for (const pattern of INTERNAL) expect(text, `${code}: ${text}`).not.toMatch(pattern);
        for (const pattern of SECRET_LOOKING) expect(text, `${code}: ${text}`).not.toMatch(pattern);
      }
  });

  it.each(codes)('%s cites only https pages, each with a title', (code) => {
    const sources = rows[code]!.sources;
    for (const source of sources) {
      expect(source.title.trim(), code).not.toBe('');
      expect(new URL(source.url).protocol, `${code}: ${source.url}`).toBe('https:');
    }
    expect(new Set(sources.map((s) => s.url)).size, `${code} cites a page twice`).toBe(sources.length);
  });

  it.each(codes)('%s explains in at most two sentences, none repeated in its steps', (code) => {
    for (const params of [{}, SAMPLE_PARAMS]) {
      const entry = rows[code]!;
      const said = sentences(entry.explanation(params));
      expect(said.length, `${code}: ${entry.explanation(params)}`).toBeLessThanOrEqual(2);
      const steps = (entry.fix?.(params).steps ?? []).flatMap(sentences);
      for (const sentence of said) expect(steps, `${code} repeats "${sentence}"`).not.toContain(sentence);
    }
  });

  it.each(codes)('%s cites at least one public page, or says why none', (code) => {
    const entry = rows[code]!;
    if (entry.sources.length === 0) expect(entry.noSource?.trim(), `${code} has no source and no reason`).toBeTruthy();
    else expect(entry.noSource, `${code} has sources and a reason for having none`).toBeUndefined();
  });

  it.each(codes)('%s says what it proves as the verdict needs it', (code) => {
    const entry = rows[code]!;
    // Every accepted row proves an authenticated call succeeded; nothing else may claim that.
    if (entry.group === 'accepted') expect(entry.outcome, code).toBe('succeeded');
    else expect(entry.outcome, code).not.toBe('succeeded');
    // An inconclusive answer is never the credential's fault, so it is never an ok or info row.
    if (entry.outcome === 'inconclusive') expect(['warning', 'error'], code).toContain(entry.severity);
  });
}
