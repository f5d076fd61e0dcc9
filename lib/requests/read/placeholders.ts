/**
 * Documentation text left in a credential: `<BASE64_ENCODED_STRING>`, `xxxxxxx`,
 * `api_token_string`, `your-api-token`, `user@example.com` (all as found in Atlassian's pages
 * and in pasted examples). The URL side uses the
 * engine's own `findPlaceholder` (lib/atlassian/site-url.ts).
 */
import { findPlaceholder } from '../../atlassian/site-url';

const SECRET_WORDS =
  /^(?:x{3,}|\*{3,}|\.{3,}|…|[<{[].*[>}\]]|(?:your|my|user)?[-_ ]?(?:api|access)?[-_ ]?(?:token|key|secret|password)(?:[-_ ]?(?:string|here|value))?|token|password|secret|changeme)$/i;
/** RFC 2606 example domains, and the documentation's own "your-email@…". */
const EXAMPLE_EMAIL =
  /@(?:example\.(?:com|org|net)|domain\.com|company\.com|xxx\.com)$|^(?:your[-_.]?email|useremail|email|user\.?name)@?/i;

export function secretPlaceholder(secret: string): string | undefined {
  const text = secret.trim();
  if (text === '') return undefined;
  if (SECRET_WORDS.test(text)) return text;
  const inner = findPlaceholder(text);
  return inner && (inner.length > 3 || inner === text) && !/^\$\{?[A-Za-z_]/.test(inner) ? text : undefined;
}

export function emailPlaceholder(email: string): string | undefined {
  const text = email.trim();
  if (text === '') return undefined;
  if (EXAMPLE_EMAIL.test(text) || /^[<{].*[>}]$/.test(text) || text === 'useremail') return text;
  return undefined;
}
