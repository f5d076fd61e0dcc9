/**
 * Property tests (fast-check): the readers never throw on anything a user can paste, every span
 * they return points inside the paste, and a command Token Doctor writes reads back as the same
 * request (curl and PowerShell).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64Utf8 } from '../../../lib/requests/read/base64';
import { buildCurl } from '../../../lib/requests/write/curl';
import { buildPowerShell } from '../../../lib/requests/write/powershell';
import { analyseRequest as checkRequest } from '../../../lib/requests/analyse';
import type { CorrectedRequest } from '../../../lib/requests/write/corrected';
import { parsePowerShell } from '../../../lib/requests/read/powershell';
import { parseRequest } from '../../../lib/requests/read/read-request';
import { parseShell } from '../../../lib/requests/read/shell';
import { tokenizePowerShell } from '../../../lib/requests/read/powershell-words';
import { tokenizeSh } from '../../../lib/requests/read/shell-words';
import type { Tokenized } from '../../../lib/requests/read/words';
import { decideTarget, TARGET_LABELS } from '../../../lib/requests/target';

/** Pieces of real requests, so that random text often looks like one. */
const PIECES = [
  'curl',
  ' ',
  ' ',
  '-u',
  '-H',
  '--header',
  '-header',
  '-X',
  'POST',
  '-d',
  '--data',
  '--json',
  '-F',
  '-G',
  '--url',
  '-sSL',
  "'",
  '"',
  '‘',
  '’',
  '“',
  '”',
  '\\\n',
  '^\n',
  '`\n',
  '\n',
  ';',
  '|',
  '&&',
  '$(',
  ')',
  '`',
  '$',
  '${',
  '}',
  'echo',
  '-n',
  'base64',
  'printf',
  "$'",
  '\\',
  '#',
  'Authorization:',
  'Authrorization',
  'Basic',
  'Bearer',
  'https://acme.atlassian.net/rest/api/3/search',
  'http://x.atlassian.net/jira',
  'api.atlassian.com/ex/jira/',
  '{cloudId}',
  'ada@acme.example:',
  'ATATT3xFfGF0Zx7kq2LmNpQrStUvWxYz0123456789',
  'Invoke-RestMethod',
  '-Uri',
  '-Headers',
  '@{',
  '=',
  '[Convert]::ToBase64String(',
  '[Text.Encoding]::UTF8.GetBytes(',
  '$Text',
  '-Method',
  'GET /rest/api/3/myself HTTP/1.1',
  'Host: a.atlassian.net',
  '<<<',
  '(',
  '@(',
  '"""',
  "''",
  // the targets' readers: Data Center, Confluence, Bitbucket, Government Cloud, JSM ops, shapes
  'https://jira.example.com/rest/api/2/myself',
  'https://wiki.example.com/confluence/rest/api/1.0/content',
  'https://acme.atlassian.net/wiki/wiki/rest/api/v2/',
  'https://api.bitbucket.org/2.0/user',
  'https://acme.atlassian-us-gov-mod.net/',
  'https://api.atlassian.com/jsm/ops/integration/v2/alerts',
  'https://api.atlassian.com/admin/v1/orgs',
  'NjQ2MzUxNjk0MjE3OkH2mUq0Kx9bR3hGk8wZcV1yT5pE',
  'GenieKey ',
  'Authorization: -u ',
  '-A',
  '--user-agent',
  'Mozilla/5.0',
  'python-requests/2.31',
  'Origin: https://x.example',
  'Sec-Fetch-Site: cross-site',
  '?jql=a%253Db',
  '"jql":"a%20b"',
  '-Credential',
  '-UserAgent',
  '-Headers "Authorization: Basic x"',
  'curl.exe',
  ' ^\r\n',
  'x$y',
  'issue.json',
];
const requestish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  requestish,
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

function spansInside(tokenized: Tokenized, length: number): void {
  let last = -1;
  for (const token of tokenized.tokens) {
    expect(token.span.start).toBeGreaterThanOrEqual(0);
    expect(token.span.end).toBeLessThanOrEqual(length);
    expect(token.span.start).toBeGreaterThanOrEqual(last);
    last = token.span.start;
    if (token.kind === 'word') {
      expect(token.offsets).toHaveLength(token.value.length);
      for (const offset of token.offsets) expect(offset >= 0 && offset < length).toBe(true);
    }
  }
}

