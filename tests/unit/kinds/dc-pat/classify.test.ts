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
    seen: { granted: true, myself: obs('dc-myself', 404, ''), context: apiHere },
    codes: ['URL_MISSING_CONTEXT_PATH'],
  },
  {
    name: '404 under /jira, the API answers at the root',
    lint: under,
    seen: { granted: true, myself: obs('dc-myself', 404, ''), context: { ...apiHere } },
    codes: ['URL_EXTRA_CONTEXT_PATH'],
  },
  {
    name: '404 and no API one level up or down',
    lint: root,
    seen: { granted: true, myself: obs('dc-myself', 404, ''), context: nothingThere },
    codes: ['UNEXPECTED_RESPONSE'],
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
