/**
 * Where the secret sits in the paste, to be hidden until the user reveals it: the token, the
 * value of the Authorization header, what a recipe encodes and prints. Documentation
 * placeholders (`<BASE64_ENCODED_STRING>`, `xxxxxxx`) are no secret and stay readable.
 */
import type { RequestFacts } from './facts';
import { secretPlaceholder } from './read/placeholders';
import type { Span } from './read/words';

export function secretsOf(facts: Pick<RequestFacts, 'profile' | 'credential' | 'request'>): string[] {
  const secrets = new Set<string>();
  const token = facts.profile?.apiToken ?? facts.credential?.secret;
  if (token && token.trim().length >= 4) secrets.add(token.trim());
  const header = facts.credential?.header;
  if (header) {
    const value = header.value.replace(/^\s*(Basic|Bearer)\s+/i, '').trim();
    if (value.length >= 8) secrets.add(value);
  }
  for (const recipe of facts.request.recipes) {
    if (recipe.input) {
      const pair = recipe.input.replace(/\r?\n$/, '');
      const colon = pair.indexOf(':');
      if (colon >= 0 && pair.length - colon > 4) secrets.add(pair.slice(colon + 1));
    }
    if (recipe.output) secrets.add(recipe.output);
  }
  return [...secrets].filter((s) => secretPlaceholder(s) === undefined);
}

/** Every place in `text` where one of `secrets` (4 characters or more) occurs. */
export function spansOf(text: string, secrets: string[]): Span[] {
  const spans: Span[] = [];
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    for (let at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + secret.length))
      spans.push({ start: at, end: at + secret.length });
  }
  return spans;
}

export function secretSpans(facts: RequestFacts, text: string): Span[] {
  return spansOf(text, secretsOf(facts));
}
