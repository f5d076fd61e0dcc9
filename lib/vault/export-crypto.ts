/**
 * Passphrase encryption of a whole export (lib/profiles/export-file.ts): a fresh salt and IV per
 * file, PBKDF2-SHA-256 at the product's count, AES-GCM over the JSON of the profiles and secrets.
 */
import { base64ToBytes, bytesToBase64 } from './base64';
import { importAesKey, open, seal } from './cipher';
import { deriveRawKey, iterationsAcceptable, KDF_ITERATIONS, randomBytes, SALT_BYTES } from './kdf';
import { WrongPassphrase } from './vault-meta';

const AAD = 'token-doctor-export-v1';

interface EncryptedBlob {
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  iv: string;
  ct: string;
}

export async function encryptExport(
  plaintext: string,
  passphrase: string,
  iterations: number = KDF_ITERATIONS,
): Promise<EncryptedBlob> {
  const salt = randomBytes(SALT_BYTES);
  const key = await importAesKey(await deriveRawKey(passphrase, salt, iterations));
  const box = await seal(key, plaintext, AAD);
  return { kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) }, ...box };
}

/** WrongPassphrase for a wrong passphrase or a damaged file (GCM cannot tell them apart). */
export async function decryptExport(blob: EncryptedBlob, passphrase: string, minIterations?: number): Promise<string> {
  if (!iterationsAcceptable(blob.kdf.iterations, minIterations))
    throw new Error('The export names an unacceptable key-derivation iteration count.');
  const key = await importAesKey(await deriveRawKey(passphrase, base64ToBytes(blob.kdf.salt), blob.kdf.iterations));
  try {
    return await open(key, { iv: blob.iv, ct: blob.ct }, AAD);
  } catch {
    throw new WrongPassphrase();
  }
}
