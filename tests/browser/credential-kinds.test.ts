/**
 * Every credential kind through the options page of the real extension, against the emulator:
 * OAuth 2.0 access tokens, organization API keys, Data Center PATs (test build: the emulator's
 * Data Center hosts are pre-granted, since a headless browser cannot answer the prompt), and the
 * extra checks of a Cloud API token.
 */
import type { Page } from 'playwright-core';
import * as world from '../../emulator';
import { findingCodes, launchExtension, waitForVerdict, type ExtensionSession } from './harness';
import { addProfile, diagnoseThroughUi, runDiagnosis, type AnyProfileInput } from './profile-form';

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

describe('options page: every credential kind', () => {
  it('checks an OAuth access token through accessible-resources and the gateway, and shows what it says', async () => {
    const result = await diagnose({
      name: 'OAuth app',
      kind: 'oauth-access-token',
      fields: { 'Access token': world.OAUTH_ACCESS_TOKEN, 'Site URL': `https://${world.ACME_HOST}` },
    });
    expect(result.verdict).toBe('ok');
    expect(result.codes).toEqual(['AUTH_OK', 'OAUTH_GRANT']);
    expect(result.probes).toEqual({ 'accessible-resources': '200', 'gateway-myself': '200' });
    const text = await page.locator('[data-report]').innerText();
    expect(text).toContain(world.OAUTH_CLIENT_ID);
    expect(text).toContain('read:jira-work');
  });

  it('reports an expired OAuth token without sending it', async () => {
    const before = session.emulator.requests.length;
    const result = await diagnose({
      name: 'OAuth expired',
      kind: 'oauth-access-token',
      fields: { 'Access token': world.OAUTH_EXPIRED_TOKEN },
    });
    expect(result.codes).toEqual(['OAUTH_TOKEN_EXPIRED']);
    expect(result.probes).toEqual({});
    expect(session.emulator.requests.length).toBe(before);
  });

  it('confirms an organization API key against its organization', async () => {
    const result = await diagnose({
      name: 'Org key',
      kind: 'org-admin-key',
      fields: { 'API key': world.ORG_API_KEY, 'Organization ID': world.ACME_ORG_ID },
    });
    expect(result.verdict).toBe('ok');
    expect(result.codes).toEqual(['AUTH_OK', 'ADMIN_ORGS_EMPTY']);
    expect(await page.locator('[data-report]').innerText()).toContain(world.ACME_ORG_NAME);
  });

  it('reports a revoked organization API key', async () => {
    const result = await diagnose({
      name: 'Org key revoked',
      kind: 'org-admin-key',
      fields: { 'API key': world.REVOKED_ORG_API_KEY },
    });
    expect(result.codes).toEqual(['ADMIN_KEY_REJECTED']);
  });

  it('checks a Data Center PAT on its granted server', async () => {
    const result = await diagnose({
      name: 'DC',
      kind: 'dc-pat',
      fields: { 'Server URL': `https://${world.DC_HOST}`, 'Personal access token': world.DC_PAT },
    });
    expect(result.verdict).toBe('ok');
    // Beside the token's call, the look for a context path and for Confluence go without it.
    expect(result.probes).toEqual({ 'dc-myself': '200', 'dc-context': '404', 'dc-confluence': '404' });
    expect(await page.locator('[data-report]').innerText()).toContain(world.DC_DISPLAY_NAME);
  });

  it('finds the missing /jira context path of a Data Center server', async () => {
    const result = await diagnose({
      name: 'DC ctx',
      kind: 'dc-pat',
      fields: { 'Server URL': `https://${world.DC_CTX_HOST}`, 'Personal access token': world.DC_CTX_PAT },
    });
    expect(result.codes).toEqual(['URL_MISSING_CONTEXT_PATH']);
    expect(result.probes).toMatchObject({ 'dc-myself': '404', 'dc-confluence': '404' });
    expect(result.probes['dc-context']).toBeDefined();
  });

  it('rejects an expired Data Center PAT', async () => {
    const result = await diagnose({
      name: 'DC expired',
      kind: 'dc-pat',
      fields: { 'Server URL': `https://${world.DC_HOST}`, 'Personal access token': world.DC_EXPIRED_PAT },
    });
    expect(result.codes).toEqual(['PAT_REJECTED']);
  });

  it('runs the extra checks of a Cloud API token and tells missing rights from bad credentials', async () => {
    const result = await diagnose({
      name: 'Member with extras',
      kind: 'cloud-api-token',
      fields: { 'Site URL': `https://${world.ACME_HOST}`, Email: world.MEMBER_EMAIL, 'API token': world.MEMBER_TOKEN },
      alsoCheck: ['Confluence', 'Id Mapping'],
    });
    expect(result.verdict).toBe('error');
    expect(result.codes).toEqual(['NOT_SITE_ADMIN', 'NO_PRODUCT_ACCESS', 'AUTH_OK', 'TOKEN_UNSCOPED']);
    expect(result.probes).toMatchObject({ 'confluence-user': '403', 'id-mapping': '403' });
  });

  it('sent each secret only to its own kind of host', () => {
    for (const request of session.emulator.requests.filter((r) => r.hadAuthorization)) {
      const dataCenter = request.host.endsWith('.internal.example');
      const atlassian = request.host === 'api.atlassian.com' || request.host.endsWith('.atlassian.net');
      expect(dataCenter || atlassian).toBe(true);
      expect(request.method).toBe('GET');
    }
  });
});

describe('production build: a Data Center server nobody granted', () => {
  it('sends nothing and says how to grant access', async () => {
    const production = await launchExtension({ emulator: session.emulator });
    try {
      const options = await production.open('options.html');
      const before = session.emulator.requests.filter((r) => r.host === world.DC_HOST).length;
      await addProfile(options, {
        name: 'DC not granted',
        kind: 'dc-pat',
        fields: { 'Server URL': `https://${world.DC_HOST}`, 'Personal access token': world.DC_PAT },
      });
      await runDiagnosis(options);
      expect(await waitForVerdict(options)).toBe('error');
      expect(await findingCodes(options)).toEqual(['HOST_PERMISSION_MISSING']);
      expect(session.emulator.requests.filter((r) => r.host === world.DC_HOST).length).toBe(before);
      expect(await options.locator('[data-permission]').getAttribute('data-permission')).toBe('missing');
    } finally {
      await production.close();
    }
  });
});
