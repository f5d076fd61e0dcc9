/** The strings of a check that must not be shown until revealed: the token and what encodes it. */
import type { RequestCheck } from '@/lib/requests/check/check';
import { secretPlaceholder } from '@/lib/requests/read/placeholders';

export function secretsOfCheck(check: RequestCheck): string[] {
  const secrets = new Set<string>();
  const token = check.profile?.apiToken ?? check.credential?.secret;
  if (token && token.trim().length >= 4) secrets.add(token.trim());
  const header = check.credential?.header;
  if (header) {
    const value = header.value.replace(/^\s*(Basic|Bearer)\s+/i, '').trim();
    if (value.length >= 8) secrets.add(value);
  }
  for (const recipe of check.outcome.request.recipes) {
    if (recipe.input) {
      const pair = recipe.input.replace(/\r?\n$/, '');
      const colon = pair.indexOf(':');
      if (colon >= 0 && pair.length - colon > 4) secrets.add(pair.slice(colon + 1));
    }
    if (recipe.output) secrets.add(recipe.output);
  }
  // Documentation placeholders (`<BASE64_ENCODED_STRING>`, `xxxxxxx`) are no secret: keep them readable.
  return [...secrets].filter((s) => secretPlaceholder(s) === undefined);
}
