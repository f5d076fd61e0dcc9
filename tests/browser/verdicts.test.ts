/**
 * A verdict never claims more than the evidence, in the real extension in Chromium against the
 * emulator over HTTPS: a rate-limited site could not be checked, a renamed site is an error with
 * the address it leads to, a scoped token without the probe's scope is a genuine token that was not
 * shown to work. Then the diagnosis is shared as Markdown and as JSON, without a secret.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import * as world from '../../emulator';
import { launchExtension, type ExtensionSession } from './harness';
import { diagnoseThroughUi } from './profile-form';
import { findSecrets } from '../unit/secret-scan';

let session: ExtensionSession;
let page: Page;

beforeAll(async () => {
  session = await launchExtension();
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page = await session.open('options.html');
});

afterAll(async () => {
  await session?.close();
});

async function diagnose(name: string, siteUrl: string, apiToken: string) {
  const seen = await diagnoseThroughUi(page, { name, siteUrl, email: world.ADMIN_EMAIL, apiToken });
  const report = page.locator('[data-report]');
  return {
    ...seen,
    headline: (await report.locator('.verdict-sentence').innerText()).trim(),
    text: await report.innerText(),
  };
}

describe('verdicts that never overclaim', () => {
  it('a site answering 429 to every probe: Could not check, never "Works"', async () => {
    const result = await diagnose('Busy site', `https://${world.BUSY_HOST}`, world.UNSCOPED_TOKEN);
    expect(result.verdict).toBe('unknown');
    expect(result.codes).toContain('RATE_LIMITED');
    expect(result.text).toContain('Could not check');
    expect(result.text).not.toMatch(/\bWorks\b/);
    expect(result.text).toContain('Checked at');
    expect(result.text).not.toContain('Verified at');
  });

  it('a renamed site: an error naming the redirect and the new base URL, the follow-up sent without credentials', async () => {
    const result = await diagnose('Renamed site', `https://${world.RENAMED_HOST}`, world.UNSCOPED_TOKEN);
    expect(result.verdict).toBe('error');
    expect(result.codes).toEqual(['REDIRECTED']);
    const finding = await page.locator('[data-finding-code="REDIRECTED"]').innerText();
    expect(finding).not.toMatch(/answered 0\b/);
    expect(finding).toMatch(/answered with a redirect/);
    expect(finding).toMatch(/Change the site URL to https:\/\/[a-z0-9-]+\.atlassian\.net\b/);
    expect(finding).toContain('sent without credentials');
    expect(result.text).toContain('Checked at');
    // The secret went once, to the site itself; the follow-up that learnt where it leads carried none.
    const renamed = session.emulator.requests.filter((r) => r.host === world.RENAMED_HOST);
    expect(renamed.filter((r) => r.hadAuthorization)).toHaveLength(1);
    expect(renamed.filter((r) => !r.hadAuthorization).length).toBeGreaterThan(0);
    expect(result.probes['redirect-target']).toBeDefined();
    expect(await page.locator('[data-probe="redirect-target"]').innerText()).not.toMatch(/Authorization/);
  });

  it('a scoped token without the scope /myself needs: a warning that says what was and was not proven', async () => {
    const result = await diagnose(
      'Scoped, no user scope',
      `https://${world.ACME_HOST}`,
      world.SCOPED_TOKEN_WITHOUT_USER_SCOPE,
    );
    expect(result.verdict).toBe('warning');
    expect(result.codes).toEqual(['SCOPE_MISSING', 'SCOPED_TOKEN_ON_SITE_URL']);
    expect(result.headline).toBe(
      'This is a genuine scoped token, but its scopes do not cover the check: it was not shown to work for anything',
    );
    expect(result.text).not.toContain('works through the API gateway only');
    expect(result.text).toContain('Recognised, not shown to work');
    expect(result.text).not.toContain('Works, with warnings');
    // No corrected /myself call that would still get 401.
    expect(await page.locator('[data-finding-code="SCOPED_TOKEN_ON_SITE_URL"] pre').count()).toBe(0);
    expect(result.text).toContain('Checked at');
  });
});

describe('sharing a diagnosis', () => {
  it('copies it as Markdown and downloads it as JSON, emails masked, no secret', async () => {
    await diagnose('Share me', `https://${world.ACME_HOST}`, world.SCOPED_TOKEN_READ_JIRA_USER);
    const credential = { token: world.SCOPED_TOKEN_READ_JIRA_USER, email: world.ADMIN_EMAIL };

    await page.getByRole('button', { name: 'Copy diagnosis', exact: true }).click();
    await page.getByText('Diagnosis copied (Markdown)').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('# Token Doctor diagnosis — Share me');
    expect(copied).toContain('SCOPED\\_TOKEN\\_ON\\_SITE\\_URL');
    expect(copied).toContain('Learn more:');
    expect(findSecrets(copied, credential)).toEqual([]);
    expect(copied).not.toContain(world.ADMIN_EMAIL);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download diagnosis', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^token-doctor-diagnosis-share-me-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync(await download.path(), 'utf8');
    const json = JSON.parse(text) as { format: string; version: number; verdict: string; findings: { code: string }[] };
    expect(json).toMatchObject({ format: 'token-doctor/diagnosis', version: 1, verdict: 'warning' });
    expect(json.findings.map((f) => f.code)).toContain('SCOPED_TOKEN_ON_SITE_URL');
    expect(findSecrets(text, credential)).toEqual([]);
    expect(text).not.toContain(world.ADMIN_EMAIL);
  });
});
