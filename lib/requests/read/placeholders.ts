/**
 * Documentation text left in a credential: `<BASE64_ENCODED_STRING>`, `xxxxxxx`,
 * `api_token_string`, `your-api-token`, `user@example.com` (all as found in Atlassian's pages
 * and in pasted examples). The URL side finds the same placeholders as the engine's own
 * `findPlaceholder` (lib/atlassian/site-url.ts), which runs in time linear in the text.
 */
import { findPlaceholder, parseSiteUrl, type SiteUrlResult } from '../../atlassian/site-url';

/** No site URL is this long (a host has at most 253 characters); longer text is not parsed as one. */
export const MAX_SITE_TEXT = 2_048;

/**
 * The engine's `parseSiteUrl`, on what a paste says stands before the API path: a placeholder is
 * found here in linear time, and text too long to be a site URL is refused without parsing it.
 */
export function parseSiteText(input: string): SiteUrlResult {
  const text = input.trim();
  // eslint-disable-next-line no-control-regex -- control characters are refused by parseSiteUrl first
  if (text !== '' && !/[\s\u0000-\u001f\u007f]/.test(text)) {
    const placeholder = findPlaceholder(text);
    if (placeholder) return { ok: false, problems: [{ code: 'URL_PLACEHOLDER', detail: placeholder }] };
  }
  if (text.length > MAX_SITE_TEXT)
    return {
      ok: false,
      problems: [
        {
          code: 'URL_INVALID',
          detail: `it is ${text.length.toLocaleString('en')} characters long, too long for a site URL`,
        },
      ],
    };
  return parseSiteUrl(input);
}

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
