/**
 * base64 of text as its UTF-8 bytes, and back: what `base64`, `[Convert]::ToBase64String` and the
 * Basic scheme (RFC 7617) do. Plain functions, no Buffer (the engine runs in the service worker too).
 */
export function encodeBase64Utf8(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The text standard base64 stands for (bad UTF-8 replaced), or undefined when it is not base64. */
export function decodeBase64Utf8(base64: string): string | undefined {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** The value of a Basic Authorization header for `user:password` (RFC 7617). */
export function basicCredentials(user: string, password: string): string {
  return encodeBase64Utf8(`${user}:${password}`);
}
