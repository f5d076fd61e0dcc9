/**
 * The classifier, table-driven over Atlassian's answers as they are documented and reported. Each row is one
 * combination of probe answers and the finding codes it must produce, top finding first.
 */
import { classifyCloudApiToken, type CloudObservations } from '../../../../lib/kinds/cloud-api-token/classify';
import { lintCloudApiToken } from '../../../../lib/kinds/cloud-api-token/lint';
import type { Observation, ProbeId } from '../../../../lib/model/report';

const CLOUD_ID = '1324a887-45db-1bf4-1e99-ef0ff456d421';
const TOKEN = `ATATT3xFfGF0${'x1Y2z3'.repeat(30)}=ABCD1234`;
const lint = lintCloudApiToken({ siteUrl: 'https://acme.atlassian.net', email: 'ada@acme.test', apiToken: TOKEN });

function obs(
  id: ProbeId,
  status: number | null,
  body = '',
  headers: Record<string, string> = {},
  extra: Partial<Observation> = {},
): Observation {
  return {
    probe: { id, url: `https://example/${id}`, auth: id === 'tenant-info' ? 'none' : 'basic', display: `GET ${id}` },
    status,
    headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])),
    body,
    bodyTruncated: false,
    durationMs: 5,
    attempts: 1,
    ...extra,
  };
}

const json = { 'content-type': 'application/json;charset=UTF-8' };
const tenantOk = obs('tenant-info', 200, JSON.stringify({ cloudId: CLOUD_ID }), json);
const myselfOk = (id: ProbeId) =>
  obs(
    id,
    200,
    JSON.stringify({
      accountId: '5b10a2844c20165700ede21g',
      displayName: 'Ada Admin',
      emailAddress: 'ada@acme.test',
      active: true,
      accountType: 'atlassian',
    }),
    json,
  );
// https://confluence.atlassian.com/cloud/deprecation-of-basic-authentication-with-passwords-for-jira-and-confluence-apis-972355348.html, newer JSON shape
const rejectedJson = (id: ProbeId) =>
  obs(id, 401, '{"message":"Client must be authenticated to access this resource.","status-code":401}', {
    ...json,
    'X-Seraph-LoginReason': 'AUTHENTICATED_FAILED',
  });
// https://confluence.atlassian.com/cloud/deprecation-of-basic-authentication-with-passwords-for-jira-and-confluence-apis-972355348.html, historic text/plain shape (two spaces, trailing newline)
const deprecatedText = obs(
  'site-myself',
  401,
  'Basic authentication with passwords is deprecated.  For more information, see: https://developer.atlassian.com/cloud/confluence/deprecation-notice-basic-auth/\n',
  { 'content-type': 'text/plain', server: 'AtlassianProxy/1.19.3.1' },
);
// https://github.com/hunyadi/md2conf/issues/169
const scopeMismatch = obs('gateway-myself', 401, '{"code":401,"message":"Unauthorized; scope does not match"}', {
  ...json,
  'X-Failure-Category': 'FAILURE_CLIENT_SCOPE_CHECK',
});
// https://confluence.atlassian.com/jakb/connector-captcha_challenge-error-on-jira-align-connector-1318881453.html
const captcha = obs('site-myself', 403, '<html>CAPTCHA</html>', {
  'content-type': 'text/html;charset=UTF-8',
  'X-Seraph-LoginReason': 'AUTHENTICATION_DENIED',
  'X-Authentication-Denied-Reason': 'CAPTCHA_CHALLENGE; login-url=https://acme.atlassian.net/login.jsp',
});
// https://confluence.atlassian.com/pages/viewpage.action?pageId=1384133808
const ipBlocked = obs(
  'site-myself',
  403,
  '{"errorMessages":["The IP address has been rejected because it is not on the allowed list. See your admin for more information."],"errors":{}}',
  json,
);
// https://github.com/cristibaluta/Jit/issues/10
const edge404 = (id: ProbeId) =>
  obs(
    id,
    404,
    '<html><head><title>Atlassian Cloud Notifications - Page Unavailable</title><link href="/_edge/resources/aui-prototyping.css"></head><body><h1>Page unavailable</h1></body></html>',
    { 'content-type': 'text/html' },
  );
// https://developer.atlassian.com/server/jira/platform/basic-authentication/
const anonymous200 = obs('site-myself', 200, '{"self":"…","displayName":"Anonymous"}', {
  ...json,
  'x-seraph-loginreason': 'AUTHENTICATED_FAILED',
  'set-cookie': 'atlassian.xsrf.token=…_lout',
});
// https://github.com/pycontribs/jira/issues/1897
const connectBearer = obs('site-myself', 403, '{"error": "Failed to parse Connect Session Auth Token"}', json);
// https://confluence.atlassian.com/cloud/deprecation-of-basic-authentication-with-passwords-for-jira-and-confluence-apis-972355348.html HTML 401
const tomcat401 = obs(
  'site-myself',
  401,
  '<html><head><title>Unauthorized (401)</title></head><body>Encountered a "401 - Unauthorized" error while loading this page.</body></html>',
  { 'content-type': 'text/html;charset=UTF-8' },
);

