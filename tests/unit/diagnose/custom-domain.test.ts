/**
 * The engine, end to end against the emulator in-process, for Cloud sites on other names: a custom
 * domain recognised by its anonymous answers, the legacy *.jira.com name, and a custom domain that
 * is really a Data Center server. The emulator's request log proves what went where, and when.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../lib/diagnose/diagnose';
import { checkScopes } from '../../../lib/scopes/check';
import type { Profile } from '../../../lib/model/profile';
import * as world from '../../../emulator';
import { emulatedEngine, STAMP } from './emulated-engine';

const stamp = STAMP;
const custom = `https://${world.GLOBEX_CUSTOM_HOST}`;

function setup(granted: (origin: string) => boolean = () => true) {
  return emulatedEngine({ granted });
}

async function run(profile: Profile, granted?: (origin: string) => boolean) {
  const { recorder, deps } = setup(granted);
  const report = await diagnose(profile, deps);
  return { report, codes: report.findings.map((f) => f.code), recorder };
}

const cloud = (siteUrl: string, apiToken = world.GLOBEX_UNSCOPED_TOKEN, email = world.GLOBEX_EMAIL): Profile => ({
  ...stamp,
  kind: 'cloud-api-token',
  siteUrl,
  email,
  apiToken,
});

describe('diagnose: a Cloud site on a custom domain', () => {
  it('recognised by its anonymous answers first, then checked: ok, CUSTOM_DOMAIN_CLOUD_SITE said', async () => {
    const { report, codes, recorder } = await run(cloud(custom));
    expect(report.verdict).toBe('ok');
    expect(codes).toEqual(expect.arrayContaining(['AUTH_OK', 'TOKEN_UNSCOPED', 'CUSTOM_DOMAIN_CLOUD_SITE']));
    expect(codes).not.toContain('NOT_ATLASSIAN_CLOUD_HOST');
    expect(report.account?.displayName).toBe(world.GLOBEX_DISPLAY_NAME);
    expect(report.cloudId).toBe(world.GLOBEX_CLOUD_ID);
    const info = report.findings.find((f) => f.code === 'CUSTOM_DOMAIN_CLOUD_SITE');
    expect(info?.severity).toBe('info');
    expect(info?.explanation).toContain(world.GLOBEX_CLOUD_ID);
    // The first two requests carry no credential; the credential goes out only after them.
    const [first, second, ...rest] = recorder.requests;
    expect([first?.url, second?.url].sort()).toEqual([
      `${custom}/_edge/tenant_info`,
      `${custom}/rest/api/2/serverInfo`,
    ]);
    expect([first?.hadAuthorization, second?.hadAuthorization]).toEqual([false, false]);
    expect(rest.some((r) => r.hadAuthorization && r.host === world.GLOBEX_CUSTOM_HOST)).toBe(true);
    expect(recorder.requests.every((r) => r.host === world.GLOBEX_CUSTOM_HOST || r.host === 'api.atlassian.com')).toBe(
      true,
    );
  });

  it('a scoped token on the custom domain: refused there, the gateway proves it scoped', async () => {
    const { report, codes } = await run(cloud(custom, world.GLOBEX_SCOPED_TOKEN));
    expect(codes).toEqual(
      expect.arrayContaining(['TOKEN_SCOPED', 'SCOPED_TOKEN_ON_SITE_URL', 'CUSTOM_DOMAIN_CLOUD_SITE']),
    );
    expect(report.verdict).toBe('warning');
  });

  it('a wrong token on the custom domain is rejected, not blamed on the address', async () => {
    const { report, codes } = await run(cloud(custom, world.UNSCOPED_TOKEN));
    expect(report.verdict).toBe('error');
    expect(codes).toContain('CREDENTIALS_REJECTED');
    expect(codes).toContain('CUSTOM_DOMAIN_CLOUD_SITE');
  });

  it('not granted by the browser: nothing at all is sent, the grant is asked for', async () => {
    const { report, codes, recorder } = await run(cloud(custom), () => false);
    expect(codes).toEqual(['HOST_PERMISSION_MISSING']);
    expect(report.findings[0]?.title).toContain(custom);
    expect(report.verdict).toBe('error');
    expect(recorder.requests).toEqual([]);
  });
});

describe('diagnose: a custom domain that is Data Center', () => {
  it('serverInfo says "Server": the Data Center kind is named, the credential never sent', async () => {
    const { report, codes, recorder } = await run(
      cloud(`https://${world.DC_HOST}`, world.UNSCOPED_TOKEN, world.ADMIN_EMAIL),
    );
    expect(codes).toEqual(['CLOUD_TOKEN_ON_DATA_CENTER']);
    const finding = report.findings[0]!;
    expect(finding.title).toContain('Data Center');
    expect(finding.fix?.steps.join(' ')).toContain('Data Center personal access token');
    expect(finding.evidence.join('\n')).toContain('serverInfo');
    expect(report.verdict).toBe('error');
    expect(recorder.requests.filter((r) => r.hadAuthorization)).toEqual([]);
  });

  it('a host that answers neither way: NOT_ATLASSIAN_CLOUD_HOST with both answers as evidence, nothing sent', async () => {
    const { report, codes, recorder } = await run(cloud('https://intranet.unknown.example'));
    expect(codes).toEqual(['NOT_ATLASSIAN_CLOUD_HOST']);
    expect(report.findings[0]?.evidence.join('\n')).toContain('_edge/tenant_info');
    expect(recorder.requests.filter((r) => r.hadAuthorization)).toEqual([]);
  });
});

describe('diagnose: the legacy *.jira.com name', () => {
  it('is Cloud by rule: checked at once, no recognition round trip', async () => {
    const { report, codes, recorder } = await run(cloud(`https://${world.GLOBEX_LEGACY_HOST}`));
    expect(report.verdict).toBe('ok');
    expect(codes).toEqual(expect.arrayContaining(['AUTH_OK', 'TOKEN_UNSCOPED']));
    expect(codes).not.toContain('CUSTOM_DOMAIN_CLOUD_SITE');
    expect(recorder.requests.map((r) => r.url)).not.toContain(
      `https://${world.GLOBEX_LEGACY_HOST}/rest/api/2/serverInfo`,
    );
  });
});

describe('Check scopes on a custom domain', () => {
  it('recognises the site first, then checks the scoped token through the gateway', async () => {
    const { recorder, deps } = setup();
    const report = await checkScopes(cloud(custom, world.GLOBEX_SCOPED_TOKEN), deps);
    expect(report.model).toBe('scoped');
    expect(report.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['TOKEN_SCOPED', 'CUSTOM_DOMAIN_CLOUD_SITE']),
    );
    expect(report.rows.find((r) => r.id === 'read-own-profile')?.state).toBe('granted');
    expect(recorder.requests.slice(0, 2).every((r) => !r.hadAuthorization)).toBe(true);
  });

  it('a custom domain that is Data Center: failed, the Data Center kind named, no credential sent', async () => {
    const { recorder, deps } = setup();
    const report = await checkScopes(cloud(`https://${world.DC_HOST}`, world.UNSCOPED_TOKEN, world.ADMIN_EMAIL), deps);
    expect(report.model).toBe('failed');
    expect(report.findings.map((f) => f.code)).toEqual(['CLOUD_TOKEN_ON_DATA_CENTER']);
    expect(recorder.requests.filter((r) => r.hadAuthorization)).toEqual([]);
  });
});
