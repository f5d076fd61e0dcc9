/**
 * Where a pasted request goes is decided from its host, path and credential before any rule
 * runs, and shown with the reason; a custom domain of a Cloud site cannot be told from a Data
 * Center server by the text alone, and the target says so.
 */
import { describe, expect, it } from 'vitest';
import { analyseRequest } from '../../../lib/requests/analyse';
import { decideTarget, TARGET_LABELS, type TargetId } from '../../../lib/requests/target';

const TABLE: [string, TargetId][] = [
  ['https://acme.atlassian.net/rest/api/3/myself', 'jira-cloud'],
  ['https://acme.atlassian.net/wiki/rest/api/user/current', 'confluence-cloud'],
  ['https://acme.atlassian.net/wiki/api/v2/spaces?limit=1', 'confluence-cloud'],
  ['https://acme.atlassian.net/rest/api/content/123', 'confluence-cloud'],
  ['https://api.atlassian.com/ex/jira/0b9f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d/rest/api/3/myself', 'jira-gateway'],
  [
    'https://api.atlassian.com/ex/confluence/0b9f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d/wiki/api/v2/pages',
    'confluence-cloud',
  ],
  ['https://api.atlassian.com/jsm/ops/api/0b9f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d/v1/alerts', 'jsm-ops'],
  ['https://api.atlassian.com/jsm/ops/integration/v2/alerts', 'jsm-ops'],
  ['https://api.opsgenie.com/v2/alerts', 'jsm-ops'],
  ['https://api.eu.opsgenie.com/v2/alerts', 'jsm-ops'],
  ['https://api.atlassian.com/admin/v1/orgs', 'admin-api'],
  ['https://acme.atlassian-us-gov-mod.net/rest/api/3/myself', 'gov-cloud'],
  ['https://api.atlassian-us-gov-mod.com/ex/jira/0b9f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d/rest/api/3/myself', 'gov-cloud'],
  ['https://api.bitbucket.org/2.0/user', 'bitbucket-cloud'],
  ['https://bitbucket.org/acme/repo.git', 'bitbucket-cloud'],
  ['https://jira.example.com/rest/api/2/myself', 'jira-dc'],
  ['https://jira.example.com/rest/api/latest/issue/KEY-1', 'jira-dc'],
  ['https://intranet.example.com/jira/rest/api/2/myself', 'jira-dc'],
  ['http://10.0.0.5:8080/rest/api/2/myself', 'jira-dc'],
  ['https://wiki.example.com/confluence/rest/api/content/123', 'confluence-dc'],
  ['https://confluence.example.com/rest/api/content?spaceKey=DEV', 'confluence-dc'],
  ['https://confluence.example.com/rest/api/user/current', 'confluence-dc'],
  ['https://example.com/api/things', 'not-atlassian'],
];

describe('decideTarget', () => {
  it.each(TABLE)('%s → %s', (url, id) => {
    const target = decideTarget(url);
    expect(target.id).toBe(id);
    expect(target.label).toBe(TARGET_LABELS[id]);
    expect(target.because).not.toBe('');
  });

  it('names every target the issue lists, in words', () => {
    expect(Object.values(TARGET_LABELS)).toEqual(
      expect.arrayContaining([
        'Jira Cloud site',
        'Jira Cloud through the API gateway',
        'Confluence Cloud',
        'Jira Data Center',
        'Confluence Data Center',
        'Bitbucket Cloud',
        'Government Cloud',
        'JSM operations / Opsgenie',
        'Atlassian admin API',
        'not an Atlassian service',
      ]),
    );
  });

  it('says that a custom domain of a Cloud site looks like Data Center', () => {
    expect(decideTarget('https://jira.example.com/rest/api/3/myself').caveat).toMatch(/custom domain/);
  });

  it('reads the context path of a Data Center server and the API path after it', () => {
    expect(decideTarget('https://intranet.example.com/jira/rest/api/2/myself')).toMatchObject({
      origin: 'https://intranet.example.com',
      contextPath: '/jira',
      apiPath: '/rest/api/2/myself',
    });
  });

  it('tells a GenieKey by its scheme', () => {
    const analysis = analyseRequest(
      'curl -H "Authorization: GenieKey k-1234567890" https://alerts.example.com/v2/alerts',
    );
    expect(analysis.facts.target.id).toBe('jsm-ops');
  });

  it('has no target for a paste without a URL, or with a placeholder host', () => {
    expect(decideTarget(undefined).id).toBe('unknown');
    expect(decideTarget('<REQUEST_URL>').id).toBe('unknown');
  });

  it('is decided for every pasted flavour and every finding says which target rule decided it', () => {
    for (const text of [
      'curl -H "Authorization: Bearer NjQ2MzUxNjk0MjE3OkH2mUq0Kx9bR3hGk8wZcV1yT5pE" https://jira.example.com/rest/api/2/myself',
      'GET /rest/api/2/myself HTTP/1.1\nHost: jira.example.com\nAuthorization: Bearer NjQ2MzUxNjk0MjE3OkH2mUq0Kx9bR3hGk8wZcV1yT5pE',
      "Invoke-RestMethod -Uri 'https://jira.example.com/rest/api/2/myself' -Headers @{ Authorization = 'Bearer NjQ2MzUxNjk0MjE3OkH2mUq0Kx9bR3hGk8wZcV1yT5pE' }",
    ]) {
      const analysis = analyseRequest(text);
      expect(analysis.facts.target.label).toBe('Jira Data Center');
      for (const finding of analysis.findings)
        expect(finding.evidence.some((line) => line.startsWith('Target rule: Jira Data Center — '))).toBe(true);
    }
  });
});
