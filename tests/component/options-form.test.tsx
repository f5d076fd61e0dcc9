import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { storedRecords } from './fixtures';
import { clickSaveProfile, renderOptions } from './render';

async function openNewForm() {
  const view = renderOptions('#new');
  await screen.findByRole('heading', { name: 'New profile' });
  return view;
}

/** The messages an input points at through aria-describedby. */
function descriptionOf(input: HTMLElement): string {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('options page, profile form', () => {
  it('offers the credential types as a native select whose values are the kinds', async () => {
    await openNewForm();
    const select = screen.getByRole('combobox', { name: 'Credential type' });
    expect(select.tagName).toBe('SELECT');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => (o as HTMLOptionElement).value),
    ).toEqual([
      'cloud-api-token',
      'oauth-access-token',
      'org-admin-key',
      'dc-pat',
      'bitbucket-api-token',
      'bitbucket-access-token',
    ]);
    expect(select).toHaveValue('cloud-api-token');
  });

  it('gives each field exactly its contract name, and no other control shares one', async () => {
    await openNewForm();
    for (const name of ['Profile name', 'Site URL', 'Email']) {
      expect(screen.getAllByRole('textbox', { name })).toHaveLength(1);
    }
    expect(screen.getAllByLabelText('API token')).toHaveLength(1);
    for (const name of ['Add profile', 'Save profile', 'Run diagnosis']) {
      expect(screen.getAllByRole('button', { name })).toHaveLength(1);
    }
  });

  it('does not shout about empty fields before they are touched', async () => {
    const { user } = await openNewForm();
    expect(screen.queryByText('No email given')).not.toBeInTheDocument();
    expect(screen.queryByText('No API token given')).not.toBeInTheDocument();
    const email = screen.getByRole('textbox', { name: 'Email' });
    await user.click(email);
    await user.tab();
    expect(screen.getByText('No email given')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
  });

  it('explains what is wrong with http://acme.atlassian.net/jira as it is typed', async () => {
    const { user } = await openNewForm();
    const site = screen.getByRole('textbox', { name: 'Site URL' });
    await user.type(site, 'http://acme.atlassian.net/jira');
    expect(screen.getByText('Will check https://acme.atlassian.net')).toBeInTheDocument();
    const described = descriptionOf(site);
    expect(described).toContain('Will check https://acme.atlassian.net');
    expect(described).toContain('Site URL uses http://');
    expect(described).toMatch(/extra path/);
    const codes = [...document.querySelectorAll('[data-lint-code]')].map((el) => el.getAttribute('data-lint-code'));
    expect(codes).toEqual(expect.arrayContaining(['HTTP_NOT_HTTPS', 'URL_HAS_EXTRA_PATH']));
  });

  it('keeps a pasted trailing newline in the token and says so', async () => {
    const { user } = await openNewForm();
    const token = screen.getByLabelText('API token');
    await user.click(token);
    await user.paste('ATATT3xFfGF0abcdefghijklmnop0123456789=ABCD1234\n');
    expect(descriptionOf(token)).toMatch(/line break around it/);
    await user.type(screen.getByRole('textbox', { name: 'Profile name' }), 'Newline');
    await clickSaveProfile(user);
    await screen.findByRole('heading', { name: 'Newline' });
    const [, record] = Object.entries(await storedRecords()).find(([key]) => key.startsWith('profile:')) as [
      string,
      { secret: { values: { apiToken: string } } },
    ];
    // Saved as pasted: diagnosing the doubtful value is the point (record v2: the secret apart).
    expect(record.secret.values.apiToken).toBe('ATATT3xFfGF0abcdefghijklmnop0123456789=ABCD1234\n');
  });

  it('masks the token, keeps it out of autocomplete and spellcheck, and reveals it on request', async () => {
    const { user } = await openNewForm();
    const token = screen.getByLabelText('API token');
    expect(token).toHaveAttribute('type', 'password');
    expect(token).toHaveAttribute('autocomplete', 'off');
    expect(token).toHaveAttribute('spellcheck', 'false');
    await user.type(token, 'ATATT-secret');
    await user.click(screen.getByRole('button', { name: 'Show token' }));
    expect(token).toHaveAttribute('type', 'text');
    expect(token).toHaveValue('ATATT-secret');
    await user.click(screen.getByRole('button', { name: 'Hide token' }));
    expect(token).toHaveAttribute('type', 'password');
    // The value lives on the element, not in its markup.
    expect(token.getAttribute('value')).toBeNull();
  });

  it('links to where API tokens are made', async () => {
    await openNewForm();
    expect(screen.getByRole('link', { name: 'API tokens page' })).toHaveAttribute(
      'href',
      'https://id.atlassian.com/manage-profile/security/api-tokens',
    );
  });
});
