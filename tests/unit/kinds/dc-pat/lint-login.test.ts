/**
 * A Data Center login (email and password) typed where the personal access token belongs: the
 * email is not a Data Center login, which is the username and may be case-sensitive. A real PAT,
 * a username login and a Cloud email:API token get no such finding.
 */
import { describe, expect, it } from 'vitest';
import { lintDcPat } from '../../../../lib/kinds/dc-pat/lint';

const SERVER = 'https://jira.internal.example';
const PAT = 'NjQ2MzUxNjk0MjE3OkH2mUq0Kx9bR3hGk8wZcV1yT5pE';
const TOKEN = `ATATT3xFfGF0${'q7W8e9'.repeat(30)}=1A2B3C4D`;
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('an email login in the personal access token field', () => {
  it.each([
    ['email:password', 'Ada.Lovelace@Example.com:s3cret-Passw0rd'],
    ['base64 of email:password', b64('Ada.Lovelace@Example.com:s3cret-Passw0rd')],
  ])('%s: the email is not the Data Center login; nothing sent', (_name, pat) => {
    const lint = lintDcPat({ serverUrl: SERVER, pat });
    const codes = lint.findings.map((f) => f.code);
    expect(codes).toEqual(['CLOUD_TOKEN_ON_DATA_CENTER', 'DC_LOGIN_CASE_SENSITIVE']);
    const login = lint.findings[1]!;
    expect(login.field).toBe('pat');
    expect(login.severity).toBe('warning');
    expect(login.explanation).toContain('the username (and may be case-sensitive)');
    expect(JSON.stringify(lint.findings)).not.toContain('s3cret-Passw0rd');
    expect(JSON.stringify(login)).not.toContain('Ada.Lovelace@Example.com');
    expect(lint.canSendCredential).toBe(false);
  });

  it.each([
    ['a personal access token', PAT],
    ['a Cloud email:API token (its own finding says so)', `ada@example.com:${TOKEN}`],
    ['a Cloud API token alone', TOKEN],
  ])('%s: no login finding', (_name, pat) => {
    expect(lintDcPat({ serverUrl: SERVER, pat }).findings.map((f) => f.code)).not.toContain('DC_LOGIN_CASE_SENSITIVE');
  });
});
