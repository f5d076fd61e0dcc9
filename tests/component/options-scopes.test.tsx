/** The Scopes section of a profile, through the UI contract (the names and attributes tests rely on). */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ScopeReport } from '@/lib/scopes/types';
import { deferred, stubBackground } from './background-stub';
import { makeProfile, storeProfile, storedRecords, TOKEN } from './fixtures';
import { renderOptions } from './render';

function scopeReport(overrides: Partial<ScopeReport> = {}): ScopeReport {
  return {
    type: 'scope-report',
    schema: 1,
    profileId: 'p-acme',
    profileName: 'Acme prod',
    kind: 'cloud-api-token',
    tokenFingerprint: 'ATATT…2B',
    siteUrl: 'https://acme.atlassian.net',
    account: {
      accountId: 'acc-1',
      displayName: 'Ada Admin',
      emailMasked: 'a…a@acme.com',
      groups: ['jira-admins-acme'],
    },
    checkedAt: '2026-11-23T21:00:00.000Z',
    extensionVersion: '0.1.0',
    model: 'scoped',
    summary: 'A scoped token.',
    rows: [
      {
        id: 'read-issues',
        product: 'jira',
        label: 'read issues',
        scopesClassic: ['read:jira-work'],
        scopesGranular: ['read:issue:jira'],
        state: 'granted',
        userAccess: 'unknown',
        evidence: '/rest/api/3/issue/SCOPECHECK-0 → 404',
      },
      {
        id: 'read-all-permissions',
        product: 'jira',
        label: 'list every Jira permission (configuration)',
        scopesClassic: ['manage:jira-configuration'],
        scopesGranular: ['read:permission:jira'],
        state: 'granted',
        userAccess: 'denied',
        evidence: '/rest/api/3/permissions → 403',
      },
      {
        id: 'administer-jira',
        product: 'jira',
        label: 'administer Jira (audit log)',
        scopesClassic: ['manage:jira-configuration'],
        scopesGranular: [],
        state: 'missing',
        evidence: '/rest/api/3/auditing/record → 401',
      },
      {
        id: 'read-confluence-pages',
        product: 'confluence',
        label: 'read Confluence pages',
        scopesClassic: [],
        scopesGranular: ['read:page:confluence'],
        state: 'unknown',
        evidence: '/wiki/api/v2/pages → timeout',
      },
    ],
    scopes: [
      {
        scope: 'read:jira-work',
        family: 'classic',
        product: 'jira',
        state: 'granted',
        evidence: 'mypermissions passed while permissions was refused for scope.',
      },
      {
        scope: 'manage:jira-configuration',
        family: 'classic',
        product: 'jira',
        state: 'missing',
        evidence: 'auditing/record was refused for scope.',
      },
      {
        scope: 'read:issue-details:jira',
        family: 'granular',
        product: 'jira',
        state: 'unknown',
        evidence: 'search/jql passed, which read:jira-work alone explains.',
      },
    ],
    check: { requests: 9, rounds: 3, stoppedBy: 'settled' },
    risks: [
      { id: 'admin-user', level: 'medium', text: 'The token belongs to a Jira administrator (Ada Admin)' },
      { id: 'expiry-unknown', level: 'info', text: 'Expiry unknown — Atlassian API tokens last at most a year' },
    ],
    findings: [
      { code: 'TOKEN_SCOPED', title: 'A scoped token' },
      { code: 'SCOPE_MISSING', title: 'A genuine scoped token, without a scope this call needs' },
      { code: 'SCOPE_MISSING', title: 'A genuine scoped token, without a scope this call needs' },
      { code: 'SCOPE_MISSING', title: 'A genuine scoped token, without a scope this call needs' },
    ] as ScopeReport['findings'],
    probes: [],
    ...overrides,
  };
}

const reportElement = () => document.querySelector<HTMLElement>('[data-scope-report]')!;

