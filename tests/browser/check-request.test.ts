/**
 * "Check a request" in the real extension, in Chromium, through the UI contract: paste a broken
 * request, check it, read the codes, copy the fix — with nothing sent to Atlassian — then
 * Diagnose, which runs the engine's own read-only probes for the credential (never the paste).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import * as world from '../../emulator';
import { findingCodes, launchExtension, probeStatuses, type ExtensionSession } from './harness';
import { field } from './profile-form';

let session: ExtensionSession;
let page: Page;

/** A scoped-token POST as in CLOUD-12617 (seeds/003), with the base64 built by echo without -n. */
const BROKEN = `curl -v --request POST
  --url 'https://${world.ACME_HOST}/rest/api/2/search' \\
  -header "Authrorization Basic $(echo '${world.ADMIN_EMAIL}:${world.UNSCOPED_TOKEN}' | base64)" \\
  --header 'Content-Type: application/json' \\
  --data '{"jql":"project = KEY"}'`;

beforeAll(async () => {
  session = await launchExtension();
  page = await session.open('options.html#check');
  // Read what the page copies: wrap the clipboard call (headless Chromium has no clipboard to read back).
  await page.evaluate(() => {
    const copied: string[] = [];
    (window as unknown as { copied: string[] }).copied = copied;
    const clipboard = navigator.clipboard;
    const write = clipboard.writeText.bind(clipboard);
    clipboard.writeText = async (text: string) => {
      copied.push(text);
      await write(text).catch(() => undefined);
    };
  });
});

afterAll(async () => {
  await session?.close();
});

/** The verdict of the n-th `data-report` on the page, once it is there. */
async function verdictOf(index: number): Promise<string> {
  const report = page.locator('[data-report]').nth(index);
  await report.locator('[data-verdict]').first().waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForFunction(
    (i) => document.querySelectorAll('[data-report]')[i]?.getAttribute('aria-busy') !== 'true',
    index,
    { timeout: 30_000 },
  );
  return (await report.locator('[data-verdict]').first().getAttribute('data-verdict')) ?? '';
}

describe('options page: Check a request', () => {
  it('finds the construction mistakes without sending anything, and copies the fixed command', async () => {
    const before = session.emulator.requests.length;
    await field(page, 'Request').fill(BROKEN);
    await page.getByRole('button', { name: 'Check request', exact: true }).click();
    expect(await verdictOf(0)).toBe('error');
    const codes = await findingCodes(page);
    expect(codes).toEqual(
      expect.arrayContaining([
        'BASE64_TRAILING_NEWLINE',
        'CURL_SINGLE_DASH_LONG_OPTION',
        'HEADER_NAME_MISSPELLED',
        'HEADER_MISSING_COLON',
        'LINE_CONTINUATION_MISSING',
        'REMOVED_ENDPOINT',
        'SITE_URL_REFUSES_SCOPED_TOKENS',
      ]),
    );
    const severities = await page
      .locator('[data-report] [data-finding-code]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-severity')));
    expect(severities.every((s) => ['ok', 'info', 'warning', 'error'].includes(s ?? ''))).toBe(true);
    // Each mark in the paste names the finding it belongs to.
    const mark = page.locator('[data-report] mark', { hasText: 'Authrorization' }).first();
    const describedBy = (await mark.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ')[0]}"]`).getAttribute('data-finding-code')).toBe(
      'HEADER_NAME_MISSPELLED',
    );

    await page.getByRole('button', { name: 'Copy corrected command' }).click();
    await page.getByText('Copied', { exact: true }).waitFor();
    const copied = await page.evaluate(() => (window as unknown as { copied: string[] }).copied.at(-1) ?? '');
    expect(copied).toBe(
      `curl --verbose \\\n  -u "${world.ADMIN_EMAIL}:$ATLASSIAN_API_TOKEN" \\\n  -H 'Content-Type: application/json' \\\n  --data '{"jql":"project = KEY"}' \\\n  https://${world.ACME_HOST}/rest/api/3/search/jql`,
    );
    // Checking sent nothing, and the token is not in the page.
    expect(session.emulator.requests.length).toBe(before);
    expect(await page.content()).not.toContain(world.UNSCOPED_TOKEN.slice(10, 40));
  });

  it('Diagnose runs the engine’s own probes for the credential, never the pasted POST', async () => {
    const before = session.emulator.requests.length;
    await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
    expect(await verdictOf(1)).toBe('ok');
    const diagnosis = page.locator('[data-report]').nth(1);
    const codes = await diagnosis
      .locator('[data-finding-code]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-finding-code')));
    // The token is fine once the newline echo added is gone: the recipe was the problem.
    expect(codes).toEqual(['AUTH_OK', 'TOKEN_UNSCOPED']);
    expect(await probeStatuses(page)).toMatchObject({ 'site-myself': '200' });
    const sent = session.emulator.requests.slice(before);
    expect(sent.length).toBeGreaterThan(0);
    for (const request of sent) {
      expect(request.method).toBe('GET');
      expect(request.url).not.toMatch(/\/search/);
    }
    // Nothing was stored: no profile appears in Profiles.
    await page.getByRole('link', { name: 'Profiles', exact: true }).click();
    await page.getByRole('button', { name: 'Add profile', exact: true }).waitFor();
    await page.getByText('None yet.', { exact: true }).waitFor();
  });

  it('a token written as a shell variable: named, and Diagnose asks for its value instead of sending the name', async () => {
    await page.getByRole('link', { name: 'Check a request', exact: true }).click();
    const before = session.emulator.requests.length;
    await field(page, 'Request').fill(
      `curl -u "${world.ADMIN_EMAIL}:$ATLASSIAN_API_TOKEN" https://${world.ACME_HOST}/rest/api/3/myself`,
    );
    await page.getByRole('button', { name: 'Check request', exact: true }).click();
    expect(await verdictOf(0)).toBe('ok');
    expect(await findingCodes(page)).toContain('CREDENTIAL_FROM_VARIABLE');
    const report = page.locator('[data-report]').first();
    await report.getByText('The token is the shell variable $ATLASSIAN_API_TOKEN').first().waitFor();
    expect(await report.textContent()).not.toContain('fingerprint, not the token');

    // Empty: nothing is sent, the field asks for the value.
    const value = page.getByLabel('Value of $ATLASSIAN_API_TOKEN', { exact: true });
    await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Type the value of $ATLASSIAN_API_TOKEN first' }).waitFor();
    expect(await value.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(session.emulator.requests.length).toBe(before);

    // With the value, the engine's probes succeed: the token went, not the variable's name.
    await value.fill(world.UNSCOPED_TOKEN);
    await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
    expect(await verdictOf(1)).toBe('ok');
    expect(await probeStatuses(page)).toMatchObject({ 'site-myself': '200' });
    expect(await page.content()).not.toContain(world.UNSCOPED_TOKEN.slice(10, 40));
  });

  it('looks right to a stranger (screenshot)', async () => {
    await page.getByRole('link', { name: 'Check a request', exact: true }).click();
    await field(page, 'Request').fill(BROKEN);
    await page.getByRole('button', { name: 'Check request', exact: true }).click();
    await verdictOf(0);
    await page.setViewportSize({ width: 1200, height: 2400 });
    await page.screenshot({
      path: process.env.CHECK_REQUEST_SCREENSHOT ?? join(tmpdir(), 'check-request.png'),
      fullPage: true,
    });
    expect(await findingCodes(page)).toContain('HEADER_NAME_MISSPELLED');
  });
});
