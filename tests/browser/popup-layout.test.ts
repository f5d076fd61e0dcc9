/**
 * The toolbar popup fits: in the built extension in Chromium, at 400 × 600 (the most a popup may
 * be tall), no state scrolls or runs past its card — a working token, a scoped token on the site
 * URL (the longest fix, with a curl command), a rejected token, a site that could not be checked,
 * a long profile name on a long site URL, a run going (with its Cancel), no profile yet, and the
 * locked vault. axe-core finds
 * nothing in any of them (best practices included). The popup's JavaScript, counted from what it
 * really fetched, stays under its ceiling, and Alt+Shift+T is the shortcut that opens it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { vi } from 'vitest';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page, Request } from 'playwright-core';
import * as world from '../../emulator';
import { gzipBytes, POPUP_GZIP_CEILING_KB } from '../../scripts/bench/popup-size';
import { EXTENSION_DIR, launchExtension, waitForVerdict, type ExtensionSession } from './harness';
import { addCloudProfile, field } from './profile-form';

const SHOTS = join('test-results', 'popup-layout');
const WIDTH = 400;
const HEIGHT = 600;
const PASS = 'correct horse battery staple';
const LONG_NAME = 'Production Jira service account for the quarterly compliance export (EU, read-only)';
const LONG_HOST = 'a-very-long-company-name-with-several-divisions-and-regions.atlassian.net';

let session: ExtensionSession;
/** Each state's card height, written beside the screenshots for the record. */
const heights: Record<string, number> = {};

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  session = await launchExtension();
});

afterAll(async () => {
  writeFileSync(join(SHOTS, 'heights.json'), JSON.stringify(heights, null, 2));
  await session?.close();
});

async function storedNames(): Promise<string[]> {
  return session.worker.evaluate(async () => {
    const local = (
      globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }
    ).chrome.storage.local;
    return Object.entries(await local.get(null))
      .filter(([key]) => key.startsWith('profile:'))
      .map(([, value]) => (value as { profile?: { name?: string } }).profile?.name ?? '');
  });
}

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
  /** The card's own height (the popup's height when the browser sizes it to its content). */
  height: number;
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
      height: Math.ceil(card.height),
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
      pastCard,
    };
  });
}

async function expectFitsAndAccessible(popup: Page, name: string): Promise<void> {
  const { height, ...fit } = await measure(popup, name);
  heights[name] = height;
  expect(height).toBeLessThanOrEqual(HEIGHT);
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
    const cloud = async (name: string, host: string, apiToken: string) => {
      await addCloudProfile(options, { name, siteUrl: `https://${host}`, email: world.ADMIN_EMAIL, apiToken });
      // Saved before the next form is opened: the stored names, as the popup will read them.
      await vi.waitFor(async () => expect(await storedNames()).toContain(name), { timeout: 15_000 });
    };
    await cloud('Acme admin', world.ACME_HOST, world.UNSCOPED_TOKEN);
    await cloud('Scoped CI token', world.ACME_HOST, world.SCOPED_TOKEN_READ_JIRA_USER);
    await cloud('Expired token', world.ACME_HOST, world.EXPIRED_TOKEN);
    await cloud('Busy site', world.BUSY_HOST, world.UNSCOPED_TOKEN);
    await cloud(LONG_NAME, LONG_HOST, world.UNSCOPED_TOKEN);
    await cloud('Hanging site', world.SLOW_HOST, world.UNSCOPED_TOKEN);
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

  it('a run going: the call in flight and "Cancel run" fit, and Cancel hands focus back to Test', async () => {
    const popup = await openPopup();
    await popup.getByLabel('Profile').selectOption({ label: 'Hanging site' });
    const test = popup.getByRole('button', { name: 'Test', exact: true });
    await test.click();
    await popup.locator('[data-run-call]').waitFor();
    expect(await popup.locator('[data-report]').getAttribute('aria-busy')).toBe('true');
    await expectFitsAndAccessible(popup, 'running');
    await popup.getByRole('button', { name: 'Cancel run', exact: true }).click();
    await popup.locator('[data-report][aria-busy="false"] [data-run-cancelled]').waitFor();
    await vi.waitFor(async () => expect(await test.evaluate((el) => el === document.activeElement)).toBe(true));
    await popup.close();
  });

  it("shows a long profile name whole: in the select's title and beside the site", async () => {
    const popup = await openPopup();
    await popup.getByLabel('Profile').selectOption({ label: LONG_NAME });
    expect(await popup.getByLabel('Profile').getAttribute('title')).toContain(LONG_NAME);
    expect(await popup.locator('.popup-site').innerText()).toContain(LONG_HOST);
    await popup.close();
  });

  it('loads no more JavaScript than its ceiling when it opens and paints the stored verdict', async () => {
    const scripts = new Set<string>();
    const seen = (request: Request) => {
      const url = new URL(request.url());
      if (url.host === session.extensionId && url.pathname.endsWith('.js')) scripts.add(url.pathname);
    };
    session.context.on('request', seen);
    const popup = await openPopup();
    expect(await waitForVerdict(popup)).toBe('error');
    session.context.off('request', seen);
    // Every script popup.html itself names is among those counted: nothing escaped the count.
    const named = await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[rel="modulepreload"]')].map(
        (el) => new URL(el instanceof HTMLScriptElement ? el.src : el.href).pathname,
      ),
    );
    expect(named.length).toBeGreaterThan(0);
    expect([...scripts]).toEqual(expect.arrayContaining(named));
    const gzip = [...scripts].reduce((sum, path) => sum + gzipBytes(join(EXTENSION_DIR, path)), 0);
    expect(gzip / 1024).toBeLessThanOrEqual(POPUP_GZIP_CEILING_KB);
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
