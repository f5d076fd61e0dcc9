/**
 * Data safety in the real extension: a realistic session — add profiles, diagnose, turn
 * the passphrase lock on, lock, be asked to unlock, unlock, diagnose from the popup, export with
 * and without tokens, meet an unreadable record — then a scan of everything the extension wrote
 * or showed for each test secret and its base64 forms: storage (local and session), the console
 * of every page and of the service worker, reports, exported files and the text of every page.
 * Also: the built manifest opens no door (no externally_connectable, no content scripts, default CSP).
 */
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import * as world from '../../emulator';
import { createAtlassianHandler, defaultScenario, startEmulatorServer } from '../../emulator';
import {
  CHROMIUM,
  EXTENSION_DIR,
  findingCodes,
  launchExtension,
  waitForVerdict,
  type ExtensionSession,
} from './harness';
import { FAULT_SITES, faultScenario } from './safety-faults';
import { addCloudProfile, field, runDiagnosis, saveWithLockFirst } from './profile-form';

const PASS = 'correct horse battery staple';
const SECRETS = [world.UNSCOPED_TOKEN, world.EXPIRED_TOKEN];
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const NEEDLES = SECRETS.flatMap((token) => [
  token,
  b64(`${world.ADMIN_EMAIL}:${token}`),
  b64(token),
  encodeURIComponent(token),
]).concat([PASS, b64(PASS)]);

let session: ExtensionSession;
const consoleLines: string[] = [];
const pageTexts: string[] = [];
const files: string[] = [];
const pages = new Set<Page>();

async function snapshotTexts(): Promise<void> {
  for (const page of pages) {
    if (page.isClosed()) continue;
    pageTexts.push(
      await page.evaluate(() => `${document.title}\n${document.body.innerText}\n${document.body.textContent ?? ''}`),
    );
  }
}

async function open(path: string): Promise<Page> {
  const page = await session.open(path);
  pages.add(page);
  return page;
}

async function storageDump(): Promise<{ local: Record<string, unknown>; session: Record<string, unknown> }> {
  return session.worker.evaluate(async () => {
    const c = (
      globalThis as unknown as {
        chrome: {
          storage: {
            local: { get(k: null): Promise<Record<string, unknown>> };
            session: { get(k: null): Promise<Record<string, unknown>> };
          };
        };
      }
    ).chrome;
    return { local: await c.storage.local.get(null), session: await c.storage.session.get(null) };
  });
}

/** Storage without the secret fields of profile records (those are checked on their own). */
function withoutSecretFields(local: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(local).map(([key, value]) => {
      if (!key.startsWith('profile:') || value === null || typeof value !== 'object') return [key, value];
      const { secret: _secret, ...rest } = value as Record<string, unknown>;
      return [key, rest];
    }),
  );
}

/** Chromium on a given profile directory, so that a second launch is a restart of the first. */
async function launchAt(dir: string, port: number) {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      `--host-resolver-rules=MAP *.atlassian.net 127.0.0.1:${port}, MAP api.atlassian.com 127.0.0.1:${port}, EXCLUDE localhost`,
      '--ignore-certificate-errors',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  return { context, id: new URL(worker.url()).host };
}

function hits(haystack: string): string[] {
  return NEEDLES.filter((needle) => haystack.includes(needle));
}

beforeAll(async () => {
  session = await launchExtension();
  session.worker.on('console', (m) => consoleLines.push(`[worker] ${m.text()}`));
  session.context.on('page', (page) => {
    page.on('console', (m) => consoleLines.push(`[${page.url()}] ${m.text()}`));
    page.on('pageerror', (e) => consoleLines.push(`[${page.url()}] pageerror ${e.message}`));
  });
});

afterAll(async () => {
  await session?.close();
});

describe('the door', () => {
  it('the built manifest has no externally_connectable, no content scripts and the default CSP', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.permissions).toEqual(['storage', 'alarms']);
    const loaded = await session.worker.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { getManifest(): object } } }).chrome.runtime.getManifest(),
    );
    expect(loaded).toMatchObject({ manifest_version: 3 });
    expect(loaded).not.toHaveProperty('externally_connectable');
  });

  it('a web page cannot message the background', async () => {
    const page = await session.context.newPage();
    await page.goto(`https://${world.ACME_HOST}/_edge/tenant_info`);
    const reachable = await page.evaluate((id) => {
      const c = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
      if (!c?.runtime?.sendMessage) return 'no runtime';
      return new Promise<string>((resolve) => {
        try {
          (c.runtime!.sendMessage as (id: string, m: object, cb: (r: unknown) => void) => void)(
            id,
            { type: 'diagnose', profileId: 'x' },
            (r) => resolve(`answered ${JSON.stringify(r)}`),
          );
          setTimeout(() => resolve('no answer'), 1000);
        } catch (e) {
          resolve(`refused: ${String(e)}`);
        }
      });
    }, session.extensionId);
    expect(reachable).not.toMatch(/^answered \{/);
    await page.close();
  });
});

