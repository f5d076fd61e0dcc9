/**
 * The profile form for every credential kind: the contract's field names, local checks as you
 * type, what an OAuth token says, and switching kinds without carrying a secret across.
 */
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storedRecords } from './fixtures';
import { clickSaveProfile, renderOptions } from './render';

const CLOUD_TOKEN = `ATATT3xFfGF0${'k4L5m6'.repeat(20)}=9F8E7D6C`;

function jwt(claims: Record<string, unknown>): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ kid: 'k1', alg: 'RS256' })}.${part(claims)}.c2lnbmF0dXJl`;
}

const now = Math.floor(Date.now() / 1000);
const ACCESS = jwt({
  sub: '712020:abc',
  iss: 'https://auth.atlassian.com',
  iat: now,
  exp: now + 3000,
  scope: 'read:jira-user read:jira-work offline_access',
  client_id: 'AbCdEfClient',
  'https://id.atlassian.com/atl_token_type': 'ACCESS',
});
const EXPIRED = jwt({
  sub: '712020:abc',
  iat: now - 7200,
  exp: now - 3600,
  scope: 'read:jira-work',
  'https://id.atlassian.com/atl_token_type': 'ACCESS',
});

function field(name: string): HTMLInputElement {
  return screen.getByLabelText<HTMLInputElement>(new RegExp(`^${name}\\s*\\*?$`));
}

function lintCodes(input: HTMLElement): string[] {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .flatMap((id) =>
      [...(document.getElementById(id)?.querySelectorAll('[data-lint-code]') ?? [])].map(
        (n) => n.getAttribute('data-lint-code') ?? '',
      ),
    );
}

async function openNewForm() {
  const view = renderOptions('#new');
  await screen.findByRole('heading', { name: 'New profile' });
  return view;
}

describe('options page, credential kinds', () => {
  beforeEach(() => {
    fakeBrowser.permissions.contains = vi.fn(async () => false);
    fakeBrowser.permissions.request = vi.fn(async () => true);
  });

  it('shows exactly the fields of each kind, by their contract names', async () => {
    const { user } = await openNewForm();
    const select = screen.getByRole('combobox', { name: 'Credential type' });
    const expected = {
      'cloud-api-token': ['Site URL', 'Email', 'API token'],
      'oauth-access-token': ['Access token', 'Site URL'],
      'org-admin-key': ['API key', 'Organization ID'],
      'dc-pat': ['Server URL', 'Personal access token'],
      'bitbucket-api-token': ['Email', 'API token', 'Workspace'],
      'bitbucket-access-token': ['Access token', 'Workspace'],
    } as const;
    const all = [
      'Site URL',
      'Email',
      'API token',
      'Access token',
      'API key',
      'Organization ID',
      'Server URL',
      'Personal access token',
      'Workspace',
    ];
    for (const [kind, names] of Object.entries(expected)) {
      await user.selectOptions(select, kind);
      for (const name of all) {
        const shown = screen.queryAllByLabelText(new RegExp(`^${name}\\s*\\*?$`));
        expect(shown, `${kind}: ${name}`).toHaveLength((names as readonly string[]).includes(name) ? 1 : 0);
      }
    }
    // Six kinds × ten fields of queries: slow on a loaded machine.
  }, 20_000);

  it('keeps what still applies when the kind changes, and never saves a secret under another kind', async () => {
    const { user } = await openNewForm();
    await user.type(field('Profile name'), 'Switcher');
    await user.type(field('Site URL'), 'https://acme.atlassian.net');
    await user.type(field('API token'), CLOUD_TOKEN);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Credential type' }), 'oauth-access-token');
    expect(field('Site URL').value).toBe('https://acme.atlassian.net');
    expect(field('Access token').value).toBe('');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Credential type' }), 'cloud-api-token');
    expect(field('API token').value).toBe(CLOUD_TOKEN);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Credential type' }), 'oauth-access-token');
    await user.click(field('Access token'));
    await user.paste(ACCESS);
    await clickSaveProfile(user);
    await screen.findAllByText(/^Saved /);
    const stored = JSON.stringify(await storedRecords());
    expect(stored).toContain('oauth-access-token');
    expect(stored).not.toContain(CLOUD_TOKEN);
  });

  it('says what an OAuth access token is, before anything is sent', async () => {
    const { user } = await openNewForm();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Credential type' }), 'oauth-access-token');
    await user.click(field('Access token'));
    await user.paste(ACCESS);
    const facts = screen.getByLabelText('What the token says');
    expect(within(facts).getByText('read:jira-user read:jira-work offline_access')).toBeInTheDocument();
    expect(within(facts).getByText('AbCdEfClient')).toBeInTheDocument();
    expect(facts.textContent).toMatch(/Expires\s*in 50 minutes/);
    await user.clear(field('Access token'));
    await user.paste(EXPIRED);
    expect(lintCodes(field('Access token'))).toContain('OAUTH_TOKEN_EXPIRED');
    await user.clear(field('Access token'));
    await user.paste(CLOUD_TOKEN);
    expect(lintCodes(field('Access token'))).toContain('OAUTH_TOKEN_NOT_JWT');
  });

  it('recognises a personal API token where an organization key belongs', async () => {
    const { user } = await openNewForm();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Credential type' }), 'org-admin-key');
    await user.click(field('API key'));
    await user.paste(CLOUD_TOKEN);
    expect(lintCodes(field('API key'))).toContain('PERSONAL_TOKEN_ON_ADMIN_API');
  });

  it('asks for the Data Center host permission when the profile is saved, and refuses Cloud hosts', async () => {
    const { user } = await openNewForm();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Credential type' }), 'dc-pat');
    await user.type(field('Server URL'), 'https://acme.atlassian.net');
    await user.tab();
    expect(lintCodes(field('Server URL'))).toContain('PAT_ON_CLOUD');
    await user.clear(field('Server URL'));
    await user.type(field('Server URL'), 'https://jira.internal.example/jira/secure/Dashboard.jspa');
    expect(await screen.findByText(/may not contact https:\/\/jira.internal.example yet/)).toBeInTheDocument();
    await user.click(field('Personal access token'));
    await user.paste('NjQ3ODk4NzY1NDMyOpH4sT8bQwXyZ1aBcDeFgHiJkLmN');
    await clickSaveProfile(user);
    await screen.findAllByText(/^Saved /);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://jira.internal.example/*'] });
  });
});
