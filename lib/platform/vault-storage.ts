/**
 * Where the vault lives. Its description (KDF parameters, check value, idle time) is in
 * storage.local under `vault:meta`; the unlocked key only in storage.session under
 * `vault:session` (anything unlocked lives only in session storage), which the browser clears on restart.
 * Session storage is limited to trusted contexts (the extension's own pages and worker), and we
 * ship no content script anyway.
 */
import { browser } from './browser';
import { parseVaultMeta, type VaultMeta } from '../vault/vault-meta-schema';
import type { VaultSession, VaultState } from '../vault/session';
import { VAULT_META_KEY, VAULT_SESSION_KEY } from './storage-items';

export async function readVaultState(): Promise<VaultState> {
  const stored = await browser.storage.local.get(VAULT_META_KEY);
  const raw = stored[VAULT_META_KEY];
  if (raw === undefined) return { enabled: false };
  const parsed = parseVaultMeta(raw);
  return parsed.ok ? { enabled: true, meta: parsed.meta } : { enabled: 'damaged', reason: parsed.reason };
}

export async function writeVaultMeta(meta: VaultMeta): Promise<void> {
  await browser.storage.local.set({ [VAULT_META_KEY]: meta });
}

export async function removeVaultMeta(): Promise<void> {
  await browser.storage.local.remove(VAULT_META_KEY);
}

function isSession(value: unknown): value is VaultSession {
  if (value === null || typeof value !== 'object') return false;
  const s = value as Partial<VaultSession>;
  return typeof s.keyId === 'string' && typeof s.rawKey === 'string' && typeof s.lastUsedAt === 'number';
}

/** The unlocked key, if the vault is unlocked, its key is the current one, and it is not idle. */
export async function readVaultSession(meta: VaultMeta, now: number = Date.now()): Promise<VaultSession | undefined> {
  const stored = await browser.storage.session.get(VAULT_SESSION_KEY);
  const session = stored[VAULT_SESSION_KEY];
  if (!isSession(session) || session.keyId !== meta.keyId) return undefined;
  if (idleExpired(meta, session, now)) {
    await clearVaultSession();
    return undefined;
  }
  return session;
}

function idleExpired(meta: VaultMeta, session: VaultSession, now: number): boolean {
  return meta.idleMinutes > 0 && now - session.lastUsedAt > meta.idleMinutes * 60_000;
}

export async function writeVaultSession(session: VaultSession): Promise<void> {
  await browser.storage.session.set({ [VAULT_SESSION_KEY]: session });
}

export async function touchVaultSession(session: VaultSession, now: number = Date.now()): Promise<void> {
  await writeVaultSession({ ...session, lastUsedAt: now });
}

export async function clearVaultSession(): Promise<void> {
  await browser.storage.session.remove(VAULT_SESSION_KEY);
}

/** Keeps session storage away from content scripts (Chrome's default, said out loud). */
export async function restrictSessionAccess(): Promise<void> {
  const session = browser.storage.session as unknown as {
    setAccessLevel?: (o: { accessLevel: string }) => Promise<void>;
  };
  await session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
}
