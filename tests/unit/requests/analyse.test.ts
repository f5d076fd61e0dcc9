/**
 * analyseRequest as a whole: for one request of each flavour, the facts read from it, the
 * findings, the corrected command and where the secret sits in the paste — all from one call.
 */
import { describe, expect, it } from 'vitest';
import { analyseRequest, contextAfterDiagnosis } from '../../../lib/requests/analyse';
import type { Report } from '../../../lib/model/report';

const TOKEN = 'ATATT3xFfGF0Zx7kq2LmNpQrStUvWxYz0123456789abcdefGHIJ=9F3C1A2B';
const CLOUD_ID = '0b9f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d';

function secretsIn(text: string, spans: { start: number; end: number }[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}

describe('analyseRequest', () => {
  it('curl: a hand-made Basic header over http to the removed search', () => {
    const text = `curl -H "Authorization: Basic $(echo 'ada@acme.example:${TOKEN}' | base64 -w0)" 'http://acme.atlassian.net/rest/api/2/search?jql=a'`;
    const { facts, findings, verdict, corrected, secretSpans, hasSecret } = analyseRequest(text);

    expect(facts.request.flavour).toBe('curl');
    expect(facts.request.method).toBe('GET');
    expect(facts.urlParts).toMatchObject({ kind: 'site', origin: 'https://acme.atlassian.net', product: 'jira' });
    expect(facts.urlParts?.removedSearch).toBe(true);
    expect(facts.credential).toMatchObject({ scheme: 'basic', from: 'header', trailingNewline: true });
    expect(facts.credential?.reading).toMatchObject({ stage: 'pair', email: 'ada@acme.example', usable: true });
    expect(facts.profile).toEqual({
      kind: 'cloud-api-token',
      siteUrl: 'https://acme.atlassian.net',
      email: 'ada@acme.example',
      apiToken: TOKEN,
    });

    expect(findings.map((f) => f.code)).toEqual([
      'REMOVED_ENDPOINT',
      'BASE64_TRAILING_NEWLINE',
      'HTTP_NOT_HTTPS',
      'SITE_URL_REFUSES_SCOPED_TOKENS',
    ]);
    expect(verdict).toBe('error');

    expect(corrected?.masked).toBe(
      `curl \\\n  -u "ada@acme.example:$ATLASSIAN_API_TOKEN" \\\n  'https://acme.atlassian.net/rest/api/3/search/jql?jql=a'`,
    );
    expect(corrected?.revealed).toContain(`-u ada@acme.example:${TOKEN} `);
    expect(corrected?.request.changes).toHaveLength(3);

    expect(secretsIn(text, secretSpans)).toEqual([TOKEN]);
    expect(hasSecret).toBe(true);
    expect(JSON.stringify(findings)).not.toContain(TOKEN.slice(5, 30));
  });

  it('raw HTTP: an API token sent as Bearer becomes Basic with an email to fill in', () => {
    const text = `GET /rest/api/3/myself HTTP/1.1\nHost: acme.atlassian.net\nAuthorization: Bearer ${TOKEN}`;
    const { facts, findings, corrected, secretSpans } = analyseRequest(text);

    expect(facts.request.flavour).toBe('http');
    expect(facts.request.url?.value).toBe('https://acme.atlassian.net/rest/api/3/myself');
    expect(facts.credential).toMatchObject({ scheme: 'bearer', secret: TOKEN });
    expect(facts.credential?.reading).toMatchObject({ stage: 'bearer', bearer: 'api-token', usable: false });
    expect(facts.profile).toBeUndefined();
    expect(facts.profileUnavailable).toBe('a Bearer value has no email to go with it');

    expect(findings.map((f) => f.code)).toEqual(['BEARER_WITH_API_TOKEN']);
    expect(corrected?.masked).toBe(
      'GET /rest/api/3/myself HTTP/1.1\nHost: acme.atlassian.net\nAuthorization: Basic <base64 of you@example.com:<API token>>',
    );
    expect(secretsIn(text, secretSpans)).toEqual([TOKEN]);
  });

  it('PowerShell: an upload without X-Atlassian-Token, through the gateway once the token is known to be scoped', () => {
    const text = `$Text = 'ada@acme.example:${TOKEN}'\n$EncodedText = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($Text))\nInvoke-RestMethod -Uri 'https://acme.atlassian.net/rest/api/3/issue/K-1/attachments' -Method Post -Headers @{ Authorization = "Basic $EncodedText" } -Form @{ file = Get-Item a.txt }`;
    const plain = analyseRequest(text);
    expect(plain.facts.request.flavour).toBe('powershell');
    expect(plain.facts.request.method).toBe('POST');
    expect(plain.facts.upload).toBe(true);
    expect(plain.facts.uploadWithoutXsrf).toBe(true);
    expect(plain.facts.identity).toEqual({
      scheme: 'basic',
      emailMasked: 'a…a@acme.example',
      fingerprint: 'ATATT…1A2B',
    });
    expect(plain.findings.map((f) => f.code)).toEqual(['UPLOAD_WITHOUT_XSRF_HEADER', 'SITE_URL_REFUSES_SCOPED_TOKENS']);
    expect(plain.corrected?.masked).toContain("'X-Atlassian-Token' = 'no-check'");
    expect(plain.corrected?.masked).toContain("-Uri 'https://acme.atlassian.net/rest/api/3/issue/K-1/attachments'");
    expect(plain.corrected?.masked).not.toContain(TOKEN);
    expect(secretsIn(text, plain.secretSpans)).toEqual([TOKEN]);

    const report = { findings: [{ code: 'TOKEN_SCOPED' }], cloudId: CLOUD_ID } as unknown as Report;
    const context = contextAfterDiagnosis({ tokenScoped: false }, report);
    expect(context).toEqual({ tokenScoped: true, cloudId: CLOUD_ID });
    const scoped = analyseRequest(text, context);
    expect(scoped.facts.scoped).toBe(true);
    expect(scoped.findings.map((f) => f.code)).toContain('SCOPED_TOKEN_ON_SITE_URL');
    expect(scoped.corrected?.masked).toContain(
      `-Uri 'https://api.atlassian.com/ex/jira/${CLOUD_ID}/rest/api/3/issue/K-1/attachments'`,
    );
  });

  it('text that is no request: one finding, no correction, nothing secret', () => {
    const analysis = analyseRequest('Hello, my token does not work');
    expect(analysis.facts.read.understood).toBe(false);
    expect(analysis.findings.map((f) => f.code)).toEqual(['REQUEST_UNREADABLE']);
    expect(analysis.corrected).toBeUndefined();
    expect(analysis.secretSpans).toEqual([]);
    expect(analysis.headline).toBe('This text could not be read as a request');
  });
});
