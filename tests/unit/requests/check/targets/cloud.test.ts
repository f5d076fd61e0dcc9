/**
 * Jira Cloud requests, on the site and through the gateway, Government Cloud, JSM operations and
 * the admin API: the credential construction and request shape mistakes, and a negative table of
 * correct requests of each.
 */
import { describe } from 'vitest';
import { B64, CLOUD_ID, type Case, correctedChecksClean, PAT, runCases, TOKEN } from './table';

const SITE = 'https://acme.atlassian.net';
const EMAIL = 'ada@acme.example';
const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

const RULES: Case[] = [
  {
    name: 'curl: the Authorization value is a curl -u argument',
    text: `curl -H "Authorization: -u ${EMAIL}:${TOKEN}" ${SITE}/rest/api/3/myself`,
    target: 'jira-cloud',
    codes: ['AUTH_SCHEME_MISSING'],
    absent: ['REQUEST_WELL_FORMED'],
    verdict: 'error',
    corrected: [`-u "${EMAIL}:$ATLASSIAN_API_TOKEN"`],
  },
  {
    name: 'raw HTTP: a bare email:token, without Basic and without base64',
    text: `GET /rest/api/3/myself HTTP/1.1\nHost: acme.atlassian.net\nAuthorization: ${EMAIL}:${TOKEN}`,
    target: 'jira-cloud',
    codes: ['AUTH_SCHEME_MISSING'],
    verdict: 'error',
    corrected: [`Authorization: Basic <base64 of ${EMAIL}:<API token>>`],
  },
  {
    name: 'curl: the token without the email',
    text: `curl -u :${TOKEN} ${SITE}/rest/api/3/myself`,
    target: 'jira-cloud',
    codes: ['TOKEN_WITHOUT_EMAIL'],
  },
  {
    name: 'raw HTTP: base64 of email:token\\n (echo without -n, an online encoder)',
    text: `GET /rest/api/3/myself HTTP/1.1\nHost: acme.atlassian.net\nAuthorization: Basic ${B64(`${EMAIL}:${TOKEN}\n`)}`,
    target: 'jira-cloud',
    codes: ['BASE64_TRAILING_NEWLINE'],
  },
  {
    name: 'curl: a Cloud API token as Bearer',
    text: `curl -H "Authorization: Bearer ${TOKEN}" ${SITE}/rest/api/3/myself`,
    target: 'jira-cloud',
    codes: ['BEARER_WITH_API_TOKEN'],
    corrected: ['-u "you@example.com:$ATLASSIAN_API_TOKEN"'],
  },
  {
    name: 'curl: a Data Center PAT as Bearer to a Cloud site',
    text: `curl -H "Authorization: Bearer ${PAT}" ${SITE}/rest/api/3/myself`,
    target: 'jira-cloud',
    codes: ['PAT_ON_CLOUD'],
    absent: ['BEARER_WITH_API_TOKEN'],
    corrected: ['-u "you@example.com:$ATLASSIAN_API_TOKEN"'],
  },
  {
    name: 'PowerShell: -Credential against Cloud',
    text: `$cred = Get-Credential\nInvoke-RestMethod -Uri '${SITE}/rest/api/3/myself' -Credential $cred`,
    target: 'jira-cloud',
    codes: ['POWERSHELL_CREDENTIAL_NOT_SENT'],
    absent: ['NO_CREDENTIALS_SENT'],
    verdict: 'error',
    corrected: ["Authorization = 'Basic ' + [Convert]::ToBase64String", '$env:ATLASSIAN_API_TOKEN'],
    notCorrected: ['-Credential'],
  },
  {
    name: 'PowerShell: Invoke-WebRequest -Headers given a string',
    text: `Invoke-WebRequest -Uri '${SITE}/rest/api/3/myself' -Headers "Authorization: Basic ${B64(`${EMAIL}:${TOKEN}`)}"`,
    target: 'jira-cloud',
    codes: ['POWERSHELL_HEADERS_NOT_HASHTABLE'],
    verdict: 'error',
    corrected: ['$Headers = @{', `$Credential = '${EMAIL}:' + $env:ATLASSIAN_API_TOKEN`],
  },
  {
    name: 'PowerShell 5.1: no TLS 1.2 (a hint)',
    text: `$Headers = @{ Authorization = 'Basic ${B64(`${EMAIL}:${TOKEN}`)}' }\nInvoke-RestMethod -Uri '${SITE}/rest/api/3/myself' -Headers $Headers -UseBasicParsing`,
    target: 'jira-cloud',
    codes: ['POWERSHELL_TLS12_NOT_FORCED'],
    verdict: 'ok',
    corrected: ['[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12'],
  },
  {
    name: 'curl: a POST with a browser User-Agent and no X-Atlassian-Token',
    text: `curl -X POST -A "${CHROME}" -u ${EMAIL}:${TOKEN} -H 'Content-Type: application/json' --data '{"fields":{}}' ${SITE}/rest/api/3/issue`,
    target: 'jira-cloud',
    codes: ['XSRF_BLOCKED'],
    verdict: 'error',
    corrected: ["-H 'X-Atlassian-Token: no-check'"],
  },
  {
    name: 'raw HTTP: a PUT with a browser User-Agent header',
    text: `PUT /rest/api/3/issue/KEY-1 HTTP/1.1\nHost: acme.atlassian.net\nUser-Agent: ${CHROME}\nAuthorization: Basic ${B64(`${EMAIL}:${TOKEN}`)}\nContent-Type: application/json\n\n{"fields":{}}`,
    target: 'jira-cloud',
    codes: ['XSRF_BLOCKED'],
    corrected: ['X-Atlassian-Token: no-check'],
  },
  {
    name: 'PowerShell: a DELETE with -UserAgent of a browser',
    text: `$Headers = @{ Authorization = 'Basic ${B64(`${EMAIL}:${TOKEN}`)}' }\nInvoke-RestMethod -Method Delete -Uri '${SITE}/rest/api/3/issue/KEY-1' -Headers $Headers -UserAgent '${CHROME}'`,
    target: 'jira-cloud',
    codes: ['XSRF_BLOCKED'],
    corrected: ["'X-Atlassian-Token' = 'no-check'"],
  },
  {
    name: 'curl: an upload without X-Atlassian-Token',
    text: `curl -u ${EMAIL}:${TOKEN} -F "file=@report.pdf" ${SITE}/rest/api/3/issue/KEY-1/attachments`,
    target: 'jira-cloud',
    codes: ['UPLOAD_WITHOUT_XSRF_HEADER'],
    corrected: ["-H 'X-Atlassian-Token: no-check'"],
  },
  {
    name: 'curl: JQL encoded twice (%253D, %2520)',
    text: `curl -u ${EMAIL}:${TOKEN} "${SITE}/rest/api/3/search/jql?jql=project%253DKEY%2520AND%2520status%253DDone"`,
    target: 'jira-cloud',
    codes: ['JQL_DOUBLE_ENCODED'],
    verdict: 'error',
    corrected: ['jql=project%3DKEY%20AND%20status%3DDone'],
  },
  {
    name: 'raw HTTP: a percent-encoded & inside a JSON body JQL',
    text: `POST /rest/api/3/search/jql HTTP/1.1\nHost: acme.atlassian.net\nAuthorization: Basic ${B64(`${EMAIL}:${TOKEN}`)}\nContent-Type: application/json\n\n{"jql":"component = \\"Research %26 Architecture\\""}`,
    target: 'jira-cloud',
    codes: ['JQL_DOUBLE_ENCODED'],
  },
  {
    name: 'curl: -d turns a GET of /search/jql into a POST',
    text: `curl -u ${EMAIL}:${TOKEN} -d 'jql=project=KEY' -d 'maxResults=10' ${SITE}/rest/api/3/search/jql`,
    target: 'jira-cloud',
    codes: ['DATA_TURNS_GET_INTO_POST'],
    verdict: 'warning',
    corrected: ['-G'],
  },
  {
    name: 'curl: -d issue.json sends the file name',
    text: `curl -u ${EMAIL}:${TOKEN} -H 'Content-Type: application/json' -d issue.json ${SITE}/rest/api/3/issue`,
    target: 'jira-cloud',
    codes: ['CURL_DATA_FILE_WITHOUT_AT'],
    corrected: ['--data-binary @issue.json'],
  },
  {
    name: 'curl: a $ inside double quotes is expanded by the shell',
    text: `curl -u "${EMAIL}:Secr3t$word9" ${SITE}/rest/api/3/myself`,
    target: 'jira-cloud',
    codes: ['SHELL_EXPANDS_DOLLAR'],
  },
  {
    name: 'cmd.exe: % in a batch file',
    text: `curl.exe -u "${EMAIL}:${TOKEN}" ^\r\n  "${SITE}/rest/api/3/search/jql?jql=project%3DKEY"`,
    target: 'jira-cloud',
    codes: ['BATCH_PERCENT_NOT_DOUBLED'],
    verdict: 'warning',
  },
  {
    name: 'cmd.exe: single quotes',
    text: `curl -u "${EMAIL}:${TOKEN}" ^\r\n  -H 'Accept: application/json' ^\r\n  ${SITE}/rest/api/3/myself`,
    target: 'jira-cloud',
    codes: ['CMD_SINGLE_QUOTES'],
    verdict: 'error',
  },
  {
    name: "raw HTTP: copied from a browser's network panel (Origin, Sec-Fetch-*)",
    text: `GET /rest/api/3/myself HTTP/1.1\nHost: acme.atlassian.net\nOrigin: https://app.example.com\nSec-Fetch-Mode: cors\nSec-Fetch-Site: cross-site\nAuthorization: Basic ${B64(`${EMAIL}:${TOKEN}`)}`,
    target: 'jira-cloud',
    codes: ['CORS_FROM_WEB_PAGE'],
    verdict: 'error',
    notCorrected: ['Origin:', 'Sec-Fetch'],
  },
  {
    name: 'curl: a scoped token on the site URL goes to the gateway',
    text: `curl -u ${EMAIL}:${TOKEN} ${SITE}/rest/api/3/myself`,
    target: 'jira-cloud',
    scoped: true,
    codes: ['SCOPED_TOKEN_ON_SITE_URL'],
    corrected: ['https://api.atlassian.com/ex/jira/{cloudId}/rest/api/3/myself'],
  },
  {
    name: 'Government Cloud: recognised; a scoped token goes to its own gateway',
    text: `curl -u ${EMAIL}:${TOKEN} https://acme.atlassian-us-gov-mod.net/rest/api/3/myself`,
    target: 'gov-cloud',
    scoped: true,
    codes: ['GOV_CLOUD_SITE'],
    absent: ['NOT_ATLASSIAN_CLOUD_HOST'],
    corrected: ['https://api.atlassian-us-gov-mod.com/ex/jira/{cloudId}/rest/api/3/myself'],
    notCorrected: ['api.atlassian.com'],
  },
  {
    name: 'JSM operations: a GenieKey on the REST API, which wants Basic',
    text: `curl -H "Authorization: GenieKey 1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d" https://api.atlassian.com/jsm/ops/api/${CLOUD_ID}/v1/alerts`,
    target: 'jsm-ops',
    codes: ['JSM_OPS_WRONG_SCHEME'],
    corrected: ['-u "you@example.com:$ATLASSIAN_API_TOKEN"'],
  },
  {
    name: 'Opsgenie: Basic where a GenieKey is due',
    text: `curl -u ${EMAIL}:${TOKEN} -X POST --json '{"message":"disk full"}' https://api.opsgenie.com/v2/alerts`,
    target: 'jsm-ops',
    codes: ['JSM_OPS_WRONG_SCHEME'],
    corrected: ['-H "Authorization: GenieKey $OPSGENIE_API_KEY"'],
  },
  {
    name: 'admin API: a personal email:token',
    text: `curl -u ${EMAIL}:${TOKEN} https://api.atlassian.com/admin/v1/orgs`,
    target: 'admin-api',
    codes: ['PERSONAL_TOKEN_ON_ADMIN_API'],
    corrected: ['-H "Authorization: Bearer $ATLASSIAN_ADMIN_KEY"'],
  },
];

