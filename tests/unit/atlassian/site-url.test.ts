import fc from 'fast-check';
import { parseSiteUrl } from '../../../lib/atlassian/site-url';

describe('parseSiteUrl', () => {
  it.each([
    ['https://acme.atlassian.net', 'https://acme.atlassian.net', []],
    ['https://acme.atlassian.net/', 'https://acme.atlassian.net', []],
    ['  https://ACME.atlassian.net  ', 'https://acme.atlassian.net', []],
    ['acme.atlassian.net', 'https://acme.atlassian.net', ['URL_MISSING_SCHEME']],
    ['http://acme.atlassian.net', 'https://acme.atlassian.net', ['HTTP_NOT_HTTPS']],
    ['https://acme.atlassian.net/jira', 'https://acme.atlassian.net', ['URL_HAS_EXTRA_PATH']],
    ['https://acme.atlassian.net/wiki/spaces/X', 'https://acme.atlassian.net', ['URL_HAS_EXTRA_PATH']],
    [
      'http://acme.atlassian.net/rest/api/3/myself',
      'https://acme.atlassian.net',
      ['HTTP_NOT_HTTPS', 'URL_HAS_EXTRA_PATH'],
    ],
    ['https://acme.atlassian.net.', 'https://acme.atlassian.net', []],
  ])('reads %j as %s with %j', (input, origin, codes) => {
    const result = parseSiteUrl(input);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.origin).toBe(origin);
    expect(result.problems.map((p) => p.code)).toEqual(codes);
  });

  it.each([
    ['', 'URL_INVALID'],
    ['https://{your-domain}.atlassian.net', 'URL_PLACEHOLDER'],
    ['https://your-domain.atlassian.net', 'URL_PLACEHOLDER'],
    ['https://<site>.atlassian.net', 'URL_PLACEHOLDER'],
    ['$JIRA_BASE_URL', 'URL_PLACEHOLDER'],
    ['https://api.atlassian.com/ex/jira/{cloudId}', 'URL_PLACEHOLDER'],
    ['https://api.atlassian.com/ex/jira/1324a887-45db-1bf4-1e99-ef0ff456d421', 'NOT_ATLASSIAN_CLOUD_HOST'],
    ['https://jira.example.com', 'NOT_ATLASSIAN_CLOUD_HOST'],
    ['https://acme.atlassian.net.evil.example', 'NOT_ATLASSIAN_CLOUD_HOST'],
    ['https://acme.atlassian.net@evil.example', 'URL_INVALID'],
    ['https://me@acme.atlassian.net', 'URL_INVALID'],
    ['https://acme.atlassian.net:8443', 'URL_INVALID'],
    ['https://a.b.atlassian.net', 'NOT_ATLASSIAN_CLOUD_HOST'],
    ['https://atlassian.net', 'NOT_ATLASSIAN_CLOUD_HOST'],
    ['ftp://acme.atlassian.net', 'URL_INVALID'],
    ['https://acme.atlassian\n.net', 'URL_INVALID'],
    ['https://acme .atlassian.net', 'URL_INVALID'],
    ['https://аcme.atlassian.net.example', 'NOT_ATLASSIAN_CLOUD_HOST'],
  ])('refuses %j with %s', (input, code) => {
    const result = parseSiteUrl(input);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code)).toContain(code);
  });

  it('never throws, and only ever accepts an https origin on a single-label *.atlassian.net host', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.string().map((s) => `https://${s}.atlassian.net/${s}`),
        ),
        (input) => {
          const result = parseSiteUrl(input);
          if (result.ok) {
            expect(result.origin).toMatch(/^https:\/\/[a-z0-9-]+\.atlassian\.net$/);
            expect(result.origin).toBe(`https://${result.host}`);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('parseSiteUrl takes time about linear in its input', () => {
  // Long runs of `{` or `<` that never close used to make the placeholder patterns quadratic.
  const best = (text: string): number => {
    let fastest = Infinity;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      parseSiteUrl(text);
      fastest = Math.min(fastest, performance.now() - started);
    }
    return Math.max(fastest, 2);
  };
  it.each([
    ['an unclosed run of {', (n: number) => `https://${'{'.repeat(n)}.atlassian.net`],
    ['an unclosed run of <', (n: number) => `https://acme.atlassian.net/${'<'.repeat(n)}`],
  ])('%s', (_name, make) => {
    parseSiteUrl(make(20_000)); // warm up the JIT
    // Linear would be 10; quadratic 100 (the old patterns took seconds at 200 000 characters).
    expect(best(make(200_000)) / best(make(20_000))).toBeLessThan(30);
  });
});