describe('a realistic session leaves no secret behind', () => {
  it('adds profiles and diagnoses one', async () => {
    const options = await open('options.html');
    await addCloudProfile(options, {
      name: 'Acme admin',
      siteUrl: `https://${world.ACME_HOST}`,
      email: world.ADMIN_EMAIL,
      apiToken: world.UNSCOPED_TOKEN,
    });
    await addCloudProfile(options, {
      name: 'Expired token',
      siteUrl: `https://${world.ACME_HOST}`,
      email: world.ADMIN_EMAIL,
      apiToken: world.EXPIRED_TOKEN,
    });
    await runDiagnosis(options);
    expect(await waitForVerdict(options)).toBe('error');
    await snapshotTexts();
  });

  it('turns the passphrase lock on: no token left in storage.local', async () => {
    const options = await open('options.html#settings');
    await options.screenshot({ path: join(tmpdir(), 'vault-settings-off.png'), fullPage: true });
    await field(options, 'New passphrase').fill(PASS);
    await field(options, 'Repeat the new passphrase').fill(PASS);
    await options.getByRole('button', { name: 'Turn on passphrase lock' }).click();
    await options.locator('[data-vault-state="unlocked"]').waitFor({ timeout: 15_000 });
    await options.screenshot({ path: join(tmpdir(), 'vault-settings-unlocked.png'), fullPage: true });
    const { local } = await storageDump();
    expect(hits(JSON.stringify(local))).toEqual([]);
    await snapshotTexts();
  });

  it('locks; a diagnosis asks to unlock; a wrong passphrase is refused; the right one works', async () => {
    const options = await open('options.html#settings');
    await options.getByRole('button', { name: 'Lock', exact: true }).click();
    await options.locator('[data-vault-state="locked"]').waitFor();
    await options.screenshot({ path: join(tmpdir(), 'vault-settings-locked.png'), fullPage: true });
    // Locked: no unlocked key left in session storage. The only session item left is the list of
    // runs in flight (ids, call names and times, never a secret), empty here.
    const { session: kept } = await storageDump();
    const left: Record<string, unknown> = { ...kept };
    delete left['runs:active'];
    expect(left).toEqual({});
    const active = (kept['runs:active'] ?? { v: 1, runs: [] }) as { runs: unknown[] };
    expect(active.runs).toHaveLength(0);

    await options.goto(`chrome-extension://${session.extensionId}/options.html#profile=`);
    await options.getByRole('link', { name: /Acme admin/ }).click();
    await expect.poll(() => options.getByRole('button', { name: 'Unlock' }).count()).toBe(1);
    await field(options, 'Passphrase').fill('not the passphrase');
    await options.getByRole('button', { name: 'Unlock' }).click();
    await options.getByText('That passphrase is not the right one.').waitFor();
    await field(options, 'Passphrase').fill(PASS);
    await options.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => options.getByRole('button', { name: 'Unlock' }).count()).toBe(0);
    await runDiagnosis(options);
    expect(await waitForVerdict(options)).toBe('ok');
    await snapshotTexts();
  });

  it('diagnoses from the popup with the vault unlocked', async () => {
    const popup = await open('popup.html');
    await popup.getByLabel('Profile').selectOption({ label: 'Expired token' });
    await popup.getByRole('button', { name: 'Test', exact: true }).click();
    expect(await waitForVerdict(popup)).toBe('error');
    await snapshotTexts();
  });

  it('exports without tokens, and with them only encrypted', async () => {
    const options = await open('options.html#settings');
    const [plain] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export profiles' }).click(),
    ]);
    const plainText = readFileSync(await plain.path(), 'utf8');
    expect(JSON.parse(plainText)).toMatchObject({ format: 'token-doctor-profiles', profiles: expect.any(Array) });
    files.push(plainText);
    await options.getByLabel('Include tokens, encrypted with a passphrase').check();
    await field(options, 'Export passphrase').fill('export passphrase 42');
    await field(options, 'Repeat the export passphrase').fill('export passphrase 42');
    const [sealed] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export profiles' }).click(),
    ]);
    const sealedText = readFileSync(await sealed.path(), 'utf8');
    expect(JSON.parse(sealedText)).toMatchObject({ encrypted: { kdf: { name: 'PBKDF2', iterations: 600_000 } } });
    files.push(sealedText);
    await snapshotTexts();
  });

  it('shows an unreadable record with what to do about it', async () => {
    await session.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await c.storage.local.set({
        'profile:damaged': { v: 2, profile: { id: 'damaged', kind: 'cloud-api-token', name: 'Half written' } },
      });
    });
    const options = await open('options.html');
    await options.getByText(/This saved record could not be read/).waitFor();
    await options.getByRole('button', { name: 'Show raw JSON (secrets removed)' }).click();
    await options.screenshot({ path: join(tmpdir(), 'vault-quarantine.png'), fullPage: true });
    await snapshotTexts();
  });

  it('the scan: no secret in storage, console, reports, exports or page text', async () => {
    // The console collector must be live, or an empty log would prove nothing.
    await session.worker.evaluate(() => console.log('console-collector-check'));
    await expect.poll(() => consoleLines.some((l) => l.includes('console-collector-check'))).toBe(true);
    await snapshotTexts();

    const { local, session: sessionArea } = await storageDump();
    const reports = Object.entries(local).filter(([key]) => key.startsWith('report:'));
    expect(reports.length).toBeGreaterThanOrEqual(2);
    expect(pageTexts.length).toBeGreaterThan(5);
    const findings = {
      storageOutsideSecrets: hits(JSON.stringify(withoutSecretFields(local))),
      storageWholeWithLockOn: hits(JSON.stringify(local)),
      sessionStorage: hits(JSON.stringify(sessionArea)),
      reports: hits(JSON.stringify(reports)),
      console: hits(consoleLines.join('\n')),
      pageText: hits(pageTexts.join('\n')),
      exportFiles: hits(files.join('\n')),
    };
    expect(findings).toEqual({
      storageOutsideSecrets: [],
      storageWholeWithLockOn: [],
      sessionStorage: [],
      reports: [],
      console: [],
      pageText: [],
      exportFiles: [],
    });
    // And the secret only ever went where the policy allows.
    const credentialedHosts = new Set(session.emulator.requests.filter((r) => r.hadAuthorization).map((r) => r.host));
    for (const host of credentialedHosts) expect([world.ACME_HOST, 'api.atlassian.com']).toContain(host);
  });
});

