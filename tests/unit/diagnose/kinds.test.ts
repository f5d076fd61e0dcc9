/**
 * The engine for OAuth access tokens, organization API keys, Data Center PATs and the extra
 * checks of a Cloud API token, end to end against the Atlassian emulator in-process.
 */
import { diagnose } from '../../../lib/diagnose/diagnose';
import type { CloudAlsoCheck, Profile } from '../../../lib/model/profile';
import * as world from '../../../emulator';
import { emulatedEngine, STAMP } from './emulated-engine';

const stamp = STAMP;
const acme = `https://${world.ACME_HOST}`;

function setup(granted = true) {
  return emulatedEngine({ granted: () => granted });
}

async function codes(profile: Profile, granted = true) {
  const { recorder, deps } = setup(granted);
  const report = await diagnose(profile, deps);
  return {
    report,
    codes: report.findings.map((f) => f.code),
    probes: Object.fromEntries(report.probes.map((p) => [p.probe.id, p.status ?? p.error?.kind])),
    recorder,
  };
}

const oauth = (accessToken: string, siteUrl = ''): Profile => ({
  ...stamp,
  kind: 'oauth-access-token',
  accessToken,
  siteUrl,
});
const org = (apiKey: string, orgId = ''): Profile => ({ ...stamp, kind: 'org-admin-key', apiKey, orgId });
const dc = (serverUrl: string, pat: string): Profile => ({ ...stamp, kind: 'dc-pat', serverUrl, pat });
const cloud = (email: string, apiToken: string, alsoCheck: CloudAlsoCheck): Profile => ({
  ...stamp,
  kind: 'cloud-api-token',
  siteUrl: acme,
  email,
  apiToken,
  alsoCheck,
});

describe('diagnose: OAuth 2.0 access token', () => {
  it('checks a working token on its site through the gateway and says what the grant reaches', async () => {
    const { report, codes: c, probes } = await codes(oauth(world.OAUTH_ACCESS_TOKEN, acme));
    expect(c).toEqual(['AUTH_OK', 'OAUTH_GRANT']);
    expect(probes).toEqual({ 'accessible-resources': 200, 'gateway-myself': 200 });
    expect(report.cloudId).toBe(world.ACME_CLOUD_ID);
    expect(report.facts?.map((f) => f.label)).toEqual(
      expect.arrayContaining(['Expires', 'Scopes', 'Client id', 'Token type']),
    );
    expect(report.findings.find((f) => f.code === 'OAUTH_GRANT')?.fix?.url).toBe(
      `https://api.atlassian.com/ex/jira/${world.ACME_CLOUD_ID}/rest/api/3/myself`,
    );
  });

  it('checks every granted Jira site when no site is given', async () => {
    const { codes: c, probes } = await codes(oauth(world.OAUTH_ACCESS_TOKEN));
    expect(c[0]).toBe('AUTH_OK');
    expect(probes['gateway-myself']).toBe(200);
  });

  it('names the missing scope', async () => {
    const { codes: c } = await codes(oauth(world.OAUTH_TOKEN_WITHOUT_JIRA_USER, acme));
    expect(c).toEqual(['SCOPE_MISSING', 'OAUTH_GRANT']);
  });

  it('reports an expired token without any request', async () => {
    const { codes: c, recorder } = await codes(oauth(world.OAUTH_EXPIRED_TOKEN, acme));
    expect(c).toEqual(['OAUTH_TOKEN_EXPIRED']);
    expect(recorder.requests).toHaveLength(0);
  });

  it('reports a revoked token as rejected, with the OAuth advice', async () => {
    const { report, codes: c } = await codes(oauth(world.OAUTH_REVOKED_TOKEN, acme));
    expect(c).toEqual(['CREDENTIALS_REJECTED']);
    expect(report.findings[0]?.explanation).toMatch(/revoked/);
    expect(report.findings[0]?.fix?.steps.join(' ')).toMatch(/never refreshes/);
  });

  it('reports a site the grant does not reach', async () => {
    const { codes: c } = await codes(oauth(world.OAUTH_ACCESS_TOKEN, `https://${world.WALLED_HOST}`));
    expect(c).toEqual(['OAUTH_SITE_NOT_GRANTED']);
  });

  it('says what a pasted API token is instead of sending it', async () => {
    const { report, recorder } = await codes(oauth(world.UNSCOPED_TOKEN, acme));
    expect(report.findings[0]?.code).toBe('OAUTH_TOKEN_NOT_JWT');
    expect(report.findings[0]?.title).toMatch(/Cloud API token/);
    expect(recorder.requests).toHaveLength(0);
  });

  it('sends the token to api.atlassian.com only', async () => {
    const { recorder } = await codes(oauth(world.OAUTH_ACCESS_TOKEN, acme));
    expect(recorder.requests.every((r) => r.host === 'api.atlassian.com')).toBe(true);
  });
});

