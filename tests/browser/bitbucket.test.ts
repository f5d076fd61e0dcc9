/**
 * Bitbucket Cloud credentials through the options page of the real extension (production build:
 * api.bitbucket.org is a manifest host permission, so there is no prompt), against the emulator's
 * Bitbucket Cloud over HTTPS, driven only through the UI contract.
 */
import type { Page } from 'playwright-core';
import * as world from '../../emulator';
import { launchExtension, type ExtensionSession } from './harness';
import { diagnoseThroughUi, type AnyProfileInput } from './profile-form';

let session: ExtensionSession;
let page: Page;

beforeAll(async () => {
  session = await launchExtension();
  page = await session.open('options.html');
});

afterAll(async () => {
  await session?.close();
});

async function diagnoseAndRecord(input: AnyProfileInput) {
  const before = session.emulator.requests.length;
  const seen = await diagnoseThroughUi(page, input);
  return { ...seen, sent: session.emulator.requests.slice(before) };
}

const apiToken = (name: string, email: string, token: string): AnyProfileInput => ({
  name,
  kind: 'bitbucket-api-token',
  fields: { Email: email, 'API token': token, Workspace: world.BITBUCKET_WORKSPACE },
});

describe('options page: Bitbucket Cloud', () => {
  it('a working API token: ok, signed in, its workspace, and the git clone URL without the email', async () => {
    const result = await diagnoseAndRecord(
      apiToken('Bitbucket — API token', world.BITBUCKET_EMAIL, world.BITBUCKET_API_TOKEN),
    );
    expect(result.verdict).toBe('ok');
    expect(result.codes).toEqual(['AUTH_OK']);
    expect(result.probes).toEqual({
      'bitbucket-user': '200',
      'bitbucket-workspace': '200',
      'bitbucket-repositories': '200',
    });
    // The secret went to api.bitbucket.org and nowhere else.
    expect(new Set(result.sent.map((r) => r.host))).toEqual(new Set(['api.bitbucket.org']));
    const text = await page.locator('[data-report]').innerText();
    expect(text).toContain(world.BITBUCKET_DISPLAY_NAME);
    expect(text).toContain('x-bitbucket-api-token-auth:<api_token>@bitbucket.org/acme/');
    expect(text).not.toContain(world.BITBUCKET_API_TOKEN);
  });

  it('an API token entered as an access token (sent as Bearer): BITBUCKET_TOKEN_AS_BEARER', async () => {
    const result = await diagnoseAndRecord({
      name: 'Bitbucket — API token as Bearer',
      kind: 'bitbucket-access-token',
      fields: { 'Access token': world.BITBUCKET_API_TOKEN, Workspace: world.BITBUCKET_WORKSPACE },
    });
    expect(result.verdict).toBe('error');
    expect(result.codes).toEqual(['BITBUCKET_TOKEN_AS_BEARER']);
    expect(result.probes).toEqual({ 'bitbucket-user': '401' });
  });

  it('a retired app password: APP_PASSWORD_RETIRED, with how to make an API token', async () => {
    const result = await diagnoseAndRecord(
      apiToken('Bitbucket — app password', world.BITBUCKET_USERNAME, world.BITBUCKET_APP_PASSWORD),
    );
    expect(result.verdict).toBe('error');
    expect(result.codes).toEqual(['APP_PASSWORD_RETIRED']);
    const text = await page.locator('[data-report]').innerText();
    expect(text).toContain('Create API token with scopes');
  });

  it('a Jira-only token: BITBUCKET_SCOPES_MISSING', async () => {
    const result = await diagnoseAndRecord(
      apiToken('Bitbucket — Jira-only token', world.ADMIN_EMAIL, world.SCOPED_TOKEN_READ_JIRA_USER),
    );
    expect(result.verdict).toBe('error');
    expect(result.codes).toEqual(['BITBUCKET_SCOPES_MISSING']);
    expect(result.sent.every((r) => r.host === 'api.bitbucket.org')).toBe(true);
  });

  it('a working repository access token: ok, what it can see, and x-token-auth for git', async () => {
    const result = await diagnoseAndRecord({
      name: 'Bitbucket — repository access token',
      kind: 'bitbucket-access-token',
      fields: { 'Access token': world.BITBUCKET_REPO_ACCESS_TOKEN, Workspace: world.BITBUCKET_WORKSPACE },
    });
    expect(result.verdict).toBe('ok');
    expect(result.codes).toEqual(['AUTH_OK']);
    const text = await page.locator('[data-report]').innerText();
    expect(text).toContain('1 in acme');
    expect(text).toContain('x-token-auth:<access_token>@bitbucket.org/acme/billing-service.git');
  });
});
