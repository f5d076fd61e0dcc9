/**
 * The passphrase lock against WXT's fake browser storage: what is written where, that a wrong
 * passphrase changes nothing, that a passphrase change is all-or-nothing even when it crashes,
 * and that the background opens a sealed secret only with the session key.
 * (KDF count lowered to 100 000 through the test seam; the product always uses 600 000.)
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lockIfIdle } from '@/lib/platform/idle-lock';
import { openStoredProfile } from '@/lib/platform/open-profile';
import { VAULT_META_KEY, VAULT_SESSION_KEY } from '@/lib/platform/storage-items';
import { createAppStore } from '@/lib/store/app-store';
import { browserVaultStore } from '@/lib/platform/vault-store';
import { createVaultActions } from '@/lib/services/vault';
import { WrongPassphrase } from '@/lib/vault/vault-meta';
import { startRealBackground } from './real-background';
import { makeProfile, storeProfile, storedRecords, TOKEN } from './fixtures';

const vault = createVaultActions(browserVaultStore);

const deps = { iterations: 100_000 };
const PASS = 'correct horse battery staple';
const NEW_PASS = 'a brand new passphrase';
const TOKEN_B = 'ATATT3xFfGF0SecondTokenValue0000000000000000=77AA88BB';

async function seedTwo() {
  await storeProfile(makeProfile({ id: 'p-a', name: 'A' }));
  await storeProfile(makeProfile({ id: 'p-b', name: 'B', apiToken: TOKEN_B }));
}

async function everything() {
  return { local: await fakeBrowser.storage.local.get(null), session: await fakeBrowser.storage.session.get(null) };
}

// The store's vault actions are done by the background: run the real one.
beforeEach(() => startRealBackground(deps));

describe('passphrase lock', () => {
  it('seals every secret when turned on: no token left in storage.local, the key only in storage.session', async () => {
    await seedTwo();
    await vault.enableVault(PASS, 15, deps);
    const { local, session } = await everything();
    const text = JSON.stringify(local);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(TOKEN_B);
    expect(local['profile:p-a']).toMatchObject({
      v: 2,
      secret: { type: 'sealed' },
      profile: { name: 'A', siteUrl: 'https://acme.atlassian.net' },
    });
    expect(local[VAULT_META_KEY]).toMatchObject({
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 100_000 },
      idleMinutes: 15,
    });
    expect(session[VAULT_SESSION_KEY]).toMatchObject({ rawKey: expect.any(String) });
    expect(text).not.toContain((session[VAULT_SESSION_KEY] as { rawKey: string }).rawKey);
  });

  it('while locked, lists names and sites, refuses to diagnose, and opens again after unlock', async () => {
    await seedTwo();
    await vault.enableVault(PASS, 15, deps);
    await vault.lock();
    const store = createAppStore();
    await store.getState().refresh();
    const state = store.getState();
    expect(state.vault).toEqual({
      enabled: true,
      unlocked: false,
      idleMinutes: 15,
      keyId: expect.any(String) as string,
    });
    expect(state.profiles.map((p) => [p.name, p.kind === 'cloud-api-token' && p.siteUrl])).toEqual([
      ['A', 'https://acme.atlassian.net'],
      ['B', 'https://acme.atlassian.net'],
    ]);
    expect(state.sealedIds.sort()).toEqual(['p-a', 'p-b']);
    expect(JSON.stringify(state)).not.toContain(TOKEN);
    expect(await openStoredProfile('p-a')).toMatchObject({ ok: false, locked: true });

    await store.getState().unlockVault(PASS);
    expect(store.getState().vault.unlocked).toBe(true);
    expect(await openStoredProfile('p-b')).toMatchObject({ ok: true, profile: { apiToken: TOKEN_B } });
    // Pages still never see the plain secret.
    expect(JSON.stringify(store.getState())).not.toContain(TOKEN_B);
  });

  it('says a wrong passphrase is wrong and changes nothing', async () => {
    await seedTwo();
    await vault.enableVault(PASS, 15, deps);
    await vault.lock();
    const before = await everything();
    await expect(vault.unlock('not the passphrase', deps)).rejects.toBeInstanceOf(WrongPassphrase);
    await expect(vault.changePassphrase('not the passphrase', NEW_PASS, deps)).rejects.toBeInstanceOf(WrongPassphrase);
    await expect(vault.disableVault('not the passphrase')).rejects.toBeInstanceOf(WrongPassphrase);
    expect(await everything()).toEqual(before);
  });

  it('locks after the idle time the user set', async () => {
    await seedTwo();
    await vault.enableVault(PASS, 1, { ...deps, now: () => Date.now() - 2 * 60_000 });
    expect(await openStoredProfile('p-a')).toMatchObject({ ok: false, locked: true });
    expect((await everything()).session[VAULT_SESSION_KEY]).toBeUndefined();
  });

  it('the idle alarm removes the key once it has gone unused for the set time, not before', async () => {
    await seedTwo();
    await vault.enableVault(PASS, 5, deps);
    await lockIfIdle(Date.now() + 4 * 60_000);
    expect((await everything()).session[VAULT_SESSION_KEY]).toBeDefined();
    await lockIfIdle(Date.now() + 6 * 60_000);
    expect((await everything()).session[VAULT_SESSION_KEY]).toBeUndefined();
  });

  it('changes the passphrase: every secret re-encrypted under the new key, the old one no longer opens', async () => {
    await seedTwo();
    await vault.enableVault(PASS, 15, deps);
    await vault.changePassphrase(PASS, NEW_PASS, deps);
    const { local } = await everything();
    const keyId = (local[VAULT_META_KEY] as { keyId: string }).keyId;
    for (const id of ['p-a', 'p-b'])
      expect(Object.keys((local[`profile:${id}`] as { secret: { boxes: object } }).secret.boxes)).toEqual([keyId]);
    expect(await openStoredProfile('p-b')).toMatchObject({ ok: true, profile: { apiToken: TOKEN_B } });
    await vault.lock();
    await expect(vault.unlock(PASS, deps)).rejects.toBeInstanceOf(WrongPassphrase);
    await vault.unlock(NEW_PASS, deps);
    expect(await openStoredProfile('p-a')).toMatchObject({ ok: true, profile: { apiToken: TOKEN } });
  });

  it('a crash midway through a passphrase change leaves everything under the old passphrase', async () => {
    await seedTwo();
    await vault.enableVault(PASS, 15, deps);
    let writes = 0;
    const crash = {
      ...deps,
      beforeRecordWrite: () => {
        if (++writes === 2) throw new Error('browser closed');
      },
    };
    await expect(vault.changePassphrase(PASS, NEW_PASS, crash)).rejects.toThrow('browser closed');
    await vault.lock();
    await expect(vault.unlock(NEW_PASS, deps)).rejects.toBeInstanceOf(WrongPassphrase);
    await vault.unlock(PASS, deps);
    expect(await openStoredProfile('p-a')).toMatchObject({ ok: true, profile: { apiToken: TOKEN } });
    expect(await openStoredProfile('p-b')).toMatchObject({ ok: true, profile: { apiToken: TOKEN_B } });
    // The unlock tidied the half-written boxes away.
    const { local } = await everything();
    expect(Object.keys((local['profile:p-a'] as { secret: { boxes: object } }).secret.boxes)).toHaveLength(1);
  });

  it('a crash right after the flip leaves everything under the new passphrase', async () => {
    await seedTwo();
    await vault.enableVault(PASS, 15, deps);
    await expect(
      vault.changePassphrase(PASS, NEW_PASS, {
        ...deps,
        afterFlip: () => {
          throw new Error('browser closed');
        },
      }),
    ).rejects.toThrow();
    await vault.lock();
    await expect(vault.unlock(PASS, deps)).rejects.toBeInstanceOf(WrongPassphrase);
    await vault.unlock(NEW_PASS, deps);
    expect(await openStoredProfile('p-a')).toMatchObject({ ok: true, profile: { apiToken: TOKEN } });
    expect(await openStoredProfile('p-b')).toMatchObject({ ok: true, profile: { apiToken: TOKEN_B } });
  });

  it('saves: a new token is sealed when unlocked, refused when locked, and an empty field keeps the sealed one', async () => {
    await seedTwo();
    await vault.enableVault(PASS, 15, deps);
    const store = createAppStore();
    await store.getState().refresh();
    const draft = {
      kind: 'cloud-api-token' as const,
      name: 'A2',
      siteUrl: 'https://acme.atlassian.net',
      email: 'ada@acme.com',
      apiToken: 'ATATT-brand-new-token-000000000000000',
    };
    await store.getState().saveProfile(draft, 'p-a');
    expect(JSON.stringify(await storedRecords())).not.toContain('ATATT-brand-new-token');
    expect(await openStoredProfile('p-a')).toMatchObject({
      ok: true,
      profile: { name: 'A2', apiToken: draft.apiToken },
    });

    await store.getState().lockVault();
    await expect(
      store.getState().saveProfile({ ...draft, apiToken: 'ATATT-another-one-0000000000000' }, 'p-a'),
    ).rejects.toThrow(/locked/);
    await store.getState().saveProfile({ ...draft, name: 'A3', apiToken: '' }, 'p-a');
    await store.getState().unlockVault(PASS);
    expect(await openStoredProfile('p-a')).toMatchObject({
      ok: true,
      profile: { name: 'A3', apiToken: draft.apiToken },
    });
  });

  it('turns off: secrets written back in plain text, the vault settings and key removed', async () => {
    await seedTwo();
    await vault.enableVault(PASS, 15, deps);
    await vault.disableVault(PASS);
    const { local, session } = await everything();
    expect(local[VAULT_META_KEY]).toBeUndefined();
    expect(session[VAULT_SESSION_KEY]).toBeUndefined();
    expect(local['profile:p-b']).toMatchObject({ secret: { type: 'plain', values: { apiToken: TOKEN_B } } });
  });

  it('a forgotten passphrase: every profile kept (without its token), the lock removed', async () => {
    await seedTwo();
    await vault.enableVault(PASS, 15, deps);
    await vault.lock();
    expect(await vault.forgetSealedSecrets()).toBe(2);
    const { local, session } = await everything();
    expect(local[VAULT_META_KEY]).toBeUndefined();
    expect(session).toEqual({});
    expect(local['profile:p-a']).toMatchObject({
      profile: { name: 'A', email: 'ada@acme.com' },
      secret: { type: 'plain', values: { apiToken: '' } },
    });
    expect(local['profile:p-b']).toMatchObject({
      profile: { name: 'B' },
      secret: { type: 'plain', values: { apiToken: '' } },
    });
  });

  it('damaged vault settings: pages say so instead of crashing, and the profiles stay listed', async () => {
    await seedTwo();
    await vault.enableVault(PASS, 15, deps);
    await fakeBrowser.storage.local.set({ [VAULT_META_KEY]: { v: 1, keyId: 'x' } });
    const store = createAppStore();
    await store.getState().refresh();
    expect(store.getState().vault).toMatchObject({ enabled: true, damaged: expect.stringContaining('damaged') });
    expect(store.getState().profiles).toHaveLength(2);
    expect(await openStoredProfile('p-a')).toMatchObject({ ok: false, error: expect.stringContaining('damaged') });
  });

  it('refuses a short passphrase', async () => {
    await expect(vault.enableVault('short', 15, deps)).rejects.toThrow(/at least 10/);
    expect((await everything()).local[VAULT_META_KEY]).toBeUndefined();
  });
});
