/**
 * The Firefox build in a real Firefox (Debian's firefox-esr, headless, WebDriver BiDi) against the
 * emulator over HTTPS: the user's main paths through the UI contract, one browser for the file.
 */
import type { Page } from 'puppeteer-core';
import * as world from '../../emulator';
import {
  badge,
  clickButton,
  eventually,
  fill,
  hasButton,
  launchFirefox,
  openView,
  waitForReport,
  type FirefoxSession,
} from './harness';

let session: FirefoxSession;
let page: Page;
const PASS = 'correct horse battery staple 7';

beforeAll(async () => {
  session = await launchFirefox();
  page = await session.open('options.html', 'nav');
  console.log(`Firefox reaches the emulator through the ${session.route} route`);
});

afterAll(async () => {
  await session?.close();
});

async function addCloudProfile(name: string, apiToken: string): Promise<void> {
  await clickButton(page, 'Add profile');
  await fill(page, 'Profile name', name);
  await fill(page, 'Credential type', 'cloud-api-token');
  await fill(page, 'Site URL', `https://${world.ACME_HOST}`);
  await fill(page, 'Email', world.ADMIN_EMAIL);
  await fill(page, 'API token', apiToken);
  await clickButton(page, 'Save profile');
  // Before the first token is saved the page offers the passphrase lock instead of saving.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('button')].some((b) =>
        /^(Save without a passphrase|Run diagnosis)$/.test(b.textContent?.trim() ?? ''),
      ),
    { timeout: 20_000, polling: 100 },
  );
  if (await hasButton(page, 'Save without a passphrase')) await clickButton(page, 'Save without a passphrase');
  // The page's own signal that the write finished: a next step taken while "Saving…" shows races it.
  await page.waitForFunction(
    () => /^Saved /.test(document.querySelector('.form-actions [role="status"]')?.textContent ?? ''),
    { timeout: 20_000, polling: 100 },
  );
}

