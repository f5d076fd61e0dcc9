/**
 * The passphrase lock offered before the first token is saved (browsers keep old copies of
 * overwritten storage in their files, so only a lock turned on first keeps every token off the
 * disk in plain text), and what the page says when a delete or a late lock cannot clean up.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startRealBackground } from './real-background';
import { makeProfile, storedRecords, storeProfile, TOKEN } from './fixtures';
import { renderOptions } from './render';

const PASS = 'correct horse battery staple';
/** The UI contract's names, which no other control may share. */
const CONTRACT = [
  'New passphrase',
  'Repeat the new passphrase',
  'Turn on passphrase lock',
  'Lock',
  'Unlock',
  'Passphrase',
];

beforeEach(() => startRealBackground({ iterations: 100_000 }));

/** Every value written to storage.local, as JSON, in order. */
function recordWrites(): string[] {
  const writes: string[] = [];
  const local = fakeBrowser.storage.local;
  const set = local.set.bind(local);
  const spy = vi.spyOn(local, 'set').mockImplementation((items) => {
    writes.push(JSON.stringify(items));
    return set(items);
  });
  onTestFinished(() => spy.mockRestore());
  return writes;
}

async function fillNewProfile(user: ReturnType<typeof renderOptions>['user']) {
  await screen.findByRole('heading', { name: 'New profile' });
  await user.type(screen.getByRole('textbox', { name: 'Profile name' }), 'Acme prod');
  await user.type(screen.getByRole('textbox', { name: 'Site URL' }), 'https://acme.atlassian.net');
  await user.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@acme.com');
  await user.click(screen.getByLabelText('API token'));
  await user.paste(TOKEN);
}

describe('the lock offered before the first token is saved', () => {
  it('asks instead of saving, with names that share none of the contract', async () => {
    const writes = recordWrites();
    const { user } = renderOptions('#new');
    await fillNewProfile(user);
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    const offer = screen.getByRole('region', { name: 'Protect your tokens before the first one is saved?' });
    expect(within(offer).getByRole('group', { name: 'Protect tokens with a passphrase first' })).toBeInTheDocument();
    expect(within(offer).getByLabelText('Passphrase for the new lock')).toBeInTheDocument();
    expect(within(offer).getByLabelText('Repeat the passphrase for the new lock')).toBeInTheDocument();
    expect(within(offer).getByRole('button', { name: 'Turn on the lock and save' })).toBeDisabled();
    expect(within(offer).getByRole('button', { name: 'Save without a passphrase' })).toBeEnabled();
    for (const name of CONTRACT) {
      expect(within(offer).queryByRole('button', { name })).not.toBeInTheDocument();
      expect(within(offer).queryByLabelText(name)).not.toBeInTheDocument();
    }
    expect(writes.join('\n')).not.toContain(TOKEN);
  });

  it('"Turn on the lock and save" turns the lock on first: no write ever holds the token in plain', async () => {
    const writes = recordWrites();
    const { user } = renderOptions('#new');
    await fillNewProfile(user);
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await user.type(screen.getByLabelText('Passphrase for the new lock'), PASS);
    await user.type(screen.getByLabelText('Repeat the passphrase for the new lock'), PASS);
    await user.click(screen.getByRole('button', { name: 'Turn on the lock and save' }));
    await screen.findByRole('heading', { name: 'Acme prod' });
    const records = await storedRecords();
    const key = Object.keys(records).find((k) => k.startsWith('profile:'))!;
    expect(records[key]).toMatchObject({ secret: { type: 'sealed' } });
    expect(records['vault:meta']).toBeDefined();
    expect(writes.join('\n')).not.toContain(TOKEN);
    expect(screen.queryByRole('region', { name: /Protect your tokens/ })).not.toBeInTheDocument();
  });

  it('"Save without a passphrase" saves in one click and is remembered: the next profile is not asked', async () => {
    const { user } = renderOptions('#new');
    await fillNewProfile(user);
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await user.click(screen.getByRole('button', { name: 'Save without a passphrase' }));
    await screen.findByRole('heading', { name: 'Acme prod' });
    expect((await storedRecords())['ui:lockOffer']).toBe('declined');

    await user.click(screen.getByRole('button', { name: 'Add profile' }));
    await fillNewProfile(user);
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(screen.queryByRole('button', { name: 'Save without a passphrase' })).not.toBeInTheDocument();
    await waitFor(async () =>
      expect(Object.keys(await storedRecords()).filter((k) => k.startsWith('profile:'))).toHaveLength(2),
    );
  });

  it('is not offered once a token is stored, nor with the lock on', async () => {
    await storeProfile(makeProfile());
    const { user } = renderOptions('#new');
    await fillNewProfile(user);
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(screen.queryByRole('button', { name: 'Save without a passphrase' })).not.toBeInTheDocument();
    await waitFor(async () =>
      expect(Object.keys(await storedRecords()).filter((k) => k.startsWith('profile:'))).toHaveLength(2),
    );
  });
});

describe('what a delete and a late lock cannot clean up', () => {
  it('a delete says that earlier copies may remain, and links to where the token is revoked', async () => {
    await storeProfile(makeProfile());
    const { user } = renderOptions('#profile=p-acme');
    await screen.findByRole('heading', { name: 'Acme prod' });
    await user.click(screen.getByRole('button', { name: 'Delete profile' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    const advice = await screen.findByText(/the browser may keep earlier copies of it in its files/);
    expect(advice).toHaveTextContent(/revoke the token and create a new one/);
    expect(within(advice).getByRole('link', { name: 'id.atlassian.com → Security → API tokens' })).toHaveAttribute(
      'href',
      'https://id.atlassian.com/manage-profile/security/api-tokens',
    );
  });

  it('turning the lock on over stored tokens says plainly what it cannot undo, per profile', async () => {
    await storeProfile(makeProfile());
    const { user } = renderOptions('#settings');
    await user.type(await screen.findByLabelText('New passphrase'), PASS);
    await user.type(screen.getByLabelText('Repeat the new passphrase'), PASS);
    await user.click(screen.getByRole('button', { name: 'Turn on passphrase lock' }));
    const notice = await screen.findByText(/Until now they were stored unencrypted/);
    const box = notice.closest('[data-lock-plain-copies]') as HTMLElement;
    expect(box).toHaveTextContent('“Acme prod”: id.atlassian.com → Security → API tokens');
    expect(screen.queryByText(/encrypted on disk/)).not.toBeInTheDocument();
  });
});
