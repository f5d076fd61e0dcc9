/**
 * lib/vault: PBKDF2-SHA-256 → AES-256-GCM with WebCrypto, as the worker and pages run it.
 * Known-answer vectors pin the primitives; the rest pins the behaviour the lock relies on.
 * KDF counts are lowered here (a test only) except in the one test of the product default.
 */
import { base64ToBytes, bytesToBase64 } from '../../../lib/vault/base64';
import { importAesKey, open, OpenFailed, seal } from '../../../lib/vault/cipher';
import { deriveRawKey, KDF_ITERATIONS } from '../../../lib/vault/kdf';
import { openValues, sealValues } from '../../../lib/vault/seal-values';
import { createVault, parseVaultMeta, unlockVault, WrongPassphrase, keyFromRaw } from '../../../lib/vault/vault-meta';

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
const fromHex = (text: string) => new Uint8Array(text.match(/../g)!.map((h) => parseInt(h, 16)));
const FAST = 100_000; // the lowest count parseVaultMeta accepts; tests only

describe('vault primitives (known answers)', () => {
  it('derives the RFC 7914 §11 PBKDF2-HMAC-SHA256 vector (passwd / salt / 1)', async () => {
    const raw = await deriveRawKey('passwd', new TextEncoder().encode('salt'), 1);
    expect(hex(raw)).toBe('55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc');
  });

  it('opens the NIST GCM test case 14 (AES-256, zero key and IV)', async () => {
    const key = await importAesKey(new Uint8Array(32));
    const box = {
      iv: bytesToBase64(new Uint8Array(12)),
      ct: bytesToBase64(fromHex('cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919')),
    };
    expect(await open(key, box, '')).toBe('\0'.repeat(16));
  });
});

describe('seal and open', () => {
  const keyBytes = crypto.getRandomValues(new Uint8Array(32));

  it('round-trips text, with a fresh IV each time', async () => {
    const key = await importAesKey(keyBytes);
    const a = await seal(key, 'ATATT-secret ✓ émoji 🔑', 'profile:p1#apiToken');
    const b = await seal(key, 'ATATT-secret ✓ émoji 🔑', 'profile:p1#apiToken');
    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
    expect(await open(key, a, 'profile:p1#apiToken')).toBe('ATATT-secret ✓ émoji 🔑');
  });

  it('refuses a tampered ciphertext, IV or tag', async () => {
    const key = await importAesKey(keyBytes);
    const box = await seal(key, 'secret', 'aad');
    const flip = (b64: string, at: number) => {
      const bytes = base64ToBytes(b64);
      bytes[at] = bytes[at]! ^ 1;
      return bytesToBase64(bytes);
    };
    await expect(open(key, { ...box, ct: flip(box.ct, 0) }, 'aad')).rejects.toBeInstanceOf(OpenFailed);
    await expect(
      open(key, { ...box, ct: flip(box.ct, base64ToBytes(box.ct).length - 1) }, 'aad'),
    ).rejects.toBeInstanceOf(OpenFailed);
    await expect(open(key, { ...box, iv: flip(box.iv, 3) }, 'aad')).rejects.toBeInstanceOf(OpenFailed);
    await expect(open(key, { ...box, iv: 'not base64!' }, 'aad')).rejects.toBeInstanceOf(OpenFailed);
  });

  it('refuses a box moved to another profile or field (additional data)', async () => {
    const key = await importAesKey(keyBytes);
    const boxes = await sealValues(key, 'p1', { apiToken: 'secret-1' });
    await expect(openValues(key, 'p2', boxes)).rejects.toBeInstanceOf(OpenFailed);
    expect(await openValues(key, 'p1', boxes)).toEqual({ apiToken: 'secret-1' });
  });

  it('refuses another key', async () => {
    const box = await seal(await importAesKey(keyBytes), 'secret', 'aad');
    await expect(
      open(await importAesKey(crypto.getRandomValues(new Uint8Array(32))), box, 'aad'),
    ).rejects.toBeInstanceOf(OpenFailed);
  });
});

describe('vault meta', () => {
  it('uses at least 600 000 PBKDF2 iterations by default and records them (product count)', async () => {
    expect(KDF_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const { meta, rawKey } = await createVault('correct horse battery', { keyId: 'k1' });
    expect(meta.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: KDF_ITERATIONS });
    expect(base64ToBytes(meta.kdf.salt)).toHaveLength(16);
    expect(base64ToBytes(rawKey)).toHaveLength(32);
    expect(JSON.stringify(meta)).not.toContain(rawKey);
    expect(parseVaultMeta(JSON.parse(JSON.stringify(meta)))).toEqual({ ok: true, meta });
  });

  it('unlocks with the right passphrase and says so for a wrong one', async () => {
    const { meta, rawKey } = await createVault('correct horse battery', { iterations: FAST });
    expect(await unlockVault(meta, 'correct horse battery')).toBe(rawKey);
    await expect(unlockVault(meta, 'correct horse batterY')).rejects.toBeInstanceOf(WrongPassphrase);
    await expect(unlockVault(meta, 'correct horse batterY')).rejects.toThrow('That passphrase is not the right one.');
  });

  it('uses the iteration count recorded in the meta, so it can be raised later', async () => {
    const { meta } = await createVault('pass phrase one', { iterations: FAST });
    const raised = { ...meta, kdf: { ...meta.kdf, iterations: FAST + 1 } };
    // Same salt and passphrase, another count: another key, so the check value no longer opens.
    await expect(unlockVault(raised, 'pass phrase one')).rejects.toBeInstanceOf(WrongPassphrase);
  });

  it('refuses meta whose iteration count was lowered or that is malformed', async () => {
    const { meta } = await createVault('pass phrase one', { iterations: FAST });
    expect(parseVaultMeta({ ...meta, kdf: { ...meta.kdf, iterations: 1000 } }).ok).toBe(false);
    expect(parseVaultMeta({ ...meta, extra: 1 }).ok).toBe(false);
    expect(parseVaultMeta(null).ok).toBe(false);
    expect(parseVaultMeta({ ...meta, idleMinutes: -1 }).ok).toBe(false);
  });

  it('seals with a key that opens again from its base64 form', async () => {
    const { rawKey } = await createVault('pass phrase one', { iterations: FAST });
    const boxes = await sealValues(await keyFromRaw(rawKey), 'p', { pat: 'x' });
    expect(await openValues(await keyFromRaw(rawKey), 'p', boxes)).toEqual({ pat: 'x' });
  });
});