type Row = [name: string, seen: CloudObservations, codes: string[], verdict?: string];

const rows: Row[] = [
  [
    'an unscoped token accepted on the site',
    { tenant: tenantOk, siteMyself: myselfOk('site-myself') },
    ['AUTH_OK', 'TOKEN_UNSCOPED'],
  ],
  [
    'a scoped token: refused on the site, accepted by the gateway (https://support.atlassian.com/atlassian-cloud/kb/401-unauthorized-error-when-service-account-accesses-jira-or-confluence-api)',
    { tenant: tenantOk, siteMyself: rejectedJson('site-myself'), gatewayMyself: myselfOk('gateway-myself') },
    ['SCOPED_TOKEN_ON_SITE_URL', 'AUTH_OK', 'TOKEN_SCOPED'],
  ],
  [
    'a scoped token lacking the scope /myself needs (https://github.com/hunyadi/md2conf/issues/169)',
    { tenant: tenantOk, siteMyself: rejectedJson('site-myself'), gatewayMyself: scopeMismatch },
    ['SCOPE_MISSING', 'SCOPED_TOKEN_ON_SITE_URL'],
  ],
  [
    'a wrong token: refused on the site and the gateway',
    {
      tenant: tenantOk,
      siteMyself: rejectedJson('site-myself'),
      gatewayMyself: obs('gateway-myself', 401, '{"code":401,"message":"Unauthorized"}', json),
    },
    ['CREDENTIALS_REJECTED'],
  ],
  [
    'the "passwords are deprecated" text, which proves nothing about passwords (https://confluence.atlassian.com/cloud/deprecation-of-basic-authentication-with-passwords-for-jira-and-confluence-apis-972355348.html)',
    {
      tenant: tenantOk,
      siteMyself: deprecatedText,
      gatewayMyself: obs('gateway-myself', 401, '{"code":401,"message":"Unauthorized"}', json),
    },
    ['CREDENTIALS_REJECTED'],
  ],
  ['a Tomcat HTML 401', { tenant: tenantOk, siteMyself: tomcat401 }, ['CREDENTIALS_REJECTED']],
  [
    'a CAPTCHA lockout (https://confluence.atlassian.com/jakb/connector-captcha_challenge-error-on-jira-align-connector-1318881453.html)',
    { tenant: tenantOk, siteMyself: captcha },
    ['CAPTCHA_REQUIRED'],
  ],
  [
    'an IP allowlist (https://confluence.atlassian.com/pages/viewpage.action?pageId=1384133808)',
    { tenant: tenantOk, siteMyself: ipBlocked },
    ['IP_NOT_ALLOWLISTED'],
  ],
  [
    'a 200 served as anonymous (https://developer.atlassian.com/server/jira/platform/basic-authentication/)',
    { tenant: tenantOk, siteMyself: anonymous200 },
    ['ANONYMOUS_FALLBACK'],
  ],
  [
    'a 200 served as anonymous on the site but accepted by the gateway',
    { tenant: tenantOk, siteMyself: anonymous200, gatewayMyself: myselfOk('gateway-myself') },
    ['SCOPED_TOKEN_ON_SITE_URL', 'AUTH_OK', 'TOKEN_SCOPED'],
  ],
  [
    'the Connect session error of a Bearer header (https://github.com/pycontribs/jira/issues/1897)',
    { tenant: tenantOk, siteMyself: connectBearer },
    ['FORBIDDEN'],
  ],
  [
    'no site: edge 404 on both (https://github.com/cristibaluta/Jit/issues/10, what Atlassian answers for a deleted or mistyped site)',
    { tenant: edge404('tenant-info'), siteMyself: edge404('site-myself') },
    ['SITE_NOT_FOUND'],
  ],
  [
    'a redirect, with where it leads',
    {
      tenant: tenantOk,
      siteMyself: obs(
        'site-myself',
        301,
        '',
        { location: 'https://acme2.atlassian.net/rest/api/3/myself' },
        { redirectedTo: 'https://acme2.atlassian.net/rest/api/3/myself' },
      ),
    },
    ['REDIRECTED'],
  ],
  [
    'a 429 (https://developer.atlassian.com/cloud/jira/platform/rate-limiting)',
    { tenant: tenantOk, siteMyself: obs('site-myself', 429, '', { 'retry-after': '30' }) },
    ['RATE_LIMITED'],
    'warning',
  ],
  [
    'a 503 HTML page',
    {
      tenant: tenantOk,
      siteMyself: obs('site-myself', 503, '<html><title>Down</title></html>', { 'content-type': 'text/html' }),
    },
    ['SERVER_ERROR'],
  ],
  [
    'a hang',
    {
      tenant: tenantOk,
      siteMyself: obs('site-myself', null, '', {}, { error: { kind: 'timeout', message: 'no answer within 8 s' } }),
    },
    ['TIMEOUT'],
  ],
  [
    'a network failure',
    { siteMyself: obs('site-myself', null, '', {}, { error: { kind: 'network', message: 'Failed to fetch' } }) },
    ['NETWORK_ERROR'],
  ],
  [
    'an HTML login page with 200 (https://github.com/cristibaluta/Jit/issues/10)',
    {
      tenant: tenantOk,
      siteMyself: obs('site-myself', 200, '<!DOCTYPE html><html><title>Log in</title></html>', {
        'content-type': 'text/html',
      }),
    },
    ['UNEXPECTED_RESPONSE'],
  ],
  [
    'truncated JSON',
    { tenant: tenantOk, siteMyself: obs('site-myself', 200, '{"accountId":"5b1', json) },
    ['UNEXPECTED_RESPONSE'],
  ],
  [
    'a refused token whose gateway check hung',
    {
      tenant: tenantOk,
      siteMyself: rejectedJson('site-myself'),
      gatewayMyself: obs('gateway-myself', null, '', {}, { error: { kind: 'timeout', message: 't' } }),
    },
    ['CREDENTIALS_REJECTED', 'TIMEOUT'],
  ],
];

