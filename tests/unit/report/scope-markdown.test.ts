/** The Markdown scope report shows every value as text: nothing the server or the user wrote renders as Markdown. */
import { mdText, scopeReportMarkdown } from '../../../lib/report/scope-markdown';
import type { ScopeReport } from '../../../lib/scopes/types';

const IMAGE = '![x](https://tracker.example/p.png)';

const hostile: ScopeReport = {
  type: 'scope-report',
  schema: 1,
  profileId: 'p1',
  profileName: `Acme ${IMAGE}`,
  kind: 'cloud-api-token',
  tokenFingerprint: 'ATATT…9f3c',
  siteUrl: 'https://acme.atlassian.net',
  checkedAt: '2026-11-23T21:00:00.000Z',
  model: 'unscoped',
  account: {
    accountId: 'a1',
    displayName: `Ada ${IMAGE}\n# Heading`,
    emailMasked: 'a…n@acme.example',
    groups: ['jira-admins', '<img src=x onerror=alert(1)>', '[click](https://evil.example)', '**bold** _it_ ~~s~~'],
  },
  userPermissions: { ADMINISTER: true, '`x`|y': false },
  summary: '- a list? 1. no',
  rows: [
    {
      id: 'ADMIN`ISTER',
      product: 'site',
      label: `Administer ${IMAGE}`,
      scopesClassic: [],
      scopesGranular: [],
      state: 'granted',
      evidence: 'GET https://acme.atlassian.net/x | 200 <b>',
    },
  ],
  scopes: [
    {
      scope: 'read:`x`|y',
      family: 'classic',
      product: 'jira',
      state: 'granted',
      evidence: `search/jql passed ${IMAGE}`,
    },
  ],
  risks: [{ id: 'r1', level: 'high', text: `Admin ${IMAGE}` }],
  findings: [
    {
      code: 'AUTH_OK',
      severity: 'ok',
      title: `Authenticated as Ada ${IMAGE}`,
      explanation: '',
      evidence: [],
    },
  ],
  probes: [],
};

describe('scopeReportMarkdown', () => {
  const md = scopeReportMarkdown(hostile);

  it('an image in a display name, a group, a label, a risk or a title is text, not an image', () => {
    expect(md).not.toContain('![');
    expect(md).not.toMatch(/(^|[^\\])\[x\]/);
    expect(md.match(/\\!\\\[x\\\]\(https:\/\/tracker\.example\/p\.png\)/g)?.length).toBe(6);
  });

  it('HTML, links, emphasis and code in values are escaped', () => {
    expect(md).not.toMatch(/(^|[^\\])<img/);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('\\[click\\](https://evil.example)');
    expect(md).toContain('\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~');
    expect(md).toContain('\\`x\\`\\|y no');
  });

  it('a line break in a value cannot start a heading, and a value cannot open a list', () => {
    expect(
      md
        .split('\n')
        .filter((l) => l.startsWith('#'))
        .map((l) => l.split(' ')[0]),
    ).toEqual(['#', '##', '##', '##', '##']);
    expect(md).toContain('Ada \\!\\[x\\](https://tracker.example/p.png) # Heading');
    expect(md).toContain('\n\\- a list? 1. no\n');
  });

  it('a scope row keeps its cells, and a backtick in a scope name cannot break out', () => {
    const row = md.split('\n').find((l) => l.startsWith('| read:'))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(5);
  });

  it('a table row keeps its five cells, and a backtick cannot break out of a code span', () => {
    const row = md.split('\n').find((l) => l.startsWith('| Administer'))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(7);
    expect(row).toContain('(ADMIN\\`ISTER)');
    expect(row).toContain('\\<b\\>');
  });

  it('leaves ordinary values readable', () => {
    expect(mdText('https://acme.atlassian.net')).toBe('https://acme.atlassian.net');
    expect(mdText('read:jira-work')).toBe('read:jira-work');
    expect(mdText('a…n@acme.example')).toBe('a…n@acme.example');
    expect(md).toContain('- Site: https://acme.atlassian.net');
    // Each finding once, by its title (no raw codes); the report ends with its one summary line.
    expect(md).toContain('- Authenticated as Ada');
    expect(md).not.toContain('AUTH_OK');
    expect(md.trimEnd().split('\n').at(-1)).toBe(
      'Scopes do not apply to an unscoped token; 1 check of what its user may do: 1 granted, 0 missing, 0 unknown',
    );
  });
});