describe('readers never throw', () => {
  it('the sh and PowerShell tokenizers, with spans inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        spansInside(tokenizeSh(text), text.length);
        spansInside(tokenizePowerShell(text), text.length);
      }),
      { numRuns: 400 },
    );
  });

  it('the readers and the checks, on anything', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, scoped) => {
        parseShell(text);
        parsePowerShell(text);
        const check = checkRequest(text, { tokenScoped: scoped });
        expect(['ok', 'warning', 'error']).toContain(check.verdict);
        expect(check.findings.length).toBeGreaterThan(0);
        for (const finding of check.findings)
          for (const span of finding.spans ?? [])
            expect(span.start >= 0 && span.end <= text.length && span.start <= span.end).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('a 100 KB paste, emoji, right-to-left text and control characters', () => {
    const huge = `curl -u 'ada@acme.example:${'x'.repeat(10)}' ${'-H "X-A: 🙂 مرحبا \u202e\u0000\u0007" '.repeat(4500)} https://acme.atlassian.net/`;
    expect(huge.length).toBeGreaterThan(100_000);
    // How long it takes is the linear-time test's business (a ratio), not a wall-clock limit here.
    const check = checkRequest(huge);
    expect(check.facts.read.understood).toBe(true);
    for (const text of [
      '🙂🙂🙂',
      'مرحبا بالعالم curl',
      '\u0000\u0001\u001f\u007f',
      '\ud800',
      "'".repeat(5000),
      '$('.repeat(3000),
      '@{'.repeat(3000),
      'x\\'.repeat(40_000),
    ]) {
      expect(() => checkRequest(text)).not.toThrow();
    }
  });
});

const headerName = fc
  .stringMatching(/^[A-Z][A-Za-z0-9]{0,6}(-[A-Za-z0-9]{1,6}){0,2}$/)
  .filter((n) => !/^(authorization|content-type)$/i.test(n));
/** Header values as a client sends them: no control characters, no white space at the ends. */
const headerValue = fc
  .string({ minLength: 1, maxLength: 40 })
  .map((v) =>
    Array.from(v)
      .map((c) =>
        c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 || /[\u00a0\u2028\u2029\u2007\u202f\u3000\ufeff]/.test(c)
          ? 'x'
          : c,
      )
      .join('')
      .trim(),
  )
  .filter((v) => v !== '');
const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,10}[a-z0-9]$/), fc.stringMatching(/^[a-z]{2,8}$/))
  .map(([user, domain]) => `${user}@${domain}.example`);
const token = fc.stringMatching(/^ATATT[A-Za-z0-9_=-]{20,60}$/);
const path = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { maxLength: 4 })
  .map((parts) => `/rest/api/3/${parts.join('/')}`);
const request = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
  site: fc.stringMatching(/^[a-z][a-z0-9]{1,10}$/),
  path,
  query: fc.option(fc.stringMatching(/^[a-z]{1,5}=[a-z0-9]{1,5}$/), { nil: undefined }),
  headers: fc.uniqueArray(fc.record({ name: headerName, value: headerValue }), {
    maxLength: 4,
    selector: (h) => h.name.toLowerCase(),
  }),
  contentType: fc.option(fc.constantFrom('application/json', 'text/plain'), { nil: undefined }),
  body: fc.option(
    fc.string({ maxLength: 80 }).map((b) => b.split(String.fromCharCode(0)).join('')),
    { nil: undefined },
  ),
  email,
  token,
});

type Generated = typeof request extends fc.Arbitrary<infer T> ? T : never;

function corrected(r: Generated, flavour: 'curl' | 'powershell'): CorrectedRequest {
  const headers = [...r.headers, ...(r.contentType ? [{ name: 'Content-Type', value: r.contentType }] : [])];
  return {
    flavour,
    method: r.method,
    url: `https://${r.site}.atlassian.net${r.path}${r.query ? `?${r.query}` : ''}`,
    headers,
    auth: { kind: 'basic', email: r.email, token: r.token },
    ...(r.body !== undefined ? { body: { value: r.body, kind: 'data' as const } } : {}),
    keep: [],
    changes: [],
  };
}

function sortedHeaders(headers: { name: string; value: string }[]) {
  return headers.map((h) => `${h.name.toLowerCase()}: ${h.value}`).sort();
}

