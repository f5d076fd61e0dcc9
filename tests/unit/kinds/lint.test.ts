import fc from 'fast-check';
import { readOAuthToken, relativeTime } from '../../../lib/atlassian/oauth-token';
import { parseServerUrl } from '../../../lib/atlassian/server-url';
import { lintDcPat } from '../../../lib/kinds/dc-pat/lint';
import { lintOAuthToken } from '../../../lib/kinds/oauth-access-token/lint';
import { lintOrgAdminKey } from '../../../lib/kinds/org-admin-key/lint';
import { createFetchTransport } from '../../../lib/platform/transport';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = (claims: object, header: object = { alg: 'RS256', kid: 'k' }) => `${part(header)}.${part(claims)}.c2ln`;
const CLOUD_TOKEN = `ATATT3xFfGF0${'z9Y8x7'.repeat(20)}=0A1B2C3D`;

describe('readOAuthToken', () => {
  it('reads expiry, scopes, client and type from the claims (https://github.com/MrRefactoring/jira.js/issues/269)', () => {
    const token = jwt({
      exp: NOW / 1000 + 1800,
      iat: NOW / 1000 - 1800,
      scope: 'read:jira-work offline_access',
      client_id: 'c1',
      sub: 's1',
      'https://id.atlassian.com/atl_token_type': 'ACCESS',
    });
    expect(readOAuthToken(token, NOW)).toEqual({
      ok: true,
      facts: {
        expired: false,
        scopes: ['read:jira-work', 'offline_access'],
        expiresAt: '2026-11-23T12:30:00.000Z',
        issuedAt: '2026-11-23T11:30:00.000Z',
        tokenType: 'ACCESS',
        clientId: 'c1',
        subject: 's1',
      },
    });
  });

  it.each([
    [CLOUD_TOKEN, 'a Cloud API token', 'cloud-api-token'],
    ['NjQ3ODk4NzY1NDMyOpH4sT8bQwXyZ1aBcDeFgHiJkLmN', 'possibly a Data Center personal access token', 'dc-pat'],
    ['hello world', 'text that is not a token', undefined],
  ])('says what %j looks like instead', (value, looksLike, expected) => {
    expect(readOAuthToken(value, NOW)).toEqual({ ok: false, looksLike, ...(expected ? { expected } : {}) });
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => void readOAuthToken(s, NOW)),
      { numRuns: 500 },
    );
  });

  it('says times the way people read them', () => {
    expect(relativeTime(NOW + 50 * 60_000, NOW)).toBe('in 50 minutes');
    expect(relativeTime(NOW - 3 * 86_400_000, NOW)).toBe('3 days ago');
  });
});

describe('lintOAuthToken', () => {
  it('stops an expired token before any call (https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/)', () => {
    const lint = lintOAuthToken(
      { accessToken: jwt({ exp: NOW / 1000 - 60, 'https://id.atlassian.com/atl_token_type': 'ACCESS' }), siteUrl: '' },
      NOW,
    );
    expect(lint.findings.map((f) => f.code)).toEqual(['OAUTH_TOKEN_EXPIRED']);
    expect(lint.canSendCredential).toBe(false);
  });

  it('refuses an authorization code', () => {
    const lint = lintOAuthToken(
      {
        accessToken: jwt({ exp: NOW / 1000 + 60, 'https://id.atlassian.com/atl_token_type': 'AUTH_CODE' }),
        siteUrl: '',
      },
      NOW,
    );
    expect(lint.findings.map((f) => f.code)).toEqual(['OAUTH_WRONG_TOKEN_TYPE']);
  });

  it('checks the optional site URL like a Cloud profile does', () => {
    const lint = lintOAuthToken(
      { accessToken: jwt({ exp: NOW / 1000 + 60 }), siteUrl: 'https://your-domain.atlassian.net' },
      NOW,
    );
    expect(lint.findings.map((f) => f.code)).toEqual(['URL_PLACEHOLDER']);
    expect(lint.canSendCredential).toBe(false);
  });
});

describe('lintOrgAdminKey', () => {
  it.each([
    [CLOUD_TOKEN, '', 'PERSONAL_TOKEN_ON_ADMIN_API'],
    [`Bearer ATCTT3xFfGN0${'q'.repeat(60)}`, '', 'TOKEN_LOOKS_ENCODED'],
    [`ATCTT3xFfGN0${'q'.repeat(60)}`, '{orgId}', 'URL_PLACEHOLDER'],
    ['', '', 'TOKEN_MISSING'],
  ])('flags %j / %j', (apiKey, orgId, code) => {
    const lint = lintOrgAdminKey({ apiKey, orgId });
    expect(lint.findings.map((f) => f.code)).toContain(code);
    expect(lint.canSendCredential).toBe(false);
  });
});

