/**
 * Runs the built Firefox (MV2) extension in Debian's Firefox ESR, headless, driven by
 * puppeteer-core over WebDriver BiDi, against the Atlassian emulator over HTTPS (route.ts says how
 * the Atlassian host names reach it).
 *
 * Extension pages never report `load` to the BiDi navigation manager, so `open` does not wait for
 * it: every step waits on the page's own signals (an element, `data-verdict`, `aria-busy`).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { createAtlassianHandler, defaultScenario, startEmulatorServer, type EmulatorServer } from '../../emulator';
import { routePrefs, startConnectProxy, type ConnectProxy, type FirefoxRoute } from './route';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** `wxt build -b firefox --mode test`: the emulator's Data Center hosts already granted (wxt.config.ts). */
export const FIREFOX_TEST_EXTENSION_DIR = resolve('.output/firefox-mv2-test');
/** `browser_specific_settings.gecko.id` in wxt.config.ts. */
export const GECKO_ID = 'token-doctor@token-doctor.dev';
/** Fixed before install (pref `extensions.webextensions.uuids`), so pages are at a known address. */
export const EXTENSION_UUID = '6f1d3c2a-93b4-4e57-8a0c-2d4b5e6f7a81';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
/** A step's longest wait: generous for a loaded 2-core machine, short enough to fail fast on a hang. */
export const STEP_TIMEOUT = 20_000;

export interface FirefoxSession {
  browser: Browser;
  emulator: EmulatorServer;
  route: FirefoxRoute;
  /** The CONNECT proxy on the `proxy` route. */
  proxy?: ConnectProxy;
  /** Opens an extension page (`options.html`, `options.html#settings`) in a new tab once `ready` matches. */
  open(path: string, ready: string): Promise<Page>;
  close(): Promise<void>;
}

function isBindRefused(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'EACCES' || code === 'EADDRINUSE' || code === 'EPERM';
}

/**
 * The emulator on 127.0.0.1:443 when this process may bind it (root), else on an ephemeral port
 * behind a CONNECT proxy. `TOKEN_DOCTOR_FIREFOX_ROUTE=proxy|port-443` forces one.
 */
async function startEmulatorRoute(): Promise<{ emulator: EmulatorServer; route: FirefoxRoute; proxy?: ConnectProxy }> {
  const handler = createAtlassianHandler(defaultScenario());
  const forced = process.env.TOKEN_DOCTOR_FIREFOX_ROUTE;
  if (forced !== undefined && forced !== 'proxy' && forced !== 'port-443')
    throw new Error(`TOKEN_DOCTOR_FIREFOX_ROUTE must be "proxy" or "port-443", not "${forced}".`);
  if (forced !== 'proxy') {
    try {
      return { emulator: await startEmulatorServer(handler, { port: 443 }), route: 'port-443' };
    } catch (error) {
      if (forced === 'port-443' || !isBindRefused(error)) throw error;
    }
  }
  const emulator = await startEmulatorServer(handler);
  const proxy = await startConnectProxy(emulator.port);
  return { emulator, route: 'proxy', proxy };
}

export function firefoxMissingMessage(): string | undefined {
  if (existsSync(FIREFOX)) return undefined;
  return `Firefox was not found at ${FIREFOX}. Install Debian's package: sudo apt-get install -y firefox-esr (or set FIREFOX_PATH).`;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  const missing = firefoxMissingMessage();
  if (missing) throw new Error(missing);
  if (!existsSync(resolve(FIREFOX_TEST_EXTENSION_DIR, 'manifest.json')))
    throw new Error(
      `No built extension in ${FIREFOX_TEST_EXTENSION_DIR}: run \`npx wxt build -b firefox --mode test\` first.`,
    );

  const { emulator, route, proxy } = await startEmulatorRoute();
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      protocol: 'webDriverBiDi',
      // Covers the background page's fetches too: the emulator's certificate is self-signed.
      acceptInsecureCerts: true,
      // Without it, navigating a tab to a moz-extension:// page is refused.
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 1200, height: 900 },
      timeout: 60_000,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        'xpinstall.signatures.required': false,
        'extensions.autoDisableScopes': 0,
        ...routePrefs(route, proxy?.port),
      },
    });
  } catch (error) {
    await proxy?.close();
    await emulator.close();
    throw error;
  }
  const id = await browser.installExtension(FIREFOX_TEST_EXTENSION_DIR);
  if (id !== GECKO_ID) throw new Error(`installed add-on id ${id}, expected ${GECKO_ID}`);

  return {
    browser,
    emulator,
    route,
    proxy,
    async open(path: string, ready: string) {
      const page = await browser.newPage();
      // Not awaited: Firefox never reports `load` (nor DOMContentLoaded) for extension pages over BiDi.
      page.goto(`${EXTENSION_ORIGIN}/${path}`, { timeout: 0 }).catch(() => undefined);
      await waitThroughNavigation(page, ready);
      return page;
    },
    async close() {
      await browser.close().catch(() => undefined);
      await proxy?.close();
      await emulator.close();
    },
  };
}

/**
 * Waits for the page's own signal while the page is still navigating: a wait that starts in
 * about:blank can have its document torn down under it ("Waiting failed", a BiDi protocol error
 * about a realm that is gone), so it is asked again in the new document, up to the step's limit.
 */