describe('classifyCloudApiToken', () => {
  it.each(rows)('reports %s', (_name, seen, codes, verdict) => {
    const result = classifyCloudApiToken(lint, seen, CLOUD_ID);
    expect(result.findings.map((f) => f.code)).toEqual(codes);
    if (verdict) expect(result.findings[0]?.severity).toBe(verdict);
  });

  it('names the evidence: probe, status and the header that decided it', () => {
    const [finding] = classifyCloudApiToken(lint, { tenant: tenantOk, siteMyself: captcha }, CLOUD_ID).findings;
    expect(finding?.evidence.join('\n')).toContain('x-authentication-denied-reason: CAPTCHA_CHALLENGE');
    expect(finding?.evidence[0]).toContain('→ 403');
    expect(finding?.fix?.url).toBe('https://acme.atlassian.net/login.jsp');
  });

  it('explains what the deprecation text really means', () => {
    const [finding] = classifyCloudApiToken(lint, { tenant: tenantOk, siteMyself: deprecatedText }, CLOUD_ID).findings;
    expect(finding?.explanation).toMatch(/does not prove a password was used/);
  });

  it('gives the gateway URL and a curl command without the secret for a scoped token on the site URL', () => {
    const { findings } = classifyCloudApiToken(
      lint,
      { tenant: tenantOk, siteMyself: rejectedJson('site-myself'), gatewayMyself: myselfOk('gateway-myself') },
      CLOUD_ID,
    );
    const fix = findings.find((f) => f.code === 'SCOPED_TOKEN_ON_SITE_URL')?.fix;
    expect(fix?.url).toBe(`https://api.atlassian.com/ex/jira/${CLOUD_ID}/rest/api/3/myself`);
    expect(fix?.curl).toContain('$ATLASSIAN_API_TOKEN');
    expect(fix?.curl).toContain('ada@acme.test');
    expect(JSON.stringify(findings)).not.toContain(TOKEN);
  });

  it('names the scopes /myself needs, classic and granular (https://github.com/salto-io/jira-swaggers)', () => {
    const [finding] = classifyCloudApiToken(
      lint,
      { tenant: tenantOk, siteMyself: rejectedJson('site-myself'), gatewayMyself: scopeMismatch },
      CLOUD_ID,
    ).findings;
    expect(finding?.explanation).toContain('read:jira-user');
    expect(finding?.explanation).toContain('read:user:jira');
  });

  it('puts local findings beside probe findings, errors first', () => {
    const sloppy = lintCloudApiToken({
      siteUrl: 'http://acme.atlassian.net/jira',
      email: 'ada@acme.test',
      apiToken: `${TOKEN}\n`,
    });
    const { findings } = classifyCloudApiToken(
      sloppy,
      { tenant: tenantOk, siteMyself: rejectedJson('site-myself') },
      CLOUD_ID,
    );
    expect(findings.map((f) => f.code)).toEqual([
      'CREDENTIALS_REJECTED',
      'HTTP_NOT_HTTPS',
      'URL_HAS_EXTRA_PATH',
      'SECRET_HAS_WHITESPACE',
    ]);
  });
});
