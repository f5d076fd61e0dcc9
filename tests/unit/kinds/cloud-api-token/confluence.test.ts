/**
 * A Confluence integration's classification, table-driven over Confluence's answers as they are
 * documented and reported: which findings each combination of probe answers gives, top first.
 */
import { classifyCloud, type CloudObservations } from '../../../../lib/kinds/cloud-api-token/classify';
import { lintCloudApiToken } from '../../../../lib/kinds/cloud-api-token/lint';
import { verdictOf } from '../../../../lib/model/verdict';
import type { Observation } from '../../../../lib/model/report';
import { obs } from '../observation';

const CLOUD_ID = '1324a887-45db-1bf4-1e99-ef0ff456d421';
const TOKEN = `ATATT3xFfGF0${'x1Y2z3'.repeat(30)}=ABCD1234`;
const wiki = lintCloudApiToken({ siteUrl: 'https://acme.atlassian.net/wiki', email: 'ada@acme.test', apiToken: TOKEN });
const bot = lintCloudApiToken({
  siteUrl: 'https://acme.atlassian.net/wiki',
  email: 'bot@serviceaccount.atlassian.com',
  apiToken: TOKEN,
});

const basic = { auth: 'basic' as const };
const tenant = obs('tenant-info', 200, { cloudId: CLOUD_ID }, {}, { auth: 'none' });
const user = (id: 'confluence-site-user' | 'confluence-gateway-user') =>
  obs(
    id,
    200,
    { type: 'known', accountId: '5b10a2844c20165700ede21g', displayName: 'Ada Admin', email: 'ada@acme.test' },
    {},
    basic,
  );
const spaces = obs('confluence-gateway-spaces', 200, { results: [{ id: '1', key: 'ACME' }], _links: {} }, {}, basic);
const myself = (id: 'site-myself' | 'gateway-myself') =>
  obs(id, 200, { accountId: '5b10a2844c20165700ede21g', displayName: 'Ada Admin' }, {}, basic);
// https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md: a scoped token on the site → Tomcat HTML 401.
const tomcat401 = obs(
  'confluence-site-user',
  401,
  '<!doctype html><html><head><title>HTTP Status 401 – Unauthorized</title></head></html>',
  { 'content-type': 'text/html;charset=UTF-8' },
  basic,
);
const jira401 = obs(
  'site-myself',
  401,
  { message: 'Client must be authenticated to access this resource.', 'status-code': 401 },
  { 'X-Seraph-LoginReason': 'AUTHENTICATED_FAILED' },
  basic,
);
// https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md: bad or absent credentials on v1.
const cannotAccess = obs(
  'confluence-site-user',
  403,
  { statusCode: 403, message: 'Request rejected because caller cannot access Confluence' },
  {},
  basic,
);
// https://github.com/markdown-confluence/markdown-confluence/issues/670, verbatim.
const notPermitted = (id: 'confluence-site-user' | 'confluence-gateway-user') =>
  obs(
    id,
    403,
    '{"message":"Current user not permitted to use Confluence","statusCode":403}',
    { 'content-type': 'application/json' },
    basic,
  );
// https://github.com/Spenhouet/confluence-markdown-exporter/issues/207, verbatim.
const gone = obs(
  'confluence-gateway-user',
  410,
  '{"statusCode": 410, "data": {"authorized": true, "valid": true, "errors": [], "successful": true}, "message": "com.atlassian.confluence.api.service.exceptions.pagesmodes.GoneException: This deprecated endpoint has been removed."}',
  { 'content-type': 'application/json' },
  basic,
);
// https://github.com/hunyadi/md2conf/issues/169
const scopeGate = (id: 'confluence-gateway-user' | 'confluence-gateway-spaces' | 'gateway-myself') =>
  obs(
    id,
    401,
    { code: 401, message: 'Unauthorized; scope does not match' },
    { 'X-Failure-Category': 'FAILURE_CLIENT_SCOPE_CHECK' },
    basic,
  );
const gateway401 = (id: 'confluence-gateway-user' | 'confluence-gateway-spaces' | 'gateway-myself') =>
  obs(id, 401, { code: 401, message: 'Unauthorized' }, {}, basic);
// https://github.com/hunyadi/md2conf/issues/113, verbatim body of v2's bare 404.
const bare404 = obs(
  'confluence-gateway-spaces',
  404,
  '{"errors":[{"status":404,"code":"NOT_FOUND","title":"Not Found","detail":null}]}',
  { 'content-type': 'application/json' },
  basic,
);
const jiraEdge404 = (id: 'site-myself' | 'gateway-myself') =>
  obs(
    id,
    404,
    '<html><head><title>Atlassian Cloud Notifications - Page Unavailable</title></head></html>',
    { 'content-type': 'text/html' },
    basic,
  );
