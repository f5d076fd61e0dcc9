/**
 * base64 of text as its UTF-8 bytes, and back: what `base64`, `[Convert]::ToBase64String` and
 * the Basic scheme do. Plain functions, no Buffer (the engine runs in the service worker too).
 */
export function encodeBase64Utf8(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The text a base64 value stands for, or undefined when it is not base64 of UTF-8 text. */
export function decodeBase64Utf8(value: string): string | undefined {
  const text = value.replace(/\s+/g, '');
  if (text === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return undefined;
  try {
    const binary = atob(text + '='.repeat((4 - (text.length % 4)) % 4));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}
