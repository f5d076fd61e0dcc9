/**
 * The passphrase lock as the user meets it: Settings says where secrets are kept when the lock is
 * off; turning it on, locking and unlocking from Settings; a wrong passphrase said plainly; and a
 * diagnosis (options page and popup) that asks to unlock instead of failing obscurely.
 * The vault is set up through the test seam with a lower KDF count; unlocking from the UI uses
 * the count recorded in it.
 */
import { screen, waitFor } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserVaultStore } from '@/lib/platform/vault-store';
import { createVaultActions } from '@/lib/services/vault';
import { startRealBackground } from './real-background';
import { makeProfile, storedRecords, storeProfile, TOKEN } from './fixtures';
import { renderOptions, renderPopup } from './render';

const vault = createVaultActions(browserVaultStore);

const PASS = 'correct horse battery staple';

async function lockedVault() {
  await storeProfile(makeProfile());
  await vault.enableVault(PASS, 15, { iterations: 100_000 });
  await vault.lock();
}

// Every vault action is done by the background: run the real one (with the product's KDF count).
beforeEach(() => startRealBackground());

describe('Settings: the passphrase lock', () => {
  it('without the lock, says plainly that tokens are stored unencrypted and where', async () => {
    renderOptions('#settings');
    const section = await screen.findByRole('region', { name: 'Passphrase lock' });
    expect(section).toHaveAttribute('data-vault-state', 'off');
    expect(section).toHaveTextContent(
      /tokens are stored unencrypted in this browser's storage for extensions, on this computer/,
    );
    expect(section).toHaveTextContent(/Anyone who can use this browser profile, or read its files/);
    expect(screen.getByRole('button', { name: 'Turn on passphrase lock' })).toBeDisabled();
  });

  it('turns on from Settings: tokens sealed on disk, then Lock', async () => {
    await storeProfile(makeProfile());
    const { user } = renderOptions('#settings');
    await user.type(await screen.findByLabelText('New passphrase'), PASS);
    await user.type(screen.getByLabelText('Repeat the new passphrase'), PASS);
    await user.selectOptions(screen.getByLabelText('Lock again after'), '5');
    await user.click(screen.getByRole('button', { name: 'Turn on passphrase lock' }));
    const section = screen.getByRole('region', { name: 'Passphrase lock' });
    await waitFor(() => expect(section).toHaveAttribute('data-vault-state', 'unlocked'), { timeout: 5000 });
    expect(JSON.stringify(await storedRecords())).not.toContain(TOKEN);
    expect((await storedRecords())['vault:meta']).toMatchObject({ idleMinutes: 5, kdf: { iterations: 600_000 } });
    await user.click(screen.getByRole('button', { name: 'Lock' }));
    await waitFor(() => expect(section).toHaveAttribute('data-vault-state', 'locked'));
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('says a wrong passphrase is wrong, then unlocks with the right one', async () => {
    await lockedVault();
    const before = await storedRecords();
    const { user } = renderOptions('#settings');
    await user.type(await screen.findByLabelText('Passphrase'), 'not my passphrase');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That passphrase is not the right one.');
    expect(await storedRecords()).toEqual(before);
    await user.clear(screen.getByLabelText('Passphrase'));
    await user.type(screen.getByLabelText('Passphrase'), PASS);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Passphrase lock' })).toHaveAttribute('data-vault-state', 'unlocked'),
    );
  });
});

describe('Settings: a forgotten passphrase', () => {
  it('removes the lock and the encrypted tokens after one confirmation, keeping the profiles', async () => {
    await lockedVault();
    const { user } = renderOptions('#settings');
    await user.click(await screen.findByText('Forgot the passphrase?'));
    await user.click(screen.getByRole('button', { name: 'Remove the lock and the encrypted tokens' }));
    expect((await storedRecords())['vault:meta']).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Yes, remove the encrypted tokens' }));
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Passphrase lock' })).toHaveAttribute('data-vault-state', 'off'),
    );
    expect((await storedRecords())['profile:p-acme']).toMatchObject({
      profile: { name: 'Acme prod' },
      secret: { type: 'plain', values: { apiToken: '' } },
    });
  });
});

describe('Settings: changing the passphrase', () => {
  it('refuses a wrong current passphrase and changes nothing, then changes it', async () => {
    await storeProfile(makeProfile());
    await vault.enableVault(PASS, 15, { iterations: 100_000 });
    const before = await storedRecords();
    const { user } = renderOptions('#settings');
    await user.type(await screen.findByLabelText('Current passphrase'), 'not my passphrase');
    await user.type(screen.getByLabelText('New passphrase'), 'the next passphrase');
    await user.type(screen.getByLabelText('Repeat the new passphrase'), 'the next passphrase');
    await user.click(screen.getByRole('button', { name: 'Change passphrase' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That passphrase is not the right one.');
    expect(await storedRecords()).toEqual(before);

    await user.clear(screen.getByLabelText('Current passphrase'));
    await user.type(screen.getByLabelText('Current passphrase'), PASS);
    await user.click(screen.getByRole('button', { name: 'Change passphrase' }));
    expect(await screen.findByText(/Passphrase changed/, undefined, { timeout: 5000 })).toBeInTheDocument();
    await vault.lock();
    await expect(vault.unlock(PASS)).rejects.toThrow('That passphrase is not the right one.');
  }, 20_000);
});

describe('a diagnosis while locked', () => {
  it('the options page lists the profile, keeps the token out, and asks to unlock', async () => {
    await lockedVault();
    renderOptions('#profile=p-acme');
    expect(await screen.findByRole('heading', { name: 'Acme prod' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Site URL' })).toHaveValue('https://acme.atlassian.net');
    expect(screen.getByLabelText('API token')).toHaveValue('');
    expect(screen.getByText(/The saved token is encrypted and not shown/)).toBeInTheDocument();
    expect(screen.getByText(/Unlock it with your passphrase to run a diagnosis/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(TOKEN);
  });

  it('the popup asks to unlock too, and a refused run says why', async () => {
    await lockedVault();
    // The real background refuses the run: the vault is locked.
    const { user } = renderPopup();
    await user.click(await screen.findByRole('button', { name: 'Test' }));
    expect(await screen.findByRole('button', { name: 'Unlock' })).toBeInTheDocument();
    expect(screen.getByLabelText('Passphrase')).toBeInTheDocument();
  });
});
