/**
 * Confluence Cloud and Bitbucket Cloud requests: /wiki is right on Confluence Cloud, Basic
 * email:token is right for a Bitbucket API token and Bearer for its access tokens; the mistakes
 * of each target, in curl, raw HTTP and PowerShell.
 */
import { describe } from 'vitest';
import { B64, CLOUD_ID, type Case, correctedChecksClean, runCases, TOKEN } from './table';

const SITE = 'https://acme.atlassian.net';
const EMAIL = 'ada@acme.example';
const OAUTH = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg';
const ACCESS = 'ATCTT3xFfGF0RepoAccessToken0123456789abcdefGHIJ';
const APP_PASSWORD = 'ATBB3xFfGF0AppPassword0123456789ab';

const CONFLUENCE: Case[] = [
  {
    name: 'curl: a Confluence path without /wiki on the site',
    text: `curl -u ${EMAIL}:${TOKEN} "${SITE}/rest/api/content/123?expand=body.storage"`,
    target: 'confluence-cloud',
    codes: ['CONFLUENCE_URL_MISSING_WIKI'],
    verdict: 'error',
    corrected: [`${SITE}/wiki/rest/api/content/123?expand=body.storage`],
  },
  {
    name: 'raw HTTP: /api/v2 without /wiki',
    text: `GET /api/v2/spaces?limit=1 HTTP/1.1\nHost: acme.atlassian.net\nAuthorization: Basic ${B64(`${EMAIL}:${TOKEN}`)}`,
    target: 'confluence-cloud',
    codes: ['CONFLUENCE_URL_MISSING_WIKI'],
    corrected: ['GET /wiki/api/v2/spaces?limit=1 HTTP/1.1'],
  },
  {
    name: 'curl: /wiki/wiki',
    text: `curl -u ${EMAIL}:${TOKEN} ${SITE}/wiki/wiki/rest/api/space`,
    target: 'confluence-cloud',
    codes: ['CONFLUENCE_WIKI_DOUBLED'],
    absent: ['URL_HAS_EXTRA_PATH'],
    corrected: [`${SITE}/wiki/rest/api/space`],
    notCorrected: ['/wiki/wiki'],
  },
  {
    name: 'PowerShell: v2 written under /rest',
    text: `$Headers = @{ Authorization = 'Basic ${B64(`${EMAIL}:${TOKEN}`)}' }\nInvoke-RestMethod -Uri '${SITE}/wiki/rest/api/v2/pages/123' -Headers $Headers -SkipCertificateCheck`,
    target: 'confluence-cloud',
    codes: ['CONFLUENCE_V2_PATH_WRONG'],
    corrected: [`${SITE}/wiki/api/v2/pages/123`],
  },
  {
    name: 'curl: a removed v1 endpoint through the gateway (the credential is fine)',
    text: `curl -u ${EMAIL}:${TOKEN} https://api.atlassian.com/ex/confluence/${CLOUD_ID}/wiki/rest/api/space?limit=1`,
    target: 'confluence-cloud',
    codes: ['CONFLUENCE_V1_ENDPOINT_REMOVED'],
    absent: ['CREDENTIALS_REJECTED'],
    corrected: [`https://api.atlassian.com/ex/confluence/${CLOUD_ID}/wiki/api/v2/spaces?limit=1`],
  },
  {
    name: 'raw HTTP: a removed v1 endpoint with an OAuth token',
    text: `GET /ex/confluence/${CLOUD_ID}/wiki/rest/api/content/123 HTTP/1.1\nHost: api.atlassian.com\nAuthorization: Bearer ${OAUTH}`,
    target: 'confluence-cloud',
    codes: ['CONFLUENCE_V1_ENDPOINT_REMOVED'],
    corrected: [`GET /ex/confluence/${CLOUD_ID}/wiki/api/v2/pages/123 HTTP/1.1`],
  },
  {
    name: 'curl: a scoped token on the site goes to /ex/confluence',
    text: `curl -u ${EMAIL}:${TOKEN} ${SITE}/wiki/api/v2/spaces`,
    target: 'confluence-cloud',
    scoped: true,
    codes: ['SCOPED_TOKEN_ON_SITE_URL'],
    corrected: ['https://api.atlassian.com/ex/confluence/{cloudId}/wiki/api/v2/spaces'],
  },
];

