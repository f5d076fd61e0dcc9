/**
 * A secret written as a variable, not as its value: `$ATLASSIAN_API_TOKEN`, `${TOKEN}` (bash,
 * zsh), `$env:JIRA_TOKEN` (PowerShell), `%API_TOKEN%` and `!API_TOKEN!` (Windows cmd),
 * `$(cat ~/.jira-token)` (a command's output). The value is not in the paste, so the token is
 * never fingerprinted nor judged by its shape; what the checks can still say is whether anything
 * puts the value in before the request leaves: bash leaves a variable in 'single quotes' as it
 * is written (https://www.gnu.org/software/bash/manual/html_node/Single-Quotes.html), and a
 * variable's name encoded into base64 stays its name.
 */
import type { Flavour } from './request';

type StandInSyntax = 'sh' | 'powershell' | 'cmd' | 'substitution';

/**
 * - `run`: the shell puts the value in when it runs the command;
 * - `cmd`: Windows cmd.exe puts it in; bash and PowerShell would send `%NAME%` as written;
 * - `quoted`: quoting keeps the text as written ('single quotes'), so the name is sent;
 * - `encoded`: the name was encoded into a Basic value, so the name is sent;
 * - `unknown`: headers or raw HTTP, where the paste does not say what fills it in.
 */
type StandInFill = 'run' | 'cmd' | 'quoted' | 'encoded' | 'unknown';

export interface SecretStandIn {
  /** As written in the credential. */
  text: string;
  /** As the readers list what they could not resolve: `$TOKEN` for `${TOKEN}`; a substitution as written. */
  name: string;
  syntax: StandInSyntax;
  fill: StandInFill;
  /** The part of the credential it stands for. */
  part: 'token' | 'email';
}

const SH = /^\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)(?:[:?+=-][^{}]*)?\})$/;
const POWERSHELL = /^\$(?:env:([A-Za-z_]\w*)|\{env:([^{}]+)\})$/i;
const CMD = /^(?:%([A-Za-z_][\w.-]*)%|!([A-Za-z_]\w*)!)$/;
const SUBSTITUTION = /^(?:\$\([^()]{1,200}\)|`[^`]{1,200}`)$/;

/**
 * Written as it is, with nothing to expand it, `$secret1` may as well be a password: a name is
 * read as a variable there only when it is written like one (upper case, or named for a secret).
 */
const variableLike = (name: string) =>
  /^[A-Z][A-Z0-9_]*$/.test(name) || /token|secret|passw|api_?key|(?:^|_)(?:pat|key|pw|auth|cred)(?:_|$)/i.test(name);

function syntaxOf(text: string, flavour: Flavour): { syntax: StandInSyntax; name: string } | undefined {
  const ps = POWERSHELL.exec(text);
  if (ps) return { syntax: 'powershell', name: `$env:${ps[1] ?? ps[2]!}` };
  const sh = SH.exec(text);
  if (sh) return { syntax: flavour === 'powershell' ? 'powershell' : 'sh', name: `$${sh[1] ?? sh[2]!}` };
  const cmd = CMD.exec(text);
  if (cmd) return { syntax: 'cmd', name: text };
  // `$(…)` is listed as the variables it reads, or as `$(…)` itself: the text as written is matched too.
  if (SUBSTITUTION.test(text)) return { syntax: 'substitution', name: text };
  return undefined;
}

/**
 * The stand-in a credential part is, if it is one. `unresolved` lists what the reader could not
 * resolve (a variable it saw the shell expand); `encoded` says the part came out of a Basic value.
 */
export function standInOf(
  raw: string | undefined,
  part: SecretStandIn['part'],
  context: { flavour: Flavour; unresolved: readonly string[]; encoded: boolean },
): SecretStandIn | undefined {
  const text = (raw ?? '').replace(/\r?\n$/, '').trim();
  if (text === '' || text.length > 240) return undefined;
  const found = syntaxOf(text, context.flavour);
  if (!found) return undefined;
  const base = { text, name: found.name, syntax: found.syntax, part };
  if (
    // A recipe's variables are listed together: "$JIRA_USER, $JIRA_TOKEN".
    context.unresolved.some((u) => u.split(', ').some((v) => v === found.name || v === text)) ||
    (found.syntax === 'substitution' && context.unresolved.length > 0 && !context.encoded)
  )
    return { ...base, fill: 'run' };
  if (found.syntax === 'substitution') {
    // A substitution the reader did not list was quoted as text; only an encoded one is certain.
    return context.encoded ? { ...base, fill: 'encoded' } : undefined;
  }
  const bare = found.name.replace(/^\$(?:env:)?|^[%!]|[%!]$/g, '');
  if (!variableLike(bare)) return undefined;
  if (context.encoded) return { ...base, fill: 'encoded' };
  if (found.syntax === 'cmd') return { ...base, fill: context.flavour === 'curl' ? 'cmd' : 'unknown' };
  if (context.flavour === 'curl' || context.flavour === 'powershell') return { ...base, fill: 'quoted' };
  return { ...base, fill: 'unknown' };
}

/** Whether every name the reader could not resolve is one of these stand-ins (nothing else is unknown). */
export function coversUnresolved(standIns: readonly SecretStandIn[], unresolved: readonly string[]): boolean {
  const run = standIns.filter((s) => s.fill === 'run');
  if (unresolved.length === 0 || run.length === 0) return false;
  // A substitution is listed by the variables it reads: it accounts for whatever else is listed.
  if (run.some((s) => s.syntax === 'substitution')) return true;
  const names = unresolved.flatMap((u) => u.split(', '));
  return names.every((u) => run.some((s) => s.name === u || s.text === u));
}

/** A stand-in whose name, not its value, reaches Atlassian. */
export function sentAsWritten(standIn: SecretStandIn): boolean {
  return standIn.fill === 'quoted' || standIn.fill === 'encoded';
}

/** The variable's bare name where a written command can use it (`JIRA_TOKEN` of `${JIRA_TOKEN}` or `$env:JIRA_TOKEN`). */
export function variableName(standIn: SecretStandIn): string | undefined {
  if (standIn.syntax !== 'sh' && standIn.syntax !== 'powershell') return undefined;
  return /^\$(?:env:)?([A-Za-z_]\w*)$/i.exec(standIn.name)?.[1];
}
