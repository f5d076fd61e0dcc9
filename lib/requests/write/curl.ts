/**
 * Writes a corrected request as a curl command for bash/zsh: one option per line, Basic auth by
 * curl itself (`-u`, which avoids every base64 mistake: a newline or a wrong pair encoded by hand makes
 * Atlassian answer 401), the secret as
 * `$ATLASSIAN_API_TOKEN` unless revealed.
 */
import { shellEscapeInDoubleQuotes } from '../../findings/fix-commands';
import type { CorrectedRequest } from './corrected';
import { placeholderOf, splitSecrets } from './placeholders';

function shellQuote(text: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Like shellQuote, but with each secret as a shell variable inside double quotes. */
function quoteHiding(text: string, secrets: CorrectedRequest['secrets']): string {
  const pieces = splitSecrets(text, secrets ?? []);
  if (pieces.every((p) => 'text' in p)) return shellQuote(text);
  return `"${pieces.map((p) => ('text' in p ? shellEscapeInDoubleQuotes(p.text) : `\${${p.variable}}`)).join('')}"`;
}

export function buildCurl(request: CorrectedRequest, reveal: boolean): string {
  const q = (text: string) => (reveal ? shellQuote(text) : quoteHiding(text, request.secrets));
  const lines: string[] = [];
  const first = ['curl', ...request.keep.map(shellQuote)];
  const inferred = request.body && !request.body.moveToQuery ? 'POST' : 'GET';
  if (request.method !== inferred) first.push('-X', request.method);
  lines.push(first.join(' '));
  const auth = request.auth;
  if (auth?.kind === 'basic') {
    lines.push(
      reveal && auth.token !== undefined
        ? `-u ${shellQuote(`${auth.email}:${auth.token}`)}`
        : `-u "${shellEscapeInDoubleQuotes(auth.email)}:${placeholderOf('curl', 'basic', auth)}"`,
    );
  } else if (auth?.kind === 'bearer') {
    lines.push(
      reveal && auth.token !== undefined
        ? `-H ${shellQuote(`Authorization: ${auth.scheme ?? 'Bearer'} ${auth.token}`)}`
        : `-H "Authorization: ${auth.scheme ?? 'Bearer'} ${placeholderOf('curl', 'bearer', auth)}"`,
    );
  } else if (auth?.kind === 'verbatim-user') lines.push(`-u ${auth.text}`);
  for (const header of request.headers) lines.push(`-H ${q(`${header.name}: ${header.value}`)}`);
  if (request.body) {
    if (request.body.moveToQuery) lines.push('-G');
    if (request.body.kind === 'form') for (const part of request.body.value.split('\n')) lines.push(`-F ${q(part)}`);
    else
      lines.push(
        `${request.body.kind === 'json' ? '--json' : request.body.fromFile ? '--data-binary' : request.body.value.startsWith('@') ? '--data-raw' : '--data'} ${q(request.body.value)}`,
      );
  }
  if (request.url !== undefined) lines.push(q(request.url));
  return lines.join(' \\\n  ');
}
