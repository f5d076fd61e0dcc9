/**
 * Replaces any secret found in a text shown to the user (an error message from the background,
 * for instance). The engine already keeps secrets out of what it says; this is the second lock.
 */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    const trimmed = secret.trim();
    // Very short values would blank out ordinary words; tokens are long.
    if (trimmed.length >= 6) out = out.split(trimmed).join('[secret removed]');
  }
  return out;
}
