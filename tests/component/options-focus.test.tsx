/**
 * State and focus on the options page: a "vault is locked" error goes once it no longer holds;
 * focus never drops to the page body after a delete, an undo, turning the lock on, locking,
 * unlocking or saving; profiles are listed in natural order with "Add profile" first; required
 * fields are marked; an empty form is not saved as "Untitled profile"; the title names the view.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { browserVaultStore } from '@/lib/platform/vault-store';
import { createVaultActions } from '@/lib/services/vault';
import { stubBackground } from './background-stub';
import { makeOkReport, makeProfile, storedRecords, storeProfile, storeReport } from './fixtures';
import { startRealBackground } from './real-background';
import { clickSaveProfile, renderOptions } from './render';

const vault = createVaultActions(browserVaultStore);
const PASS = 'correct horse battery staple';

const list = () => screen.getByRole('region', { name: 'Saved profiles' });
const diagnosisError = () => screen.queryByText(/The diagnosis could not run/);

describe('the "vault is locked" error', () => {
  beforeEach(() => startRealBackground());

  async function lockedRun() {
    await storeProfile(makeProfile());
    await vault.enableVault(PASS, 15, { iterations: 100_000 });
    await vault.lock();
    const view = renderOptions('#profile=p-acme');
    await view.user.click(await screen.findByRole('button', { name: 'Run diagnosis' }));
    await waitFor(() => expect(diagnosisError()).toHaveTextContent(/locked/i));
    return view;
  }

  it('goes once the vault is unlocked, and focus moves on to "Run diagnosis"', async () => {
    const { user } = await lockedRun();
    await user.type(screen.getByLabelText('Passphrase'), PASS);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    // The unlock form goes (not merely busy), and the error with it.
    await waitFor(() => expect(screen.queryByLabelText('Passphrase')).toBeNull(), { timeout: 10_000 });
    expect(diagnosisError()).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Run diagnosis' })));
  }, 20_000);

  it('goes once a newer report arrives (from the popup, another tab or the watch)', async () => {
    await lockedRun();
    await storeReport(makeOkReport({ profileId: 'p-acme', finishedAt: new Date().toISOString() }));
    await waitFor(() => expect(diagnosisError()).toBeNull());
    expect(document.querySelector('[data-report] [data-verdict]')).toHaveAttribute('data-verdict', 'ok');
  }, 20_000);
});

describe('focus after a delete', () => {
  beforeEach(() => {
    stubBackground();
  });

  async function deleteShown(user: ReturnType<typeof renderOptions>['user']) {
    await user.click(screen.getByRole('button', { name: 'Delete profile' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
  }

  it('goes to the next profile in the list, then to "Add profile" when none is left', async () => {
    await storeProfile(makeProfile({ id: 'p1', name: 'Profile 1' }));
    await storeProfile(makeProfile({ id: 'p2', name: 'Profile 2' }));
    const { user } = renderOptions('#profile=p1');
    await screen.findByRole('heading', { name: 'Profile 1', level: 2 });
    await deleteShown(user);
    await waitFor(() => expect(document.activeElement).toBe(within(list()).getByRole('link', { name: /Profile 2/ })));
    expect(screen.getByRole('heading', { name: 'Profile 2', level: 2 })).toBeInTheDocument();

    await deleteShown(user);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add profile' })));
    expect(document.activeElement).not.toBe(document.body);
  });

  it('Cancel in the confirm step goes back to "Delete profile"', async () => {
    await storeProfile(makeProfile({ id: 'p1', name: 'Kept' }));
    const { user } = renderOptions('#profile=p1');
    await screen.findByRole('heading', { name: 'Kept', level: 2 });
    await user.click(screen.getByRole('button', { name: 'Delete profile' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete profile' })));
  });

  it('after Undo, goes to the restored profile', async () => {
    await storeProfile(makeProfile({ id: 'p1', name: 'Only one', apiToken: '' }));
    const { user } = renderOptions('#profile=p1');
    await screen.findByRole('heading', { name: 'Only one', level: 2 });
    await deleteShown(user);
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(document.activeElement).toBe(within(list()).getByRole('link', { name: /Only one/ })));
    expect(screen.getByRole('heading', { name: 'Only one', level: 2 })).toBeInTheDocument();
  });
});

describe('focus in Settings, as the lock changes', () => {
  beforeEach(() => startRealBackground());

  it('turning the lock on goes to Lock; Lock goes to the passphrase; Unlock goes back to Lock', async () => {
    await storeProfile(makeProfile());
    const { user } = renderOptions('#settings');
    await user.type(await screen.findByLabelText('New passphrase'), PASS);
    await user.type(screen.getByLabelText('Repeat the new passphrase'), PASS);
    await user.click(screen.getByRole('button', { name: 'Turn on passphrase lock' }));
    const section = screen.getByRole('region', { name: 'Passphrase lock' });
    await waitFor(() => expect(section).toHaveAttribute('data-vault-state', 'unlocked'), { timeout: 10_000 });
    const lock = screen.getByRole('button', { name: 'Lock' });
    await waitFor(() => expect(document.activeElement).toBe(lock));
    // The button is read with the state it leads from.
    expect(lock).toHaveAccessibleDescription(/Unlocked\. Your saved tokens are stored encrypted/);

    await user.click(lock);
    await waitFor(() => expect(section).toHaveAttribute('data-vault-state', 'locked'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Passphrase')));

    await user.type(screen.getByLabelText('Passphrase'), PASS);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(section).toHaveAttribute('data-vault-state', 'unlocked'), { timeout: 10_000 });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Lock' })));
  }, 40_000);
});

describe('the profile form', () => {
  beforeEach(() => {
    stubBackground();
  });

  it('after saving from the lock offer, focus is back on "Save profile"', async () => {
    const { user } = renderOptions('#new');
    await user.type(await screen.findByLabelText('Profile name'), 'Acme');
    await user.type(screen.getByLabelText('Site URL'), 'https://acme.atlassian.net');
    await user.type(screen.getByLabelText('Email'), 'ada@acme.com');
    await user.type(screen.getByLabelText('API token'), 'a-token-value');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await user.click(await screen.findByRole('button', { name: 'Save without a passphrase' }));
    await screen.findByRole('heading', { name: 'Acme', level: 2 });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save profile' })));
  });

  it('does not save an empty form as "Untitled profile": it says so on the name field and loses nothing', async () => {
    const { user } = renderOptions('#new');
    const name = await screen.findByLabelText('Profile name');
    await clickSaveProfile(user);
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/Nothing to save yet: type a profile name/);
    expect(document.activeElement).toBe(name);
    expect(Object.keys(await storedRecords()).filter((k) => k.startsWith('profile:'))).toEqual([]);

    // Only an email: still nothing to name it after; what was typed stays.
    await user.type(screen.getByLabelText('Email'), 'ada@acme.com');
    expect(name).not.toHaveAttribute('aria-invalid');
    await clickSaveProfile(user);
    expect(name).toHaveAccessibleDescription(/Type a profile name, or a Site URL to name it after/);
    expect(screen.getByLabelText('Email')).toHaveValue('ada@acme.com');
    expect(Object.keys(await storedRecords()).filter((k) => k.startsWith('profile:'))).toEqual([]);
    // "Run diagnosis" saves first: refused the same way, nothing is sent.
    await user.click(screen.getByRole('button', { name: 'Run diagnosis' }));
    expect(document.activeElement).toBe(name);
    expect(screen.queryByText('Untitled profile')).toBeNull();

    // A site is enough to name it after; a name is enough too.
    await user.type(name, 'Ada');
    await clickSaveProfile(user);
    await screen.findByRole('heading', { name: 'Ada', level: 2 });
  });

  it('marks the required fields: a visible star, aria-required, and the same accessible name', async () => {
    const { user } = renderOptions('#new');
    await screen.findByLabelText('Profile name');
    for (const label of ['Site URL', 'Email', 'API token']) {
      const input = screen.getByLabelText(label);
      expect(input).toHaveAttribute('aria-required', 'true');
      expect(input).toHaveAccessibleName(label);
      expect(input.closest('.field')?.querySelector('.required-mark')).toHaveTextContent('*');
    }
    for (const label of ['Profile name', 'Expires on']) {
      expect(screen.getByLabelText(label)).not.toHaveAttribute('aria-required');
    }
    expect(screen.getByText('Fields marked * are needed to run a diagnosis.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Credential type'), 'oauth-access-token');
    expect(screen.getByLabelText('Access token')).toHaveAttribute('aria-required', 'true');
    expect(screen.getByLabelText('Site URL')).not.toHaveAttribute('aria-required');
  });
});

describe('the profile list and the page title', () => {
  beforeEach(() => {
    stubBackground();
  });

  it('lists profiles in natural order, with "Add profile" before them', async () => {
    for (const [id, name] of [
      ['a', 'Profile 10'],
      ['b', 'profile 2'],
      ['c', 'Profile 1'],
      ['d', 'acme'],
    ])
      await storeProfile(makeProfile({ id, name }));
    renderOptions('#profiles');
    await screen.findByRole('link', { name: /Profile 10/ });
    const names = [...list().querySelectorAll('.profile-name')].map((n) => n.textContent);
    expect(names).toEqual(['acme', 'Profile 1', 'profile 2', 'Profile 10']);
    const add = within(list()).getByRole('button', { name: 'Add profile' });
    const firstLink = within(list()).getAllByRole('link')[0]!;
    expect(add.compareDocumentPosition(firstLink) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('names the view, and the profile shown, in the title', async () => {
    await storeProfile(makeProfile());
    const { user } = renderOptions('#profile=p-acme');
    await screen.findByRole('heading', { name: 'Acme prod', level: 2 });
    expect(document.title).toBe('Acme prod — Profiles — Token Doctor');
    await user.click(screen.getByRole('button', { name: 'Add profile' }));
    await waitFor(() => expect(document.title).toBe('New profile — Profiles — Token Doctor'));
    await user.click(screen.getByRole('link', { name: 'Check a request' }));
    await waitFor(() => expect(document.title).toBe('Check a request — Token Doctor'));
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    await waitFor(() => expect(document.title).toBe('Settings — Token Doctor'));
  });
});