async function waitThroughNavigation(page: Page, selector: string): Promise<void> {
  const until = Date.now() + STEP_TIMEOUT;
  for (;;) {
    try {
      await page.waitForSelector(selector, { timeout: Math.max(1, until - Date.now()) });
      return;
    } catch (error) {
      if (Date.now() >= until) throw error;
      // Back off a little before asking the new document, so a realm being replaced is not polled in a tight loop.
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

type ControlKind = 'button' | 'field' | 'nav';

/**
 * Runs in the page (self-contained: puppeteer sends its source): finds a control by its contract
 * name — aria-label, else its text or its labels; a required mark `*` ignored. Only visible
 * buttons and fields count. No ARIA query engine is needed over BiDi.
 */
function findControl(kind: ControlKind, name: string): Element | null {
  const clean = (s: string | null | undefined) =>
    (s ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/\s*\*$/, '');
  const visible = (el: Element) => el.getClientRects().length > 0;
  if (kind === 'button')
    return (
      [...document.querySelectorAll('button, [role="button"]')].find(
        (b) => visible(b) && clean(b.getAttribute('aria-label') ?? b.textContent) === name,
      ) ?? null
    );
  if (kind === 'nav')
    return (
      [...document.querySelectorAll('nav a, nav button, [role="tab"]')].find(
        (b) => clean(b.getAttribute('aria-label') ?? b.textContent) === name,
      ) ?? null
    );
  for (const el of document.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
    if (!visible(el)) continue;
    const names = [el.getAttribute('aria-label')];
    for (const label of el.labels ?? []) names.push(label.textContent);
    const by = el.getAttribute('aria-labelledby');
    if (by)
      names.push(
        by
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
    if (names.some((n) => clean(n) === name)) return el;
  }
  return null;
}

async function find(page: Page, kind: ControlKind, name: string): Promise<ElementHandle> {
  const handle = await page.waitForFunction(findControl, { timeout: STEP_TIMEOUT, polling: 100 }, kind, name);
  const element = handle.asElement();
  if (!element) throw new Error(`no ${kind} named "${name}"`);
  return element as ElementHandle;
}

/** Clicks a button (a real pointer click) by its contract name, once it is there and enabled. */
export async function clickButton(page: Page, name: string): Promise<void> {
  // React may replace the node between finding and clicking (a re-render after a save): find it again.
  for (let attempt = 1; ; attempt++) {
    const button = await find(page, 'button', name);
    try {
      await page.waitForFunction(
        (b) => !(b as HTMLButtonElement).disabled,
        { timeout: STEP_TIMEOUT, polling: 100 },
        button,
      );
      await button.click();
      return;
    } catch (error) {
      if (attempt >= 5 || !/detached|not connected|no such node|stale/i.test(String(error))) throw error;
    } finally {
      await button.dispose().catch(() => undefined);
    }
  }
}

/** Goes to a view of the options page through its navigation ("Profiles", "Check a request", "Settings"). */
export async function openView(page: Page, name: string): Promise<void> {
  await (await find(page, 'nav', name)).click();
}

/** Sets a field (input, textarea or select) by its contract label, as typing or choosing would for React. */
export async function fill(page: Page, label: string, value: string): Promise<void> {
  const element = await find(page, 'field', label);
  await element.evaluate((el, v) => {
    const proto =
      el instanceof HTMLSelectElement
        ? HTMLSelectElement.prototype
        : el instanceof HTMLTextAreaElement
          ? HTMLTextAreaElement.prototype
          : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, v);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  }, value);
  const now = await element.evaluate((el) => (el as HTMLInputElement).value);
  if (now !== value) throw new Error(`the field "${label}" did not take the value`);
}

/** Whether a button with this contract name is on the page now (no waiting). */
export async function hasButton(page: Page, name: string): Promise<boolean> {
  const kind: ControlKind = 'button';
  const handle = await page.evaluateHandle(findControl, kind, name);
  const found = handle.asElement() !== null;
  await handle.dispose();
  return found;
}

export interface ReportSeen {
  verdict: string;
  codes: string[];
  probes: Record<string, string>;
}

/** Waits for the finished report in the `index`-th `data-report` (`data-verdict` there, `aria-busy` gone) and reads it. */
export async function waitForReport(page: Page, index = 0, timeout = 30_000): Promise<ReportSeen> {
  await page.waitForFunction(
    (i: number) => {
      const report = document.querySelectorAll('[data-report]')[i];
      return !!report && report.getAttribute('aria-busy') !== 'true' && !!report.querySelector('[data-verdict]');
    },
    { timeout, polling: 100 },
    index,
  );
  return page.evaluate((i: number) => {
    const report = document.querySelectorAll('[data-report]')[i];
    const verdict = report?.querySelector('[data-verdict]')?.getAttribute('data-verdict') ?? '';
    const codes = [...(report?.querySelectorAll('[data-finding-code]') ?? [])].map(
      (n) => n.getAttribute('data-finding-code') ?? '',
    );
    const probes = Object.fromEntries(
      [...(report?.querySelectorAll('[data-probe]') ?? [])].map((n) => [
        n.getAttribute('data-probe') ?? '',
        n.getAttribute('data-status') ?? '',
      ]),
    );
    return { verdict, codes, probes };
  }, index);
}

/** The toolbar badge as the extension sees it (MV2: `browserAction`), read from one of its pages. */
export async function badge(page: Page): Promise<{ text: string; color: number[] }> {
  return page.evaluate(async () => {
    const action = (
      globalThis as unknown as {
        browser: {
          browserAction: {
            getBadgeText(d: object): Promise<string>;
            getBadgeBackgroundColor(d: object): Promise<number[]>;
          };
        };
      }
    ).browser.browserAction;
    return { text: await action.getBadgeText({}), color: await action.getBadgeBackgroundColor({}) };
  });
}

/** Polls `read` until it returns `expected` (JSON-equal), or fails with the last value seen. */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeout = STEP_TIMEOUT): Promise<void> {
  const until = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    if (Date.now() > until) throw new Error(`expected ${JSON.stringify(expected)}, still ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
