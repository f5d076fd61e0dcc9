/** The corrected request: same flavour, fixes applied, secret masked until revealed. */
import { describe, expect, it } from 'vitest';
import { analyseRequest } from '../../../../lib/requests/analyse';
import { buildCorrected } from '../../../../lib/requests/write/correct';

const TOKEN = 'ATATT3xFfGF0Zx7kq2LmNpQrStUvWxYz0123456789abcdefGHIJ=9F3C1A2B';
const CLOUD_ID = '0b9f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d';

function fix(text: string, options: { tokenScoped?: boolean; cloudId?: string } = {}, reveal = false) {
  const corrected = analyseRequest(text, options).corrected!.request;
  return { corrected, text: buildCorrected(corrected, reveal) };
}

describe('correctRequest', () => {
  it('curl stays curl: -u instead of a hand-made header, two dashes, the header name, the secret masked', () => {
    const { text, corrected } = fix(
      `curl -X POST \\\n  -header "Authrorization Basic $(echo 'ada@acme.example:${TOKEN}' | base64)" \\\n  -H 'Content-Type: application/json' \\\n  -d '{"a":1}' \\\n  http://acme.atlassian.net/rest/api/3/issue`,
    );
    expect(text).toBe(
      `curl \\\n  -u "ada@acme.example:$ATLASSIAN_API_TOKEN" \\\n  -H 'Content-Type: application/json' \\\n  --data '{"a":1}' \\\n  https://acme.atlassian.net/rest/api/3/issue`,
    );
    expect(text).not.toContain(TOKEN);
    expect(buildCorrected(corrected, true)).toContain(`-u ada@acme.example:${TOKEN} `);
    expect(corrected.changes.join(' ')).toMatch(/curl -u/);
  });

  it('PowerShell stays PowerShell, with straight quotes and the secret from $env until revealed', () => {
    const paste = `$Text = ‘ada@acme.example:${TOKEN}’\n$Bytes = [System.Text.Encoding]::UTF8.GetBytes($Text)\n$EncodedText = [Convert]::ToBase64String($Bytes)\nInvoke-RestMethod -Uri 'https://acme.atlassian.net/rest/api/2/search?jql=a' -Headers @{ Authorization = "Basic $EncodedText" }`;
    const { text } = fix(paste);
    expect(text).toContain("$Credential = 'ada@acme.example:' + $env:ATLASSIAN_API_TOKEN");
    expect(text).toContain("-Uri 'https://acme.atlassian.net/rest/api/3/search/jql?jql=a'");
    expect(text).toMatch(/^Invoke-RestMethod/m);
    expect(text).not.toMatch(/[‘’“”]/);
    expect(text).not.toContain(TOKEN);
    expect(fix(paste, {}, true).text).toContain(`$Credential = 'ada@acme.example:${TOKEN}'`);
  });

  it('raw HTTP stays HTTP', () => {
    const { text } = fix(
      `GET /rest/api/3/myself HTTP/1.1\nHost: acme.atlassian.net\nAuthorization: Bearer ${TOKEN}\nAccept: application/json`,
    );
    expect(text).toBe(
      'GET /rest/api/3/myself HTTP/1.1\nHost: acme.atlassian.net\nAuthorization: Basic <base64 of you@example.com:<API token>>\nAccept: application/json',
    );
  });

  it('uses the gateway with the cloudId when the token is scoped', () => {
    const paste = `curl -u 'ada@acme.example:${TOKEN}' https://acme.atlassian.net/rest/api/3/issue/KEY-1`;
    expect(fix(paste, { tokenScoped: true }).text).toContain(
      "'https://api.atlassian.com/ex/jira/{cloudId}/rest/api/3/issue/KEY-1'",
    );
    expect(fix(paste, { tokenScoped: true, cloudId: CLOUD_ID }).text).toContain(
      `https://api.atlassian.com/ex/jira/${CLOUD_ID}/rest/api/3/issue/KEY-1`,
    );
    expect(
      fix(`curl -u 'ada@acme.example:${TOKEN}' https://acme.atlassian.net/wiki/api/v2/pages`, {
        tokenScoped: true,
        cloudId: CLOUD_ID,
      }).text,
    ).toContain(`https://api.atlassian.com/ex/confluence/${CLOUD_ID}/wiki/api/v2/pages`);
  });

  it('sends an OAuth access token through the gateway', () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln';
    const { text } = fix(`curl -H 'Authorization: Bearer ${jwt}' https://acme.atlassian.net/rest/api/3/myself`);
    expect(text).toBe(
      `curl \\\n  -H "Authorization: Bearer $ATLASSIAN_ACCESS_TOKEN" \\\n  'https://api.atlassian.com/ex/jira/{cloudId}/rest/api/3/myself'`,
    );
  });

  it('adds X-Atlassian-Token to an upload and /ex/jira/{cloudId} to a gateway URL', () => {
    expect(
      fix(
        `curl -u 'ada@acme.example:${TOKEN}' -F 'file=@a.txt' https://acme.atlassian.net/rest/api/3/issue/K-1/attachments`,
      ).text,
    ).toContain("-H 'X-Atlassian-Token: no-check'");
    expect(fix(`curl -u 'ada@acme.example:${TOKEN}' https://api.atlassian.com/rest/api/3/myself`).text).toContain(
      "'https://api.atlassian.com/ex/jira/{cloudId}/rest/api/3/myself'",
    );
  });

  it('gives the PowerShell recipe back fixed when only the recipe was pasted', () => {
    const { text } = fix(
      '$Text = ‘user@example.com:api_token_string’\n$Bytes = [System.Text.Encoding]::UTF8.GetBytes($Text)\n$EncodedText = [Convert]::ToBase64String($Bytes)\n$EncodedText',
    );
    expect(text).toBe(
      "$Credential = 'user@example.com:' + $env:ATLASSIAN_API_TOKEN\n$EncodedText = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($Credential))\n$EncodedText",
    );
  });
});
