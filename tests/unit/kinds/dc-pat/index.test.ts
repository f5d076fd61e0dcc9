/**
 * A Data Center server URL reaches a report only as its parsed base: never with the user info or
 * the query it was typed with (Copy report and Download report are pasted into tickets).
 */
import { diagnose } from '../../../../lib/diagnose/diagnose';
import type { DcPatProfile } from '../../../../lib/model/profile';
import { scopeReportJson } from '../../../../lib/report/scope-json';
import { scopeReportMarkdown } from '../../../../lib/report/scope-markdown';
import { checkScopes } from '../../../../lib/scopes/check';
import * as world from '../../../../emulator';
import { echoDeps } from '../../probe/echo-world';

const profile = (serverUrl: string): DcPatProfile => ({
  id: 'p1',
  name: 'Corp Jira',
  kind: 'dc-pat',
  serverUrl,
  pat: world.DC_PAT,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
});

const answers404 = echoDeps(async () => new Response('{}', { status: 404 }));

describe('the Data Center server URL in reports', () => {
  it('the scope report names the parsed base, not the URL as typed', async () => {
    const report = await checkScopes(profile('https://jira.corp.example/jira/?os_authType=basic#top'), answers404);
    expect(report.siteUrl).toBe('https://jira.corp.example/jira');
    for (const text of [JSON.stringify(scopeReportJson(report)), scopeReportMarkdown(report)])
      expect(text).not.toMatch(/os_authType|#top/);
  });

  it('user info typed into the URL never reaches the scope report or the diagnosis', async () => {
    const typed = 'https://admin:Winter2026!@jira.corp.example/?os_authType=basic';
    const scope = await checkScopes(profile(typed), answers404);
    const diagnosis = await diagnose(profile(typed), answers404);
    for (const text of [
      JSON.stringify(scope),
      JSON.stringify(scopeReportJson(scope)),
      scopeReportMarkdown(scope),
      JSON.stringify(diagnosis),
    ]) {
      expect(text).not.toContain('Winter2026');
      expect(text).not.toContain('admin:');
      expect(text).not.toContain('os_authType');
    }
    expect(diagnosis.findings.map((f) => f.code)).toContain('URL_INVALID');
  });

  it('the diagnosis names the parsed base too, and quotes a typed query by its names only', async () => {
    const report = await diagnose(profile('jira.corp.example/jira?os_authType=basic&token=s3cr3t-v4lue'), answers404);
    expect(report.siteUrl).toBe('https://jira.corp.example/jira');
    const extra = report.findings.find((f) => f.code === 'URL_HAS_EXTRA_PATH');
    expect(extra?.title).toContain('?os_authType=…&token=…');
    expect(JSON.stringify(report)).not.toMatch(/s3cr3t|=basic/);
  });
});
