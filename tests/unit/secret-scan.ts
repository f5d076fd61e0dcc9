/**
 * The scanner every produced report goes through, so that no report leaks a credential: it fails on
 * the token, on base64 of `email:token` and on the Authorization value, in any of the forms a leak
 * could take.
 */
function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export interface Credential {
  token: string;
  email?: string;
}

/** The strings that must never appear in a report for this credential. */
export function forbiddenStrings({ token, email }: Credential): string[] {
  const list = [token, `Bearer ${token}`, encodeURIComponent(token)];
  if (email !== undefined) {
    const b64 = base64(`${email}:${token}`);
    list.push(b64, `Basic ${b64}`, `${email}:${token}`);
  }
  // A secret long enough to matter: also its middle part, in case it was cut but not hidden.
  if (token.length >= 24) list.push(token.slice(6, -6));
  return list;
}

/** The leaks found in `text`, described without repeating the secret. */
export function findSecrets(text: string, credential: Credential): string[] {
  return forbiddenStrings(credential)
    .map((s, i) => (text.includes(s) ? `forbidden string #${i} (${s.length} characters)` : ''))
    .filter(Boolean);
}