describe('diagnose: organization API key', () => {
  it('explains the empty organization list of a valid key (https://developer.atlassian.com/cloud/admin/organization/rest/api-group-orgs/)', async () => {
    const { codes: c } = await codes(org(world.ORG_API_KEY));
    expect(c).toEqual(['AUTH_OK', 'ADMIN_ORGS_EMPTY']);
  });

  it('confirms the key against its organization', async () => {
    const { report, codes: c, probes } = await codes(org(world.ORG_API_KEY, world.ACME_ORG_ID));
    expect(c).toEqual(['AUTH_OK', 'ADMIN_ORGS_EMPTY']);
    expect(probes).toEqual({ 'admin-orgs': 200, 'admin-org': 200 });
    expect(report.facts?.find((f) => f.label === 'Organization')?.value).toContain(world.ACME_ORG_NAME);
  });

  it('reports an organization the key cannot see', async () => {
    const { codes: c } = await codes(org(world.ORG_API_KEY, world.OTHER_ORG_ID));
    expect(c[0]).toBe('ADMIN_ORG_NOT_FOUND');
  });

  it.each([
    ['revoked', world.REVOKED_ORG_API_KEY],
    ['expired', world.EXPIRED_ORG_API_KEY],
  ])('reports a %s key as rejected', async (_name, key) => {
    const { codes: c } = await codes(org(key, world.ACME_ORG_ID));
    expect(c).toEqual(['ADMIN_KEY_REJECTED']);
  });

  it('refuses to send a personal API token to the admin API', async () => {
    const { codes: c, recorder } = await codes(org(world.UNSCOPED_TOKEN));
    expect(c).toEqual(['PERSONAL_TOKEN_ON_ADMIN_API']);
    expect(recorder.requests).toHaveLength(0);
  });
});

describe('diagnose: Data Center personal access token', () => {
  it('accepts a valid PAT on its server', async () => {
    const { report, codes: c, probes } = await codes(dc(`https://${world.DC_HOST}`, world.DC_PAT));
    expect(c).toEqual(['AUTH_OK']);
    // The look for a context path and for Confluence go without the token, in the same round trip.
    expect(probes).toEqual({ 'dc-myself': 200, 'dc-context': 404, 'dc-confluence': 404 });
    expect(report.account?.displayName).toBe(world.DC_DISPLAY_NAME);
  });

  it.each([
    ['expired', world.DC_EXPIRED_PAT],
    ['revoked', world.DC_REVOKED_PAT],
  ])('rejects an %s PAT', async (_name, pat) => {
    const { codes: c } = await codes(dc(`https://${world.DC_HOST}`, pat));
    expect(c).toEqual(['PAT_REJECTED']);
  });

  it('finds the missing /jira context path without sending the token again', async () => {
    const { report, codes: c, recorder } = await codes(dc(`https://${world.DC_CTX_HOST}`, world.DC_CTX_PAT));
    expect(c).toEqual(['URL_MISSING_CONTEXT_PATH']);
    expect(report.findings[0]?.fix?.url).toBe(`https://${world.DC_CTX_HOST}/jira`);
    expect(recorder.requests.filter((r) => r.hadAuthorization)).toHaveLength(1);
  });

  it('works with the context path given', async () => {
    const { codes: c } = await codes(dc(`https://${world.DC_CTX_HOST}/jira`, world.DC_CTX_PAT));
    expect(c).toEqual(['AUTH_OK']);
  });

  it('finds an extra context path', async () => {
    const { codes: c } = await codes(dc(`https://${world.DC_HOST}/jira`, world.DC_PAT));
    expect(c).toEqual(['URL_EXTRA_CONTEXT_PATH']);
  });

  it('reports a CAPTCHA lockout', async () => {
    const { codes: c } = await codes(dc(`https://${world.DC_LOCKED_HOST}`, world.DC_LOCKED_PAT));
    expect(c).toEqual(['CAPTCHA_REQUIRED']);
  });

  it('strips /rest/api/3 and says Data Center has no v3', async () => {
    const { codes: c } = await codes(dc(`https://${world.DC_HOST}/rest/api/3/myself`, world.DC_PAT));
    expect(c).toEqual(['WRONG_API_VERSION_FOR_DATA_CENTER', 'AUTH_OK']);
  });

  it.each([
    ['a Cloud site', `https://${world.ACME_HOST}`, world.DC_PAT, 'PAT_ON_CLOUD'],
    ['a Cloud API token', `https://${world.DC_HOST}`, world.UNSCOPED_TOKEN, 'CLOUD_TOKEN_ON_DATA_CENTER'],
  ])('sends nothing for %s', async (_name, server, pat, code) => {
    const { codes: c, recorder } = await codes(dc(server, pat));
    expect(c).toEqual([code]);
    expect(recorder.requests).toHaveLength(0);
  });

  it('sends nothing to a server the browser has not granted', async () => {
    const { codes: c, recorder } = await codes(dc(`https://${world.DC_HOST}`, world.DC_PAT), false);
    expect(c).toEqual(['HOST_PERMISSION_MISSING']);
    expect(recorder.requests).toHaveLength(0);
  });
});

