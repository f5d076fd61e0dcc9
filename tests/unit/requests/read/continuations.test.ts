/**
 * A line continuation with a space after it (`\ `, `^ `, a backquote and a space, then the
 * newline): pasted from a page the space is invisible, and the shell then runs the next line as a
 * command of its own. The paste is read as one command, nothing in it is lost, and it is said.
 */
import { describe, expect, it } from 'vitest';
import { analyseRequest } from '../../../../lib/requests/analyse';

const TOKEN = 'ATATT3xFfGF0Zx7kq2LmNpQrStUvWxYz0123456789abcdefGHIJ=9F3C1A2B';
const SITE = 'https://acme.atlassian.net/rest/api/3/myself';
const BASIC = Buffer.from(`ada@acme.com:${TOKEN}`).toString('base64');

describe('a continuation with a space after it', () => {
  it.each([
    ['bash "\\ "', `curl -u "ada@acme.com:${TOKEN}" \\ \n  ${SITE}`, '\\'],
    ['bash "\\" and two spaces, CRLF', `curl -u "ada@acme.com:${TOKEN}" \\  \r\n  ${SITE}`, '\\'],
    ['cmd "^ "', `curl.exe -u "ada@acme.com:${TOKEN}" ^ \r\n  ${SITE}`, '^'],
    ['PowerShell "` "', `Invoke-RestMethod -Uri ${SITE} \` \r\n  -Headers @{Authorization = "Basic ${BASIC}"}`, '`'],
  ])('%s: read as one command, said to be broken', (_, text, mark) => {
    const { facts, findings } = analyseRequest(text);
    expect(facts.request.url?.value).toBe(SITE);
    expect(facts.credential?.reading).toMatchObject({ stage: 'pair', email: 'ada@acme.com', usable: true });
    expect(findings.map((f) => f.code)).toContain('LINE_CONTINUATION_MISSING');
    const note = facts.request.notes.find((n) => n.text.includes('has a space after it'));
    expect(note?.text).toContain(`"${mark}"`);
    expect(text.slice(note!.span!.start, note!.span!.end)).toBe(mark);
  });

  it('a continuation without a space, LF or CRLF, is fine', () => {
    for (const nl of ['\n', '\r\n']) {
      const { findings, facts } = analyseRequest(`curl -u "ada@acme.com:${TOKEN}" \\${nl}  ${SITE}`);
      expect(facts.request.url?.value).toBe(SITE);
      expect(findings.map((f) => f.code)).not.toContain('LINE_CONTINUATION_MISSING');
    }
    const cmd = analyseRequest(`curl.exe ^\r\n  -u "ada@acme.com:${TOKEN}" ^\r\n  ${SITE}`);
    expect(cmd.findings.map((f) => f.code)).not.toContain('LINE_CONTINUATION_MISSING');
    expect(cmd.facts.request.url?.value).toBe(SITE);
  });

  it('an escaped space inside a word is still an escaped space', () => {
    const { facts } = analyseRequest(`curl -u "ada@acme.com:${TOKEN}" -H X-Note:a\\ b ${SITE}`);
    expect(facts.request.headers.find((h) => h.name === 'X-Note')?.value).toBe('a b');
  });
});

describe('what a pasted token brings with it', () => {
  it('a carriage return after the token (a file saved on Windows) is said, and dropped from the profile', () => {
    const { facts, findings } = analyseRequest(`curl -u "ada@acme.com:${TOKEN}\r" ${SITE}`);
    expect(findings.map((f) => f.code)).toContain('SECRET_HAS_WHITESPACE');
    expect(facts.profile).toMatchObject({ apiToken: TOKEN });
  });

  it('a Basic value that encodes a CRLF after the token: the newline finding', () => {
    const value = Buffer.from(`ada@acme.com:${TOKEN}\r\n`).toString('base64');
    const { facts, findings } = analyseRequest(`curl -H "Authorization: Basic ${value}" ${SITE}`);
    expect(findings.map((f) => f.code)).toContain('BASE64_TRAILING_NEWLINE');
    expect(facts.profile).toMatchObject({ apiToken: TOKEN });
  });

  it('typographic quotes around a variable: both said, the variable still named', () => {
    const codes = analyseRequest(`curl -u “ada@acme.com:$ATLASSIAN_API_TOKEN” ${SITE}`).findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['SMART_QUOTES', 'CREDENTIAL_FROM_VARIABLE']));
  });
});