describe('a command Token Doctor writes reads back as the same request', () => {
  it('curl', () => {
    fc.assert(
      fc.property(request, (r) => {
        const model = corrected(r, 'curl');
        const text = buildCurl(model, true);
        const parsed = parseRequest(text);
        expect(parsed.understood).toBe(true);
        const back = parsed.request;
        expect(back.flavour).toBe('curl');
        expect(back.method).toBe(model.method);
        expect(back.url?.value).toBe(model.url);
        expect(sortedHeaders(back.headers)).toEqual(sortedHeaders(model.headers));
        expect(back.body?.value).toBe(model.body?.value);
        expect(back.user?.value).toBe(`${r.email}:${r.token}`);
      }),
      { numRuns: 300 },
    );
  });

  it('PowerShell', () => {
    fc.assert(
      fc.property(request, (r) => {
        const model = corrected(r, 'powershell');
        const text = buildPowerShell(model, true);
        const parsed = parseRequest(text);
        expect(parsed.understood).toBe(true);
        const back = parsed.request;
        expect(back.flavour).toBe('powershell');
        expect(back.method).toBe(model.method);
        expect(back.url?.value).toBe(model.url);
        const auth = back.headers.find((h) => h.name === 'Authorization');
        expect(decodeBase64Utf8(auth!.value.replace(/^Basic /, ''))).toBe(`${r.email}:${r.token}`);
        expect(sortedHeaders(back.headers.filter((h) => h !== auth))).toEqual(sortedHeaders(model.headers));
        expect(back.body?.value).toBe(model.body?.value);
        expect(back.issues).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('the corrected command of a broken paste checks clean of construction mistakes', () => {
    const broken = `curl -v --request POST
  --url 'http://acme.atlassian.net/jira/rest/api/2/search' \\
  --header 'Authrorization Basic ${Buffer.from('ada@acme.example:ATATT3xFfGF0Zx7kq2LmNpQrStUvWxYz0123456789\n').toString('base64')}' \\
  -header 'Accept: application/json'`;
    const check = checkRequest(broken);
    expect(check.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining([
        'HEADER_NAME_MISSPELLED',
        'HEADER_MISSING_COLON',
        'BASE64_TRAILING_NEWLINE',
        'CURL_SINGLE_DASH_LONG_OPTION',
        'LINE_CONTINUATION_MISSING',
        'REMOVED_ENDPOINT',
        'HTTP_NOT_HTTPS',
        'URL_HAS_EXTRA_PATH',
      ]),
    );
    const fixed = buildCurl(check.corrected!.request, true);
    const again = checkRequest(fixed);
    expect(again.verdict).toBe('ok');
    expect(again.findings.map((f) => f.code)).toEqual(['SITE_URL_REFUSES_SCOPED_TOKENS', 'REQUEST_WELL_FORMED']);
    expect(again.facts.request.url?.value).toBe('https://acme.atlassian.net/rest/api/3/search/jql');
    expect(again.facts.request.user?.value).toBe('ada@acme.example:ATATT3xFfGF0Zx7kq2LmNpQrStUvWxYz0123456789');
  });
});

describe('the target is decided for anything, and every finding names its target rule', () => {
  it('decideTarget never throws and always gives a known target with a reason', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const target = decideTarget(text);
        expect(TARGET_LABELS[target.id]).toBe(target.label);
        expect(target.because).not.toBe('');
      }),
      { numRuns: 400 },
    );
  });

  it('every finding of every paste says which target rule decided it', () => {
    fc.assert(
      fc.property(requestish, (text) => {
        const check = checkRequest(text);
        for (const finding of check.findings)
          expect(finding.evidence.some((line) => line.startsWith('Target rule: '))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a correct Data Center request (any username and password, or a PAT as Bearer) gets no error', () => {
    const user = fc.stringMatching(/^[a-z][a-z0-9._-]{1,15}$/);
    const password = fc.stringMatching(/^[A-Za-z0-9!#%+,./=?@^_-]{8,24}$/);
    const host = fc.stringMatching(/^[a-z]{3,10}\.(?:example|corp|internal)\.(?:com|net|org)$/);
    fc.assert(
      fc.property(user, password, host, fc.boolean(), (u, p, h, bearer) => {
        const pat = Buffer.concat([Buffer.from('123456789012:'), Buffer.from(p.padEnd(20, 'x').slice(0, 20))]).toString(
          'base64',
        );
        const text = bearer
          ? `curl -H 'Authorization: Bearer ${pat}' https://${h}/rest/api/2/myself`
          : `curl -u '${u}:${p}' https://${h}/rest/api/2/myself`;
        const check = checkRequest(text);
        expect(check.facts.target.id).toBe('jira-dc');
        expect(check.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
