/**
 * The store listing's screenshots (1280×800, what the Chrome Web Store and AMO ask for), taken
 * from the real extension during `npm run demo`, after the demo profiles were diagnosed: the popup
 * set on a plain background with a caption, a full report, Check a request, and Check all.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from '../tests/browser/harness';
import { waitForVerdict } from '../tests/browser/harness';

const WIDTH = 1280;
const HEIGHT = 800;

/** A pasted request with the mistakes people really make (Check a request sends none of it). */
const BROKEN_REQUEST = [
  'curl -s -u admin@acme.example:$ATLASSIAN_API_TOKEN \\',
  '  -header "Accept: application/json" \\',
  '  "https://acme.atlassian.net/rest/api/3/search?jql=project=OPS"',
].join('\n');

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** A screenshot of an extension page set on a 1280×800 canvas beside a caption. */
async function framed(page: Page, image: string, caption: string, detail: string, path: string): Promise<void> {
  const png = readFileSync(image).toString('base64');
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
  await page.setContent(`<!doctype html><html><body style="margin:0;width:${WIDTH}px;height:${HEIGHT}px;display:flex;
    align-items:center;justify-content:center;gap:64px;background:linear-gradient(135deg,#0b3d91,#1868db);
    font-family:system-ui,sans-serif;color:#fff">
    <div style="max-width:520px"><h1 style="font-size:44px;margin:0 0 16px">${escapeHtml(caption)}</h1>
    <p style="font-size:22px;line-height:1.4;margin:0;opacity:.9">${escapeHtml(detail)}</p></div>
    <img alt="" src="data:image/png;base64,${png}" style="border-radius:12px;box-shadow:0 12px 40px rgba(0,0,0,.35);max-height:720px">
    </body></html>`);
  await page.screenshot({ path });
}

/** Puts the element's top a little below the window's top edge, as a person would scroll to it. */
async function scrollToTop(page: Page, selector: string): Promise<void> {
  await page
    .locator(selector)
    .first()
    .evaluate((el) => {
      window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - 16, behavior: 'instant' });
    });
}

async function openProfile(page: Page, name: string): Promise<void> {
  await page
    .getByRole('link', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
    .first()
    .click();
  await page.locator('[data-report] [data-verdict]').first().waitFor({ timeout: 30_000 });
}

/** Writes `${out}/listing-1.png` … `listing-4.png` and returns their paths. */
export async function listingScreenshots(
  session: ExtensionSession,
  options: { out: string; popupShot: string; reportProfile: string },
): Promise<string[]> {
  const { out } = options;
  const paths = [1, 2, 3, 4].map((n) => `${out}/listing-${n}.png`);
  const canvas = await session.context.newPage();
  await framed(
    canvas,
    options.popupShot,
    'Does this Atlassian token work?',
    'One click on the toolbar: the verdict, the one thing to change and a command to copy.',
    paths[0]!,
  );
  await canvas.close();

  const page = await session.open('options.html');
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
  await openProfile(page, options.reportProfile);
  await scrollToTop(page, '[data-report]');
  await page.screenshot({ path: paths[1] });

  await page.getByRole('link', { name: 'Check a request', exact: true }).click();
  await page.getByRole('textbox', { name: 'Request' }).fill(BROKEN_REQUEST);
  await page.getByRole('button', { name: 'Check request', exact: true }).click();
  await waitForVerdict(page);
  await scrollToTop(page, '[data-report]');
  await page.screenshot({ path: paths[2] });

  await page.getByRole('link', { name: 'Profiles', exact: true }).click();
  await page.getByRole('button', { name: 'Check all', exact: true }).click();
  await page.locator('[data-fleet][aria-busy="false"]').waitFor({ timeout: 120_000 });
  await scrollToTop(page, '[data-fleet]');
  await page.screenshot({ path: paths[3] });
  await page.close();
  return paths;
}