describe('locked again when the browser restarts', () => {
  it('a browser restart clears the key; the vault settings stay; the page shows Locked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'token-doctor-restart-'));
    const emulator = await startEmulatorServer(createAtlassianHandler(defaultScenario()));
    try {
      const first = await launchAt(dir, emulator.port);
      const page = await first.context.newPage();
      await page.goto(`chrome-extension://${first.id}/options.html#settings`);
      await field(page, 'New passphrase').fill(PASS);
      await field(page, 'Repeat the new passphrase').fill(PASS);
      await page.getByRole('button', { name: 'Turn on passphrase lock' }).click();
      await page.locator('[data-vault-state="unlocked"]').waitFor({ timeout: 15_000 });
      await first.context.close();

      const second = await launchAt(dir, emulator.port);
      const again = await second.context.newPage();
      await again.goto(`chrome-extension://${second.id}/options.html#settings`);
      await again.locator('[data-vault-state="locked"]').waitFor();
      const stored = await again.evaluate(async () => {
        const c = (
          globalThis as unknown as {
            chrome: {
              storage: {
                session: { get(k: null): Promise<object> };
                local: { get(k: null): Promise<Record<string, unknown>> };
              };
            };
          }
        ).chrome;
        return {
          session: await c.storage.session.get(null),
          hasMeta: 'vault:meta' in (await c.storage.local.get(null)),
        };
      });
      expect(stored).toEqual({ session: {}, hasMeta: true });
      await second.context.close();
    } finally {
      await emulator.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A secret as it could sit in a file: itself, its base64 forms, UTF-16LE (as V8 and some stores keep strings). */
function diskNeedles(token: string): Buffer[] {
  return [
    Buffer.from(token, 'utf8'),
    Buffer.from(b64(`${world.ADMIN_EMAIL}:${token}`), 'utf8'),
    Buffer.from(b64(token), 'utf8'),
    Buffer.from(token, 'utf16le'),
    Buffer.from(PASS, 'utf8'),
    Buffer.from(PASS, 'utf16le'),
  ];
}

/** Which files of a browser profile directory hold one of the needles (binary-safe, every file). */
function scanProfileDir(dir: string, needles: Buffer[]): string[] {
  return filesUnder(dir).flatMap((file) => {
    const bytes = readFileSync(file);
    return needles.flatMap((needle, i) => (bytes.includes(needle) ? [`${file.slice(dir.length)} (form ${i})`] : []));
  });
}

/** Every regular file under a directory (symbolic links, such as Chromium's singleton lock, are skipped). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => lstatSync(path).isFile());
}

describe('a lock-first run leaves no secret in the browser profile on disk', () => {
  it('first save with the lock chosen, diagnose, lock, close: no file of the profile holds a secret', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'token-doctor-lockfirst-'));
    const emulator = await startEmulatorServer(createAtlassianHandler(defaultScenario()));
    const token = world.UNSCOPED_TOKEN;
    try {
      const browser = await launchAt(dir, emulator.port);
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.id}/options.html`);
      await field(page, 'Profile name').fill('Acme admin');
      await field(page, 'Credential type').selectOption('cloud-api-token');
      await field(page, 'Site URL').fill(`https://${world.ACME_HOST}`);
      await field(page, 'Email').fill(world.ADMIN_EMAIL);
      await field(page, 'API token').fill(token);
      await page.getByRole('button', { name: 'Save profile', exact: true }).click();
      await page.locator('[data-lock-offer]').waitFor();
      await page.screenshot({ path: join(tmpdir(), 'lock-first-offer.png'), fullPage: true });
      await saveWithLockFirst(page, PASS);
      await page.getByRole('heading', { name: 'Acme admin' }).waitFor({ timeout: 15_000 });
      await runDiagnosis(page);
      expect(await waitForVerdict(page)).toBe('ok');
      await page.goto(`chrome-extension://${browser.id}/options.html#settings`);
      await page.getByRole('button', { name: 'Lock', exact: true }).click();
      await page.locator('[data-vault-state="locked"]').waitFor();
      await browser.context.close();

      expect(filesUnder(dir).some((f) => f.includes('Local Extension Settings'))).toBe(true);
      const found = scanProfileDir(dir, diskNeedles(token));
      expect(found).toEqual([]);
    } finally {
      await emulator.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('the scan is live: a token saved without the lock, then deleted, is still found on disk', async () => {
    // Why the lock is offered before the first save, and why a delete says to revoke the token.
    const dir = mkdtempSync(join(tmpdir(), 'token-doctor-lockafter-'));
    const emulator = await startEmulatorServer(createAtlassianHandler(defaultScenario()));
    try {
      const browser = await launchAt(dir, emulator.port);
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.id}/options.html`);
      await addCloudProfile(page, {
        name: 'Saved plain',
        siteUrl: `https://${world.ACME_HOST}`,
        email: world.ADMIN_EMAIL,
        apiToken: world.EXPIRED_TOKEN,
      });
      await page.getByRole('heading', { name: 'Saved plain' }).waitFor();
      await page.getByRole('button', { name: 'Delete profile', exact: true }).click();
      await page.getByRole('button', { name: 'Yes, delete it', exact: true }).click();
      await page.locator('[data-delete-advice]').waitFor();
      await page.screenshot({ path: join(tmpdir(), 'delete-notice.png'), fullPage: true });
      await browser.context.close();
      expect(scanProfileDir(dir, diskNeedles(world.EXPIRED_TOKEN)).length).toBeGreaterThan(0);
    } finally {
      await emulator.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('faults over real HTTPS in Chromium', () => {
  let faulty: ExtensionSession;
  beforeAll(async () => {
    faulty = await launchExtension({ emulator: await startEmulatorServer(createAtlassianHandler(faultScenario())) });
  });
  afterAll(async () => {
    await faulty?.close();
    await faulty?.emulator.close();
  });

  it.each(FAULT_SITES)(
    'a site at $host: classified ($code, $verdict), within the budget, one credentialed request',
    async ({ host, code, verdict }) => {
      const options = await faulty.open('options.html');
      await addCloudProfile(options, {
        name: host,
        siteUrl: `https://${host}`,
        email: world.ADMIN_EMAIL,
        apiToken: world.UNSCOPED_TOKEN,
      });
      const started = Date.now();
      await runDiagnosis(options);
      expect(await waitForVerdict(options)).toBe(verdict);
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(await findingCodes(options)).toContain(code);
      expect(faulty.emulator.requests.filter((r) => r.host === host && r.hadAuthorization)).toHaveLength(1);
      await options.close();
    },
  );
});