const CORRECT: Case[] = [
  {
    name: 'curl: email:token on the site',
    text: `curl -u ${EMAIL}:${TOKEN} ${SITE}/rest/api/3/myself`,
    target: 'jira-cloud',
    verdict: 'ok',
  },
  {
    name: 'raw HTTP: a Basic header through the gateway',
    text: `GET /ex/jira/${CLOUD_ID}/rest/api/3/myself HTTP/1.1\nHost: api.atlassian.com\nAuthorization: Basic ${B64(`${EMAIL}:${TOKEN}`)}`,
    target: 'jira-gateway',
    verdict: 'ok',
  },
  {
    name: 'PowerShell 7: an explicit Basic header',
    text: `$Text = '${EMAIL}:${TOKEN}'\n$B64 = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($Text))\nInvoke-RestMethod -Uri '${SITE}/rest/api/3/myself' -Headers @{ Authorization = "Basic $B64" } -SkipCertificateCheck`,
    target: 'jira-cloud',
    verdict: 'ok',
  },
  {
    name: 'PowerShell 5.1 with TLS 1.2 forced',
    text: `[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12\n$Headers = @{ Authorization = 'Basic ${B64(`${EMAIL}:${TOKEN}`)}' }\nInvoke-RestMethod -Uri '${SITE}/rest/api/3/myself' -Headers $Headers`,
    target: 'jira-cloud',
    verdict: 'ok',
    absent: ['POWERSHELL_TLS12_NOT_FORCED'],
  },
  {
    name: 'curl: a POST with a browser User-Agent and X-Atlassian-Token: no-check',
    text: `curl -X POST -A "${CHROME}" -H 'X-Atlassian-Token: no-check' -u ${EMAIL}:${TOKEN} --json '{"fields":{}}' ${SITE}/rest/api/3/issue`,
    target: 'jira-cloud',
    verdict: 'ok',
  },
  {
    name: 'curl: a GET with a browser User-Agent (GETs are exempt from the XSRF check)',
    text: `curl -A "${CHROME}" -u ${EMAIL}:${TOKEN} ${SITE}/rest/api/3/myself`,
    target: 'jira-cloud',
    verdict: 'ok',
  },
  {
    name: 'curl: JQL encoded once, with -G',
    text: `curl -G -u ${EMAIL}:${TOKEN} --data-urlencode 'jql=project = KEY' ${SITE}/rest/api/3/search/jql`,
    target: 'jira-cloud',
    verdict: 'ok',
  },
  {
    name: 'curl: -d @issue.json',
    text: `curl -u ${EMAIL}:${TOKEN} -H 'Content-Type: application/json' -d @issue.json ${SITE}/rest/api/3/issue`,
    target: 'jira-cloud',
    verdict: 'ok',
  },
  {
    name: 'an OAuth access token as Bearer through the gateway',
    text: `curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg" https://api.atlassian.com/ex/jira/${CLOUD_ID}/rest/api/3/myself`,
    target: 'jira-gateway',
    verdict: 'ok',
  },
  {
    name: 'Government Cloud: email:token on its site',
    text: `curl -u ${EMAIL}:${TOKEN} https://acme.atlassian-us-gov-mod.net/rest/api/3/myself`,
    target: 'gov-cloud',
    verdict: 'ok',
  },
  {
    name: 'JSM operations: Basic on the REST API',
    text: `curl -u ${EMAIL}:${TOKEN} https://api.atlassian.com/jsm/ops/api/${CLOUD_ID}/v1/alerts`,
    target: 'jsm-ops',
    verdict: 'ok',
  },
  {
    name: 'JSM operations: a GenieKey for integration events',
    text: `curl -X POST -H "Authorization: GenieKey 1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d" --json '{"message":"disk full"}' https://api.atlassian.com/jsm/ops/integration/v2/alerts`,
    target: 'jsm-ops',
    verdict: 'ok',
  },
  {
    name: 'admin API: an organization key as Bearer',
    text: `curl -H "Authorization: Bearer ATCTT3xFfGF0T0rgKeyValue0123456789abcdef" https://api.atlassian.com/admin/v1/orgs`,
    target: 'admin-api',
    verdict: 'ok',
  },
  {
    name: 'raw HTTP from an extension page (Origin chrome-extension://)',
    text: `GET /rest/api/3/myself HTTP/1.1\nHost: acme.atlassian.net\nOrigin: chrome-extension://abcdefghijklmnop\nSec-Fetch-Mode: cors\nAuthorization: Basic ${B64(`${EMAIL}:${TOKEN}`)}`,
    target: 'jira-cloud',
    verdict: 'ok',
  },
];

describe('Check a request: Jira Cloud, the gateway, Government Cloud, JSM operations, the admin API', () => {
  runCases(RULES);
  correctedChecksClean(
    RULES.filter(
      (c) =>
        c.corrected &&
        !c.corrected.some((t) => t.includes('you@example.com') || t.includes('{cloudId}')) &&
        !/cmd\.exe|scoped|\$ inside|GenieKey|admin/.test(c.name),
    ),
  );
});

describe('Check a request: correct Cloud requests get no error', () => {
  runCases(CORRECT);
});
