import { lintCloudApiToken } from '../../../../lib/kinds/cloud-api-token/lint';

const TOKEN = `ATATT3xFfGF0${'q7W8e9'.repeat(30)}=1A2B3C4D`;
const good = { siteUrl: 'https://acme.atlassian.net', email: 'ada@acme.test', apiToken: TOKEN };
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('lintCloudApiToken', () => {
  it('finds nothing wrong with a good profile and lets every probe run', () => {
    const lint = lintCloudApiToken(good);
    expect(lint.findings).toEqual([]);
    expect(lint).toMatchObject({
      canProbeSite: true,
      canSendCredential: true,
      site: { origin: 'https://acme.atlassian.net', host: 'acme.atlassian.net' },
    });
  });

  it.each([
    ['a custom domain', 'https://jira.acme.test/', 'jira.acme.test', true],
    ['a legacy *.jira.com name', 'acme.jira.com', 'acme.jira.com', false],
  ])('reads %s as a site, not as an error (the engine asks it what it is)', (_name, siteUrl, host, custom) => {
    const lint = lintCloudApiToken({ ...good, siteUrl });
    expect(lint.findings.filter((f) => f.code === 'NOT_ATLASSIAN_CLOUD_HOST')).toEqual([]);
    expect(lint.site).toEqual({ origin: `https://${host}`, host, ...(custom ? { customDomain: true } : {}) });
    expect(lint.canSendCredential).toBe(true);
  });

  it.each([
    ['a username where the email is due', { email: 'ada' }, 'EMAIL_NOT_AN_EMAIL', 'email', false],
    ['no email', { email: '  ' }, 'EMAIL_MISSING', 'email', false],
    ['no token', { apiToken: '' }, 'TOKEN_MISSING', 'apiToken', false],
    [
      'an OAuth JWT',
      { apiToken: `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.e30.sig` },
      'TOKEN_IS_JWT',
      'apiToken',
      false,
    ],
    [
      'a pasted Basic header value',
      { apiToken: `Basic ${b64(`ada@acme.test:${TOKEN}`)}` },
      'TOKEN_LOOKS_ENCODED',
      'apiToken',
      false,
    ],
    ['base64 of email:token', { apiToken: b64(`ada@acme.test:${TOKEN}`) }, 'TOKEN_LOOKS_ENCODED', 'apiToken', false],
    ['a curl fragment', { apiToken: `-u ada@acme.test:${TOKEN}` }, 'TOKEN_CONTAINS_CURL_ARGUMENT', 'apiToken', false],
    ['a password', { apiToken: 'Tr0ub4dor&3' }, 'TOKEN_LOOKS_LIKE_PASSWORD', 'apiToken', true],
    ['a trailing newline', { apiToken: `${TOKEN}\n` }, 'SECRET_HAS_WHITESPACE', 'apiToken', true],
    ['a placeholder URL', { siteUrl: 'https://your-domain.atlassian.net' }, 'URL_PLACEHOLDER', 'siteUrl', false],
    [
      'a look-alike of a Cloud site',
      { siteUrl: 'https://acme.atlassian.net.evil.example' },
      'NOT_ATLASSIAN_CLOUD_HOST',
      'siteUrl',
      false,
    ],
    [
      'another Atlassian host',
      { siteUrl: 'https://admin.atlassian.com' },
      'NOT_ATLASSIAN_CLOUD_HOST',
      'siteUrl',
      false,
    ],
    ['an http:// URL', { siteUrl: 'http://acme.atlassian.net' }, 'HTTP_NOT_HTTPS', 'siteUrl', true],
    ['an email with a trailing newline', { email: 'ada@acme.test\n' }, 'EMAIL_HAS_WHITESPACE', 'email', true],
  ])('flags %s', (_name, change, code, field, canSend) => {
    const lint = lintCloudApiToken({ ...good, ...change });
    const finding = lint.findings.find((f) => f.code === code);
    expect(finding, JSON.stringify(lint.findings.map((f) => f.code))).toBeDefined();
    expect(finding?.field).toBe(field);
    expect(lint.canSendCredential).toBe(canSend);
  });

  it('sends the token without the white space it found', () => {
    expect(lintCloudApiToken({ ...good, apiToken: ` ${TOKEN}\r\n` }).token).toBe(TOKEN);
  });

  it('never puts the token into a finding', () => {
    for (const apiToken of [
      `${TOKEN}\n`,
      `Basic ${b64(`ada@acme.test:${TOKEN}`)}`,
      `-u ada@acme.test:${TOKEN}`,
      'Tr0ub4dor&3',
    ]) {
      const text = JSON.stringify(lintCloudApiToken({ ...good, apiToken }).findings);
      expect(text).not.toContain(apiToken.trim());
      expect(text).not.toContain(TOKEN);
    }
  });
});
