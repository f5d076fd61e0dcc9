/**
 * Cloud sites on other names through the options page of the real extension (test build: the
 * emulator's custom domain and legacy *.jira.com name are pre-granted, since a headless browser
 * cannot answer the permission prompt).
 */
import type { Page } from 'playwright-core';
import * as world from '../../emulator';
import { launchExtension, type ExtensionSession } from './harness';
import { diagnoseThroughUi, type AnyProfileInput } from './profile-form';

let session: ExtensionSession;
let page: Page;

beforeAll(async () => {
  session = await launchExtension({ build: 'test' });
  page = await session.open('options.html');
});

afterAll(async () => {
  await session?.close();
});

const diagnose = (input: AnyProfileInput) => diagnoseThroughUi(page, input);

describe('options page: a Cloud site on a custom domain', () => {
  it('recognises the custom domain anonymously, then checks the token: ok, CUSTOM_DOMAIN_CLOUD_SITE shown', async () => {
    const before = session.emulator.requests.length;
    const result = await diagnose({
      name: 'Globex Jira',
      kind: 'cloud-api-token',
      fields: {
        'Site URL': `https://${world.GLOBEX_CUSTOM_HOST}`,
        Email: world.GLOBEX_EMAIL,
        'API token': world.GLOBEX_UNSCOPED_TOKEN,
      },
    });
    expect(result.verdict).toBe('ok');
    expect(result.codes).toEqual(expect.arrayContaining(['AUTH_OK', 'CUSTOM_DOMAIN_CLOUD_SITE']));
    expect(await page.locator('[data-finding-code="CUSTOM_DOMAIN_CLOUD_SITE"]').getAttribute('data-severity')).toBe(
      'info',
    );
    expect(await page.locator('[data-report]').innerText()).toContain(world.GLOBEX_DISPLAY_NAME);
    const sent = session.emulator.requests.slice(before).filter((r) => r.host === world.GLOBEX_CUSTOM_HOST);
    const firstWithToken = sent.findIndex((r) => r.hadAuthorization);
    expect(firstWithToken).toBeGreaterThanOrEqual(2);
    expect(
      sent
        .slice(0, 2)
        .map((r) => new URL(r.url).pathname)
        .sort(),
    ).toEqual(['/_edge/tenant_info', '/rest/api/2/serverInfo']);
  });

  it('a custom domain that is Data Center: the Data Center kind is named and no token is sent', async () => {
    const before = session.emulator.requests.length;
    const result = await diagnose({
      name: 'Not Cloud',
      kind: 'cloud-api-token',
      fields: {
        'Site URL': `https://${world.DC_HOST}`,
        Email: world.ADMIN_EMAIL,
        'API token': world.UNSCOPED_TOKEN,
      },
    });
    expect(result.verdict).toBe('error');
    expect(result.codes).toEqual(['CLOUD_TOKEN_ON_DATA_CENTER']);
    expect(await page.locator('[data-report]').innerText()).toContain('Data Center personal access token');
    expect(session.emulator.requests.slice(before).filter((r) => r.hadAuthorization)).toEqual([]);
  });

  it('an OAuth token for the custom domain: recognised anonymously, matched by cloudId, the token only at the gateway', async () => {
    const before = session.emulator.requests.length;
    const result = await diagnose({
      name: 'Globex OAuth',
      kind: 'oauth-access-token',
      fields: {
        'Access token': world.GLOBEX_OAUTH_TOKEN,
        'Site URL': `https://${world.GLOBEX_CUSTOM_HOST}`,
      },
    });
    expect(result.verdict).toBe('ok');
    expect(result.codes).toEqual(expect.arrayContaining(['AUTH_OK', 'OAUTH_GRANT', 'CUSTOM_DOMAIN_CLOUD_SITE']));
    expect(result.codes).not.toContain('NOT_ATLASSIAN_CLOUD_HOST');
    expect(result.codes).not.toContain('OAUTH_SITE_NOT_GRANTED');
    const report = await page.locator('[data-report]').innerText();
    expect(report).toContain(world.GLOBEX_CLOUD_ID);
    const sent = session.emulator.requests.slice(before);
    const atCustom = sent.filter((r) => r.host === world.GLOBEX_CUSTOM_HOST);
    expect(atCustom.map((r) => new URL(r.url).pathname).sort()).toEqual([
      '/_edge/tenant_info',
      '/rest/api/2/serverInfo',
    ]);
    expect(atCustom.some((r) => r.hadAuthorization)).toBe(false);
    expect(sent.filter((r) => r.hadAuthorization).every((r) => r.host === 'api.atlassian.com')).toBe(true);
    expect(sent.some((r) => r.hadAuthorization)).toBe(true);
  });

  it('an OAuth token with a Data Center server as its Site URL: the Data Center kind is named, the token sent nowhere', async () => {
    const before = session.emulator.requests.length;
    const result = await diagnose({
      name: 'OAuth not Cloud',
      kind: 'oauth-access-token',
      fields: { 'Access token': world.GLOBEX_OAUTH_TOKEN, 'Site URL': `https://${world.DC_HOST}` },
    });
    expect(result.verdict).toBe('error');
    expect(result.codes).toEqual(['CLOUD_TOKEN_ON_DATA_CENTER']);
    expect(session.emulator.requests.slice(before).filter((r) => r.hadAuthorization)).toEqual([]);
  });

  it('the legacy *.jira.com name is Cloud by rule', async () => {
    const result = await diagnose({
      name: 'Globex legacy',
      kind: 'cloud-api-token',
      fields: {
        'Site URL': `https://${world.GLOBEX_LEGACY_HOST}`,
        Email: world.GLOBEX_EMAIL,
        'API token': world.GLOBEX_UNSCOPED_TOKEN,
      },
    });
    expect(result.verdict).toBe('ok');
    expect(result.codes).toContain('AUTH_OK');
  });
});
