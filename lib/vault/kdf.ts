/**
 * Passphrase → 256-bit key with PBKDF2-SHA-256 (WebCrypto). OWASP's Password Storage Cheat Sheet
 * (2023 and later) asks for at least 600 000 iterations of PBKDF2-HMAC-SHA256. The count is
 * stored beside every salt, so it can be raised later without breaking what was written before.
 */
export const KDF_ITERATIONS = 600_000;
/** Below this a stored count is refused: a tampered record must not make brute force cheap. */
const MIN_KDF_ITERATIONS = 100_000;
const MAX_KDF_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;

export interface KdfParams {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  /** base64 */
  salt: string;
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** The raw key bytes: kept (base64) in storage.session while unlocked, never in storage.local. */
export async function deriveRawKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256);
  return new Uint8Array(bits);
}

/**
 * `minIterations` exists so unit tests can run the KDF cheaply; the product always uses the
 * default floor.
 */
export function iterationsAcceptable(iterations: unknown, minIterations = MIN_KDF_ITERATIONS): iterations is number {
  return (
    typeof iterations === 'number' &&
    Number.isInteger(iterations) &&
    iterations >= minIterations &&
    iterations <= MAX_KDF_ITERATIONS
  );
}