const CONFLUENCE_CORRECT: Case[] = [
  {
    name: 'curl: /wiki on the site is right for Confluence Cloud',
    text: `curl -u ${EMAIL}:${TOKEN} ${SITE}/wiki/rest/api/user/current`,
    target: 'confluence-cloud',
    verdict: 'ok',
    absent: ['URL_HAS_EXTRA_PATH'],
  },
  {
    name: 'raw HTTP: v2 through the gateway',
    text: `GET /ex/confluence/${CLOUD_ID}/wiki/api/v2/spaces?limit=1 HTTP/1.1\nHost: api.atlassian.com\nAuthorization: Basic ${B64(`${EMAIL}:${TOKEN}`)}`,
    target: 'confluence-cloud',
    verdict: 'ok',
  },
  {
    name: 'curl: v1 user/current is still served to OAuth through the gateway',
    text: `curl -H "Authorization: Bearer ${OAUTH}" https://api.atlassian.com/ex/confluence/${CLOUD_ID}/wiki/rest/api/user/current`,
    target: 'confluence-cloud',
    verdict: 'ok',
  },
  {
    name: 'PowerShell 7: v1 content on the site with Basic',
    text: `Invoke-RestMethod -Uri '${SITE}/wiki/rest/api/content/123' -Headers @{ Authorization = 'Basic ${B64(`${EMAIL}:${TOKEN}`)}' } -SkipCertificateCheck`,
    target: 'confluence-cloud',
    verdict: 'ok',
  },
];

const BITBUCKET: Case[] = [
  {
    name: 'curl: an Atlassian API token as Bearer',
    text: `curl -H "Authorization: Bearer ${TOKEN}" https://api.bitbucket.org/2.0/user`,
    target: 'bitbucket-cloud',
    codes: ['BITBUCKET_TOKEN_AS_BEARER'],
    absent: ['BEARER_WITH_API_TOKEN'],
    verdict: 'error',
    corrected: ['-u "you@example.com:$BITBUCKET_API_TOKEN"'],
  },
  {
    name: 'curl: an API token with an empty username',
    text: `curl -u :${TOKEN} https://api.bitbucket.org/2.0/workspaces/acme`,
    target: 'bitbucket-cloud',
    codes: ['BITBUCKET_TOKEN_AS_BEARER'],
    corrected: ['-u "you@example.com:$BITBUCKET_API_TOKEN"'],
  },
  {
    name: 'raw HTTP: the Bitbucket username where the email is due',
    text: `GET /2.0/repositories/acme?pagelen=1 HTTP/1.1\nHost: api.bitbucket.org\nAuthorization: Basic ${B64(`ada_lovelace:${TOKEN}`)}`,
    target: 'bitbucket-cloud',
    codes: ['BITBUCKET_USERNAME_FOR_API_TOKEN'],
    corrected: ['Authorization: Basic <base64 of you@example.com:<API token>>'],
  },
  {
    name: 'curl: an app password (retired)',
    text: `curl -u ada_lovelace:${APP_PASSWORD} https://api.bitbucket.org/2.0/user`,
    target: 'bitbucket-cloud',
    codes: ['APP_PASSWORD_RETIRED'],
    verdict: 'error',
    corrected: ['-u "you@example.com:$BITBUCKET_API_TOKEN"'],
  },
  {
    name: 'PowerShell: a repository access token as Basic',
    text: `$Text = 'x-token-auth:${ACCESS}'\n$B64 = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($Text))\nInvoke-RestMethod -Uri 'https://api.bitbucket.org/2.0/repositories/acme/app' -Headers @{ Authorization = "Basic $B64" } -SkipCertificateCheck`,
    target: 'bitbucket-cloud',
    codes: ['BITBUCKET_ACCESS_TOKEN_AS_BASIC'],
    corrected: ["Authorization = 'Bearer ' + $env:BITBUCKET_ACCESS_TOKEN"],
  },
];

const BITBUCKET_CORRECT: Case[] = [
  {
    name: 'curl: Basic email:API token is right for Bitbucket',
    text: `curl -u ${EMAIL}:${TOKEN} https://api.bitbucket.org/2.0/user`,
    target: 'bitbucket-cloud',
    verdict: 'ok',
    absent: ['NOT_ATLASSIAN_CLOUD_HOST', 'SITE_URL_REFUSES_SCOPED_TOKENS'],
  },
  {
    name: 'raw HTTP: a repository access token as Bearer',
    text: `GET /2.0/repositories/acme/app HTTP/1.1\nHost: api.bitbucket.org\nAuthorization: Bearer ${ACCESS}`,
    target: 'bitbucket-cloud',
    verdict: 'ok',
  },
  {
    name: 'PowerShell 7: Basic email:API token',
    text: `Invoke-RestMethod -Uri 'https://api.bitbucket.org/2.0/workspaces/acme' -Headers @{ Authorization = 'Basic ${B64(`${EMAIL}:${TOKEN}`)}' } -SkipCertificateCheck`,
    target: 'bitbucket-cloud',
    verdict: 'ok',
  },
];

describe('Check a request: Confluence Cloud', () => {
  runCases(CONFLUENCE);
  correctedChecksClean(CONFLUENCE.filter((c) => c.corrected && !c.scoped));
});

describe('Check a request: correct Confluence Cloud requests get no error', () => {
  runCases(CONFLUENCE_CORRECT);
});

describe('Check a request: Bitbucket Cloud', () => {
  runCases(BITBUCKET);
  correctedChecksClean(BITBUCKET.filter((c) => c.corrected));
});

describe('Check a request: correct Bitbucket Cloud requests get no error', () => {
  runCases(BITBUCKET_CORRECT);
});
