/**
 * The options page in the real extension, in Chromium, against the emulator over HTTPS: an admin
 * adds a Cloud API token profile, runs the diagnosis and reads the report through the UI contract
 * (the element names and attributes the tests rely on).
 */
import type { Page } from 'playwright-core';
import * as world from '../../emulator';
import { launchExtension, type ExtensionSession } from './harness';
import { diagnoseThroughUi } from './profile-form';

let session: ExtensionSession;
let page: Page;

beforeAll(async () => {
  session = await launchExtension();
  page = await session.open('options.html');
});

afterAll(async () => {
  await session?.close();
});

const diagnoseCloud = (name: string, siteUrl: string, email: string, apiToken: string) =>
  diagnoseThroughUi(page, { name, siteUrl, email, apiToken });

describe('options page: Run diagnosis on a Cloud API token profile', () => {
  it('says a working unscoped token works, in one round trip', async () => {
    const result = await diagnoseCloud(
      'Unscoped admin',
      `https://${world.ACME_HOST}`,
      world.ADMIN_EMAIL,
      world.UNSCOPED_TOKEN,
    );
    expect(result.verdict).toBe('ok');
    expect(result.codes).toEqual(['AUTH_OK', 'TOKEN_UNSCOPED']);
    expect(result.probes).toEqual({ 'tenant-info': '200', 'site-myself': '200' });
    await expect.poll(() => page.locator('[data-report]').textContent()).toContain(world.ADMIN_DISPLAY_NAME);
  });

  it('tells a scoped token on the site URL to use the gateway, with the corrected URL', async () => {
    const result = await diagnoseCloud(
      'Scoped on site',
      `https://${world.ACME_HOST}`,
      world.ADMIN_EMAIL,
      world.SCOPED_TOKEN_READ_JIRA_USER,
    );
    expect(result.verdict).toBe('warning');
    expect(result.codes[0]).toBe('SCOPED_TOKEN_ON_SITE_URL');
    expect(result.codes).toContain('TOKEN_SCOPED');
    // The first test learnt acme's cloudId; cached in storage, it lets site and gateway be asked at once.
    expect(result.probes).toEqual({ 'site-myself': '401', 'gateway-myself': '200' });
    const finding = page.locator('[data-finding-code="SCOPED_TOKEN_ON_SITE_URL"]');
    await expect
      .poll(() => finding.textContent())
      .toContain(`https://api.atlassian.com/ex/jira/${world.ACME_CLOUD_ID}/rest/api/3/myself`);
  });

  it('names the missing scope of a scoped token', async () => {
    const result = await diagnoseCloud(
      'Scoped, no user scope',
      `https://${world.ACME_HOST}`,
      world.ADMIN_EMAIL,
      world.SCOPED_TOKEN_WITHOUT_USER_SCOPE,
    );
    expect(result.codes[0]).toBe('SCOPE_MISSING');
    await expect
      .poll(() => page.locator('[data-finding-code="SCOPE_MISSING"]').textContent())
      .toContain('read:jira-user');
  });

  it('says a wrong token is rejected, and never shows the token', async () => {
    const result = await diagnoseCloud(
      'Wrong token',
      `https://${world.ACME_HOST}`,
      world.ADMIN_EMAIL,
      world.UNKNOWN_TOKEN,
    );
    expect(result.verdict).toBe('error');
    expect(result.codes).toEqual(['CREDENTIALS_REJECTED']);
    expect(result.probes['gateway-myself']).toBe('401');
    expect(await page.locator('body').innerText()).not.toContain(world.UNKNOWN_TOKEN);
    expect(await page.content()).not.toContain(world.UNKNOWN_TOKEN.slice(20, 60));
  });

  it('explains a CAPTCHA lockout with where to sign in', async () => {
    const result = await diagnoseCloud(
      'Locked',
      `https://${world.LOCKED_HOST}`,
      world.ADMIN_EMAIL,
      world.UNSCOPED_TOKEN,
    );
    expect(result.codes).toEqual(['CAPTCHA_REQUIRED']);
    expect(result.probes['site-myself']).toBe('403');
    expect(result.probes['gateway-myself']).toBeUndefined();
    await expect
      .poll(() => page.locator('[data-finding-code="CAPTCHA_REQUIRED"]').textContent())
      .toContain(`https://${world.LOCKED_HOST}/login.jsp`);
  });

  it('says the site does not exist', async () => {
    const result = await diagnoseCloud(
      'No such site',
      `https://${world.UNKNOWN_HOST}`,
      world.ADMIN_EMAIL,
      world.UNSCOPED_TOKEN,
    );
    expect(result.verdict).toBe('error');
    expect(result.codes).toEqual(['SITE_NOT_FOUND']);
    expect(result.probes['tenant-info']).toBe('404');
  });

  it('checks an http:// site URL over HTTPS and says why', async () => {
    const result = await diagnoseCloud(
      'Plain http',
      `http://${world.ACME_HOST}/jira`,
      world.ADMIN_EMAIL,
      world.UNSCOPED_TOKEN,
    );
    expect(result.verdict).toBe('warning');
    expect(result.codes).toEqual(['HTTP_NOT_HTTPS', 'URL_HAS_EXTRA_PATH', 'AUTH_OK', 'TOKEN_UNSCOPED']);
    expect(result.probes['site-myself']).toBe('200');
  });

  it('only ever sent GETs, and the secret only to the Atlassian hosts', () => {
    expect(session.emulator.requests.length).toBeGreaterThan(10);
    for (const request of session.emulator.requests) {
      expect(request.method).toBe('GET');
      if (request.hadAuthorization)
        expect(request.host === 'api.atlassian.com' || request.host.endsWith('.atlassian.net')).toBe(true);
    }
    const locked = session.emulator.requests.filter((r) => r.host === world.LOCKED_HOST && r.hadAuthorization);
    expect(locked).toHaveLength(1);
  });
});
