/**
 * Government Cloud beyond Jira: a Confluence integration (Site URL ending /wiki) and "Check scopes"
 * on a Government site use that environment's gateway, api.atlassian-us-gov-mod.com, and never a
 * commercial host. The emulator's request log proves where each secret went.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../lib/diagnose/diagnose';
import { checkScopes } from '../../../lib/scopes/check';
import { memoryCache } from '../../../lib/probe/deps';
import type { Profile } from '../../../lib/model/profile';
import * as world from '../../../emulator';
import { emulatedEngine, STAMP } from './emulated-engine';

const stamp = STAMP;
const gov = `https://${world.GOV_HOST}`;
const COMMERCIAL = /(^|\.)atlassian\.(com|net)$/;

function setup(granted: (origin: string) => boolean = () => true, cache = memoryCache()) {
  return emulatedEngine({ granted, cache });
}

const cloud = (apiToken: string, siteUrl: string, email = world.GOV_EMAIL): Profile => ({
  ...stamp,
  kind: 'cloud-api-token',
  siteUrl,
  email,
  apiToken,
});

const hostsOf = (recorder: ReturnType<typeof setup>['recorder']) => new Set(recorder.requests.map((r) => r.host));
const wordsOf = (findings: { title: string; explanation: string; fix?: unknown }[]) =>
  JSON.stringify(findings.map((f) => [f.title, f.explanation, f.fix]));

describe('diagnose: a Confluence integration on a Government Cloud site', () => {
  it('an unscoped token on …/wiki: CONFLUENCE_OK on the Government site, no commercial host', async () => {
    const { recorder, deps } = setup();
    const report = await diagnose(cloud(world.GOV_UNSCOPED_TOKEN, `${gov}/wiki`), deps);
    const codes = report.findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['CONFLUENCE_OK', 'GOV_CLOUD_SITE']));
    expect(report.verdict).toBe('ok');
    expect([...hostsOf(recorder)].filter((h) => COMMERCIAL.test(h))).toEqual([]);
  });

  it('a Confluence-scoped token goes through api.atlassian-us-gov-mod.com/ex/confluence, never api.atlassian.com', async () => {
    const { recorder, deps } = setup();
    const report = await diagnose(cloud(world.GOV_CONFLUENCE_SCOPED_TOKEN, `${gov}/wiki`), deps);
    const codes = report.findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['CONFLUENCE_OK', 'GOV_CLOUD_SITE']));
    expect(codes).not.toContain('CREDENTIALS_REJECTED');
    expect(hostsOf(recorder)).toEqual(new Set([world.GOV_HOST, world.GOV_GATEWAY_HOST]));
    const gatewayUrls = recorder.requests.filter((r) => r.host === world.GOV_GATEWAY_HOST).map((r) => r.url);
    expect(gatewayUrls).toContain(
      `https://${world.GOV_GATEWAY_HOST}/ex/confluence/${world.GOV_CLOUD_ID}/wiki/api/v2/spaces?limit=1`,
    );
    expect(report.probes.every((o) => o.error?.kind !== 'blocked-by-policy')).toBe(true);
    expect(wordsOf(report.findings)).not.toMatch(/\b(api|id|auth)\.atlassian\.com\b/);
  });

  it('the same token on a commercial /wiki site is never sent to a Government host', async () => {
    const { recorder, deps } = setup();
    await diagnose(cloud(world.GOV_CONFLUENCE_SCOPED_TOKEN, `https://${world.ACME_HOST}/wiki`), deps);
    expect([...hostsOf(recorder)].filter((h) => h.includes('gov-mod'))).toEqual([]);
  });
});

describe('Check scopes on a Government Cloud site', () => {
  it('a scoped API token: the catalogue is probed on the Government gateway only, and the scope is proven', async () => {
    const { recorder, deps } = setup();
    const report = await checkScopes(cloud(world.GOV_SCOPED_TOKEN, gov), deps);
    expect(report.model).toBe('scoped');
    expect(report.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['TOKEN_SCOPED', 'GOV_CLOUD_SITE']));
    // read:jira-user lets /myself through the gateway; read:jira-work is refused for scope there.
    expect(report.rows.find((r) => r.id === 'read-own-profile')?.state).toBe('granted');
    expect(report.scopes.find((s) => s.scope === 'read:jira-work')?.state).toBe('missing');
    expect(hostsOf(recorder)).toEqual(new Set([world.GOV_HOST, world.GOV_GATEWAY_HOST]));
    expect(wordsOf(report.findings)).not.toMatch(/\b(api|id|auth)\.atlassian\.com\b/);
  });

  it('an unscoped API token: the site and the Government gateway (Id Mapping), nothing commercial', async () => {
    const { recorder, deps } = setup();
    const report = await checkScopes(cloud(world.GOV_UNSCOPED_TOKEN, gov), deps);
    expect(report.model).toBe('unscoped');
    expect([...hostsOf(recorder)].filter((h) => COMMERCIAL.test(h))).toEqual([]);
    expect(recorder.requests.map((r) => r.url)).toContain(
      `https://${world.GOV_GATEWAY_HOST}/migrations/reports/v1/id-mappings/test-job-id`,
    );
  });

  it('an OAuth token for the Government site: accessible-resources and the probes on its gateway', async () => {
    const { recorder, deps } = setup();
    const report = await checkScopes(
      { ...stamp, kind: 'oauth-access-token', accessToken: world.GOV_OAUTH_TOKEN, siteUrl: gov },
      deps,
    );
    expect(report.model).toBe('oauth');
    expect(report.cloudId).toBe(world.GOV_CLOUD_ID);
    expect(hostsOf(recorder)).toEqual(new Set([world.GOV_GATEWAY_HOST]));
  });

  it('without the grant: nothing is sent and HOST_PERMISSION_MISSING names the hosts', async () => {
    const { recorder, deps } = setup(() => false);
    const report = await checkScopes(cloud(world.GOV_SCOPED_TOKEN, gov), deps);
    expect(report.model).toBe('failed');
    expect(report.findings.map((f) => f.code)).toEqual(['HOST_PERMISSION_MISSING', 'GOV_CLOUD_SITE']);
    expect(recorder.requests).toEqual([]);
  });
});
