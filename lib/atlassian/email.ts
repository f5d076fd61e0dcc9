/** What counts as an email address in a form field, and an `email:token` pair in a pasted secret. */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** An email with no colon in it, as it appears before the `:` of an `email:token` pair. */
const PAIR_EMAIL = '[^\\s:@]+@[^\\s:@]+\\.[^\\s:@]+';
const STARTS_WITH_PAIR = new RegExp(`^${PAIR_EMAIL}:`);
const WHOLE_PAIR = new RegExp(`^(${PAIR_EMAIL}):(\\S+)(\\n|\\r\\n)?$`);

export function isEmailAddress(text: string): boolean {
  return EMAIL.test(text);
}

/** `me@example.com:…`: text that starts with an email and a colon. */
export function startsWithEmailPair(text: string): boolean {
  return STARTS_WITH_PAIR.test(text);
}

/** `me@example.com:token` with an optional line break at the end (what `echo` adds). */
export function readEmailTokenPair(text: string): { email: string; endsWithNewline: boolean } | undefined {
  const match = WHOLE_PAIR.exec(text);
  if (!match) return undefined;
  return { email: match[1]!, endsWithNewline: match[3] !== undefined };
}
