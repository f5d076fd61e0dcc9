/** Local checks of a Bitbucket Cloud API token profile, before anything is sent. */
import { describe, expect, it } from 'vitest';
import { lintBitbucketApiToken, lintWorkspace } from '../../../../lib/kinds/bitbucket-api-token/lint';
import type { Finding } from '../../../../lib/model/report';

const TOKEN = `ATATT3xFfGF0${'a'.repeat(180)}=0A1B2C3D`;

describe('lintBitbucketApiToken', () => {
  const rows: {
    name: string;
    input: { email: string; bitbucketApiToken: string; workspace: string };
    codes: string[];
    send: boolean;
    atlassianToken?: boolean;
  }[] = [
    {
      name: 'email + API token',
      input: { email: 'ada@acme.example', bitbucketApiToken: TOKEN, workspace: 'acme' },
      codes: [],
      send: true,
      atlassianToken: true,
    },
    {
      name: 'no email',
      input: { email: '', bitbucketApiToken: TOKEN, workspace: '' },
      codes: ['EMAIL_MISSING'],
      send: false,
    },
    {
      name: 'the Bitbucket username with an API token (never works: nothing is sent)',
      input: { email: 'ada-admin', bitbucketApiToken: TOKEN, workspace: '' },
      codes: ['EMAIL_NOT_AN_EMAIL'],
      send: false,
    },
    {
      name: 'a username with a secret that is not ATATT… (likely an app password: sent, the answer decides)',
      input: { email: 'ada-admin', bitbucketApiToken: 'abcdEFGHijklMNOPqrst', workspace: '' },
      codes: [],
      send: true,
      atlassianToken: false,
    },
    {
      name: 'no token',
      input: { email: 'ada@acme.example', bitbucketApiToken: '', workspace: '' },
      codes: ['TOKEN_MISSING'],
      send: false,
    },
    {
      name: 'a whole Basic header',
      input: {
        email: 'ada@acme.example',
        bitbucketApiToken: `Basic ${btoa(`ada@acme.example:${TOKEN}`)}`,
        workspace: '',
      },
      codes: ['TOKEN_LOOKS_ENCODED'],
      send: false,
    },
    {
      name: 'a token with a trailing space (sent trimmed, flagged)',
      input: { email: 'ada@acme.example', bitbucketApiToken: `${TOKEN} `, workspace: '' },
      codes: ['SECRET_HAS_WHITESPACE'],
      send: true,
    },
    {
      name: 'a workspace placeholder',
      input: { email: 'ada@acme.example', bitbucketApiToken: TOKEN, workspace: '<workspace>' },
      codes: ['BITBUCKET_WORKSPACE_INVALID'],
      send: true,
    },
  ];
  for (const row of rows)
    it(row.name, () => {
      const lint = lintBitbucketApiToken(row.input);
      expect(lint.findings.map((f) => f.code)).toEqual(row.codes);
      expect(lint.canSendCredential).toBe(row.send);
      if (row.atlassianToken !== undefined) expect(lint.atlassianToken).toBe(row.atlassianToken);
    });

  it('words the username case in Bitbucket terms, beside the Email field', () => {
    const [finding] = lintBitbucketApiToken({ email: 'ada-admin', bitbucketApiToken: TOKEN, workspace: '' }).findings;
    expect(finding?.field).toBe('email');
    expect(finding?.title).toMatch(/username, not the email/);
    expect(finding?.explanation).toMatch(/will NOT work/);
  });

  it('never puts the secret in a finding', () => {
    const all: Finding[] = rows.flatMap((r) => lintBitbucketApiToken(r.input).findings);
    expect(JSON.stringify(all)).not.toContain(TOKEN);
  });
});

describe('lintWorkspace', () => {
  it.each([
    ['acme', 'acme'],
    ['  Acme ', 'acme'],
    ['https://bitbucket.org/acme/billing-service', 'acme'],
    ['bitbucket.org/acme', 'acme'],
    ['', ''],
    ['acme corp', ''],
    ['{workspace}', ''],
  ])('%j → %j', (raw, slug) => {
    expect(lintWorkspace(raw, [])).toBe(slug);
  });
});
