/**
 * Check all in the real extension, in Chromium, against the emulator over HTTPS: five profiles of
 * mixed verdicts are checked from the Profiles view, and every row of the fleet table is read
 * through the UI contract (`data-fleet`, `data-fleet-row`, `data-profile-name`, `data-verdict`).
 */
import type { Page } from 'playwright-core';
import * as world from '../../emulator';
import { launchExtension, type ExtensionSession } from './harness';
import { addCloudProfile, field } from './profile-form';

let session: ExtensionSession;
let page: Page;

beforeAll(async () => {
  session = await launchExtension();
  page = await session.open('options.html');
});

afterAll(async () => {
  await session?.close();
});

const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);

describe('options page: Check all', () => {
  it('checks five profiles of mixed verdicts and lists them by urgency', async () => {
    const acme = `https://${world.ACME_HOST}`;
    await addCloudProfile(page, {
      name: 'Works',
      siteUrl: acme,
      email: world.ADMIN_EMAIL,
      apiToken: world.UNSCOPED_TOKEN,
    });
    await addCloudProfile(page, {
      name: 'Revoked',
      siteUrl: acme,
      email: world.ADMIN_EMAIL,
      apiToken: world.REVOKED_TOKEN,
    });
    await addCloudProfile(page, {
      name: 'Broken site',
      siteUrl: `https://${world.BROKEN_HOST}`,
      email: world.ADMIN_EMAIL,
      apiToken: world.UNSCOPED_TOKEN,
    });
    await addCloudProfile(page, {
      name: 'Scoped on site',
      siteUrl: acme,
      email: world.ADMIN_EMAIL,
      apiToken: world.SCOPED_TOKEN_READ_JIRA_USER,
    });
    await addCloudProfile(page, {
      name: 'Ends soon',
      siteUrl: acme,
      email: world.ADMIN_EMAIL,
      apiToken: world.UNSCOPED_TOKEN,
    });
    await field(page, 'Expires on').fill(inThreeDays);
    await page.getByRole('button', { name: 'Save profile', exact: true }).click();
    await page
      .getByText('Saved.', { exact: false })
      .first()
      .waitFor({ timeout: 5_000 })
      .catch(() => undefined);

    await page.getByRole('button', { name: 'Check all', exact: true }).click();
    const fleet = page.locator('[data-fleet]');
    await fleet.waitFor();
    await page.locator('[data-fleet][aria-busy="false"]').waitFor({ timeout: 60_000 });
    const rows = page.locator('[data-fleet-row]');
    await expect.poll(() => rows.count()).toBe(5);
    const read = await rows.evaluateAll((els) =>
      els.map((el) => ({
        name: el.getAttribute('data-profile-name'),
        verdict: el.getAttribute('data-verdict'),
        text: el.textContent ?? '',
      })),
    );
    expect(read.map((r) => [r.name, r.verdict])).toEqual([
      ['Revoked', 'error'],
      ['Broken site', 'unknown'],
      ['Ends soon', 'ok'],
      ['Scoped on site', 'warning'],
      ['Works', 'ok'],
    ]);
    expect(read[2]!.text).toContain('expires in 3 days');
    expect(read[4]!.text).toContain('at most a year from creation');
    for (const row of read) expect(row.text).not.toContain(world.UNSCOPED_TOKEN);
    await expect.poll(() => page.getByRole('button', { name: 'Copy fleet report' }).count()).toBe(1);

    // The table reads at the window sizes people use, in both themes: no page wider than the
    // window, no table wider than its card, times on one line, hosts cut to one line, and no entry
    // of the saved-profiles list running past the list.
    for (const width of [900, 1024, 1280, 1440]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme });
        const layout = await page.evaluate(() => {
          const lineHeight = (el: Element) => parseFloat(getComputedStyle(el).lineHeight);
          const lines = (el: Element) => Math.round(el.getBoundingClientRect().height / lineHeight(el));
          const table = document.querySelector('[data-fleet] table')!.getBoundingClientRect();
          const card = document.querySelector('[data-fleet]')!.closest('section')!.getBoundingClientRect();
          return {
            page: document.documentElement.scrollWidth,
            window: window.innerWidth,
            tableRight: table.right,
            cardRight: card.right,
            timeLines: [...document.querySelectorAll('[data-fleet-row] time')].map(lines),
            hostLines: [...document.querySelectorAll('[data-fleet-row] .fleet-host')].map(lines),
            // The saved-profiles list beside (or above) the table: nothing of an entry runs past it.
            pastList: [...document.querySelectorAll('.profile-link')].flatMap((link) => {
              const box = link.getBoundingClientRect();
              return [...link.querySelectorAll('*')]
                .filter((el) => el.getBoundingClientRect().right > box.right + 0.5)
                .map((el) => (el.textContent ?? '').slice(0, 40));
            }),
          };
        });
        const at = `${width} px, ${colorScheme}`;
        expect(layout.page, at).toBeLessThanOrEqual(layout.window);
        expect(layout.tableRight, at).toBeLessThanOrEqual(layout.cardRight);
        expect(layout.timeLines, at).toEqual([1, 1, 1, 1, 1]);
        expect(layout.hostLines, at).toEqual([1, 1, 1, 1, 1]);
        expect(layout.pastList, at).toEqual([]);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1200, height: 900 });

    // The link of a row opens that profile's full report.
    await page.getByRole('link', { name: 'Full report of Revoked' }).click();
    await page.locator('[data-report] [data-verdict="error"]').waitFor();
  });
});
