/** The organization API key classifier, table-driven over the admin API's answers. */
import { describe, expect, it } from 'vitest';
import { classifyOrgAdminKey, type OrgSeen } from '../../../../lib/kinds/org-admin-key/classify';
import { lintOrgAdminKey } from '../../../../lib/kinds/org-admin-key/lint';
import { failed, obs } from '../observation';

const KEY = 'ATCTT3xFfGN0' + 'k'.repeat(180);
const ORG_ID = '1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d';
const withOrg = lintOrgAdminKey({ apiKey: KEY, orgId: ORG_ID });
const noOrg = lintOrgAdminKey({ apiKey: KEY, orgId: '' });

const acme = { id: ORG_ID, type: 'orgs', attributes: { name: 'Acme' } };
const listed = (data: unknown[]) => obs('admin-orgs', 200, { data, links: {}, meta: null });
const one = obs('admin-org', 200, { data: acme });
const unauthorized = (id: 'admin-orgs' | 'admin-org') => obs(id, 401, { code: 401, message: 'Unauthorized' });

const rows: { name: string; lint: typeof noOrg; seen: OrgSeen; codes: string[]; facts?: string[] }[] = [
  {
    name: 'lists its organization',
    lint: noOrg,
    seen: { orgs: listed([acme]) },
    codes: ['AUTH_OK'],
    facts: ['Organizations'],
  },
  {
    name: 'lists none (keys are scoped to one)',
    lint: noOrg,
    seen: { orgs: listed([]) },
    codes: ['AUTH_OK', 'ADMIN_ORGS_EMPTY'],
  },
  {
    name: 'lists none, but the named organization answers',
    lint: withOrg,
    seen: { orgs: listed([]), org: one },
    codes: ['AUTH_OK', 'ADMIN_ORGS_EMPTY'],
    facts: ['Organization'],
  },
  {
    name: 'the named organization is not found',
    lint: withOrg,
    seen: { orgs: listed([]), org: obs('admin-org', 404, { errors: [{ title: 'Not Found' }] }) },
    codes: ['ADMIN_ORG_NOT_FOUND', 'AUTH_OK', 'ADMIN_ORGS_EMPTY'],
    facts: ['Organization ID'],
  },
  {
    name: 'the key is rejected',
    lint: withOrg,
    seen: { orgs: unauthorized('admin-orgs'), org: unauthorized('admin-org') },
    codes: ['ADMIN_KEY_REJECTED'],
  },
  { name: 'the list times out', lint: noOrg, seen: { orgs: failed('admin-orgs', 'timeout') }, codes: ['TIMEOUT'] },
  {
    name: 'rate limited',
    lint: noOrg,
    seen: { orgs: obs('admin-orgs', 429, 'Too Many Requests', { 'retry-after': '30' }) },
    codes: ['RATE_LIMITED'],
  },
  {
    name: 'an answer that is not JSON:API',
    lint: noOrg,
    seen: { orgs: obs('admin-orgs', 200, { orgs: [] }) },
    codes: ['UNEXPECTED_RESPONSE'],
  },
  {
    name: 'the organization call fails on its own',
    lint: withOrg,
    seen: { orgs: listed([acme]), org: obs('admin-org', 500, 'oops') },
    codes: ['SERVER_ERROR', 'AUTH_OK'],
  },
];

describe('classifyOrgAdminKey', () => {
  it.each(rows)('$name', ({ lint, seen, codes, facts }) => {
    const parts = classifyOrgAdminKey(lint, seen);
    expect(parts.findings.map((f) => f.code)).toEqual(codes);
    if (facts) expect(parts.facts?.map((f) => f.label)).toEqual(facts);
  });

  it('sends nothing for a personal API token, and says why', () => {
    const lint = lintOrgAdminKey({ apiKey: `ATATT3xFfGF0${'x'.repeat(180)}`, orgId: '' });
    expect(lint.canSendCredential).toBe(false);
    expect(classifyOrgAdminKey(lint, {}).findings.map((f) => f.code)).toEqual(['PERSONAL_TOKEN_ON_ADMIN_API']);
  });
});

