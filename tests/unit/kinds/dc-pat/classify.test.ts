/** The Data Center PAT classifier, table-driven over the server's answers. */
import { describe, expect, it } from 'vitest';
import { classifyDcPat, type DcSeen } from '../../../../lib/kinds/dc-pat/classify';
import { lintDcPat } from '../../../../lib/kinds/dc-pat/lint';
import { failed, obs } from '../observation';

const PAT = 'NjQ2MzM0NTY3ODk6W1qF1k9r8u2p3Vx7yZ0aBcDeFgHi';
const root = lintDcPat({ serverUrl: 'https://jira.example.com', pat: PAT });
const under = lintDcPat({ serverUrl: 'https://jira.example.com/jira', pat: PAT });

const user = obs('dc-myself', 200, { key: 'JIRAUSER10000', name: 'ada', displayName: 'Ada Admin', active: true });
const apiHere = obs('dc-context', 401, { message: 'Client must be authenticated' }, {}, { auth: 'none' });
const nothingThere = obs('dc-context', 404, '<html><title>404</title></html>', {}, { auth: 'none' });

const look = (label: string, observation: DcSeen['myself']) => ({
  base: `https://jira.example.com${label}`,
  path: '/rest/api/2/myself',
  label,
  observation,
});
const confluence = lintDcPat({ serverUrl: 'https://wiki.example.com/confluence', pat: PAT });
const knownUser = obs('dc-myself', 200, { type: 'known', username: 'ada', userKey: 'ff80', displayName: 'Ada' });

const rows: { name: string; lint: typeof root; seen: DcSeen; codes: string[] }[] = [
  { name: 'accepted', lint: root, seen: { granted: true, myself: user }, codes: ['AUTH_OK'] },
  { name: 'no host permission', lint: root, seen: { granted: false }, codes: ['HOST_PERMISSION_MISSING'] },
  { name: 'rejected', lint: root, seen: { granted: true, myself: obs('dc-myself', 401, '') }, codes: ['PAT_REJECTED'] },
  {
    name: 'forbidden',
    lint: root,
    seen: { granted: true, myself: obs('dc-myself', 403, { message: 'no' }) },
    codes: ['FORBIDDEN'],
  },
  {
    name: 'CAPTCHA after failed logins',
    lint: root,
    seen: {
      granted: true,
      myself: obs('dc-myself', 401, '', {
        'x-authentication-denied-reason': 'CAPTCHA_CHALLENGE; login-url=https://jira.example.com/login.jsp',
      }),
    },
    codes: ['CAPTCHA_REQUIRED'],
  },
  {
    name: 'a 200 login page',
    lint: root,
    seen: {
      granted: true,
      myself: obs('dc-myself', 200, '<html><title>Log in</title></html>', { 'content-type': 'text/html' }),
    },
    codes: ['UNEXPECTED_RESPONSE'],
  },
  {
    name: '404 at the root, the API answers under /jira',
    lint: root,
    seen: { granted: true, myself: obs('dc-myself', 404, ''), looks: [look('/jira', apiHere)] },
    codes: ['URL_MISSING_CONTEXT_PATH'],
  },
  {
    name: '404 under /jira, the API answers at the root',
    lint: under,
    seen: {
      granted: true,
      myself: obs('dc-myself', 404, ''),
      looks: [{ ...look('/jira', apiHere), base: 'https://jira.example.com' }],
    },
    codes: ['URL_EXTRA_CONTEXT_PATH'],
  },
  {
    name: '404 and no API one level up or down',
    lint: root,
    seen: {
      granted: true,
      myself: obs('dc-myself', 404, ''),
      looks: [look('/jira', nothingThere), look('/confluence', nothingThere)],
    },
    codes: ['UNEXPECTED_RESPONSE'],
  },
  // Confluence Data Center (https://github.com/b1ff/atlassian-dc-mcp/issues/2)
  {
    name: 'Confluence DC accepts the token',
    lint: confluence,
    seen: { granted: true, product: 'confluence', myself: knownUser },
    codes: ['AUTH_OK'],
  },
  {
    name: 'Confluence DC answers as anonymous: the token was not honoured',
    lint: confluence,
    seen: {
      granted: true,
      product: 'confluence',
      myself: obs('dc-myself', 200, { type: 'anonymous', displayName: 'Anonymous' }),
    },
    codes: ['PAT_REJECTED'],
  },
  {
    name: 'Confluence at the root, the address names /confluence: an extra context path',
    lint: confluence,
    seen: {
      granted: true,
      product: 'confluence',
      myself: obs('dc-myself', 404, ''),
      looks: [
        {
          base: 'https://wiki.example.com',
          path: '/rest/api/user/current',
          label: '/confluence',
          observation: knownUser,
        },
      ],
    },
    codes: ['URL_EXTRA_CONTEXT_PATH'],
  },
  {
    name: 'the 403 "log on to the website" page after failed logins',
    lint: root,
    seen: {
      granted: true,
      myself: obs(
        'dc-myself',
        403,
        'For security reasons Jira requires you to log on to the website before continuing.',
      ),
    },
    codes: ['CAPTCHA_REQUIRED'],
  },
  {
    name: 'the 403 "login is required" answer',
    lint: root,
    seen: {
      granted: true,
      myself: obs('dc-myself', 403, '<html>login is required</html>', { 'content-type': 'text/html' }),
    },
    codes: ['FORBIDDEN'],
  },
  {
    name: 'the Data Center rate limiter: Tomcat "Rate limit exceeded." 429',
    lint: root,
    seen: {
      granted: true,
      myself: obs('dc-myself', 429, '<html><p><b>Message</b> Rate limit exceeded.</p></html>', {
        'content-type': 'text/html',
        'x-ratelimit-fillrate': '5',
        'retry-after': '1',
      }),
    },
    codes: ['RATE_LIMITED'],
  },
  {
    name: 'redirected',
    lint: root,
    seen: { granted: true, myself: obs('dc-myself', 302, '', {}, { redirectedTo: 'https://sso.example.com/' }) },
    codes: ['REDIRECTED'],
  },
  {
    name: 'network error',
    lint: root,
    seen: { granted: true, myself: failed('dc-myself', 'network') },
    codes: ['NETWORK_ERROR'],
  },
  {
    name: 'server error',
    lint: root,
    seen: { granted: true, myself: obs('dc-myself', 500, 'oops') },
    codes: ['SERVER_ERROR'],
  },
];

describe('classifyDcPat', () => {
  it.each(rows)('$name', ({ lint, seen, codes }) => {
    expect(classifyDcPat(lint, seen).findings.map((f) => f.code)).toEqual(codes);
  });

  it('names the account it read', () => {
    expect(classifyDcPat(root, { granted: true, myself: user }).account?.displayName).toBe('Ada Admin');
  });

  it('sends nothing for a Cloud API token, and says why', () => {
    const lint = lintDcPat({ serverUrl: 'https://jira.example.com', pat: `ATATT3xFfGF0${'x'.repeat(180)}` });
    expect(lint.canSendCredential).toBe(false);
    expect(classifyDcPat(lint, {}).findings.map((f) => f.code)).toContain('CLOUD_TOKEN_ON_DATA_CENTER');
  });
});
