/** What stands for the secret in a written command until the user reveals it (the fix commands of the findings use the same variables). */
import type { Flavour } from '../read/request';

export const SECRET_PLACEHOLDERS: Record<Flavour, { basic: string; bearer: string }> = {
  curl: { basic: '$ATLASSIAN_API_TOKEN', bearer: '$ATLASSIAN_ACCESS_TOKEN' },
  header: { basic: '$ATLASSIAN_API_TOKEN', bearer: '<access token>' },
  powershell: { basic: '$env:ATLASSIAN_API_TOKEN', bearer: '$env:ATLASSIAN_ACCESS_TOKEN' },
  http: { basic: '<API token>', bearer: '<access token>' },
};

/** The stand-in for an email the request does not give. */
export const EMAIL_PLACEHOLDER = 'you@example.com';

/** A written value cut into literal text and the secrets it holds, each named by its variable. */
export type ValuePiece = { text: string } | { variable: string };

export function splitSecrets(text: string, secrets: readonly { text: string; variable: string }[]): ValuePiece[] {
  let pieces: ValuePiece[] = [{ text }];
  for (const secret of [...secrets].sort((a, b) => b.text.length - a.text.length)) {
    pieces = pieces.flatMap((piece) => {
      if (!('text' in piece) || !piece.text.includes(secret.text)) return [piece];
      return piece.text
        .split(secret.text)
        .flatMap((part, i) => [
          ...(i > 0 ? [{ variable: secret.variable }] : []),
          ...(part !== '' ? [{ text: part }] : []),
        ]);
    });
  }
  return pieces;
}