describe('an Organization ID that is an address', () => {
  const SCIM = 'https://api.atlassian.com/scim/directory/2fb21891-7bee-4c2d-a61a-ade3834c8b2b';
  const table: { name: string; orgId: string; codes: string[]; sent: string; send?: boolean }[] = [
    {
      name: 'a SCIM directory base URL',
      orgId: SCIM,
      codes: ['ORG_KEY_ON_SCIM'],
      sent: '',
    },
    {
      name: 'a Jira site',
      orgId: 'https://acme.atlassian.net/jira/your-work',
      codes: ['ORG_KEY_AS_USER_TOKEN'],
      sent: '',
    },
    {
      name: 'a gateway product address',
      orgId: `https://api.atlassian.com/ex/jira/${ORG_ID}/rest/api/3/myself`,
      codes: ['ORG_KEY_AS_USER_TOKEN'],
      sent: '',
    },
    {
      name: 'the admin address gives the ID',
      orgId: `https://admin.atlassian.com/o/${ORG_ID}/overview`,
      codes: [],
      sent: ORG_ID,
    },
    {
      name: 'the admin API address gives the ID',
      orgId: `https://api.atlassian.com/admin/v1/orgs/${ORG_ID}`,
      codes: [],
      sent: ORG_ID,
    },
    { name: 'a plain ID is no alarm', orgId: ORG_ID, codes: [], sent: ORG_ID },
    {
      name: 'some other text is still not an ID',
      orgId: 'https://example.com/x',
      codes: ['URL_PLACEHOLDER'],
      sent: '',
      send: false,
    },
  ];
  it.each(table)('$name', ({ orgId, codes, sent, send }) => {
    const lint = lintOrgAdminKey({ apiKey: KEY, orgId });
    expect(lint.findings.map((f) => f.code)).toEqual(codes);
    expect(lint.findings.every((f) => f.field === 'orgId')).toBe(true);
    if (send !== false) expect(lint.orgId).toBe(sent);
    // The key itself is still checked on /admin/v1/orgs, unless the field is unreadable.
    expect(lint.canSendCredential).toBe(send !== false);
  });

  it('a working key aimed at SCIM: the key works, the integration does not', () => {
    const lint = lintOrgAdminKey({ apiKey: KEY, orgId: SCIM });
    const parts = classifyOrgAdminKey(lint, { orgs: listed([]) });
    expect(parts.findings.map((f) => f.code)).toEqual(['ORG_KEY_ON_SCIM', 'AUTH_OK', 'ADMIN_ORGS_EMPTY']);
    const scim = parts.findings[0]!;
    expect(scim.explanation).toContain('scim/directory/2fb21891-7bee-4c2d-a61a-ade3834c8b2b');
    expect(scim.fix?.curl).toContain('/scim/directory/<directoryId>/Users?count=1');
    expect(JSON.stringify(parts.findings)).not.toContain(KEY);
  });

  it('a site in the ID field names the site and the admin APIs', () => {
    const finding = lintOrgAdminKey({ apiKey: KEY, orgId: 'acme.atlassian.net' }).findings[0]!;
    expect(finding.code).toBe('ORG_KEY_AS_USER_TOKEN');
    expect(finding.explanation).toContain('acme.atlassian.net');
    expect(finding.fix?.curl).toContain('https://api.atlassian.com/admin/v1/orgs');
  });
});

describe('the words of an accepted organization API key', () => {
  const beta = { id: '2b3c4d5e-6f7a-8b9c-0d1e-2f3a4b5c6d7e', type: 'orgs', attributes: { name: 'Beta' } };
  const gamma = { id: '3c4d5e6f-7a8b-9c0d-1e2f-3a4b5c6d7e8f', type: 'orgs', attributes: { name: 'Gamma' } };
  const accepted = (lint: typeof noOrg, seen: OrgSeen) =>
    classifyOrgAdminKey(lint, seen).findings.find((f) => f.code === 'AUTH_OK')!;
  const table: { name: string; lint: typeof noOrg; seen: OrgSeen; title: string; probe: string }[] = [
    {
      name: 'names the organization it was checked against',
      lint: withOrg,
      seen: { orgs: listed([]), org: one },
      title: 'The key works for the organization Acme',
      probe: 'admin-org',
    },
    {
      name: 'names the one organization the list shows',
      lint: noOrg,
      seen: { orgs: listed([acme]) },
      title: 'The key works for the organization Acme',
      probe: 'admin-orgs',
    },
    {
      name: 'names every organization the list shows',
      lint: noOrg,
      seen: { orgs: listed([acme, beta, gamma]) },
      title: 'The key works for the organizations Acme, Beta and Gamma',
      probe: 'admin-orgs',
    },
    {
      name: 'says so when no organization is named',
      lint: noOrg,
      seen: { orgs: listed([]) },
      title: 'The key works; Atlassian does not name its organization',
      probe: 'admin-orgs',
    },
    {
      name: 'says so when the organization given is not found',
      lint: withOrg,
      seen: { orgs: listed([]), org: obs('admin-org', 404, { errors: [{ title: 'Not Found' }] }) },
      title: 'The key works; Atlassian does not name its organization',
      probe: 'admin-orgs',
    },
  ];
  it.each(table)('$name', ({ lint, seen, title, probe }) => {
    const finding = accepted(lint, seen);
    expect(finding.title).toBe(title);
    expect(finding.probeId).toBe(probe);
    // Never the old fallback that read as "works for an organization API key".
    expect(`${finding.title} ${finding.explanation}`).not.toMatch(/for an organization API key/);
    expect(finding.explanation).toMatch(/^The organization admin API accepted the key: https:\/\/\S+ answered 200 /);
    expect(finding.explanation).toContain('A key made with scopes can call only the admin APIs its scopes cover.');
  });

  it('says what each answer showed', () => {
    expect(accepted(withOrg, { orgs: listed([]), org: one }).explanation).toContain("with the organization's name");
    expect(accepted(noOrg, { orgs: listed([acme]) }).explanation).toContain('lists the organizations it can see');
    expect(accepted(noOrg, { orgs: listed([]) }).explanation).toContain('without naming an organization');
  });
});
