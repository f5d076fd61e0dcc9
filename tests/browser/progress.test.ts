/**
 * Feedback on long work, in the built extension in Chromium against the emulator over HTTPS: a
 * site that never answers shows the call in flight and the time against the limit, and Cancel
 * really stops the run (nothing stored, no verdict claimed); a slow site's run completes while
 * progress shows, and the verdict is then in view at 1280 × 900 with focus on it. Waits only on
 * the page's own signals (aria-busy, data-verdict, text).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import * as world from '../../emulator';
import { createAtlassianHandler, defaultScenario, scenarioBuilder, startEmulatorServer } from '../../emulator';
import { launchExtension, waitForVerdict, type ExtensionSession } from './harness';
import { addCloudProfile, runDiagnosis } from './profile-form';

/** Each answer from acme takes this long: long enough to see progress, short enough for a test. */
const ACME_LATENCY_MS = 1_500;
/** Where to save screenshots of the progress and cancelled states, when set (nothing is saved otherwise). */
const SHOTS = process.env.TOKEN_DOCTOR_SCREENSHOTS;

let session: ExtensionSession;
let page: Page;

beforeAll(async () => {
  const scenario = scenarioBuilder(defaultScenario())
    .updateSite(world.ACME_HOST, { latencyMs: ACME_LATENCY_MS })
    .build();
  const emulator = await startEmulatorServer(createAtlassianHandler(scenario));
  session = await launchExtension({ emulator });
  page = await session.open('options.html');
  await page.setViewportSize({ width: 1280, height: 900 });
});

afterAll(async () => {
  await session?.close();
  await session?.emulator.close();
});

const report = () => page.locator('[data-report]');
const busy = () => report().getAttribute('aria-busy');
const shot = async (name: string) => {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
};

describe('a long run, in the options page', () => {
  it('shows the call in flight on a site that never answers, and Cancel stops it without claiming anything', async () => {
    await addCloudProfile(page, {
      name: 'Slow site',
      siteUrl: `https://${world.SLOW_HOST}`,
      email: world.ADMIN_EMAIL,
      apiToken: world.UNSCOPED_TOKEN,
    });
    await runDiagnosis(page);
    const progress = report().locator('[data-run-progress]');
    await expect
      .poll(() => progress.textContent())
      .toMatch(new RegExp(`Waiting for GET /(rest/api/3/myself|_edge/tenant_info) on ${world.SLOW_HOST}`));
    await expect.poll(() => progress.textContent()).toMatch(/[1-9]\.\d s of at most 20\.0 s/);
    expect(await busy()).toBe('true');
    expect(await page.getByRole('button', { name: 'Run diagnosis', exact: true }).getAttribute('aria-disabled')).toBe(
      'true',
    );
    expect(await progress.textContent()).not.toContain(world.UNSCOPED_TOKEN);
    await shot('progress');

    await report().getByRole('button', { name: 'Cancel run', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('[data-report]')?.getAttribute('aria-busy') === 'false');
    await expect.poll(() => report().textContent()).toContain('Cancelled: nothing was stored');
    // No previous report, and none made: no verdict is shown at all.
    expect(await report().locator('[data-verdict]').count()).toBe(0);
    const runButton = page.getByRole('button', { name: 'Run diagnosis', exact: true });
    expect(await runButton.getAttribute('aria-disabled')).toBeNull();
    expect(await runButton.evaluate((b) => b === document.activeElement)).toBe(true);
    await shot('cancelled');
  });

  it('completes on a slow site while progress shows; the verdict is then in view, with focus on it', async () => {
    await addCloudProfile(page, {
      name: 'Lagging acme',
      siteUrl: `https://${world.ACME_HOST}`,
      email: world.ADMIN_EMAIL,
      apiToken: world.UNSCOPED_TOKEN,
    });
    await runDiagnosis(page);
    await expect
      .poll(() => report().locator('[data-run-progress]').textContent())
      .toMatch(new RegExp(`on ${world.ACME_HOST}`));
    expect(await busy()).toBe('true');
    expect(await waitForVerdict(page)).toBe('ok');
    const heading = report().locator('[data-verdict-heading]');
    await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
    const box = await heading.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(900);
    // The report's probes are the full report's, under it.
    expect(await report().locator('[data-probe="site-myself"]').getAttribute('data-status')).toBe('200');
    await shot('finished');
  });
});
