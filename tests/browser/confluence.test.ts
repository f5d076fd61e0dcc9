/**
 * Confluence integrations through the options page of the real extension, against the emulator:
 * a Site URL ending in /wiki is checked as Confluence, a scoped Confluence token through the
 * gateway, a Confluence-only site without "site not found".
 */
import type { Page } from 'playwright-core';
import * as world from '../../emulator';
import { launchExtension, type ExtensionSession } from './harness';
import { diagnoseThroughUi } from './profile-form';

let session: ExtensionSession;
let page: Page;

beforeAll(async () => {
  session = await launchExtension();
  page = await session.open('options.html');
});

afterAll(async () => {
  await session?.close();
});

const diagnose = (name: string, siteUrl: string, email: string, apiToken: string) =>
  diagnoseThroughUi(page, { name, siteUrl, email, apiToken });

describe('options page: Confluence integrations', () => {
  it('a /wiki profile with an unscoped token: CONFLUENCE_OK, verdict ok, /wiki not called a mistake', async () => {
    const result = await diagnose(
      'Wiki sync',
      `https://${world.ACME_HOST}/wiki`,
      world.WRITER_EMAIL,
      world.WRITER_TOKEN,
    );
    expect(result.verdict).toBe('ok');
    expect(result.codes).toEqual(['CONFLUENCE_OK', 'TOKEN_UNSCOPED', 'AUTH_OK']);
    expect(result.codes).not.toContain('URL_HAS_EXTRA_PATH');
    expect(result.probes).toMatchObject({ 'confluence-site-user': '200', 'site-myself': '200' });
  });

  it('a scoped Confluence token: accepted through the gateway, the site URL flagged, Jira only a note', async () => {
    const result = await diagnose(
      'Wiki scoped',
      `https://${world.ACME_HOST}/wiki`,
      world.WRITER_EMAIL,
      world.WRITER_SCOPED_CONFLUENCE_TOKEN,
    );
    expect(result.verdict).toBe('warning');
    expect(result.codes).toEqual(['SCOPED_TOKEN_ON_SITE_URL', 'CONFLUENCE_OK', 'TOKEN_SCOPED', 'JIRA_NOT_USABLE']);
    expect(result.probes).toMatchObject({
      'confluence-site-user': '401',
      'confluence-gateway-user': '200',
      'confluence-gateway-spaces': '200',
    });
    const text = await page.locator('[data-report]').innerText();
    expect(text).toContain(`https://api.atlassian.com/ex/confluence/${world.ACME_CLOUD_ID}/wiki`);
  });

  it('a Confluence-only site: Confluence works, and Jira\'s 404 is not "site not found"', async () => {
    const result = await diagnose(
      'Docs site',
      `https://${world.DOCS_HOST}/wiki`,
      world.WRITER_EMAIL,
      world.WRITER_TOKEN,
    );
    expect(result.verdict).toBe('ok');
    expect(result.codes).toEqual(['CONFLUENCE_OK', 'TOKEN_UNSCOPED', 'JIRA_NOT_USABLE']);
    expect(result.codes).not.toContain('SITE_NOT_FOUND');
  });

  it('a service account publishing to Confluence: named as one, the token never sent to the site', async () => {
    const before = session.emulator.requests.length;
    const result = await diagnose(
      'Docs bot',
      `https://${world.DOCS_HOST}/wiki`,
      world.DOCS_BOT_EMAIL,
      world.DOCS_BOT_TOKEN,
    );
    expect(result.verdict).toBe('ok');
    expect(result.codes).toEqual(['CONFLUENCE_OK', 'TOKEN_SCOPED', 'SERVICE_ACCOUNT', 'JIRA_NOT_USABLE']);
    const sent = session.emulator.requests.slice(before);
    const toSite = sent.filter((r) => r.host === world.DOCS_HOST);
    // The site's cloudId may be cached from an earlier test, so the site may get no request at all.
    expect(toSite.every((r) => !r.hadAuthorization)).toBe(true);
    expect(sent.some((r) => r.host === 'api.atlassian.com' && r.hadAuthorization)).toBe(true);
  });
});
