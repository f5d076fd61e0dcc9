/**
 * Real broken requests, most of them verbatim from Atlassian's own pages and public tickets, each
 * with the codes a demanding admin expects. Checked without any network call.
 */
import { describe, expect, it } from 'vitest';
import { analyseRequest as checkRequest } from '../../../../lib/requests/analyse';

const TOKEN = 'ATATT3xFfGF0Zx7kq2LmNpQrStUvWxYz0123456789abcdefGHIJ=9F3C1A2B';
const B64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Atlassian's backup-management API page, "Option 2", step 2. */
const BACKUP_PAGE_CURL = `  curl --location '<REQUEST_URL>' \\
  --header "Content-Type: application/json" \\
  -header "Authorization: Basic <BASE64_ENCODED_STRING>" \\`;

/** Atlassian's pages' PowerShell recipe, typographic quotes and all. */
const BACKUP_PAGE_POWERSHELL = `$Text = ‘user@example.com:api_token_string’
$Bytes = [System.Text.Encoding]::UTF8.GetBytes($Text)
$EncodedText = [Convert]::ToBase64String($Bytes)
$EncodedText`;

/** https://jira.atlassian.com/browse/CLOUD-12617: a scoped token on the site URL, with the chat message pasted into it. */
const CLOUD_12617 = `curl -v --request POST
  --url 'https://ursite.atlassian.net/rest/api/3/issue/' I am running a few minutes late; my previous meeting is running over.   
  --header 'Authrorization Basic xxxxxxx' I am running a few minutes late; my previous meeting is running over.   --header 'Accept: application/json' \\
  --header 'Content-Type: application/json' \\
  --data '{
  "fields": {
    "description": {
      "content": [
        {
          "content": [
            {
              "text": "Some Text.",
              "type": "text"
            }
          ],
          "type": "paragraph"
        }
      ],
      "type": "doc",
      "version": 1
    },
    "issuetype": {
      "id": "10007"
    },
    "project": {
      "key": "KEY"
    },
    "summary": "Create a work item with CURL"
  },
  "update":{}
}'`;

/** Atlassian's "echo -n user@example.com:api_token_string | base64", without the -n, piped into the header. */
const ECHO_WITHOUT_N = `curl -D- \\
   -X GET \\
   -H "Authorization: Basic $(echo user@example.com:api_token_string | base64)" \\
   -H "Content-Type: application/json" \\
   https://api.atlassian.com/jsm/ops/api/{cloudId}/v1/schedules/{scheduleId}`;

/**
 * CLOUD-12617's scoped token: a service account's token is always scoped
 * (https://support.atlassian.com/user-management/docs/manage-api-tokens-for-service-accounts).
 */
const SCOPED_POST = `curl --request POST \\
  --url 'https://ursite.atlassian.net/rest/api/3/issue/' \\
  --user 'acme-sync-bot@serviceaccount.atlassian.com:${TOKEN}' \\
  --header 'Accept: application/json' \\
  --header 'Content-Type: application/json' \\
  --data '{"fields":{"project":{"key":"KEY"},"summary":"Create a work item with CURL","issuetype":{"id":"10007"}}}'`;

interface Case {
  name: string;
  text: string;
  codes: string[];
  absent?: string[];
  verdict?: 'ok' | 'warning' | 'error';
  scoped?: boolean;
}

