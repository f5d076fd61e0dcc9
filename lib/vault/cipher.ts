/**
 * AES-256-GCM over UTF-8 text, a fresh random 96-bit IV per seal. The additional data binds a
 * ciphertext to where it belongs (profile id and field), so a sealed token cannot be moved to
 * another profile's record and decrypted there.
 */
import { base64ToBytes, bytesToBase64 } from './base64';
import { randomBytes } from './kdf';

export interface SealedBox {
  /** base64, 12 bytes */
  iv: string;
  /** base64: ciphertext and the 16-byte tag */
  ct: string;
}

/** Thrown for a wrong key, a tampered box or a box that is not ours: the cases look the same. */
export class OpenFailed extends Error {
  constructor() {
    super('the encrypted value could not be opened (wrong passphrase, or the data was changed)');
    this.name = 'OpenFailed';
  }
}

export async function importAesKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

export async function seal(key: CryptoKey, plaintext: string, aad: string): Promise<SealedBox> {
  const iv = randomBytes(12);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(aad) },
    key,
    new TextEncoder().encode(plaintext),
  );
  return { iv: bytesToBase64(iv), ct: bytesToBase64(new Uint8Array(ct)) };
}

export async function open(key: CryptoKey, box: SealedBox, aad: string): Promise<string> {
  try {
    const iv = base64ToBytes(box.iv);
    if (iv.byteLength !== 12) throw new OpenFailed();
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(aad) },
      key,
      base64ToBytes(box.ct),
    );
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    throw new OpenFailed();
  }
}
