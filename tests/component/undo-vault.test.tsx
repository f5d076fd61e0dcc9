/**
 * Undo after a delete, when the passphrase lock changed in the seconds between: the snapshot is
 * written back as the lock is now (sealed if the lock was turned on), or not at all when no key
 * could open it any more (a new passphrase).
 */
import { screen, waitFor } from '@testing-library/react';
import { startRealBackground } from './real-background';
import { makeProfile, storedRecords, storeProfile, TOKEN } from './fixtures';
import { renderOptions } from './render';

const PASS = 'correct horse battery staple';
const NEW_PASS = 'a brand new passphrase';

beforeEach(() => startRealBackground({ iterations: 100_000 }));

async function deleteAcme(user: ReturnType<typeof renderOptions>['user']) {
  await screen.findByRole('heading', { name: 'Acme prod' });
  await user.click(screen.getByRole('button', { name: 'Delete profile' }));
  await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
  await screen.findByRole('button', { name: 'Undo' });
}

describe('undo after a delete, with the vault changed meanwhile', () => {
  it('the lock was turned on meanwhile: the restored token is sealed, never written plain', async () => {
    await storeProfile(makeProfile());
    const { user, store } = renderOptions('#profile=p-acme');
    await deleteAcme(user);
    await store.getState().enableVault(PASS, 15);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await storedRecords())['profile:p-acme']).toBeDefined());
    const records = await storedRecords();
    expect(records['profile:p-acme']).toMatchObject({ v: 2, secret: { type: 'sealed' } });
    expect(JSON.stringify(records)).not.toContain(TOKEN);
  });

  it('the passphrase changed meanwhile: the undo is refused and ends, nothing is written', async () => {
    await storeProfile(makeProfile());
    const { user, store } = renderOptions('#profile=p-acme');
    await store.getState().enableVault(PASS, 15);
    await waitFor(async () =>
      expect((await storedRecords())['profile:p-acme']).toMatchObject({ v: 2, secret: { type: 'sealed' } }),
    );
    await deleteAcme(user);
    await store.getState().changePassphrase(PASS, NEW_PASS);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/can no longer be opened/);
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    expect((await storedRecords())['profile:p-acme']).toBeUndefined();
  });
});
