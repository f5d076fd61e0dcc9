/**
 * Runs the built extension in Debian's Chromium (headless) against the Atlassian emulator served
 * over HTTPS on 127.0.0.1. `--host-resolver-rules` sends the real Atlassian host names there, so
 * the product code has no test hook at all.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { createAtlassianHandler, defaultScenario, startEmulatorServer, type EmulatorServer } from '../../emulator';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve('.output/chrome-mv3');
/** `wxt build --mode test`: the emulator's Data Center hosts already granted (wxt.config.ts). */
export const TEST_EXTENSION_DIR = resolve('.output/chrome-mv3-test');
/** Data Center hosts the emulator serves (emulator default scenario; on its certificate). */
const DATA_CENTER_HOSTS = [
  'jira.internal.example',
  'jira-ctx.internal.example',
  'jira-locked.internal.example',
  'confluence.internal.example',
  'jira-busy.internal.example',
  // custom-domain-scenario.ts: a Cloud site's custom domain and legacy *.jira.com name
  'jira.globex.example',
  'globex.jira.com',
];

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  emulator: EmulatorServer;
  /** Opens an extension page (`options.html`, `popup.html#…`) in a new tab. */
  open(path: string): Promise<Page>;
  /** The toolbar badge text and colour as the service worker sees them. */
  badge(): Promise<{ text: string; color: number[] }>;
  close(): Promise<void>;
}

export function chromiumMissingMessage(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  return `Chromium was not found at ${CHROMIUM}. Install Debian's package: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`;
}

let chromiumMajor: number | undefined;
/**
 * Chromium refuses to load an extension whose `minimum_chrome_version` is newer than itself, with
 * an error the tests would only show as a missing service worker: say it in one line instead.
 */
function chromiumTooOldMessage(extensionDir: string): string | undefined {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    minimum_chrome_version?: string;
  };
  const minimum = Number(manifest.minimum_chrome_version ?? 0);
  chromiumMajor ??= Number(
    /(\d+)\./.exec(
      execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
    )?.[1] ?? 0,
  );
  if (!chromiumMajor || chromiumMajor >= minimum) return undefined;
  return `Chromium ${chromiumMajor} at ${CHROMIUM} is older than the extension's minimum_chrome_version ${minimum}: upgrade it (sudo apt-get install --only-upgrade -y chromium).`;
}

export async function launchExtension(
  options: { emulator?: EmulatorServer; build?: 'production' | 'test' } = {},
): Promise<ExtensionSession> {
  const extensionDir = options.build === 'test' ? TEST_EXTENSION_DIR : EXTENSION_DIR;
  const missing = chromiumMissingMessage();
  if (missing) throw new Error(missing);
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(
      `No built extension in ${extensionDir}: run \`npm run build\`${options.build === 'test' ? ' and `npx wxt build --mode test`' : ''} first.`,
    );

  const tooOld = chromiumTooOldMessage(extensionDir);
  if (tooOld) throw new Error(tooOld);

  const emulator = options.emulator ?? (await startEmulatorServer(createAtlassianHandler(defaultScenario())));
  const profileDir = mkdtempSync(join(tmpdir(), 'token-doctor-chromium-'));
  const target = `127.0.0.1:${emulator.port}`;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--host-resolver-rules=MAP *.atlassian.net ${target}, MAP api.atlassian.com ${target}, MAP api.bitbucket.org ${target}, MAP *.atlassian-us-gov-mod.net ${target}, MAP api.atlassian-us-gov-mod.com ${target}, ${DATA_CENTER_HOSTS.map((h) => `MAP ${h} ${target}`).join(', ')}, EXCLUDE localhost`,
      '--ignore-certificate-errors',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    extensionId,
    worker,
    emulator,
    async open(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async badge() {
      return worker.evaluate(async () => {
        const action = (
          globalThis as unknown as {
            chrome: {
              action: {
                getBadgeText(d: object): Promise<string>;
                getBadgeBackgroundColor(d: object): Promise<number[]>;
              };
            };
          }
        ).chrome.action;
        return { text: await action.getBadgeText({}), color: await action.getBadgeBackgroundColor({}) };
      });
    },
    async close() {
      await context.close().catch(() => undefined);
      if (!options.emulator) await emulator.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Waits for the finished report (the page's own signal: `data-verdict` appears) and returns it. */
export async function waitForVerdict(page: Page, timeout = 30_000): Promise<string> {
  const report = page.locator('[data-report]');
  await report.locator('[data-verdict]').first().waitFor({ state: 'attached', timeout });
  await page.waitForFunction(
    () => document.querySelector('[data-report]')?.getAttribute('aria-busy') !== 'true',
    undefined,
    { timeout },
  );
  return (await report.locator('[data-verdict]').first().getAttribute('data-verdict')) ?? '';
}

export async function findingCodes(page: Page): Promise<string[]> {
  return page
    .locator('[data-report] [data-finding-code]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-finding-code') ?? ''));
}

export async function probeStatuses(page: Page): Promise<Record<string, string>> {
  const pairs = await page
    .locator('[data-report] [data-probe]')
    .evaluateAll((nodes) =>
      nodes.map((n) => [n.getAttribute('data-probe') ?? '', n.getAttribute('data-status') ?? ''] as const),
    );
  return Object.fromEntries(pairs);
}
