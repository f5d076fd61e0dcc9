/**
 * Every credential-bearing part of a paste is secret: hidden in the highlighted paste, a
 * placeholder in the corrected command until revealed, and never in the findings or summaries.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseRequest, type RequestAnalysis } from '../../../lib/requests/analyse';
import { maskSpans } from '../../../lib/requests/segments';

const T = 'ATATT3xFfGF0Zx7kq2LmNpQrStUvWxYz0123456789abcdefGHIJ=9F3C1A2B';
const T2 = 'eyJhbGciOiJIUzI1NiJ9.c2Vjb25kLXRva2Vu.c2lnbmF0dXJlLXR3bw';
const E = 'ada@acme.example';
const SITE = 'https://acme.atlassian.net/rest/api/3/myself';
const b64 = (text: string) => Buffer.from(text).toString('base64');

/** Everything the analysis shows while the secret is hidden. */
function shown(analysis: RequestAnalysis, text: string): string {
  return [
    maskSpans(text, analysis.secretSpans),
    analysis.corrected?.masked ?? '',
    ...(analysis.corrected?.request.changes ?? []),
    analysis.headline,
    analysis.facts.read.summary,
    ...analysis.facts.request.notes.map((n) => n.text),
    JSON.stringify(analysis.findings),
    JSON.stringify(analysis.facts.identity ?? {}),
  ].join('\n');
}

function expectHidden(text: string, secrets: string[], emails: string[] = [E]): RequestAnalysis {
  const analysis = analyseRequest(text);
  const out = shown(analysis, text);
  for (const secret of secrets) {
    expect(out).not.toContain(secret);
    expect(out).not.toContain(b64(secret).replace(/=+$/, ''));
    for (const email of emails) expect(out).not.toContain(b64(`${email}:${secret}`).replace(/=+$/, ''));
  }
  return analysis;
}

describe('credential-bearing parts of a paste', () => {
  it('reads the user info of the URL as the credential, and moves it to -u', () => {
    const text = `curl https://${E}:${T}@acme.atlassian.net/rest/api/3/myself`;
    const analysis = expectHidden(text, [T]);
    const codes = analysis.findings.map((f) => f.code);
    expect(codes).not.toContain('NO_CREDENTIALS_SENT');
    expect(analysis.facts.credential).toMatchObject({ from: 'url-user', scheme: 'basic' });
    expect(analysis.facts.profile).toEqual({
      kind: 'cloud-api-token',
      siteUrl: 'https://acme.atlassian.net',
      email: E,
      apiToken: T,
    });
    expect(analysis.corrected?.masked).toBe(`curl \\\n  -u "${E}:$ATLASSIAN_API_TOKEN" \\\n  ${SITE}`);
    expect(analysis.corrected?.revealed).toContain(`-u ${E}:${T}`);
    expect(analysis.corrected?.revealed).not.toContain('@acme.atlassian.net');
  });

  it('hides -u and the user info of the URL together', () => {
    const text = `curl -u ${E}:${T} https://${E}:${T}@acme.atlassian.net/rest/api/3/myself`;
    const analysis = expectHidden(text, [T]);
    expect(maskSpans(text, analysis.secretSpans).match(/•+/g)).toHaveLength(2);
  });

  it('hides both of two Authorization headers, and drops the second from the fix', () => {
    const text = `curl -H "Authorization: Basic ${b64(`${E}:${T}`)}" -H "Authorization: Bearer ${T2}" ${SITE}`;
    const analysis = expectHidden(text, [T, T2]);
    expect(analysis.corrected?.masked).not.toContain('Bearer');
    expect(analysis.corrected?.request.changes.join(' ')).toMatch(/second Authorization header/);
  });

  it('hides a -u that an Authorization header overrides', () => {
    const text = `curl -H "Authorization: Bearer ${T2}" -u ${E}:${T} ${SITE}`;
    const analysis = expectHidden(text, [T, T2]);
    expect(analysis.corrected?.request.changes.join(' ')).toMatch(/Dropped -u/);
  });

  it('hides the token repeated in the body and in the query, and writes a variable there', () => {
    const body = expectHidden(`curl -u ${E}:${T} -X POST -d '{"token":"${T}"}' ${SITE}`, [T]);
    expect(body.corrected?.masked).toContain('--data "{\\"token\\":\\"${ATLASSIAN_API_TOKEN}\\"}"');
    expect(body.corrected?.revealed).toContain(T);
    const query = expectHidden(`curl -u ${E}:${T} '${SITE}?token=${T}'`, [T]);
    expect(query.corrected?.masked).toContain(`"${SITE}?token=\${ATLASSIAN_API_TOKEN}"`);
  });

  it('hides a token in the query or the body that is sent nowhere else', () => {
    expectHidden(`curl '${SITE}?access_token=${T2}'`, [T2]);
    expectHidden(`curl -u ${E}:${T} -d 'password=Winter2026secret' ${SITE}`, [T, 'Winter2026secret']);
  });

  it('hides Cookie headers and headers named like a key or token', () => {
    const analysis = expectHidden(
      `curl -u ${E}:${T} -H 'Cookie: tenant.session.token=${T2}' -H 'X-Api-Key: k3yk3yk3yk3y' -H 'X-Auth-Token: t0kt0kt0k' -H 'X-Atlassian-Token: no-check' ${SITE}`,
      [T, T2, 'k3yk3yk3yk3y', 't0kt0kt0k'],
    );
    expect(analysis.corrected?.masked).toContain('-H "Cookie: ${COOKIE}"');
    expect(analysis.corrected?.masked).toContain('-H "X-Api-Key: ${X_API_KEY}"');
    // A fixed word is no secret.
    expect(analysis.corrected?.masked).toContain('X-Atlassian-Token: no-check');
  });

  it('hides --oauth2-bearer and a PowerShell -Credential password', () => {
    expectHidden(`curl --oauth2-bearer ${T2} ${SITE}`, [T2]);
    expectHidden(
      `$p = ConvertTo-SecureString '${T}' -AsPlainText -Force\n$c = New-Object PSCredential('${E}', $p)\nInvoke-RestMethod -Uri ${SITE} -Credential $c`,
      [T],
    );
  });

  it('writes secrets of PowerShell and raw HTTP as placeholders too', () => {
    const ps = expectHidden(
      `Invoke-RestMethod -Uri '${SITE}?token=${T}' -Headers @{ Authorization = 'Basic ${b64(`${E}:${T}`)}'; Cookie = 'sid=${T2}' }`,
      [T, T2],
    );
    expect(ps.corrected?.masked).toContain('$($env:ATLASSIAN_API_TOKEN)');
    expect(ps.corrected?.masked).toContain('Cookie = "$($env:COOKIE)"');
    const http = expectHidden(
      `GET /rest/api/3/myself?token=${T} HTTP/1.1\nHost: acme.atlassian.net\nAuthorization: Basic ${b64(`${E}:${T}`)}\nCookie: sid=${T2}`,
      [T, T2],
    );
    expect(http.corrected?.masked).toContain('Cookie: <COOKIE>');
  });
});

