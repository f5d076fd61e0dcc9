/**
 * Writes a corrected request as PowerShell: straight quotes only, the Basic header built from the
 * exact text (no newline: a newline becomes part of the token), Content-Type through -ContentType (Windows PowerShell 5.1
 * refuses it in -Headers), the secret as `$env:ATLASSIAN_API_TOKEN` unless revealed.
 */
import type { CorrectedRequest } from './corrected';
import { placeholderOf, splitSecrets } from './placeholders';

/** PowerShell reads ‘ ’ as quotes too, so they are doubled like '. */
function psQuote(text: string): string {
  return `'${text.replace(/['\u2018\u2019\u201a\u201b]/g, (q) => q + q)}'`;
}

/** Like psQuote, but with each secret as `$env:NAME` in a double-quoted string. */
function psQuoteHiding(text: string, secrets: CorrectedRequest['secrets']): string {
  const pieces = splitSecrets(text, secrets ?? []);
  if (pieces.every((p) => 'text' in p)) return psQuote(text);
  const escape = (t: string) => t.replace(/[`"$\u201c\u201d\u201e]/g, (c) => `\`${c}`);
  return `"${pieces.map((p) => ('text' in p ? escape(p.text) : `$($env:${p.variable})`)).join('')}"`;
}

function psKey(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : psQuote(name);
}

/** PowerShell written as pasted (a hashtable): each secret becomes `$env:NAME`. */
function hideRaw(text: string, reveal: boolean, secrets: CorrectedRequest['secrets']): string {
  if (reveal) return text;
  return splitSecrets(text, secrets ?? [])
    .map((p) => ('text' in p ? p.text : `$env:${p.variable}`))
    .join('');
}

function titleCase(method: string): string {
  return method.charAt(0) + method.slice(1).toLowerCase();
}

export function buildPowerShell(request: CorrectedRequest, reveal: boolean): string {
  const q = (text: string) => (reveal ? psQuote(text) : psQuoteHiding(text, request.secrets));
  const lines: string[] = [...(request.preamble ?? [])];
  const entries: string[] = [];
  const auth = request.auth;
  if (auth?.kind === 'basic') {
    lines.push(
      `$Credential = ${reveal && auth.token !== undefined ? psQuote(`${auth.email}:${auth.token}`) : `${psQuote(`${auth.email}:`)} + ${placeholderOf('powershell', 'basic', auth)}`}`,
    );
    entries.push(`Authorization = 'Basic ' + [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($Credential))`);
  } else if (auth?.kind === 'bearer') {
    entries.push(
      `Authorization = ${reveal && auth.token !== undefined ? psQuote(`${auth.scheme ?? 'Bearer'} ${auth.token}`) : `'${auth.scheme ?? 'Bearer'} ' + ${placeholderOf('powershell', 'bearer', auth)}`}`,
    );
  }
  const contentType = request.headers.find((h) => h.name.toLowerCase() === 'content-type');
  for (const header of request.headers)
    if (header !== contentType) entries.push(`${psKey(header.name)} = ${q(header.value)}`);
  if (request.url === undefined) {
    // Only the recipe was pasted: give the recipe back, fixed.
    if (auth?.kind === 'basic')
      lines.push(
        '$EncodedText = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($Credential))',
        '$EncodedText',
      );
    return lines.join('\n');
  }
  if (entries.length > 0) lines.push('$Headers = @{', ...entries.map((e) => `  ${e}`), '}');
  const call = ['Invoke-RestMethod', `-Uri ${q(request.url)}`, `-Method ${titleCase(request.method)}`];
  if (entries.length > 0) call.push('-Headers $Headers');
  if (contentType) call.push(`-ContentType ${psQuote(contentType.value)}`);
  if (request.body) {
    const flag = request.body.kind === 'form' ? '-Form' : '-Body';
    call.push(
      `${flag} ${request.body.kind === 'hashtable' || request.body.kind === 'form' ? hideRaw(request.body.value, reveal, request.secrets) : q(request.body.value)}`,
    );
  }
  call.push(...request.keep);
  lines.push(call.join(' `\n  '));
  return lines.join('\n');
}
