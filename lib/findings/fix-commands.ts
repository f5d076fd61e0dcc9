/**
 * Corrected requests for fixes. The secret is always a shell variable placeholder, so a copied
 * command never contains it and works once the variable is exported.
 */
// The URL builders live in lib/atlassian/urls.ts; re-exported for the catalogue's imports.
export { gatewayMyselfUrl, siteMyselfUrl } from '../atlassian/urls';

const TOKEN_PLACEHOLDER = '$ATLASSIAN_API_TOKEN';
export const API_TOKENS_PAGE = 'https://id.atlassian.com/manage-profile/security/api-tokens';

/** `curl` with Basic auth built by curl itself (`-u`), which avoids every base64 mistake (a trailing newline, line wrapping, a missing email). */
export function basicCurl(url: string, email: string): string {
  const user = email.trim() === '' ? 'you@example.com' : email.trim();
  return `curl -sS -u "${shellEscapeInDoubleQuotes(user)}:${TOKEN_PLACEHOLDER}" -H "Accept: application/json" "${shellEscapeInDoubleQuotes(url)}"`;
}

/** Inside "…" a shell still expands `$`, backquotes and backslashes: escape them and the quote. */
export function shellEscapeInDoubleQuotes(text: string): string {
  return text.replace(/[\\"$`]/g, (c) => `\\${c}`);
}
