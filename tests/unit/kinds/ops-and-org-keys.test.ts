/**
 * Operations keys and organization keys met by the diagnosis of other kinds: a "GenieKey …" value
 * in a Cloud API token profile is named and never sent; an organization key aimed at the SCIM API
 * or a site still gets its own check on the admin API, end to end against the emulator; working
 * credentials of each kind get none of these codes.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../lib/diagnose/diagnose';
import { lintCloudApiToken } from '../../../lib/kinds/cloud-api-token/lint';
import type { CloudApiTokenProfile, OrgAdminKeyProfile, Profile } from '../../../lib/model/profile';
import { memoryCache, type EngineDeps } from '../../../lib/probe/deps';
import * as world from '../../../emulator';
import { createAtlassianHandler, defaultScenario, recordingTransport } from '../../../emulator';

const CODES = ['GENIE_KEY_AS_API_TOKEN', 'ORG_KEY_ON_SCIM', 'ORG_KEY_AS_USER_TOKEN'];
const GENIE = 'eb243592-faa2-4ba2-a551-1afdf565c889';
const base = { id: 'p1', name: 'test', createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' };
const cloud = (apiToken: string): CloudApiTokenProfile => ({
  ...base,
  kind: 'cloud-api-token',
  siteUrl: `https://${world.ACME_HOST}`,
  email: world.ADMIN_EMAIL,
  apiToken,
});
const orgKey = (apiKey: string, orgId: string): OrgAdminKeyProfile => ({
  ...base,
  kind: 'org-admin-key',
  apiKey,
  orgId,
});

async function run(profile: Profile) {
  const recorder = recordingTransport(createAtlassianHandler(defaultScenario()));
  const deps: EngineDeps = {
    transport: recorder.transport,
    now: Date.now,
    cache: memoryCache(),
    probeTimeoutMs: 1_000,
    runBudgetMs: 3_000,
    sleep: async () => undefined,
  };
  const report = await diagnose(profile, deps);
  return { report, codes: report.findings.map((f) => f.code), urls: recorder.requests.map((r) => r.url) };
}

describe('a GenieKey in the API token field', () => {
  it.each([
    ['GenieKey <key>', `GenieKey ${GENIE}`],
    ['the whole header line', `Authorization: GenieKey ${GENIE}`],
    ['lower case, extra space', `  geniekey   ${GENIE}`],
  ])('%s: named, beside the field, nothing sent', (_name, apiToken) => {
    const lint = lintCloudApiToken(cloud(apiToken));
    expect(lint.findings.map((f) => f.code)).toEqual(['GENIE_KEY_AS_API_TOKEN']);
    expect(lint.findings[0]!.field).toBe('apiToken');
    expect(lint.canSendCredential).toBe(false);
  });

  it.each([
    ['a current API token', world.UNSCOPED_TOKEN],
    ['a value that only contains the word', `ATATT3xFfGF0GenieKey${'x'.repeat(40)}`],
  ])('%s is not taken for one', (_name, apiToken) => {
    expect(lintCloudApiToken(cloud(apiToken)).findings.map((f) => f.code)).not.toContain('GENIE_KEY_AS_API_TOKEN');
  });

  it('the diagnosis says so and sends nothing', async () => {
    const { report, codes, urls } = await run(cloud(`GenieKey ${GENIE}`));
    expect(codes).toContain('GENIE_KEY_AS_API_TOKEN');
    expect(report.verdict).toBe('error');
    expect(urls.filter((u) => u.includes('/myself'))).toEqual([]);
    expect(JSON.stringify(report)).not.toContain(GENIE);
  });
});

describe('an organization key aimed at the SCIM API or a site', () => {
  const scim = `https://api.atlassian.com/scim/directory/${world.ACME_ORG_ID}`;
  it('the key works on the admin API, the SCIM address is named: an error', async () => {
    const { report, codes, urls } = await run(orgKey(world.ORG_API_KEY, scim));
    expect(codes).toEqual(expect.arrayContaining(['ORG_KEY_ON_SCIM', 'AUTH_OK']));
    expect(report.verdict).toBe('error');
    // The key went to the admin API only, never to SCIM.
    expect(urls.every((u) => u.startsWith('https://api.atlassian.com/admin/'))).toBe(true);
    expect(JSON.stringify(report)).not.toContain(world.ORG_API_KEY);
  });

  it('a revoked key aimed at a site: both said', async () => {
    const { codes } = await run(orgKey(world.REVOKED_ORG_API_KEY, `https://${world.ACME_HOST}`));
    expect(codes).toEqual(expect.arrayContaining(['ORG_KEY_AS_USER_TOKEN', 'ADMIN_KEY_REJECTED']));
  });

  it('the admin address in the ID field is read as the ID', async () => {
    const { report, codes } = await run(
      orgKey(world.ORG_API_KEY, `https://admin.atlassian.com/o/${world.ACME_ORG_ID}/overview`),
    );
    for (const code of CODES) expect(codes).not.toContain(code);
    expect(report.facts?.find((f) => f.label === 'Organization')?.value).toContain(world.ACME_ORG_ID);
  });
});

describe('working credentials get none of these codes', () => {
  it.each<[string, Profile]>([
    ['a working org key with its ID', orgKey(world.ORG_API_KEY, world.ACME_ORG_ID)],
    ['a working org key without an ID', orgKey(world.ORG_API_KEY, '')],
    ['a working unscoped API token', cloud(world.UNSCOPED_TOKEN)],
  ])('%s', async (_name, profile) => {
    const { report, codes } = await run(profile);
    for (const code of CODES) expect(codes).not.toContain(code);
    expect(['ok', 'warning']).toContain(report.verdict);
  });
});
