/**
 * `npm run demo`: the extension diagnosing emulated Atlassian sites in headless Chromium.
 * Builds the extension, serves the emulator over HTTPS, adds each demo profile through the options
 * page, runs the diagnosis, prints a table and saves screenshots of the reports and the popup in
 * .demo/. Without Chromium it says how to get one and runs the same engine against the emulator
 * in-process, so the verdicts are still there to read.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { diagnose } from '../lib/diagnose/diagnose';
import { memoryCache } from '../lib/probe/deps';
import { chromiumMissingMessage, findingCodes, launchExtension, waitForVerdict } from '../tests/browser/harness';
import { addProfile, runDiagnosis } from '../tests/browser/profile-form';
import { listingScreenshots } from './demo-listing';
import { createAtlassianHandler, defaultScenario, emulatorTransport } from '../emulator';
import type { Profile, ProfileDraft } from '../lib/model/profile';
import {
  DEMO_CONFLUENCE_DC_PROFILE,
  DEMO_CUSTOM_DOMAIN_PROFILE,
  DEMO_DC_PROFILE,
  DEMO_GOV_PROFILE,
  DEMO_PROFILES,
  formFields,
} from './demo-profiles';

const OUT = '.demo';

interface Row {
  profile: string;
  verdict: string;
  top: string;
  ms: number;
}

function printTable(rows: Row[], where: string): void {
  const widths = [
    Math.max(7, ...rows.map((r) => r.profile.length)),
    7,
    Math.max(11, ...rows.map((r) => r.top.length)),
    7,
  ];
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(`\nToken Doctor demo — ${where}\n`);
  console.log(line(['profile', 'verdict', 'top finding', 'time']));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of rows) console.log(line([r.profile, r.verdict, r.top, `${r.ms} ms`]));
  console.log();
}

async function inBrowser(): Promise<void> {
  console.log('Building the extension…');
  for (const args of [
    ['wxt', 'build'],
    ['wxt', 'build', '--mode', 'test'],
  ]) {
    const build = spawnSync('npx', args, { stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) throw new Error(`${args.join(' ')} failed`);
  }
  // The test build is the same extension with the emulator's Data Center hosts already granted:
  // a headless browser cannot answer the permission prompt a person would see on "Save profile".
  const session = await launchExtension({ build: 'test' });
  const rows: Row[] = [];
  let listing: string[] = [];
  try {
    const page = await session.open('options.html');
    for (const [index, demo] of [
      ...DEMO_PROFILES,
      DEMO_DC_PROFILE,
      DEMO_GOV_PROFILE,
      DEMO_CONFLUENCE_DC_PROFILE,
      DEMO_CUSTOM_DOMAIN_PROFILE,
    ].entries()) {
      await addProfile(page, { name: demo.name, kind: demo.kind, ...formFields(demo) });
      const started = Date.now();
      await runDiagnosis(page);
      const verdict = await waitForVerdict(page);
      const ms = Date.now() - started;
      rows.push({ profile: demo.name, verdict, top: (await findingCodes(page))[0] ?? '', ms });
      await page.locator('[data-report]').screenshot({ path: `${OUT}/report-${index + 1}.png` });
    }
    await page.screenshot({ path: `${OUT}/options.png`, fullPage: true });
    const popup = await session.open('popup.html');
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.getByLabel('Profile').selectOption({ label: DEMO_PROFILES[1]!.name });
    await popup.getByRole('button', { name: 'Test', exact: true }).click();
    await waitForVerdict(popup);
    await popup.screenshot({ path: `${OUT}/popup.png`, fullPage: true });
    listing = await listingScreenshots(session, {
      out: OUT,
      popupShot: `${OUT}/popup.png`,
      reportProfile: DEMO_PROFILES[1]!.name,
    });
  } finally {
    await session.close();
  }
  printTable(rows, 'the built extension in headless Chromium, against the Atlassian emulator over HTTPS');
  console.log(
    `Screenshots: ${OUT}/options.png, ${OUT}/popup.png, ${OUT}/report-1.png … report-${DEMO_PROFILES.length + 1}.png`,
  );
  console.log(`Store listing images (1280×800): ${listing.join(', ')}`);
}

function asProfile(draft: ProfileDraft, id: string): Profile {
  const now = new Date().toISOString();
  return { ...draft, id, createdAt: now, updatedAt: now };
}

async function inProcess(): Promise<void> {
  const transport = emulatorTransport(createAtlassianHandler(defaultScenario()));
  const cache = memoryCache();
  const rows: Row[] = [];
  for (const [index, demo] of [
    ...DEMO_PROFILES,
    DEMO_DC_PROFILE,
    DEMO_GOV_PROFILE,
    DEMO_CONFLUENCE_DC_PROFILE,
    DEMO_CUSTOM_DOMAIN_PROFILE,
  ].entries()) {
    const report = await diagnose(asProfile(demo, `demo-${index}`), { transport, now: Date.now, cache });
    rows.push({
      profile: demo.name,
      verdict: report.verdict,
      top: report.findings[0]?.code ?? '',
      ms: report.durationMs,
    });
  }
  printTable(rows, 'the engine against the emulator, in-process (no browser)');
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const missing = chromiumMissingMessage();
  if (missing) {
    console.log(`${missing}\nRunning the engine against the emulator without a browser instead.`);
    await inProcess();
    return;
  }
  await inBrowser();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
