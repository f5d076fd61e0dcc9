/**
 * Jira and Confluence Data Center requests, as pasted from scripts and tickets (curl, raw HTTP,
 * PowerShell): the mistakes of that target, and a negative table proving that a correct Data
 * Center request — a username and its password, a personal access token as Bearer — gets no error.
 */
import { describe } from 'vitest';
import { B64, type Case, correctedChecksClean, PAT, runCases, TOKEN } from './table';

const DC = 'https://jira.example.com';

const RULES: Case[] = [
  {
    name: 'curl: a PAT as the password of -u user:PAT',
    text: `curl -u jdoe:${PAT} ${DC}/rest/api/2/myself`,
    target: 'jira-dc',
    codes: ['PAT_SENT_AS_BASIC'],
    absent: ['NOT_ATLASSIAN_CLOUD_HOST', 'EMAIL_NOT_AN_EMAIL'],
    verdict: 'error',
    corrected: ['-H "Authorization: Bearer $JIRA_PAT"', `${DC}/rest/api/2/myself`],
    notCorrected: ['-u '],
  },
  {
    name: 'raw HTTP: base64 of user:PAT',
    text: `GET /rest/api/2/myself HTTP/1.1\nHost: jira.example.com\nAuthorization: Basic ${B64(`jdoe:${PAT}`)}`,
    target: 'jira-dc',
    codes: ['PAT_SENT_AS_BASIC'],
    verdict: 'error',
    corrected: ['Authorization: Bearer <personal access token>', 'Host: jira.example.com'],
  },
  {
    name: 'curl: the PAT itself after "Basic"',
    text: `curl -H "Authorization: Basic ${PAT}" ${DC}/rest/api/2/myself`,
    target: 'jira-dc',
    codes: ['PAT_SENT_AS_BASIC'],
    absent: ['BASIC_NOT_ENCODED'],
    corrected: ['Authorization: Bearer $JIRA_PAT'],
  },
  {
    name: 'PowerShell: base64 of user:PAT built in the script',
    text: `$pair = 'jdoe:${PAT}'\n$b64 = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($pair))\nInvoke-RestMethod -Uri '${DC}/rest/api/2/myself' -Headers @{ Authorization = "Basic $b64" }`,
    target: 'jira-dc',
    codes: ['PAT_SENT_AS_BASIC'],
    corrected: ["Authorization = 'Bearer ' + $env:JIRA_PAT"],
  },
  {
    name: 'curl: a Cloud email:API token against a self-hosted Jira',
    text: `curl -u ada@acme.example:${TOKEN} ${DC}/rest/api/2/myself`,
    target: 'jira-dc',
    codes: ['CLOUD_TOKEN_ON_DATA_CENTER'],
    absent: ['NOT_ATLASSIAN_CLOUD_HOST', 'DC_LOGIN_CASE_SENSITIVE'],
    verdict: 'error',
    corrected: ['Authorization: Bearer $JIRA_PAT'],
  },
  {
    name: 'raw HTTP: a Cloud API token as Bearer to Data Center',
    text: `GET /rest/api/2/myself HTTP/1.1\nHost: jira.example.com\nAuthorization: Bearer ${TOKEN}`,
    target: 'jira-dc',
    codes: ['CLOUD_TOKEN_ON_DATA_CENTER'],
    absent: ['BEARER_WITH_API_TOKEN'],
  },
  {
    name: 'curl: /rest/api/3 and /search/jql on Data Center',
    text: `curl -H "Authorization: Bearer ${PAT}" "${DC}/rest/api/3/search/jql?jql=project%3DKEY"`,
    target: 'jira-dc',
    codes: ['WRONG_API_VERSION_FOR_DATA_CENTER'],
    absent: ['REMOVED_ENDPOINT'],
    verdict: 'warning',
    corrected: [`${DC}/rest/api/2/search?jql=project%3DKEY`],
  },
  {
    name: 'PowerShell: /rest/api/3 on Data Center',
    text: `$Headers = @{ Authorization = 'Bearer ${PAT}' }\nInvoke-RestMethod -Uri '${DC}/rest/api/3/myself' -Headers $Headers`,
    target: 'jira-dc',
    codes: ['WRONG_API_VERSION_FOR_DATA_CENTER'],
    corrected: [`-Uri '${DC}/rest/api/2/myself'`],
  },
  {
    name: 'curl: the email where Data Center wants the username',
    text: `curl -u "Ada.Lovelace@acme.example:s3cret-passw0rd" ${DC}/rest/api/2/myself`,
    target: 'jira-dc',
    codes: ['DC_LOGIN_CASE_SENSITIVE'],
    absent: ['EMAIL_NOT_AN_EMAIL', 'CLOUD_TOKEN_ON_DATA_CENTER'],
    verdict: 'warning',
  },
  {
    name: 'curl: Confluence Data Center under /wiki',
    text: `curl -H "Authorization: Bearer ${PAT}" https://wiki.example.com/wiki/rest/api/content/123`,
    target: 'confluence-dc',
    codes: ['CONFLUENCE_DC_UNDER_WIKI'],
    verdict: 'warning',
  },
  {
    name: 'raw HTTP: /rest/api/1.0 on Confluence Data Center',
    text: `GET /rest/api/1.0/content/123 HTTP/1.1\nHost: confluence.example.com\nAuthorization: Bearer ${PAT}`,
    target: 'confluence-dc',
    codes: ['CONFLUENCE_DC_API_1_0'],
    verdict: 'error',
    corrected: ['GET /rest/api/content/123 HTTP/1.1'],
  },
  {
    name: 'curl: the Authorization value is "-u user:PAT"',
    text: `curl -H "Authorization: -u jdoe:${PAT}" ${DC}/rest/api/2/myself`,
    target: 'jira-dc',
    codes: ['AUTH_SCHEME_MISSING', 'PAT_SENT_AS_BASIC'],
    corrected: ['Authorization: Bearer $JIRA_PAT'],
  },
  {
    name: 'raw HTTP: python-requests default User-Agent to a self-hosted server (a hint)',
    text: `GET /rest/api/2/myself HTTP/1.1\nHost: jira.example.com\nUser-Agent: python-requests/2.31.0\nAuthorization: Bearer ${PAT}`,
    target: 'jira-dc',
    codes: ['DEFAULT_USER_AGENT_BLOCKED'],
    verdict: 'ok',
  },
  {
    name: 'curl: http:// to a Data Center server (a warning, kept as is)',
    text: `curl -H "Authorization: Bearer ${PAT}" http://jira.example.com:8080/rest/api/2/myself`,
    target: 'jira-dc',
    codes: ['HTTP_NOT_HTTPS'],
    verdict: 'warning',
    corrected: ['http://jira.example.com:8080/rest/api/2/myself'],
  },
];