describe('parseServerUrl', () => {
  it.each([
    ['https://jira.example.com', 'https://jira.example.com', '', []],
    ['https://jira.example.com/jira/', 'https://jira.example.com/jira', '/jira', []],
    ['http://jira.example.com:8080/jira', 'http://jira.example.com:8080/jira', '/jira', ['HTTP_NOT_HTTPS']],
    ['jira.example.com', 'https://jira.example.com', '', ['URL_MISSING_SCHEME']],
    [
      'https://jira.example.com/jira/rest/api/3/issue/X-1',
      'https://jira.example.com/jira',
      '/jira',
      ['WRONG_API_VERSION_FOR_DATA_CENTER'],
    ],
    ['https://jira.example.com/secure/Dashboard.jspa', 'https://jira.example.com', '', ['URL_HAS_EXTRA_PATH']],
  ])('reads %j', (input, base, contextPath, codes) => {
    const result = parseServerUrl(input);
    expect(result.ok && { base: result.base, contextPath: result.contextPath }).toEqual({ base, contextPath });
    expect(result.problems.map((p) => p.code)).toEqual(codes);
  });

  it.each([
    ['https://acme.atlassian.net', 'PAT_ON_CLOUD'],
    ['https://api.atlassian.com', 'PAT_ON_CLOUD'],
    ['https://me:pw@jira.example.com', 'URL_INVALID'],
    ['https://<server>/jira', 'URL_PLACEHOLDER'],
    ['ftp://jira.example.com', 'URL_INVALID'],
  ])('refuses %j', (input, code) => {
    const result = parseServerUrl(input);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code)).toContain(code);
  });

  it('never throws, and an accepted base is never an Atlassian Cloud host', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true })), (input) => {
        const result = parseServerUrl(input);
        if (result.ok) expect(result.host.endsWith('atlassian.net') || result.host === 'api.atlassian.com').toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('lintDcPat', () => {
  it('refuses a Cloud API token and an email:token pair before sending', () => {
    for (const pat of [CLOUD_TOKEN, `me@example.com:${CLOUD_TOKEN}`]) {
      const lint = lintDcPat({ serverUrl: 'https://jira.example.com', pat });
      expect(lint.findings.map((f) => f.code)).toEqual(['CLOUD_TOKEN_ON_DATA_CENTER']);
      expect(JSON.stringify(lint.findings)).not.toContain(CLOUD_TOKEN);
    }
  });
});

describe('the extension transport and Data Center servers', () => {
  function recording(granted: string[]) {
    const sent: string[] = [];
    const transport = createFetchTransport(
      async (input) => {
        sent.push(String(input));
        return new Response('{}');
      },
      async (origin) => granted.includes(origin),
    );
    return { sent, transport };
  }
  const withSecret = { method: 'GET', headers: { Authorization: 'Bearer secret' } };

  it('sends a secret to a granted server origin, and only that origin', async () => {
    const { sent, transport } = recording(['https://jira.example.com']);
    await transport('https://jira.example.com/rest/api/2/myself', withSecret);
    await expect(transport('https://jira.example.com:8443/rest/api/2/myself', withSecret)).rejects.toThrow(/policy/);
    await expect(transport('https://jira2.example.com/rest/api/2/myself', withSecret)).rejects.toThrow(/policy/);
    expect(sent).toEqual(['https://jira.example.com/rest/api/2/myself']);
  });

  it('never treats a grant as a pass for Atlassian-looking hosts or user info', async () => {
    const { sent, transport } = recording([
      'https://acme.atlassian.net:8443',
      'https://evil.example',
      'https://x.atlassian.com',
    ]);
    await expect(transport('https://acme.atlassian.net:8443/x', withSecret)).rejects.toThrow(/policy/);
    await expect(transport('https://x.atlassian.com/x', withSecret)).rejects.toThrow(/policy/);
    await expect(transport('https://acme.atlassian.net@evil.example/x', withSecret)).rejects.toThrow(/policy/);
    expect(sent).toEqual([]);
  });
});
