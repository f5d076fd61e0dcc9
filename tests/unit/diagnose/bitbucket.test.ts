/**
 * The Bitbucket kinds end to end: the engine against the emulator's Bitbucket Cloud, in-process.
 * Negative table first: working credentials get no error.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../lib/diagnose/diagnose';
import { memoryCache, type EngineDeps } from '../../../lib/probe/deps';
import type { Profile } from '../../../lib/model/profile';
import * as world from '../../../emulator';
import { createAtlassianHandler, defaultScenario, recordingTransport } from '../../../emulator';

const stamp = {
  id: 'bb',
  name: 'bitbucket',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
};
const apiToken = (email: string, token: string, workspace = world.BITBUCKET_WORKSPACE): Profile => ({
  ...stamp,
  kind: 'bitbucket-api-token',
  email,
  bitbucketApiToken: token,
  workspace,
});
const accessToken = (token: string, workspace = world.BITBUCKET_WORKSPACE): Profile => ({
  ...stamp,
  kind: 'bitbucket-access-token',
  bitbucketAccessToken: token,
  workspace,
});

async function run(profile: Profile) {
  const recorder = recordingTransport(createAtlassianHandler(defaultScenario()));
  const deps: EngineDeps = {
    transport: recorder.transport,
    now: Date.now,
    cache: memoryCache(),
    probeTimeoutMs: 2_000,
    runBudgetMs: 5_000,
    sleep: async () => undefined,
  };
  const report = await diagnose(profile, deps);
  return {
    report,
    codes: report.findings.map((f) => f.code),
    probes: Object.fromEntries(report.probes.map((p) => [p.probe.id, p.status ?? p.error?.kind])),
    hosts: recorder.countByHost(),
  };
}

describe('working Bitbucket credentials get no error', () => {
  it.each<[string, Profile]>([
    [
      'an API token with the read scopes, with its workspace',
      apiToken(world.BITBUCKET_EMAIL, world.BITBUCKET_API_TOKEN),
    ],
    ['an API token with the read scopes, no workspace', apiToken(world.BITBUCKET_EMAIL, world.BITBUCKET_API_TOKEN, '')],
    ['a repository access token', accessToken(world.BITBUCKET_REPO_ACCESS_TOKEN)],
    ['a workspace access token', accessToken(world.BITBUCKET_WORKSPACE_ACCESS_TOKEN)],
  ])('%s', async (_name, profile) => {
    const { report } = await run(profile);
    expect(report.verdict).toBe('ok');
    expect(report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning')).toEqual([]);
    expect(report.findings[0]?.code).toBe('AUTH_OK');
  });
});

describe('diagnose: Bitbucket API tokens', () => {
  it('a working token: one probe, then the workspace and its repositories at once, all to api.bitbucket.org', async () => {
    const { report, probes, hosts } = await run(apiToken(world.BITBUCKET_EMAIL, world.BITBUCKET_API_TOKEN));
    expect(probes).toEqual({ 'bitbucket-user': 200, 'bitbucket-workspace': 200, 'bitbucket-repositories': 200 });
    expect(hosts).toEqual({ 'api.bitbucket.org': 3 });
    expect(report.findings[0]?.title).toBe(
      `Bitbucket accepts it: signed in as ${world.BITBUCKET_DISPLAY_NAME} (workspace ${world.BITBUCKET_WORKSPACE_NAME})`,
    );
    expect(report.facts).toContainEqual({
      label: 'Repositories it can see',
      value: '3 in acme (e.g. acme/billing-service)',
    });
    expect(report.account?.displayName).toBe(world.BITBUCKET_DISPLAY_NAME);
    expect(JSON.stringify(report)).not.toContain(world.BITBUCKET_API_TOKEN);
  });

  it.each<[string, Profile, string[]]>([
    [
      'a retired app password with the username',
      apiToken(world.BITBUCKET_USERNAME, world.BITBUCKET_APP_PASSWORD),
      ['APP_PASSWORD_RETIRED'],
    ],
    [
      'a Jira-only scoped token',
      apiToken(world.ADMIN_EMAIL, world.SCOPED_TOKEN_READ_JIRA_USER),
      ['BITBUCKET_SCOPES_MISSING'],
    ],
    ['an unscoped token', apiToken(world.ADMIN_EMAIL, world.UNSCOPED_TOKEN), ['BITBUCKET_SCOPES_MISSING']],
    ['an unknown token', apiToken(world.BITBUCKET_EMAIL, world.UNKNOWN_TOKEN), ['CREDENTIALS_REJECTED']],
    // Bitbucket's "Token is invalid, expired, or not supported" covers both: the finding says so.
    [
      'an expired Bitbucket token',
      apiToken(world.BITBUCKET_EMAIL, world.BITBUCKET_EXPIRED_API_TOKEN),
      ['BITBUCKET_SCOPES_MISSING'],
    ],
    ['the token of another email', apiToken(world.MEMBER_EMAIL, world.BITBUCKET_API_TOKEN), ['CREDENTIALS_REJECTED']],
    [
      'the username with an API token (nothing sent)',
      apiToken(world.BITBUCKET_USERNAME, world.BITBUCKET_API_TOKEN),
      ['EMAIL_NOT_AN_EMAIL'],
    ],
    [
      'a token with read:repository:bitbucket only',
      apiToken(world.BITBUCKET_EMAIL, world.BITBUCKET_API_TOKEN_REPO_ONLY),
      ['SCOPE_MISSING', 'SCOPE_MISSING'],
    ],
    [
      'a workspace the account is not in',
      apiToken(world.BITBUCKET_EMAIL, world.BITBUCKET_API_TOKEN, world.BITBUCKET_OTHER_WORKSPACE),
      ['BITBUCKET_WORKSPACE_NOT_ACCESSIBLE', 'AUTH_OK'],
    ],
  ])('%s', async (_name, profile, expected) => {
    const { codes, report } = await run(profile);
    expect(codes).toEqual(expected);
    expect(report.verdict).not.toBe('ok');
  });

  it('a refused token gets no second request: the workspace probes are not sent after a 401', async () => {
    const { probes } = await run(apiToken(world.ADMIN_EMAIL, world.SCOPED_TOKEN_READ_JIRA_USER));
    expect(probes).toEqual({ 'bitbucket-user': 401 });
  });
});

describe('diagnose: Bitbucket access tokens', () => {
  it('what a repository token can see is read from the answers', async () => {
    const { report } = await run(accessToken(world.BITBUCKET_REPO_ACCESS_TOKEN));
    expect(report.facts).toContainEqual({
      label: 'Repositories it can see',
      value: '1 in acme (e.g. acme/billing-service)',
    });
    expect(report.facts).toContainEqual({
      label: 'Git clone URL',
      value: 'https://x-token-auth:<access_token>@bitbucket.org/acme/billing-service.git',
    });
  });

  it('a workspace token sees every repository of its workspace', async () => {
    const { report } = await run(accessToken(world.BITBUCKET_WORKSPACE_ACCESS_TOKEN));
    expect(report.facts).toContainEqual({
      label: 'Repositories it can see',
      value: '3 in acme (e.g. acme/billing-service)',
    });
  });

  it.each<[string, Profile, string[]]>([
    [
      'an API token entered as an access token (sent as Bearer)',
      accessToken(world.BITBUCKET_API_TOKEN),
      ['BITBUCKET_TOKEN_AS_BEARER'],
    ],
    ['a revoked access token', accessToken(world.BITBUCKET_REVOKED_ACCESS_TOKEN), ['CREDENTIALS_REJECTED']],
    [
      'another workspace',
      accessToken(world.BITBUCKET_REPO_ACCESS_TOKEN, world.BITBUCKET_OTHER_WORKSPACE),
      ['BITBUCKET_WORKSPACE_NOT_ACCESSIBLE', 'AUTH_OK'],
    ],
  ])('%s', async (_name, profile, expected) => {
    const { codes, report } = await run(profile);
    expect(codes).toEqual(expected);
    expect(report.verdict).toBe('error');
  });
});
