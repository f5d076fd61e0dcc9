/** The Bitbucket access token classifier, table-driven over api.bitbucket.org's answers. */
import { describe, expect, it } from 'vitest';
import { classifyBitbucketAccessToken } from '../../../../lib/kinds/bitbucket-access-token/classify';
import { lintBitbucketAccessToken } from '../../../../lib/kinds/bitbucket-access-token/lint';
import { verdictOf } from '../../../../lib/model/verdict';
import { obs } from '../observation';
import { ACCESS, repos, TOKEN, unsupported, workspace } from '../bitbucket-api-token/answers';

describe('classifyBitbucketAccessToken', () => {
  const access = (token: string, ws = 'acme') =>
    lintBitbucketAccessToken({ bitbucketAccessToken: token, workspace: ws });
  const bot = obs('bitbucket-user', 200, {
    type: 'user',
    uuid: '{1f0e0000-0000-4000-8000-000000000001}',
    display_name: 'billing-ci',
  });
  it('a working repository token: what it can see comes from the answers, git user x-token-auth', () => {
    const parts = classifyBitbucketAccessToken(access(ACCESS), { user: bot, workspace, repositories: repos(1) });
    expect(parts.findings.map((f) => f.code)).toEqual(['AUTH_OK']);
    expect(verdictOf(parts.findings)).toBe('ok');
    expect(parts.facts).toContainEqual({
      label: 'Repositories it can see',
      value: '1 in acme (e.g. acme/billing-service)',
    });
    expect(parts.facts).toContainEqual({
      label: 'Git clone URL',
      value: 'https://x-token-auth:<access_token>@bitbucket.org/acme/billing-service.git',
    });
  });
  it('an API token sent as Bearer', () => {
    const parts = classifyBitbucketAccessToken(access(TOKEN), { user: unsupported });
    expect(parts.findings.map((f) => f.code)).toEqual(['BITBUCKET_TOKEN_AS_BEARER']);
    expect(parts.findings[0]?.fix?.curl).toContain('-u ');
  });
  it('a revoked access token', () => {
    const parts = classifyBitbucketAccessToken(access(ACCESS), { user: unsupported });
    expect(parts.findings.map((f) => f.code)).toEqual(['CREDENTIALS_REJECTED']);
    expect(parts.findings[0]?.fix?.curl).toContain('Authorization: Bearer $BITBUCKET_ACCESS_TOKEN');
  });
  it('a workspace outside the token', () => {
    const parts = classifyBitbucketAccessToken(access(ACCESS, 'globex'), {
      user: bot,
      workspace: obs('bitbucket-workspace', 404, { type: 'error', error: { message: 'not found' } }),
      repositories: repos(0),
    });
    expect(parts.findings.map((f) => f.code)).toEqual(['BITBUCKET_WORKSPACE_NOT_ACCESSIBLE', 'AUTH_OK']);
  });
});