const CASES: Case[] = [
  {
    name: 'backup page: -header with one dash, placeholders left in',
    text: BACKUP_PAGE_CURL,
    codes: ['CURL_SINGLE_DASH_LONG_OPTION', 'URL_PLACEHOLDER', 'CREDENTIAL_PLACEHOLDER'],
    verdict: 'error',
  },
  {
    name: 'backup page: PowerShell with typographic quotes',
    text: BACKUP_PAGE_POWERSHELL,
    codes: ['SMART_QUOTES', 'CREDENTIAL_PLACEHOLDER'],
  },
  {
    name: 'CLOUD-12617: "Authrorization Basic xxxxxxx", misspelt and without colon, lines not joined',
    text: CLOUD_12617,
    codes: [
      'HEADER_NAME_MISSPELLED',
      'HEADER_MISSING_COLON',
      'LINE_CONTINUATION_MISSING',
      'CREDENTIAL_PLACEHOLDER',
      'SITE_URL_REFUSES_SCOPED_TOKENS',
    ],
    verdict: 'error',
  },
  {
    name: 'CLOUD-12617 with "the token has scopes"',
    text: CLOUD_12617,
    scoped: true,
    codes: ['SCOPED_TOKEN_ON_SITE_URL'],
    absent: ['SITE_URL_REFUSES_SCOPED_TOKENS'],
  },
  {
    name: 'echo without -n piped into the header',
    text: ECHO_WITHOUT_N,
    codes: ['BASE64_TRAILING_NEWLINE', 'URL_PLACEHOLDER', 'CREDENTIAL_PLACEHOLDER'],
  },
  {
    name: 'a bare "echo … | base64"',
    text: 'echo user@example.com:api_token_string | base64',
    codes: ['BASE64_TRAILING_NEWLINE'],
  },
  {
    name: 'echo -n is right',
    text: "echo -n 'ada@acme.example:" + TOKEN + "' | base64 -w0",
    codes: [],
    absent: ['BASE64_TRAILING_NEWLINE', 'BASE64_LINE_WRAPPED'],
  },
  {
    name: 'GNU base64 wraps a long token',
    text: `curl -H "Authorization: Basic $(echo -n 'ada@acme.example:${TOKEN}${TOKEN}' | base64)" https://acme.atlassian.net/rest/api/3/myself`,
    codes: ['BASE64_LINE_WRAPPED'],
    absent: ['BASE64_TRAILING_NEWLINE'],
  },
  {
    name: 'a here-string adds a newline',
    text: `curl -H "Authorization: Basic $(base64 <<< 'ada@acme.example:${TOKEN}')" https://acme.atlassian.net/rest/api/3/myself`,
    codes: ['BASE64_TRAILING_NEWLINE'],
  },
  {
    name: 'a literal base64 with a newline encoded',
    text: `Authorization: Basic ${B64(`ada@acme.example:${TOKEN}\n`)}`,
    codes: ['BASE64_TRAILING_NEWLINE'],
  },
  {
    name: 'scoped-token POST to the site (service account)',
    text: SCOPED_POST,
    codes: ['SCOPED_TOKEN_ON_SITE_URL'],
    verdict: 'warning',
    absent: ['SITE_URL_REFUSES_SCOPED_TOKENS'],
  },
  {
    name: 'a good request',
    text: `curl -sS -u 'ada@acme.example:${TOKEN}' -H 'Accept: application/json' https://acme.atlassian.net/rest/api/3/myself`,
    codes: ['SITE_URL_REFUSES_SCOPED_TOKENS', 'REQUEST_WELL_FORMED'],
    verdict: 'ok',
  },
  {
    name: 'Bearer with an API token',
    text: `curl -H "Authorization: Bearer ${TOKEN}" https://acme.atlassian.net/rest/api/3/myself`,
    codes: ['BEARER_WITH_API_TOKEN'],
  },
  {
    name: 'the token alone with -u',
    text: `curl -u ':${TOKEN}' https://acme.atlassian.net/rest/api/3/myself`,
    codes: ['TOKEN_WITHOUT_EMAIL'],
  },
  {
    name: 'the token alone, base64',
    text: `curl -H 'Authorization: Basic ${B64(TOKEN)}' https://acme.atlassian.net/rest/api/3/myself`,
    codes: ['TOKEN_WITHOUT_EMAIL'],
  },
  {
    name: 'token and email swapped',
    text: `curl -u '${TOKEN}:ada@acme.example' https://acme.atlassian.net/rest/api/3/myself`,
    codes: ['EMAIL_TOKEN_SWAPPED'],
  },
  {
    name: 'no scheme before the base64',
    text: `Authorization: ${B64(`ada@acme.example:${TOKEN}`)}`,
    codes: ['AUTH_SCHEME_MISSING'],
  },
  {
    name: 'Basic without base64',
    text: `curl -H 'Authorization: Basic ada@acme.example:${TOKEN}' https://acme.atlassian.net/rest/api/3/myself`,
    codes: ['BASIC_NOT_ENCODED'],
  },
  {
    name: 'GET with a body',
    text: `curl -X GET -u 'ada@acme.example:${TOKEN}' -d '{"jql":"project = X"}' https://acme.atlassian.net/rest/api/3/search/jql`,
    codes: ['GET_WITH_BODY'],
  },
  {
    name: '-G moves the data into the query: no body',
    text: `curl -G -u 'ada@acme.example:${TOKEN}' --data-urlencode 'jql=project = X' https://acme.atlassian.net/rest/api/3/search/jql`,
    codes: [],
    absent: ['GET_WITH_BODY'],
  },
  {
    name: 'an upload without X-Atlassian-Token',
    text: `curl -u 'ada@acme.example:${TOKEN}' -F 'file=@report.pdf' https://acme.atlassian.net/rest/api/3/issue/KEY-1/attachments`,
    codes: ['UPLOAD_WITHOUT_XSRF_HEADER'],
  },
  {
    name: 'an upload with "nocheck"',
    text: `curl -u 'ada@acme.example:${TOKEN}' -H 'X-Atlassian-Token: nocheck' -F 'file=@a.txt' https://acme.atlassian.net/rest/api/3/issue/KEY-1/attachments`,
    codes: ['UPLOAD_WITHOUT_XSRF_HEADER'],
  },
  {
    name: 'an upload done right',
    text: `curl -u 'ada@acme.example:${TOKEN}' -H 'X-Atlassian-Token: no-check' -F 'file=@a.txt' https://acme.atlassian.net/rest/api/3/issue/KEY-1/attachments`,
    codes: [],
    absent: ['UPLOAD_WITHOUT_XSRF_HEADER'],
  },
  {
    name: 'the gateway without /ex/jira/{cloudId}',
    text: `curl -u 'ada@acme.example:${TOKEN}' https://api.atlassian.com/rest/api/3/myself`,
    codes: ['GATEWAY_URL_MISSING_CLOUD_ID'],
  },
  {
    name: 'the removed /search (CHANGE-2046)',
    text: `curl -u 'ada@acme.example:${TOKEN}' 'https://acme.atlassian.net/rest/api/2/search?jql=project=X'`,
    codes: ['REMOVED_ENDPOINT'],
  },
  {
    name: '/search/jql is not removed',
    text: `curl -u 'ada@acme.example:${TOKEN}' 'https://acme.atlassian.net/rest/api/3/search/jql?jql=project=X'`,
    codes: [],
    absent: ['REMOVED_ENDPOINT'],
  },
  {
    name: 'http:// and a /jira prefix',
    text: `curl -u 'ada@acme.example:${TOKEN}' http://acme.atlassian.net/jira/rest/api/3/myself`,
    codes: ['HTTP_NOT_HTTPS', 'URL_HAS_EXTRA_PATH'],
  },
  {
    name: '/wiki before a Jira path is extra',
    text: `curl -u 'ada@acme.example:${TOKEN}' https://acme.atlassian.net/wiki/rest/api/3/myself`,
    codes: ['URL_HAS_EXTRA_PATH'],
  },
  {
    name: 'a Confluence path is no extra path',
    text: `curl -u 'ada@acme.example:${TOKEN}' https://acme.atlassian.net/wiki/rest/api/user/current`,
    codes: [],
    absent: ['URL_HAS_EXTRA_PATH'],
  },
  {
    name: '-data with one dash',
    text: `curl -u 'ada@acme.example:${TOKEN}' -X POST -data '{}' https://acme.atlassian.net/rest/api/3/issue`,
    codes: ['CURL_SINGLE_DASH_LONG_OPTION'],
  },
  {
    name: 'a misspelt Content-Type is a warning',
    text: `curl -u 'ada@acme.example:${TOKEN}' -H 'Content-Tpye: application/json' -d '{}' https://acme.atlassian.net/rest/api/3/issue`,
    codes: ['HEADER_NAME_MISSPELLED'],
    verdict: 'warning',
  },
  {
    name: 'no credentials',
    text: 'curl https://acme.atlassian.net/rest/api/3/myself',
    codes: ['NO_CREDENTIALS_SENT'],
  },
  {
    name: 'a password where the token belongs (engine lint)',
    text: "curl -u 'ada@acme.example:Tr0ub4dor&3' https://acme.atlassian.net/rest/api/3/myself",
    codes: ['TOKEN_LOOKS_LIKE_PASSWORD'],
  },
  {
    name: 'an OAuth access token (JWT) where the API token belongs (engine lint)',
    text: "curl -u 'ada@acme.example:eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4IiwiaHR0cHM6Ly9pZC5hdGxhc3NpYW4uY29tL2F0bF90b2tlbl90eXBlIjoiQUNDRVNTIn0.c2ln' https://acme.atlassian.net/rest/api/3/myself",
    codes: ['TOKEN_IS_JWT'],
  },
  {
    name: 'an OAuth access token sent to the site',
    text: "curl -H 'Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4IiwiaHR0cHM6Ly9pZC5hdGxhc3NpYW4uY29tL2F0bF90b2tlbl90eXBlIjoiQUNDRVNTIn0.c2ln' https://acme.atlassian.net/rest/api/3/myself",
    codes: ['OAUTH_TOKEN_ON_SITE_URL'],
  },
  {
    name: 'a token with a space inside the quotes (engine lint)',
    text: `curl -u "ada@acme.example:${TOKEN} " https://acme.atlassian.net/rest/api/3/myself`,
    codes: ['SECRET_HAS_WHITESPACE'],
  },
  {
    name: 'base64 of email:token pasted as the token (engine lint)',
    text: `curl -u "ada@acme.example:${B64(`ada@acme.example:${TOKEN}`)}" https://acme.atlassian.net/rest/api/3/myself`,
    codes: ['TOKEN_LOOKS_ENCODED'],
  },
  {
    name: 'a username instead of the email (engine lint)',
    text: `curl -u "ada.admin:${TOKEN}" https://acme.atlassian.net/rest/api/3/myself`,
    codes: ['EMAIL_NOT_AN_EMAIL'],
  },
  {
    name: 'a Cloud email:token to a self-hosted Jira: a Data Center target, not "not Atlassian Cloud"',
    text: `curl -u "ada@acme.example:${TOKEN}" https://jira.acme.example/rest/api/2/myself`,
    codes: ['CLOUD_TOKEN_ON_DATA_CENTER'],
    absent: ['NOT_ATLASSIAN_CLOUD_HOST', 'EMAIL_NOT_AN_EMAIL'],
  },
  {
    name: 'Windows cmd ^ continuations and double quotes',
    text: `curl -u "ada@acme.example:${TOKEN}" ^\r\n  -H "Accept: application/json" ^\r\n  https://acme.atlassian.net/rest/api/3/myself`,
    codes: ['REQUEST_WELL_FORMED'],
    verdict: 'ok',
  },
  {
    name: 'raw HTTP: GET with a body, Bearer with an API token',
    text: `GET /rest/api/3/myself HTTP/1.1\nHost: acme.atlassian.net\nAuthorization: Bearer ${TOKEN}\n\n{"x":1}`,
    codes: ['GET_WITH_BODY', 'BEARER_WITH_API_TOKEN'],
  },
  {
    name: 'PowerShell Invoke-RestMethod with the recipe, done right',
    text: `$Text = 'ada@acme.example:${TOKEN}'\n$Bytes = [System.Text.Encoding]::UTF8.GetBytes($Text)\n$EncodedText = [Convert]::ToBase64String($Bytes)\nInvoke-RestMethod -Uri 'https://acme.atlassian.net/rest/api/3/myself' -Headers @{ Authorization = "Basic $EncodedText" }`,
    codes: ['REQUEST_WELL_FORMED'],
    verdict: 'ok',
  },
  {
    name: 'PowerShell assignments written without spaces',
    text: `$Text='ada@acme.example:${TOKEN}'\n$EncodedText=[Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($Text))\niwr https://acme.atlassian.net/rest/api/3/myself -Headers @{Authorization="Basic $EncodedText"}`,
    codes: ['REQUEST_WELL_FORMED'],
    verdict: 'ok',
  },
  {
    name: 'PowerShell that builds the header but never sends it',
    text: `$Text = 'ada@acme.example:${TOKEN}'\n$EncodedText = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($Text))\nInvoke-RestMethod -Uri https://acme.atlassian.net/rest/api/3/myself`,
    codes: ['NO_CREDENTIALS_SENT'],
  },
  {
    name: 'PowerShell with Bearer and an API token',
    text: `Invoke-RestMethod -Uri https://acme.atlassian.net/rest/api/3/myself -Headers @{ 'Authorization' = 'Bearer ${TOKEN}' }`,
    codes: ['BEARER_WITH_API_TOKEN'],
  },
  {
    name: 'variables from export',
    text: `export JIRA_BASE_URL="https://your-domain.atlassian.net"\nexport JIRA_USER_EMAIL="your-email@example.com"\nexport JIRA_API_TOKEN="your-api-token"\ncurl -u "$JIRA_USER_EMAIL:$JIRA_API_TOKEN" \\\n-H "Accept: application/json" \\\n"$JIRA_BASE_URL/rest/api/3/myself"`,
    codes: ['URL_PLACEHOLDER', 'CREDENTIAL_PLACEHOLDER'],
  },
  {
    name: 'a dash where "--" belongs (a web page ate the hyphens)',
    text: `curl –user 'ada@acme.example:${TOKEN}' —header 'Accept: application/json' https://acme.atlassian.net/rest/api/3/myself`,
    codes: ['TYPOGRAPHIC_DASH'],
    verdict: 'error',
  },
  {
    name: 'typographic quotes in a curl command',
    text: `curl -u “ada@acme.example:${TOKEN}” https://acme.atlassian.net/rest/api/3/myself`,
    codes: ['SMART_QUOTES'],
    verdict: 'error',
  },
  {
    name: 'text that is no request',
    text: 'Hello, my token does not work, can you help?',
    codes: ['REQUEST_UNREADABLE'],
    verdict: 'error',
  },
];