describe('a secret planted anywhere never shows while hidden', () => {
  const secret = fc.stringMatching(/^[A-Za-z0-9_-]{12,40}$/).filter((s) => !/^x+$|token|secret|password/i.test(s));
  const place = fc.constantFrom(
    'url-user',
    'user-option',
    'basic',
    'bearer',
    'second-authorization',
    'cookie',
    'api-key-header',
    'oauth2-bearer',
    'body',
    'query',
    'json-body',
  );
  const build = (where: string, s: string, email: string): string => {
    const other = `-u ${email}:Zz9Zz9Zz9Zz9Zz9Zz9`;
    switch (where) {
      case 'url-user':
        return `curl https://${email}:${s}@acme.atlassian.net/rest/api/3/myself`;
      case 'user-option':
        return `curl -u '${email}:${s}' ${SITE}`;
      case 'basic':
        return `curl -H 'Authorization: Basic ${b64(`${email}:${s}`)}' ${SITE}`;
      case 'bearer':
        return `curl -H 'Authorization: Bearer ${s}' ${other} ${SITE}`;
      case 'second-authorization':
        return `curl -H 'Authorization: Basic ${b64(`${email}:Zz9Zz9Zz9Zz9`)}' -H 'Authorization: Bearer ${s}' ${SITE}`;
      case 'cookie':
        return `curl ${other} -H 'Cookie: a=b; session=${s}' ${SITE}`;
      case 'api-key-header':
        return `curl ${other} -H 'X-Custom-Api-Key: ${s}' ${SITE}`;
      case 'oauth2-bearer':
        return `curl --oauth2-bearer '${s}' ${SITE}`;
      case 'body':
        return `curl -u '${email}:${s}' -d 'x=1&also=${s}' ${SITE}`;
      case 'query':
        return `curl ${other} '${SITE}?api_key=${s}&b=2'`;
      default:
        return `curl ${other} --json '{"a":1,"apiToken":"${s}"}' ${SITE}`;
    }
  };
  it('in the paste, the corrected command, the findings and the summaries', () => {
    fc.assert(
      fc.property(
        place,
        secret,
        fc.constantFrom(E, 'bob@example.org', 'svc@serviceaccount.atlassian.com'),
        (where, s, email) => {
          const text = build(where, s, email);
          const analysis = analyseRequest(text);
          const out = shown(analysis, text);
          expect(out).not.toContain(s);
          expect(out).not.toContain(b64(s).replace(/=+$/, ''));
          expect(out).not.toContain(b64(`${email}:${s}`).replace(/=+$/, ''));
        },
      ),
      { numRuns: 300 },
    );
  });
});
