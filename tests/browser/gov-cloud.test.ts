/**
 * Atlassian Government Cloud and Confluence Data Center through the options page of the real
 * extension (test build: the emulator's Government Cloud hosts and Data Center hosts are
 * pre-granted, since a headless browser cannot answer the permission prompt).
 */
import type { Page } from 'playwright-core';
import * as world from '../../emulator';
import { launchExtension, type ExtensionSession } from './harness';
import { diagnoseThroughUi, type AnyProfileInput } from './profile-form';

let session: ExtensionSession;
let page: Page;

beforeAll(async () => {
  session = await launchExtension({ build: 'test' });
  page = await session.open('options.html');
});

afterAll(async () => {
  await session?.close();
});

const diagnose = (input: AnyProfileInput) => diagnoseThroughUi(page, input);

describe('options page: Atlassian Government Cloud', () => {
  it('checks a Government Cloud site: GOV_CLOUD_SITE shown, verdict ok, no commercial host contacted', async () => {
    const before = session.emulator.requests.length;
    const result = await diagnose({
      name: 'Agency Jira',
      kind: 'cloud-api-token',
      fields: {
        'Site URL': `https://${world.GOV_HOST}`,
        Email: world.GOV_EMAIL,
        'API token': world.GOV_UNSCOPED_TOKEN,
      },
    });
    expect(result.verdict).toBe('ok');
    expect(result.codes).toContain('AUTH_OK');
    expect(result.codes).toContain('GOV_CLOUD_SITE');
    expect(await page.locator('[data-finding-code="GOV_CLOUD_SITE"]').getAttribute('data-severity')).toBe('info');
    expect(await page.locator('[data-report]').innerText()).toContain(world.GOV_DISPLAY_NAME);
    const sent = session.emulator.requests.slice(before);
    expect(sent.length).toBeGreaterThan(0);
    for (const request of sent) expect(request.host).toMatch(/atlassian-us-gov-mod\.(net|com)$/);
  });

  it('sends a scoped Government token to api.atlassian-us-gov-mod.com and shows that gateway in the fix', async () => {
    const before = session.emulator.requests.length;
    const result = await diagnose({
      name: 'Agency scoped',
      kind: 'cloud-api-token',
      fields: { 'Site URL': `https://${world.GOV_HOST}`, Email: world.GOV_EMAIL, 'API token': world.GOV_SCOPED_TOKEN },
    });
    expect(result.verdict).toBe('warning');
    expect(result.codes).toEqual(expect.arrayContaining(['TOKEN_SCOPED', 'GOV_CLOUD_SITE']));
    expect(result.probes).toMatchObject({ 'gateway-myself': '200' });
    const text = await page.locator('[data-report]').innerText();
    expect(text).toContain('api.atlassian-us-gov-mod.com');
    expect(text).not.toMatch(/https:\/\/api\.atlassian\.com/);
    const hosts = new Set(session.emulator.requests.slice(before).map((r) => r.host));
    expect(hosts.has('api.atlassian.com')).toBe(false);
  });
});

describe('options page: Confluence Data Center', () => {
  it('checks a Confluence Data Center server under /confluence', async () => {
    const result = await diagnose({
      name: 'Wiki DC',
      kind: 'dc-pat',
      fields: {
        'Server URL': `https://${world.DC_CONFLUENCE_HOST}${world.DC_CONFLUENCE_CONTEXT}`,
        'Personal access token': world.DC_CONFLUENCE_PAT,
      },
    });
    expect(result.verdict).toBe('ok');
    expect(result.codes).toEqual(['AUTH_OK']);
    expect(result.probes).toMatchObject({ 'dc-myself': '200' });
  });
});
