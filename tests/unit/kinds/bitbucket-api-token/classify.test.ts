/** The Bitbucket classifiers, table-driven over api.bitbucket.org's answers (public sources in lib/atlassian/bitbucket.ts). */
import { describe, expect, it } from 'vitest';
import { classifyBitbucketApiToken } from '../../../../lib/kinds/bitbucket-api-token/classify';
import { lintBitbucketApiToken } from '../../../../lib/kinds/bitbucket-api-token/lint';
import type { BitbucketSeen } from '../../../../lib/kinds/bitbucket-api-token/resources';
import { verdictOf } from '../../../../lib/model/verdict';
import { failed, obs } from '../observation';

import { APP_PASSWORD, challenge, lacks, repos, TOKEN, unsupported, user, workspace } from './answers';

const api = (email: string, apiToken: string, ws = 'acme') =>
  lintBitbucketApiToken({ email, bitbucketApiToken: apiToken, workspace: ws });

describe('classifyBitbucketApiToken', () => {
  const rows: { name: string; lint: ReturnType<typeof api>; seen: BitbucketSeen; codes: string[]; verdict: string }[] =
    [
      {
        name: 'works, with its workspace',
        lint: api('ada@acme.example', TOKEN),
        seen: { user, workspace, repositories: repos(3) },
        codes: ['AUTH_OK'],
        verdict: 'ok',
      },
      {
        name: 'works, no workspace given',
        lint: api('ada@acme.example', TOKEN, ''),
        seen: { user },
        codes: ['AUTH_OK'],
        verdict: 'ok',
      },
      {
        name: 'a token without Bitbucket scopes (unscoped or Jira-only)',
        lint: api('ada@acme.example', TOKEN),
        seen: { user: unsupported },
        codes: ['BITBUCKET_SCOPES_MISSING'],
        verdict: 'error',
      },
      {
        name: 'refused Basic: wrong email or token',
        lint: api('ada@acme.example', TOKEN),
        seen: { user: challenge },
        codes: ['CREDENTIALS_REJECTED'],
        verdict: 'error',
      },
      {
        name: 'an app password with the username',
        lint: api('ada-admin', APP_PASSWORD),
        seen: { user: challenge },
        codes: ['APP_PASSWORD_RETIRED'],
        verdict: 'error',
      },
      {
        name: 'an app password with the email',
        lint: api('ada@acme.example', APP_PASSWORD),
        seen: { user: challenge },
        codes: ['APP_PASSWORD_RETIRED'],
        verdict: 'error',
      },
      {
        name: 'without read:user:bitbucket',
        lint: api('ada@acme.example', TOKEN),
        seen: { user: lacks('bitbucket-user', 'read:user:bitbucket'), workspace, repositories: repos(3) },
        codes: ['SCOPE_MISSING'],
        verdict: 'warning',
      },
      {
        name: 'without read:workspace:bitbucket',
        lint: api('ada@acme.example', TOKEN),
        seen: { user, workspace: lacks('bitbucket-workspace', 'read:workspace:bitbucket'), repositories: repos(3) },
        codes: ['SCOPE_MISSING', 'AUTH_OK'],
        verdict: 'warning',
      },
      {
        name: 'a workspace it cannot see',
        lint: api('ada@acme.example', TOKEN, 'globex'),
        seen: {
          user,
          workspace: obs('bitbucket-workspace', 404, {
            type: 'error',
            error: { message: "No workspace with identifier 'globex'." },
          }),
          repositories: repos(0),
        },
        codes: ['BITBUCKET_WORKSPACE_NOT_ACCESSIBLE', 'AUTH_OK'],
        verdict: 'error',
      },
      {
        name: 'a timeout proves nothing',
        lint: api('ada@acme.example', TOKEN),
        seen: { user: failed('bitbucket-user', 'timeout') },
        codes: ['TIMEOUT'],
        verdict: 'unknown',
      },
      {
        name: 'rate limited',
        lint: api('ada@acme.example', TOKEN),
        seen: { user: obs('bitbucket-user', 429, 'Too Many Requests', { 'retry-after': '60' }) },
        codes: ['RATE_LIMITED'],
        verdict: 'unknown',
      },
    ];
  for (const row of rows)
    it(row.name, () => {
      const parts = classifyBitbucketApiToken(row.lint, row.seen);
      expect(parts.findings.map((f) => f.code)).toEqual(row.codes);
      expect(verdictOf(parts.findings)).toBe(row.verdict);
      expect(JSON.stringify(parts)).not.toContain(TOKEN);
    });

  it('the OK row names the account and the workspace; the report gives the git clone URLs, never the email', () => {
    const parts = classifyBitbucketApiToken(api('ada@acme.example', TOKEN), {
      user,
      workspace,
      repositories: repos(3),
    });
    expect(parts.findings[0]?.title).toBe('Bitbucket accepts it: signed in as Ada Admin (workspace Acme Engineering)');
    expect(parts.findings[0]?.outcome).toBe('succeeded');
    const clone = parts.facts?.filter((f) => f.label.startsWith('Git clone URL')).map((f) => f.value);
    expect(clone).toEqual([
      'https://x-bitbucket-api-token-auth:<api_token>@bitbucket.org/acme/billing-service.git',
      'https://ada-admin:<api_token>@bitbucket.org/acme/billing-service.git',
    ]);
    expect(JSON.stringify(parts.facts)).not.toContain('ada@acme.example');
    expect(parts.facts).toContainEqual({
      label: 'Repositories it can see',
      value: '3 in acme (e.g. acme/billing-service)',
    });
  });

  it('the rejected row gives the "Never accessed" hint, and the scopes row says it is a likelihood', () => {
    const rejected = classifyBitbucketApiToken(api('ada@acme.example', TOKEN), { user: challenge }).findings[0]!;
    expect(rejected.fix?.steps.join(' ')).toMatch(/Never accessed/);
    expect(rejected.evidence.join(' ')).toMatch(/envoy|www-authenticate/i);
    const scopes = classifyBitbucketApiToken(api('ada@acme.example', TOKEN), { user: unsupported }).findings[0]!;
    expect(scopes.title).toMatch(/^Most likely/);
    expect(scopes.fix?.steps.join(' ')).toMatch(/Create API token with scopes/);
  });
});
