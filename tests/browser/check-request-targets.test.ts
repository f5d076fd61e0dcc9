/**
 * Check a request for every Atlassian target, in the real extension in Chromium, through the UI
 * contract (textarea "Request", button "Check request", `data-report`, `data-verdict`,
 * `data-finding-code`): the target is shown, its own rules decide, and nothing is sent. A Data
 * Center request's Diagnose runs the engine's own probe for a personal access token profile.
 */
import type { Page } from 'playwright-core';
import * as world from '../../emulator';
import { findingCodes, launchExtension, probeStatuses, type ExtensionSession } from './harness';
import { field } from './profile-form';

let session: ExtensionSession;
let page: Page;

const EMAIL = world.ADMIN_EMAIL;
const TOKEN = world.UNSCOPED_TOKEN;
const CLOUD_ID = '0b9f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d';
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

interface TargetCase {
  target: string;
  text: string;
  verdict: 'ok' | 'warning' | 'error';
  codes: string[];
  absent?: string[];
}

const CASES: TargetCase[] = [
  {
    target: 'Jira Cloud site',
    text: `curl -X POST -A "${CHROME}" -u "${EMAIL}:${TOKEN}" --json '{"fields":{}}' https://${world.ACME_HOST}/rest/api/3/issue`,
    verdict: 'error',
    codes: ['XSRF_BLOCKED'],
  },
  {
    target: 'Jira Cloud through the API gateway',
    text: `GET /ex/jira/${CLOUD_ID}/rest/api/3/myself HTTP/1.1\nHost: api.atlassian.com\nAuthorization: Basic ${Buffer.from(`${EMAIL}:${TOKEN}`).toString('base64')}`,
    verdict: 'ok',
    codes: ['REQUEST_WELL_FORMED'],
  },
  {
    target: 'Confluence Cloud',
    text: `curl -u "${EMAIL}:${TOKEN}" https://${world.ACME_HOST}/rest/api/content/123`,
    verdict: 'error',
    codes: ['CONFLUENCE_URL_MISSING_WIKI'],
  },
  {
    target: 'Confluence Data Center',
    text: `curl -H "Authorization: Bearer ${world.DC_PAT}" https://confluence.internal.example/rest/api/1.0/content/123`,
    verdict: 'error',
    codes: ['CONFLUENCE_DC_API_1_0'],
    absent: ['NOT_ATLASSIAN_CLOUD_HOST'],
  },
  {
    target: 'Bitbucket Cloud',
    text: `curl -H "Authorization: Bearer ${TOKEN}" https://api.bitbucket.org/2.0/user`,
    verdict: 'error',
    codes: ['BITBUCKET_TOKEN_AS_BEARER'],
  },
  {
    target: 'Government Cloud',
    text: `curl -u "${EMAIL}:${TOKEN}" https://acme.atlassian-us-gov-mod.net/rest/api/3/myself`,
    verdict: 'ok',
    codes: ['GOV_CLOUD_SITE'],
    absent: ['NOT_ATLASSIAN_CLOUD_HOST'],
  },
  {
    target: 'JSM operations / Opsgenie',
    text: `$Headers = @{ Authorization = 'GenieKey 1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d' }\nInvoke-RestMethod -Method Post -Uri 'https://api.atlassian.com/jsm/ops/integration/v2/alerts' -Headers $Headers -Body '{"message":"disk full"}' -ContentType 'application/json'`,
    verdict: 'ok',
    codes: ['POWERSHELL_TLS12_NOT_FORCED'],
  },
  {
    target: 'Atlassian admin API',
    text: `curl -u "${EMAIL}:${TOKEN}" https://api.atlassian.com/admin/v1/orgs`,
    verdict: 'error',
    codes: ['PERSONAL_TOKEN_ON_ADMIN_API'],
  },
  {
    target: 'Not an Atlassian service',
    text: `curl -u "${EMAIL}:${TOKEN}" https://example.com/api/things`,
    verdict: 'error',
    codes: ['NOT_ATLASSIAN_CLOUD_HOST'],
  },
];

beforeAll(async () => {
  // The test build's manifest grants the emulator's Data Center origin (no permission prompt headless).
  session = await launchExtension({ build: 'test' });
  page = await session.open('options.html#check');
});

afterAll(async () => {
  await session?.close();
});

async function check(text: string): Promise<string> {
  await field(page, 'Request').fill(text);
  await page.getByRole('button', { name: 'Check request', exact: true }).click();
  const report = page.locator('[data-report]').first();
  await report.locator('[data-verdict]').first().waitFor({ state: 'attached', timeout: 30_000 });
  return (await report.locator('[data-verdict]').first().getAttribute('data-verdict')) ?? '';
}

async function targetLine(): Promise<string> {
  return page.locator('[data-report] [data-target]').first().innerText();
}

describe('options page: Check a request, for every target', () => {
  it.each(CASES.map((c) => [c.target, c] as const))('%s', async (_name, c) => {
    const before = session.emulator.requests.length;
    expect(await check(c.text)).toBe(c.verdict);
    expect(await targetLine()).toContain(c.target);
    const codes = await findingCodes(page);
    expect(codes).toEqual(expect.arrayContaining(c.codes));
    for (const code of c.absent ?? []) expect(codes).not.toContain(code);
    // Checking sends nothing over the network.
    expect(session.emulator.requests.length).toBe(before);
  });

  it('Bitbucket: no Diagnose button, and it says why', async () => {
    await check(`curl -u "${EMAIL}:${TOKEN}" https://api.bitbucket.org/2.0/user`);
    expect(await page.getByRole('button', { name: 'Diagnose', exact: true }).count()).toBe(0);
    await page.getByText(/Bitbucket credentials are not a kind/).waitFor();
  });

  it('Jira Data Center: a PAT sent as Basic, fixed as Bearer, then diagnosed as a Data Center token', async () => {
    const before = session.emulator.requests.length;
    expect(await check(`curl -u ${world.DC_USERNAME}:${world.DC_PAT} https://${world.DC_HOST}/rest/api/2/myself`)).toBe(
      'error',
    );
    expect(await targetLine()).toContain('Jira Data Center');
    const codes = await findingCodes(page);
    expect(codes).toContain('PAT_SENT_AS_BASIC');
    expect(codes).not.toContain('NOT_ATLASSIAN_CLOUD_HOST');
    expect(codes).not.toContain('EMAIL_NOT_AN_EMAIL');
    const corrected = await page.getByRole('region', { name: 'Corrected request' }).innerText();
    expect(corrected).toContain('Authorization: Bearer $JIRA_PAT');
    expect(session.emulator.requests.length).toBe(before);

    await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
    const diagnosis = page.locator('[data-report]').nth(1);
    await diagnosis.locator('[data-verdict]').first().waitFor({ state: 'attached', timeout: 30_000 });
    await page.waitForFunction(
      () => document.querySelectorAll('[data-report]')[1]?.getAttribute('aria-busy') !== 'true',
      undefined,
      { timeout: 30_000 },
    );
    expect(await diagnosis.locator('[data-verdict]').first().getAttribute('data-verdict')).toBe('ok');
    expect(await probeStatuses(page)).toMatchObject({ 'dc-myself': '200' });
    const sent = session.emulator.requests.slice(before);
    expect(sent.length).toBeGreaterThan(0);
    for (const request of sent) {
      expect(request.host).toBe(world.DC_HOST);
      expect(request.method).toBe('GET');
    }
    expect(await page.content()).not.toContain(world.DC_PAT);
  });
});
