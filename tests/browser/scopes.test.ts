/**
 * "What can this token do?" in the real extension, in Chromium, against the emulator over HTTPS:
 * check scopes, read the matrix and the risks, copy the report (clipboard) and download it
 * (a JSON file), and find no secret in either, through the UI contract.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import * as world from '../../emulator';
import { findSecrets } from '../unit/secret-scan';
import { launchExtension, type ExtensionSession } from './harness';
import { addCloudProfile, addProfile } from './profile-form';

let session: ExtensionSession;
let page: Page;

beforeAll(async () => {
  session = await launchExtension();
  // Chromium refuses to grant to an extension origin by name; granted for all origins it applies.
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page = await session.open('options.html');
});

afterAll(async () => {
  await session?.close();
});

/** Clicks "Check scopes" and reads the rows: `data-capability` ones by default, `data-scope` ones on request. */
async function checkScopes(
  attribute: 'data-capability' | 'data-scope' = 'data-capability',
): Promise<Record<string, string>> {
  await page.getByRole('button', { name: 'Check scopes', exact: true }).click();
  const report = page.locator('[data-scope-report]');
  await expect.poll(() => report.getAttribute('aria-busy'), { timeout: 30_000 }).toBe('false');
  await report.locator('[data-scope-summary]').waitFor();
  return readRows(attribute);
}

async function readRows(attribute: 'data-capability' | 'data-scope'): Promise<Record<string, string>> {
  const rows = await page
    .locator(`[data-scope-report] [${attribute}]`)
    .evaluateAll(
      (els, name) => els.map((e) => [e.getAttribute(name) ?? '', e.getAttribute('data-state') ?? '']),
      attribute,
    );
  return Object.fromEntries(rows);
}

describe('options page: Check scopes', () => {
  it('shows an unscoped admin token for what it is, and copies a report without the secret', async () => {
    await addCloudProfile(page, {
      name: 'Unscoped admin',
      siteUrl: `https://${world.ACME_HOST}`,
      email: world.ADMIN_EMAIL,
      apiToken: world.UNSCOPED_TOKEN,
    });
    const before = session.emulator.requests.length;
    const states = await checkScopes();
    expect(states).toMatchObject({
      'jira-access': 'granted',
      ADMINISTER: 'granted',
      'site-admin': 'granted',
      'confluence-access': 'granted',
    });
    const sent = session.emulator.requests.slice(before);
    expect(sent.length).toBeLessThanOrEqual(16);
    expect(sent.every((r) => r.method === 'GET')).toBe(true);
    expect(await page.locator('[data-risk]').getAttribute('data-risk')).toBe('high');
    expect(await page.locator('[data-risk]').innerText()).toContain('Unscoped token of a Jira administrator');

    await page.getByRole('button', { name: 'Copy report', exact: true }).click();
    await page.getByText('Report copied (Markdown)').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('# What this token can do — Unscoped admin');
    expect(copied).toContain('| administer Jira (Jira admin) (`ADMINISTER`) | granted |');
    expect(findSecrets(copied, { token: world.UNSCOPED_TOKEN, email: world.ADMIN_EMAIL })).toEqual([]);
    expect(copied).not.toContain(world.ADMIN_EMAIL);
  });

  it('shows a mixed scoped token row by row and downloads a JSON report without the secret', async () => {
    await addCloudProfile(page, {
      name: 'Scoped mixed',
      siteUrl: `https://${world.ACME_HOST}`,
      email: world.ADMIN_EMAIL,
      apiToken: world.SCOPED_TOKEN_MIXED,
    });
    const states = await checkScopes();
    expect(states).toMatchObject({
      'read-own-profile': 'granted',
      'search-users': 'missing',
      'administer-jira': 'granted',
      'read-confluence-pages': 'granted',
      'read-confluence-spaces': 'missing',
    });
    // The scopes it holds, by their exact names, as far as the answers prove them.
    expect(await readRows('data-scope')).toMatchObject({
      'read:jira-user': 'missing',
      'read:user:jira': 'granted',
      'read:page:confluence': 'granted',
      'read:space:confluence': 'missing',
      'manage:jira-configuration': 'unknown',
    });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download report', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^token-doctor-scopes-scoped-mixed-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync(await download.path(), 'utf8');
    const json = JSON.parse(text) as {
      format: string;
      version: number;
      token: { model: string };
      matrix: { capability: string; state: string }[];
    };
    expect(json).toMatchObject({ format: 'token-doctor/scope-report', version: 2, token: { model: 'scoped' } });
    expect(json.matrix.find((m) => m.capability === 'search-users')?.state).toBe('missing');
    expect(findSecrets(text, { token: world.SCOPED_TOKEN_MIXED, email: world.ADMIN_EMAIL })).toEqual([]);
  });

  it('names the scopes of a granular-only token exactly and never claims a configuration scope it did not prove', async () => {
    await addCloudProfile(page, {
      name: 'Scoped granular',
      siteUrl: `https://${world.ACME_HOST}`,
      email: world.ADMIN_EMAIL,
      apiToken: world.SCOPE_TOKEN_GRANULAR_READS,
    });
    const before = session.emulator.requests.length;
    const scopes = await checkScopes('data-scope');
    expect(scopes).toMatchObject({
      'read:jira-work': 'missing',
      'read:jira-user': 'missing',
      'read:issue-details:jira': 'granted',
      'read:audit-log:jira': 'granted',
      'read:permission:jira': 'granted',
      'manage:jira-configuration': 'unknown',
    });
    expect((await readRows('data-capability'))['administer-jira']).toBe('granted');
    const risk = await page.locator('[data-scope-report] [data-risk]').innerText();
    expect(risk).not.toContain('The token holds a configuration scope');
    expect(risk).toContain('cannot be told from these read-only calls');
    const summary = await page.locator('[data-scope-summary]').innerText();
    expect(summary).toMatch(/^32 scopes checked: 7 granted, \d+ missing, \d+ unknown/);
    expect(await page.locator('[data-scope-report]').innerText()).not.toContain('SCOPE_MISSING');
    expect(session.emulator.requests.length - before).toBeLessThanOrEqual(16);

    // Kept with the profile: the report is there again after a reload.
    await page.reload();
    await page.locator('[data-scope-report] [data-scope="read:issue-details:jira"]').waitFor();
    expect((await readRows('data-scope'))['read:issue-details:jira']).toBe('granted');
  });

  it('checks an OAuth token: declared scopes first, probes confirm, expiry in the risks', async () => {
    await addProfile(page, {
      name: 'OAuth',
      kind: 'oauth-access-token',
      fields: { 'Access token': world.OAUTH_ACCESS_TOKEN, 'Site URL': `https://${world.ACME_HOST}` },
    });
    const states = await checkScopes();
    expect(states).toMatchObject({
      'read-own-profile': 'granted',
      'administer-jira': 'missing',
      'use-confluence': 'granted',
    });
    expect(await page.locator('[data-risk]').innerText()).toMatch(/Expires in \d+ minutes/);
    expect(await page.locator('body').innerText()).not.toContain(world.OAUTH_ACCESS_TOKEN.slice(20, 60));
  });
});
