/**
 * Documentation text left in a credential: `<BASE64_ENCODED_STRING>`, `xxxxxxx`,
 * `api_token_string`, `your-api-token`, `user@example.com` (all as found in Atlassian's pages
 * and in pasted examples). The URL side finds the same placeholders as the engine's own
 * `findPlaceholder` (lib/atlassian/site-url.ts), in time linear in the text (`placeholderIn`).
 */
import { parseSiteUrl, type SiteUrlResult } from '../../atlassian/site-url';

/** `{…}` or `<…>`: from the first opening character to the first closing one after it. */
function bracketed(text: string, open: string, close: string): string | undefined {
  const start = text.indexOf(open);
  if (start < 0) return undefined;
  const end = text.indexOf(close, start + 1);
  return end < 0 ? undefined : text.slice(start, end + 1);
}

/** `findPlaceholder`'s patterns after its two bracket ones; each stops at once where it fails. */
const OTHER_PLACEHOLDERS: RegExp[] = [
  /\$\{?[A-Za-z_][A-Za-z0-9_]*\}?/,
  /\byour[-_]?(?:domain|site|instance|company|org|tenant|subdomain|cloud)\b/i,
  /(?:^|[/.])(?:x{3,}|example-site|site-name|sitename)(?:[/.]|$)/i,
];

/**
 * What `findPlaceholder` answers, in time linear in the text: its bracket patterns
 * (`/\{[^}]*\}/`, `/<[^>]*>/`) take time quadratic in a paste full of `{` or `<` that never
 * close (200 000 of them took minutes), so they are found here with two `indexOf`s.
 */
export function placeholderIn(text: string): string | undefined {
  const found = bracketed(text, '{', '}') ?? bracketed(text, '<', '>');
  if (found !== undefined) return found;
  for (const pattern of OTHER_PLACEHOLDERS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}

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
    const placeholder = placeholderIn(text);
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
  const inner = placeholderIn(text);
  return inner && (inner.length > 3 || inner === text) && !/^\$\{?[A-Za-z_]/.test(inner) ? text : undefined;
}

export function emailPlaceholder(email: string): string | undefined {
  const text = email.trim();
  if (text === '') return undefined;
  if (EXAMPLE_EMAIL.test(text) || /^[<{].*[>}]$/.test(text) || text === 'useremail') return text;
  return undefined;
}