/** Correct Data Center requests: none of them is called wrong. */
const CORRECT: Case[] = [
  {
    name: 'curl: a PAT as Bearer',
    text: `curl -H "Authorization: Bearer ${PAT}" ${DC}/rest/api/2/myself`,
    target: 'jira-dc',
    verdict: 'ok',
    codes: ['REQUEST_WELL_FORMED'],
  },
  {
    name: 'curl: a username and its password (a username is no error on Data Center)',
    text: `curl -u jdoe:s3cret-passw0rd ${DC}/rest/api/2/myself`,
    target: 'jira-dc',
    verdict: 'ok',
    absent: ['EMAIL_NOT_AN_EMAIL', 'NOT_ATLASSIAN_CLOUD_HOST', 'TOKEN_LOOKS_LIKE_PASSWORD'],
  },
  {
    name: 'raw HTTP: a PAT as Bearer under a /jira context path',
    text: `GET /jira/rest/api/2/issue/KEY-1 HTTP/1.1\nHost: intranet.example.com\nAuthorization: Bearer ${PAT}`,
    target: 'jira-dc',
    verdict: 'ok',
  },
  {
    name: 'raw HTTP: /rest/api/2/search on Data Center is not the removed Cloud search',
    text: `GET /rest/api/2/search?jql=project%3DKEY HTTP/1.1\nHost: jira.example.com\nAuthorization: Bearer ${PAT}`,
    target: 'jira-dc',
    verdict: 'ok',
    absent: ['REMOVED_ENDPOINT'],
  },
  {
    name: 'PowerShell 7: a PAT as Bearer',
    text: `Invoke-RestMethod -Uri '${DC}/rest/api/2/myself' -Headers @{ Authorization = 'Bearer ${PAT}' } -SkipCertificateCheck`,
    target: 'jira-dc',
    verdict: 'ok',
  },
  {
    name: 'curl: Confluence Data Center with a PAT',
    text: `curl -H "Authorization: Bearer ${PAT}" https://confluence.example.com/rest/api/content?spaceKey=DEV`,
    target: 'confluence-dc',
    verdict: 'ok',
  },
  {
    name: 'curl: a Data Center service account OAuth token (a JWT) as Bearer',
    text: `curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzdmMifQ.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg" ${DC}/rest/api/2/myself`,
    target: 'jira-dc',
    verdict: 'ok',
  },
];

describe('Check a request: Jira and Confluence Data Center', () => {
  runCases(RULES);
  correctedChecksClean(RULES.filter((c) => c.corrected && !c.name.includes('Cloud') && !c.name.includes('http://')));
});

describe('Check a request: correct Data Center requests get no error', () => {
  runCases(CORRECT);
});