describe('options page, Scopes section', () => {
  it('is busy while the check runs, then shows the risks and the matrix per product', async () => {
    await storeProfile(makeProfile());
    const answer = deferred<unknown>();
    const { messages } = stubBackground(() => answer.promise);
    const { user } = renderOptions('#profile=p-acme');
    await user.click(await screen.findByRole('button', { name: 'Check scopes' }));
    expect(messages).toEqual([{ type: 'check-scopes', profileId: 'p-acme' }]);
    expect(reportElement()).toHaveAttribute('aria-busy', 'true');

    answer.resolve({ ok: true, report: scopeReport() });
    await waitFor(() => expect(reportElement()).toHaveAttribute('aria-busy', 'false'));
    await waitFor(() => expect(reportElement().querySelector('[data-scope]')).not.toBeNull());
    const pairs = (attribute: string) =>
      [...reportElement().querySelectorAll(`[${attribute}]`)].map((r) => [
        r.getAttribute(attribute),
        r.getAttribute('data-state'),
      ]);
    expect(pairs('data-scope')).toEqual([
      ['read:jira-work', 'granted'],
      ['manage:jira-configuration', 'missing'],
      ['read:issue-details:jira', 'unknown'],
    ]);
    expect(pairs('data-capability')).toEqual([
      ['read-issues', 'granted'],
      ['read-all-permissions', 'granted'],
      ['administer-jira', 'missing'],
      ['read-confluence-pages', 'unknown'],
    ]);
    // Classic and granular apart, each scope with the answers that decided it.
    expect(screen.getByRole('table', { name: /^Classic scopes/ })).toBeInTheDocument();
    const work = reportElement().querySelector<HTMLElement>('[data-scope="read:jira-work"]')!;
    expect(within(work).getByText('mypermissions passed while permissions was refused for scope.')).toBeInTheDocument();
    expect(reportElement().querySelector('[data-risk]')).toHaveAttribute('data-risk', 'medium');
    expect(
      within(reportElement()).getByText('The token belongs to a Jira administrator (Ada Admin)'),
    ).toBeInTheDocument();
    // Both layers: the scope let the call in, the user lacks the permission.
    const denied = reportElement().querySelector<HTMLElement>('[data-capability="read-all-permissions"]')!;
    expect(within(denied).getByText('granted (user lacks the permission)')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Jira: what the token can do' })).toBeInTheDocument();
    // Each finding once, no raw codes; the report ends with one summary line.
    const findings = [...reportElement().querySelectorAll('[data-finding-code]')].map((f) => f.textContent);
    expect(findings).toEqual(['A scoped token', 'A genuine scoped token, without a scope this call needs (3 calls)']);
    expect(reportElement().textContent).not.toContain('SCOPE_MISSING');
    expect(reportElement().querySelector('[data-scope-summary]')?.textContent).toBe(
      '3 scopes checked: 1 granted, 1 missing, 1 unknown · 9 requests in 3 rounds',
    );
  });

  it('keeps the last scope report with the profile: shown again on the next visit', async () => {
    await storeProfile(makeProfile());
    await fakeBrowser.storage.local.set({ 'scope-report:p-acme': { v: 1, report: scopeReport() } });
    stubBackground();
    renderOptions('#profile=p-acme');
    await waitFor(() => expect(reportElement().querySelector('[data-scope="read:jira-work"]')).not.toBeNull());
    expect(reportElement().querySelector('[data-scope-summary]')).toHaveTextContent(/^3 scopes checked/);
  });

  it('removes the scope report with its profile', async () => {
    await storeProfile(makeProfile());
    await storeProfile(makeProfile({ id: 'p-other', name: 'Other' }));
    await fakeBrowser.storage.local.set({
      'scope-report:p-acme': { v: 1, report: scopeReport() },
      'scope-report:p-other': { v: 1, report: scopeReport({ profileId: 'p-other' }) },
    });
    stubBackground();
    const { user } = renderOptions('#profile=p-acme');
    await screen.findByRole('heading', { name: 'Acme prod' });
    await user.click(screen.getByRole('button', { name: 'Delete profile' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    await waitFor(async () => expect((await storedRecords())['scope-report:p-acme']).toBeUndefined());
    expect((await storedRecords())['scope-report:p-other']).toBeDefined();
  });

  it('ignores a stored scope report of another shape', async () => {
    await storeProfile(makeProfile());
    await fakeBrowser.storage.local.set({ 'scope-report:p-acme': { v: 1, report: { type: 'scope-report' } } });
    stubBackground();
    renderOptions('#profile=p-acme');
    expect(await screen.findByText(/Check scopes before handing this token to a vendor/)).toBeInTheDocument();
    expect(reportElement().querySelector('[data-scope]')).toBeNull();
  });

  it('offers to unlock right there when the passphrase lock refused the check', async () => {
    await storeProfile(makeProfile());
    stubBackground(() => ({ ok: false, error: 'The passphrase lock is locked', locked: true }));
    const { user } = renderOptions('#profile=p-acme');
    await user.click(await screen.findByRole('button', { name: 'Check scopes' }));
    const section = screen.getByRole('region', { name: 'Scopes' });
    expect(await within(section).findByText(/Unlock it with your passphrase to check scopes/)).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Unlock' })).toBeInTheDocument();
  });

  it('says why when the check cannot run, and keeps no report', async () => {
    await storeProfile(makeProfile());
    stubBackground(() => ({ ok: false, error: 'The vault is locked' }));
    const { user } = renderOptions('#profile=p-acme');
    await user.click(await screen.findByRole('button', { name: 'Check scopes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The scope check could not run: The vault is locked');
    expect(reportElement().querySelector('[data-scope]')).toBeNull();
  });

  it('copies the Markdown report and downloads the JSON one, with the email masked by default', async () => {
    await storeProfile(makeProfile());
    stubBackground(() => ({ ok: true, report: scopeReport() }));
    const { user } = renderOptions('#profile=p-acme');
    await user.click(await screen.findByRole('button', { name: 'Check scopes' }));
    await screen.findByRole('button', { name: 'Copy report' });

    await user.click(screen.getByRole('button', { name: 'Copy report' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^# What this token can do — Acme prod/);
    expect(copied).toContain('| read issues (`read-issues`) | granted |');
    expect(copied).toContain('a…a@acme.com');
    expect(copied).not.toContain('ada@acme.com');
    expect(copied).not.toContain(TOKEN);
    expect(await screen.findByText('Report copied (Markdown)')).toBeInTheDocument();

    const blobs: Blob[] = [];
    const create = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:scopes';
    });
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Download report' }));
    expect(click).toHaveBeenCalledOnce();
    const json = JSON.parse(await blobs[0]!.text()) as {
      format: string;
      version: number;
      account: { email: string };
      matrix: unknown[];
      scopes: unknown[];
      summaryLine: string;
    };
    expect(json).toMatchObject({ format: 'token-doctor/scope-report', version: 2, account: { email: 'a…a@acme.com' } });
    expect(json.scopes).toHaveLength(3);
    expect(json.summaryLine).toBe('3 scopes checked: 1 granted, 1 missing, 1 unknown');
    expect(json.matrix).toHaveLength(4);

    // Unmasked on request: the profile's own email.
    await user.click(screen.getByRole('checkbox', { name: 'Mask the email in the report' }));
    await user.click(screen.getByRole('button', { name: 'Copy report' }));
    expect(await navigator.clipboard.readText()).toContain('(ada@acme.com)');
    click.mockRestore();
  });

  it('turns ticked tasks into the smallest scope sets', async () => {
    await storeProfile(makeProfile());
    stubBackground();
    const { user } = renderOptions('#profile=p-acme');
    await user.click(await screen.findByText('Which scopes should a new token have?'));
    await user.click(screen.getByRole('checkbox', { name: 'read issues' }));
    await user.click(screen.getByRole('checkbox', { name: 'read users' }));
    expect(document.querySelector('[data-minimal="classic"]')).toHaveTextContent('read:jira-user read:jira-work');
    expect(document.querySelector('[data-minimal="granular"]')?.textContent).toContain('read:issue:jira');
    expect(screen.getByRole('button', { name: 'Copy classic scopes' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Create API token with scopes/ })).toHaveAttribute(
      'href',
      'https://id.atlassian.com/manage-profile/security/api-tokens',
    );
  });
});