// https://github.com/apache/devlake/issues/2932: the HTML 429.
const html429 = obs(
  'confluence-site-user',
  429,
  '<html><head><title>Oops - an error has occurred</title></head><body class=" error-page error429"></body></html>',
  { 'content-type': 'text/html;charset=UTF-8' },
  basic,
);
// https://developer.atlassian.com/server/jira/platform/basic-authentication/: served as anonymous.
const anonymous = obs(
  'confluence-site-user',
  200,
  { type: 'anonymous' },
  { 'X-Seraph-LoginReason': 'AUTHENTICATED_FAILED' },
  basic,
);

interface Row {
  name: string;
  lint?: typeof wiki;
  confluence: { siteUser?: Observation; gatewayUser?: Observation; gatewaySpaces?: Observation };
  siteMyself?: Observation;
  gatewayMyself?: Observation;
  codes: string[];
  verdict: string;
}

const ROWS: Row[] = [
  {
    name: 'unscoped: the site answers the current user; Jira too',
    confluence: { siteUser: user('confluence-site-user') },
    siteMyself: myself('site-myself'),
    codes: ['CONFLUENCE_OK', 'TOKEN_UNSCOPED', 'AUTH_OK'],
    verdict: 'ok',
  },
  {
    name: 'scoped: Tomcat 401 on the site, the gateway answers',
    confluence: { siteUser: tomcat401, gatewayUser: user('confluence-gateway-user'), gatewaySpaces: spaces },
    siteMyself: jira401,
    gatewayMyself: scopeGate('gateway-myself'),
    codes: ['SCOPED_TOKEN_ON_SITE_URL', 'CONFLUENCE_OK', 'TOKEN_SCOPED', 'JIRA_NOT_USABLE'],
    verdict: 'warning',
  },
  {
    name: 'v1 gone (authorized) but v2 answers: works, with the v1 warning',
    confluence: { siteUser: tomcat401, gatewayUser: gone, gatewaySpaces: spaces },
    siteMyself: jira401,
    codes: [
      'CONFLUENCE_V1_ENDPOINT_REMOVED',
      'SCOPED_TOKEN_ON_SITE_URL',
      'CONFLUENCE_OK',
      'TOKEN_SCOPED',
      'JIRA_NOT_USABLE',
    ],
    verdict: 'warning',
  },
  {
    name: 'v1 gone (authorized), v2 scope gate: recognised, never a bad token',
    confluence: { siteUser: tomcat401, gatewayUser: gone, gatewaySpaces: scopeGate('confluence-gateway-spaces') },
    siteMyself: jira401,
    codes: ['CONFLUENCE_V1_ENDPOINT_REMOVED', 'SCOPE_MISSING', 'JIRA_NOT_USABLE'],
    verdict: 'warning',
  },
  {
    name: 'both gateway probes hit the scope gate: SCOPE_MISSING, recognised',
    confluence: {
      siteUser: tomcat401,
      gatewayUser: scopeGate('confluence-gateway-user'),
      gatewaySpaces: scopeGate('confluence-gateway-spaces'),
    },
    siteMyself: jira401,
    gatewayMyself: myself('gateway-myself'),
    codes: ['SCOPE_MISSING', 'SCOPED_TOKEN_ON_SITE_URL', 'AUTH_OK'],
    verdict: 'warning',
  },
  {
    name: '"not permitted" on the site, Jira accepts: no Confluence access, an error',
    confluence: { siteUser: notPermitted('confluence-site-user') },
    siteMyself: myself('site-myself'),
    codes: ['NO_PRODUCT_ACCESS', 'AUTH_OK'],
    verdict: 'error',
  },
  {
    name: '"not permitted" through the gateway (the gateway passed the credential): no Confluence access',
    confluence: {
      siteUser: cannotAccess,
      gatewayUser: notPermitted('confluence-gateway-user'),
      gatewaySpaces: bare404,
    },
    siteMyself: jiraEdge404('site-myself'),
    codes: ['NO_PRODUCT_ACCESS', 'JIRA_NOT_USABLE'],
    verdict: 'error',
  },
  {
    name: 'v1 403 on the site and 401 through the gateway: rejected',
    confluence: {
      siteUser: cannotAccess,
      gatewayUser: gateway401('confluence-gateway-user'),
      gatewaySpaces: gateway401('confluence-gateway-spaces'),
    },
    siteMyself: jira401,
    gatewayMyself: gateway401('gateway-myself'),
    codes: ['CREDENTIALS_REJECTED'],
    verdict: 'error',
  },
  {
    name: "v2's bare 404 without a gateway answer: read as bad credentials, not a missing page",
    confluence: {
      siteUser: obs(
        'confluence-site-user',
        404,
        '{"errors":[{"status":404,"code":"NOT_FOUND","title":"Not Found","detail":null}]}',
        { 'content-type': 'application/json' },
        basic,
      ),
    },
    codes: ['CREDENTIALS_REJECTED'],
    verdict: 'error',
  },
  {
    name: 'served as anonymous on the site: ANONYMOUS_FALLBACK',
    confluence: { siteUser: anonymous },
    codes: ['ANONYMOUS_FALLBACK'],
    verdict: 'error',
  },
  {
    name: 'an HTML 429: rate limited, not unexpected; nothing proven',
    confluence: { siteUser: html429 },
    codes: ['RATE_LIMITED'],
    verdict: 'unknown',
  },
  {
    name: 'a Confluence-only site: Jira 404 is only a note',
    confluence: { siteUser: user('confluence-site-user') },
    siteMyself: jiraEdge404('site-myself'),
    codes: ['CONFLUENCE_OK', 'TOKEN_UNSCOPED', 'JIRA_NOT_USABLE'],
    verdict: 'ok',
  },
  {
    name: 'a service account: gateway only, named one',
    lint: bot,
    confluence: { gatewayUser: user('confluence-gateway-user'), gatewaySpaces: spaces },
    gatewayMyself: scopeGate('gateway-myself'),
    codes: ['CONFLUENCE_OK', 'TOKEN_SCOPED', 'SERVICE_ACCOUNT', 'JIRA_NOT_USABLE'],
    verdict: 'ok',
  },
];

