/**
 * Operations keys (GenieKey) and organization API keys where another credential is due, in the
 * real extension through the UI contract: pasted requests checked with nothing sent, an
 * organization key whose Organization ID is a SCIM directory address (the key is still checked
 * on the admin API), and a "GenieKey …" value in a Cloud API token profile, never sent.
 */
import type { Page } from 'playwright-core';
import * as world from '../../emulator';
import { findingCodes, launchExtension, waitForVerdict, type ExtensionSession } from './harness';
import { diagnoseThroughUi, field } from './profile-form';

let session: ExtensionSession;
const GENIE = 'eb243592-faa2-4ba2-a551-1afdf565c889';
const DIRECTORY = `https://api.atlassian.com/scim/directory/${world.ACME_ORG_ID}`;

beforeAll(async () => {
  session = await launchExtension();
});

afterAll(async () => {
  await session?.close();
});

async function checkRequest(text: string): Promise<{ verdict: string; codes: string[]; page: Page }> {
  const page = await session.open('options.html#check');
  await field(page, 'Request').fill(text);
  await page.getByRole('button', { name: 'Check request', exact: true }).click();
  const verdict = await waitForVerdict(page);
  return { verdict, codes: await findingCodes(page), page };
}

describe('Check a request: keys that are not a user’s API token', () => {
  it('a GenieKey sent to a Jira site', async () => {
    const before = session.emulator.requests.length;
    const { verdict, codes, page } = await checkRequest(
      `curl -H "Authorization: GenieKey ${GENIE}" https://${world.ACME_HOST}/rest/api/3/myself`,
    );
    expect(verdict).toBe('error');
    expect(codes).toContain('GENIE_KEY_AS_API_TOKEN');
    expect(codes).not.toContain('REQUEST_WELL_FORMED');
    const text = await page.locator('[data-report]').innerText();
    expect(text).toContain('A JSM operations (Opsgenie) integration key where an API token is due');
    expect(session.emulator.requests.length).toBe(before);
    await page.close();
  });

  it('an organization key on the SCIM API', async () => {
    const { verdict, codes, page } = await checkRequest(
      `curl -H "Authorization: Bearer $ATLASSIAN_ORG_API_KEY" ${DIRECTORY}/Users`,
    );
    expect(verdict).toBe('error');
    expect(codes).toContain('ORG_KEY_ON_SCIM');
    expect(await page.locator('[data-report]').innerText()).toContain('Regenerate API key');
    await page.close();
  });

  it('the directory’s own key on the SCIM API is no alarm', async () => {
    const { verdict, codes, page } = await checkRequest(
      `curl -H "Authorization: Bearer $SCIM_API_KEY" ${DIRECTORY}/Users`,
    );
    expect(verdict).toBe('ok');
    expect(codes).not.toContain('ORG_KEY_ON_SCIM');
    await page.close();
  });
});

describe('Diagnosis: keys aimed at the wrong API', () => {
  it('an organization key whose Organization ID is a SCIM directory: the key works, SCIM will not take it', async () => {
    const page = await session.open('options.html');
    const result = await diagnoseThroughUi(page, {
      name: 'Org key for SCIM',
      kind: 'org-admin-key',
      fields: { 'API key': world.ORG_API_KEY, 'Organization ID': DIRECTORY },
    });
    expect(result.verdict).toBe('error');
    expect(result.codes).toEqual(expect.arrayContaining(['ORG_KEY_ON_SCIM', 'AUTH_OK']));
    expect(result.probes).toEqual({ 'admin-orgs': '200' });
    await page.close();
  });

  it('a GenieKey in a Cloud API token profile is named and never sent', async () => {
    const page = await session.open('options.html');
    const before = session.emulator.requests.filter((r) => r.hadAuthorization).length;
    const result = await diagnoseThroughUi(page, {
      name: 'GenieKey as token',
      kind: 'cloud-api-token',
      fields: { 'Site URL': `https://${world.ACME_HOST}`, Email: world.ADMIN_EMAIL, 'API token': `GenieKey ${GENIE}` },
    });
    expect(result.verdict).toBe('error');
    expect(result.codes).toContain('GENIE_KEY_AS_API_TOKEN');
    expect(session.emulator.requests.filter((r) => r.hadAuthorization).length).toBe(before);
    expect(await page.locator('[data-report]').innerText()).not.toContain(GENIE);
    await page.close();
  });
});
