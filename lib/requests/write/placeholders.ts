/** What stands for the secret in a written command until the user reveals it (the fix commands of the findings use the same variables). */
import type { Flavour } from '../read/request';

const SECRET_PLACEHOLDERS: Record<Flavour, { basic: string; bearer: string }> = {
  curl: { basic: '$ATLASSIAN_API_TOKEN', bearer: '$ATLASSIAN_ACCESS_TOKEN' },
  header: { basic: '$ATLASSIAN_API_TOKEN', bearer: '<access token>' },
  powershell: { basic: '$env:ATLASSIAN_API_TOKEN', bearer: '$env:ATLASSIAN_ACCESS_TOKEN' },
  http: { basic: '<API token>', bearer: '<access token>' },
};

/** What stands for a secret in `flavour`, for a slot that names its own variable (`$JIRA_PAT`, `$env:JIRA_PAT`, `<personal access token>`). */
export function placeholderOf(
  flavour: Flavour,
  kind: 'basic' | 'bearer',
  slot: { variable?: string; label?: string },
): string {
  if (!slot.variable) return SECRET_PLACEHOLDERS[flavour][kind];
  if (flavour === 'powershell') return `$env:${slot.variable}`;
  if (flavour === 'http') return `<${slot.label ?? slot.variable}>`;
  if (flavour === 'header' && kind === 'bearer') return `<${slot.label ?? slot.variable}>`;
  return `$${slot.variable}`;
}

/** The stand-in for an email the request does not give. */
export const EMAIL_PLACEHOLDER = 'you@example.com';

/** A written value cut into literal text and the secrets it holds, each named by its variable. */
type ValuePiece = { text: string } | { variable: string };

export function splitSecrets(text: string, secrets: readonly { text: string; variable: string }[]): ValuePiece[] {
  // Every occurrence of every secret; where two overlap, the one starting first (then the longer) wins.
  const hits: { start: number; end: number; variable: string }[] = [];
  for (const secret of secrets) {
    if (secret.text === '') continue;
    for (let at = text.indexOf(secret.text); at >= 0; at = text.indexOf(secret.text, at + secret.text.length))
      hits.push({ start: at, end: at + secret.text.length, variable: secret.variable });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: ValuePiece[] = [];
  let at = 0;
  for (const hit of hits) {
    if (hit.start < at) continue;
    if (hit.start > at) pieces.push({ text: text.slice(at, hit.start) });
    pieces.push({ variable: hit.variable });
    at = hit.end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at) });
  return pieces;
}