describe('classifyCloud: a Confluence integration', () => {
  it.each(ROWS)('$name', (row) => {
    const seen: CloudObservations = { tenant, confluence: row.confluence };
    if (row.siteMyself) seen.siteMyself = row.siteMyself;
    if (row.gatewayMyself) seen.gatewayMyself = row.gatewayMyself;
    const { findings } = classifyCloud(row.lint ?? wiki, seen, CLOUD_ID);
    expect(findings.map((f) => f.code)).toEqual(row.codes);
    expect(verdictOf(findings)).toBe(row.verdict);
  });

  it('Jira never turns the verdict: a timeout on Confluence stays unknown even when Jira accepts', () => {
    const timeout: Observation = {
      ...obs('confluence-site-user', null, '', {}, basic),
      error: { kind: 'timeout', message: 'timeout' },
    };
    const { findings } = classifyCloud(
      wiki,
      { tenant, confluence: { siteUser: timeout }, siteMyself: myself('site-myself') },
      CLOUD_ID,
    );
    expect(findings.map((f) => f.code)).toEqual(['TIMEOUT']);
    expect(verdictOf(findings)).toBe('unknown');
  });

  it('the v1 410 warning names the v2 replacement, and no "bad token" words', () => {
    const { findings } = classifyCloud(
      wiki,
      { tenant, confluence: { siteUser: tomcat401, gatewayUser: gone, gatewaySpaces: spaces }, siteMyself: jira401 },
      CLOUD_ID,
    );
    const removed = findings.find((f) => f.code === 'CONFLUENCE_V1_ENDPOINT_REMOVED')!;
    expect(removed.outcome).toBe('recognised');
    expect(removed.fix?.url).toBe(`https://api.atlassian.com/ex/confluence/${CLOUD_ID}/wiki/api/v2/spaces?limit=1`);
    expect(removed.explanation).toContain('"authorized": true');
    expect(findings.map((f) => f.code)).not.toContain('CREDENTIALS_REJECTED');
  });

  it('the site URL ending in /wiki is not an extra path; /wiki/wiki is', () => {
    expect(wiki.findings).toEqual([]);
    expect(wiki.product).toBe('confluence');
    const twice = lintCloudApiToken({
      siteUrl: 'https://acme.atlassian.net/wiki/wiki',
      email: 'ada@acme.test',
      apiToken: TOKEN,
    });
    expect(twice.findings.map((f) => [f.code, f.title])).toEqual([
      ['URL_HAS_EXTRA_PATH', 'Site URL has an extra path: /wiki/wiki'],
    ]);
  });
});
