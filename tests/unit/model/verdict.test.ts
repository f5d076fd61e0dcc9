/** The verdict is read in one place from what each finding proves and its severity. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../lib/findings/catalogue';
import { makeFinding } from '../../../lib/findings/make-finding';
import { FINDING_CODES, type FindingCode } from '../../../lib/model/codes';
import type { Verdict } from '../../../lib/model/report';
import { requestVerdictOf, verdictOf } from '../../../lib/model/verdict';

const verdict = (...codes: FindingCode[]) => verdictOf(codes.map((c) => makeFinding(c)));

describe('verdictOf, one finding of each code alone', () => {
  // What a finding alone makes of a run, by its group, severity and outcome.
  function expected(code: FindingCode): Verdict {
    const row = CATALOGUE[code];
    if (row.severity === 'error' && row.outcome !== 'inconclusive') return 'error';
    if (row.outcome === 'succeeded') return row.severity === 'warning' ? 'warning' : 'ok';
    if (row.outcome === 'recognised') return 'warning';
    return 'unknown';
  }

  it.each(FINDING_CODES.map((c) => [c, CATALOGUE[c].group] as const))('%s (%s)', (code) => {
    expect(verdict(code)).toBe(expected(code));
  });

  it('never says ok or warning for a finding that proves nothing by itself', () => {
    for (const code of FINDING_CODES) {
      const row = CATALOGUE[code];
      if (row.outcome === undefined) expect(['error', 'unknown'], code).toContain(verdict(code));
    }
  });
});

describe('verdictOf, runs', () => {
  it.each<[string, FindingCode[], Verdict]>([
    ['an unscoped token that works', ['AUTH_OK', 'TOKEN_UNSCOPED'], 'ok'],
    ['a scoped token through the gateway', ['AUTH_OK', 'TOKEN_SCOPED'], 'ok'],
    ['a scoped token on the site URL', ['AUTH_OK', 'TOKEN_SCOPED', 'SCOPED_TOKEN_ON_SITE_URL'], 'warning'],
    ['works, with an http:// URL', ['HTTP_NOT_HTTPS', 'AUTH_OK', 'TOKEN_UNSCOPED'], 'warning'],
    ['works, and an extra check was rate limited', ['AUTH_OK', 'RATE_LIMITED'], 'warning'],
    ['works, and an extra check failed', ['AUTH_OK', 'NOT_SITE_ADMIN'], 'error'],
    ['both probes rate limited', ['RATE_LIMITED', 'RATE_LIMITED'], 'unknown'],
    ['a timeout', ['TIMEOUT'], 'unknown'],
    ['a server error', ['SERVER_ERROR'], 'unknown'],
    ['a network error', ['NETWORK_ERROR'], 'unknown'],
    ['a renamed site (a redirect, nothing authenticated)', ['REDIRECTED'], 'error'],
    ['a redirect and then a server error', ['REDIRECTED', 'SERVER_ERROR'], 'error'],
    ['a scoped token without the scope', ['SCOPE_MISSING', 'SCOPED_TOKEN_ON_SITE_URL'], 'warning'],
    ['rejected credentials', ['CREDENTIALS_REJECTED'], 'error'],
    ['rejected, and the gateway timed out', ['CREDENTIALS_REJECTED', 'TIMEOUT'], 'error'],
    ['an HTML page where JSON was due', ['UNEXPECTED_RESPONSE'], 'error'],
    ['a warning alone proves nothing', ['SECRET_HAS_WHITESPACE'], 'unknown'],
    ['no finding at all', [], 'unknown'],
  ])('%s → %s', (_name, codes, expected) => {
    expect(verdict(...codes)).toBe(expected);
  });
});

describe('requestVerdictOf (a pasted request: nothing was sent)', () => {
  it.each<[FindingCode[], string]>([
    [['REQUEST_WELL_FORMED'], 'ok'],
    [[], 'ok'],
    [['BASE64_TRAILING_NEWLINE'], 'error'],
    [['GET_WITH_BODY'], CATALOGUE.GET_WITH_BODY.severity === 'error' ? 'error' : 'warning'],
  ])('%j → %s', (codes, expected) => {
    const findings = codes.filter((c) => (FINDING_CODES as readonly string[]).includes(c)).map((c) => makeFinding(c));
    expect(requestVerdictOf(findings)).toBe(expected);
  });
});