describe('diagnose: extra checks of a Cloud API token', () => {
  it('checks Confluence, Id Mapping and JSM operations for a site admin', async () => {
    const { codes: c, probes } = await codes(
      cloud(world.ADMIN_EMAIL, world.UNSCOPED_TOKEN, { confluence: true, idMapping: true, jsmOps: true }),
    );
    expect(c).toEqual(['AUTH_OK', 'TOKEN_UNSCOPED', 'CONFLUENCE_OK', 'ID_MAPPING_OK', 'JSM_OPS_OK']);
    expect(probes).toMatchObject({ 'confluence-user': 200, 'id-mapping': 404, 'jsm-ops': 200 });
  });

  it('tells no Confluence access and no admin rights apart from bad credentials', async () => {
    const { codes: c } = await codes(
      cloud(world.MEMBER_EMAIL, world.MEMBER_TOKEN, { confluence: true, idMapping: true }),
    );
    expect(c).toEqual(['NOT_SITE_ADMIN', 'NO_PRODUCT_ACCESS', 'AUTH_OK', 'TOKEN_UNSCOPED']);
  });

  it('checks Confluence through the gateway for a scoped token', async () => {
    const { codes: c, report } = await codes(
      cloud(world.ADMIN_EMAIL, world.SCOPED_TOKEN_CONFLUENCE_CLASSIC, { confluence: true }),
    );
    expect(c).toContain('CONFLUENCE_OK');
    expect(report.probes.find((p) => p.probe.id === 'confluence-user')?.probe.url).toBe(
      `https://api.atlassian.com/ex/confluence/${world.ACME_CLOUD_ID}/wiki/rest/api/user/current`,
    );
  });

  it('says service accounts are not entitled to JSM operations (JSDCLOUD-17685)', async () => {
    const { report, codes: c } = await codes(
      cloud(world.SERVICE_ACCOUNT_EMAIL, world.SERVICE_ACCOUNT_TOKEN, { jsmOps: true }),
    );
    expect(c).toContain('NO_PRODUCT_ACCESS');
    expect(report.findings.find((f) => f.code === 'NO_PRODUCT_ACCESS')?.explanation).toContain('JSDCLOUD-17685');
  });

  it('runs no extra check with credentials that were rejected', async () => {
    const { codes: c, probes } = await codes(
      cloud(world.ADMIN_EMAIL, world.EXPIRED_TOKEN, { confluence: true, idMapping: true, jsmOps: true }),
    );
    expect(c).toEqual(['CREDENTIALS_REJECTED']);
    expect(Object.keys(probes)).not.toContain('confluence-user');
  });
});