describe('Firefox: the MV2 build in firefox-esr', () => {
  it('renders the options page with its three views', async () => {
    const views = await page.$$eval('nav a, nav button, [role="tab"]', (nodes) =>
      nodes.map((n) => n.textContent?.trim() ?? ''),
    );
    expect(views).toEqual(expect.arrayContaining(['Profiles', 'Check a request', 'Settings']));
    expect(await hasButton(page, 'Add profile')).toBe(true);
    expect(await page.title()).toMatch(/Token Doctor/);
  });

  it('diagnoses a working Cloud API token: ok, and the badge turns green', async () => {
    expect((await badge(page)).text).toBe('');
    await addCloudProfile('Unscoped admin', world.UNSCOPED_TOKEN);
    await clickButton(page, 'Run diagnosis');
    const report = await waitForReport(page);
    expect(report.verdict).toBe('ok');
    expect(report.codes).toEqual(['AUTH_OK', 'TOKEN_UNSCOPED']);
    expect(report.probes['site-myself']).toBe('200');
    // The request reached the emulator under the real host name, with the credential.
    expect(session.emulator.requests.some((r) => r.host === world.ACME_HOST && r.hadAuthorization)).toBe(true);
    if (session.route === 'proxy') expect(session.proxy?.tunnels).toContain(world.ACME_HOST);
    await eventually(() => badge(page), { text: '✓', color: [31, 122, 58, 255] });
  });

  it('tells a scoped token on the site URL to use the gateway: warning', async () => {
    await addCloudProfile('Scoped on site', world.SCOPED_TOKEN_READ_JIRA_USER);
    await clickButton(page, 'Run diagnosis');
    const report = await waitForReport(page);
    expect(report.verdict).toBe('warning');
    expect(report.codes[0]).toBe('SCOPED_TOKEN_ON_SITE_URL');
    expect(report.codes).toContain('TOKEN_SCOPED');
    expect(report.probes['gateway-myself']).toBe('200');
    const fix = await page.$eval('[data-finding-code="SCOPED_TOKEN_ON_SITE_URL"]', (n) => n.textContent ?? '');
    expect(fix).toContain(`https://api.atlassian.com/ex/jira/${world.ACME_CLOUD_ID}/rest/api/3/myself`);
    // Never the secret in the page.
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain(
      world.SCOPED_TOKEN_READ_JIRA_USER.slice(10, 50),
    );
  });

  it('tests a profile from the popup: the stored verdict at once, then Test, and the badge follows', async () => {
    await addCloudProfile('Expired, tested from the popup', world.EXPIRED_TOKEN);
    // The popup page itself (headless Firefox has no toolbar to click); the same popup.html.
    const popup = await session.open('popup.html', '[data-report]');
    const choose = async (name: string) => {
      const value = await popup.$$eval(
        'option',
        (options, wanted) => options.find((o) => o.textContent === wanted)?.getAttribute('value') ?? '',
        name,
      );
      await fill(popup, 'Profile', value);
    };
    try {
      await choose('Unscoped admin');
      expect((await waitForReport(popup)).verdict).toBe('ok');
      // Never tested: no verdict until Test has run, so the report read next is Test's own.
      await choose('Expired, tested from the popup');
      await popup.waitForFunction(() => !document.querySelector('[data-report] [data-verdict]'), { timeout: 20_000 });
      await clickButton(popup, 'Test');
      const report = await waitForReport(popup);
      expect(report.verdict).toBe('error');
      expect(report.codes[0]).toBe('CREDENTIALS_REJECTED');
      await eventually(() => badge(popup).then((b) => b.text), '✕');
    } finally {
      await popup.close();
    }
  });

  it('turns the passphrase lock on, locks, unlocks and turns it off', async () => {
    await openView(page, 'Settings');
    await page.waitForSelector('[data-vault-state="off"]', { timeout: 20_000 });
    await fill(page, 'New passphrase', PASS);
    await fill(page, 'Repeat the new passphrase', PASS);
    await clickButton(page, 'Turn on passphrase lock');
    await page.waitForSelector('[data-vault-state="unlocked"]', { timeout: 30_000 });
    // No token left readable in storage.local.
    const stored = await page.evaluate(async () =>
      JSON.stringify(
        await (
          globalThis as unknown as { browser: { storage: { local: { get(): Promise<object> } } } }
        ).browser.storage.local.get(),
      ),
    );
    expect(stored).not.toContain(world.UNSCOPED_TOKEN.slice(10, 50));
    expect(stored).not.toContain(world.SCOPED_TOKEN_READ_JIRA_USER.slice(10, 50));

    await clickButton(page, 'Lock');
    await page.waitForSelector('[data-vault-state="locked"]', { timeout: 20_000 });
    await fill(page, 'Passphrase', PASS);
    await clickButton(page, 'Unlock');
    await page.waitForSelector('[data-vault-state="unlocked"]', { timeout: 30_000 });

    await fill(page, 'Passphrase to turn the lock off', PASS);
    await clickButton(page, 'Turn off passphrase lock');
    await page.waitForSelector('[data-vault-state="off"]', { timeout: 30_000 });
  });

  it('checks a pasted request without sending anything', async () => {
    await openView(page, 'Check a request');
    const before = session.emulator.requests.length;
    await fill(
      page,
      'Request',
      `curl -H "Authrorization: Bearer ${world.SCOPED_TOKEN_READ_JIRA_USER}" https://${world.ACME_HOST}/rest/api/2/search`,
    );
    await clickButton(page, 'Check request');
    const report = await waitForReport(page);
    expect(report.verdict).toBe('error');
    expect(report.codes).toEqual(expect.arrayContaining(['HEADER_NAME_MISSPELLED', 'REMOVED_ENDPOINT']));
    expect(session.emulator.requests.length).toBe(before);
  });
});