describe('checkRequest: real broken requests', () => {
  it.each(CASES)('$name', ({ text, codes, absent = [], verdict, scoped }) => {
    const check = checkRequest(text, { tokenScoped: scoped });
    const found = check.findings.map((f) => f.code);
    for (const code of codes) expect(found).toContain(code);
    for (const code of absent) expect(found).not.toContain(code);
    if (verdict) expect(check.verdict).toBe(verdict);
    for (const finding of check.findings) {
      for (const span of finding.spans ?? []) {
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(text.length);
        expect(span.end).toBeGreaterThanOrEqual(span.start);
      }
    }
  });

  it('points at the exact characters: the single-dash option, the misspelt name, the echo', () => {
    const at = (text: string, code: string) => {
      const finding = checkRequest(text).findings.find((f) => f.code === code)!;
      return finding.spans!.map((s) => text.slice(s.start, s.end));
    };
    expect(at(BACKUP_PAGE_CURL, 'CURL_SINGLE_DASH_LONG_OPTION')).toEqual(['-header']);
    expect(at(CLOUD_12617, 'HEADER_NAME_MISSPELLED')).toEqual(['Authrorization']);
    expect(at(CLOUD_12617, 'LINE_CONTINUATION_MISSING')).toEqual(['--url', '--header']);
    expect(at(ECHO_WITHOUT_N, 'BASE64_TRAILING_NEWLINE')).toEqual(['echo user@example.com:api_token_string']);
    expect(at(BACKUP_PAGE_POWERSHELL, 'SMART_QUOTES')).toEqual(['‘', '’']);
    expect(
      at(
        `curl -u 'ada@acme.example:${TOKEN}' 'https://acme.atlassian.net/rest/api/2/search?jql=x'`,
        'REMOVED_ENDPOINT',
      ),
    ).toEqual(['/search']);
  });

  it('reads what the credential is, redacted, and derives a profile to save or diagnose', () => {
    const check = checkRequest(
      `curl -H "Authorization: Basic $(echo -n 'ada@acme.example:${TOKEN}' | base64)" https://acme.atlassian.net/rest/api/3/myself`,
    );
    expect(check.facts.identity).toEqual({
      scheme: 'basic',
      emailMasked: 'a…a@acme.example',
      fingerprint: 'ATATT…1A2B',
    });
    expect(check.facts.profile).toEqual({
      kind: 'cloud-api-token',
      siteUrl: 'https://acme.atlassian.net',
      email: 'ada@acme.example',
      apiToken: TOKEN,
    });
    expect(JSON.stringify(check.findings)).not.toContain(TOKEN);
    expect(JSON.stringify(check.findings)).not.toContain(TOKEN.slice(10, 30));
  });

  it('never puts the secret in a finding, even when the credential is wrong', () => {
    for (const text of [
      `curl -H "Authorization: Bearer ${TOKEN}" https://acme.atlassian.net/rest/api/3/myself`,
      `curl -u '${TOKEN}:ada@acme.example' https://acme.atlassian.net/`,
      `Authorization: Basic ${B64(`ada@acme.example:${TOKEN}\n`)}`,
      `echo ${TOKEN} | base64`,
    ]) {
      expect(JSON.stringify(checkRequest(text).findings)).not.toContain(TOKEN.slice(5, 30));
    }
  });

  it('says why no profile can be derived', () => {
    expect(checkRequest(BACKUP_PAGE_CURL).facts.profileUnavailable).toBe('the credential is a placeholder');
    expect(
      checkRequest(`curl -u 'ada@acme.example:${TOKEN}' https://api.atlassian.com/ex/jira/x/rest/api/3/myself`).facts
        .profileUnavailable,
    ).toMatch(/gateway/);
    expect(checkRequest('curl https://acme.atlassian.net/rest/api/3/myself').facts.profileUnavailable).toBe(
      'the request sends no credential',
    );
  });

  it('says what it could not read', () => {
    const check = checkRequest(CLOUD_12617);
    expect(check.facts.request.notes.map((n) => n.text).join('\n')).toMatch(/more URLs to fetch: I am running/);
    const unclosed = checkRequest(`curl -u 'ada@acme.example:${TOKEN} https://acme.atlassian.net/`);
    expect(unclosed.facts.request.notes.map((n) => n.text).join('\n')).toMatch(/never closed/);
  });
});
