/** The linear placeholder finder answers exactly what the engine's findPlaceholder answers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPlaceholder, parseSiteUrl } from '../../../../lib/atlassian/site-url';
import { MAX_SITE_TEXT, parseSiteText } from '../../../../lib/requests/read/placeholders';

const PIECES = [
  '{',
  '}',
  '<',
  '>',
  '$',
  '${',
  'A',
  'x',
  'xxx',
  '/',
  '.',
  'your-domain',
  'your_site',
  ' ',
  'é',
  '9',
  '_',
];
const texty = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join('')),
  fc.string({ maxLength: 60 }),
);

/** The placeholder patterns as plain regexes (quadratic on long unclosed runs, fine on short text): the oracle. */
const REGEX_PATTERNS = [
  /\{[^}]*\}/,
  /<[^>]*>/,
  /\$\{?[A-Za-z_][A-Za-z0-9_]*\}?/,
  /\byour[-_]?(?:domain|site|instance|company|org|tenant|subdomain|cloud)\b/i,
  /(?:^|[/.])(?:x{3,}|example-site|site-name|sitename)(?:[/.]|$)/i,
];
const byRegex = (text: string) => REGEX_PATTERNS.map((p) => p.exec(text)?.[0]).find((m) => m !== undefined);

describe('placeholders in a site text', () => {
  it('findPlaceholder (linear) finds what the plain regexes find', () => {
    fc.assert(
      fc.property(texty, (text) => {
        expect(findPlaceholder(text)).toBe(byRegex(text));
      }),
      { numRuns: 2_000 },
    );
  });

  it('parseSiteText judges a site text as parseSiteUrl does', () => {
    fc.assert(
      fc.property(
        texty.map((t) => `https://${t}`),
        (text) => {
          expect(parseSiteText(text)).toEqual(parseSiteUrl(text));
        },
      ),
      { numRuns: 1_000 },
    );
    for (const text of ['https://acme.atlassian.net', 'http://acme.atlassian.net/jira', 'https://<site>.atlassian.net'])
      expect(parseSiteText(text)).toEqual(parseSiteUrl(text));
  });

  it('refuses a site text too long to be one, without parsing it', () => {
    const result = parseSiteText(`https://${'a'.repeat(MAX_SITE_TEXT)}.atlassian.net`);
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'URL_INVALID' }] });
  });
});
