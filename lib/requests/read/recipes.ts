/**
 * What a base64 recipe pasted inside a command would print, without running anything:
 * `$(echo -n 'me@x.com:token' | base64)`, `printf '%s' … | base64`, `base64 <<< …`.
 * The point is the bytes that get encoded: `echo` without `-n` and a here-string add a newline,
 * which becomes part of the token Atlassian receives (https://github.com/ClearTax/jira-lint/issues/62).
 */
import { encodeBase64Utf8 } from './base64';
import { tokenizeSh } from './shell-words';
import { isWord, type Span, type Substitution, type Token, type Word } from './words';

export interface Recipe {
  kind: 'echo' | 'printf' | 'here-string' | 'powershell';
  /** The text that is encoded, when every part of it is in the paste. */
  input?: string;
  /** What the recipe prints (base64, without line wrapping), when `input` is known. */
  output?: string;
  /** The encoded text ends with a newline the author did not mean (echo without -n, <<<). */
  trailingNewline: boolean;
  /** GNU base64 wraps its output every 76 characters unless told `-w 0`. */
  wraps: boolean;
  /** The words that produce the text (echo and its arguments), for highlighting. */
  producer: Span;
  /** The whole recipe. */
  span: Span;
  /** Names of variables the text depends on, when it does (the paste does not hold their values). */
  variables: string[];
  /**
   * The encoded text as written, its variables left as they are (`ada@acme.com:$ATLASSIAN_API_TOKEN`
   * and echo's newline): what the recipe encodes once the shell puts the values in, when `input` is not known.
   */
  template?: string;
}

function words(tokens: Token[]): Word[] {
  return tokens.filter(isWord);
}

function pipelines(tokens: Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (const token of tokens) {
    if (token.kind === 'sep' && token.op === '|') parts.push([]);
    else if (token.kind === 'sep') return [];
    else parts[parts.length - 1]!.push(token);
  }
  return parts;
}

const ECHO_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
};

function backslashEscapes(text: string): string {
  return text.replace(/\\([ntr\\abfv])/g, (_, c: string) => ECHO_ESCAPES[c]!);
}

/** printf's format: `%s` takes the next argument, `%%` is a percent; the format repeats while arguments remain. */
function printf(format: string, args: string[]): string {
  const fmt = backslashEscapes(format);
  let out = '';
  let next = 0;
  do {
    out += fmt.replace(/%(%|s|b)/g, (_, c: string) =>
      c === '%' ? '%' : c === 'b' ? backslashEscapes(args[next++] ?? '') : (args[next++] ?? ''),
    );
  } while (next < args.length && /%[sb]/.test(fmt));
  return out;
}

function producerOf(parts: Word[]): Omit<Recipe, 'output' | 'wraps' | 'span'> | undefined {
  const [command, ...rest] = parts;
  if (!command) return undefined;
  const name = command.value;
  const variables = parts.flatMap((w) => [
    ...w.variables.map((v) => v.name),
    ...(w.substitutions.length > 0 ? ['$(…)'] : []),
  ]);
  const producer = { start: command.span.start, end: parts[parts.length - 1]!.span.end };
  const known = variables.length === 0;
  if (name === 'echo') {
    let newline = true;
    let escapes = false;
    let i = 0;
    while (i < rest.length && /^-[neE]+$/.test(rest[i]!.value) && !rest[i]!.quoted) {
      if (rest[i]!.value.includes('n')) newline = false;
      if (rest[i]!.value.includes('e')) escapes = true;
      i++;
    }
    const text = rest
      .slice(i)
      .map((w) => w.value)
      .join(' ');
    const body = escapes ? backslashEscapes(text) : text;
    return {
      kind: 'echo',
      input: known ? body + (newline ? '\n' : '') : undefined,
      trailingNewline: newline,
      producer,
      variables,
      ...(known ? {} : { template: body + (newline ? '\n' : '') }),
    };
  }
  if (name === 'printf') {
    const [format, ...args] = rest;
    if (!format) return undefined;
    const input = known
      ? printf(
          format.value,
          args.map((w) => w.value),
        )
      : undefined;
    // `printf '%s\n' …` is a newline on purpose only in the author's head: the token gets it.
    const trailingNewline = /\\n$/.test(format.value) || (input?.endsWith('\n') ?? false);
    const template = known
      ? undefined
      : printf(
          format.value,
          args.map((w) => w.value),
        );
    return { kind: 'printf', input, trailingNewline, producer, variables, ...(template ? { template } : {}) };
  }
  return undefined;
}

function isBase64Command(parts: Word[]): { wraps: boolean; hereString?: Word } | undefined {
  const [command, ...rest] = parts;
  if (!command) return undefined;
  const values = rest.map((w) => w.value);
  if (command.value === 'base64') {
    const noWrap = values.some(
      (v, i) => /^(-w0|--wrap=0|-b0)$/.test(v) || ((v === '-w' || v === '-b') && values[i + 1] === '0'),
    );
    const here = values.indexOf('<<<');
    return { wraps: !noWrap, hereString: here >= 0 ? rest[here + 1] : undefined };
  }
  if (command.value === 'openssl' && (values[0] === 'base64' || (values[0] === 'enc' && values.includes('-base64')))) {
    return { wraps: !values.includes('-A'), hereString: undefined };
  }
  return undefined;
}

/** Reads `producer | base64` (or `base64 <<< text`) from a run of tokens; undefined when it is something else. */
export function readRecipe(tokens: Token[]): Recipe | undefined {
  const all = words(tokens);
  if (all.length === 0) return undefined;
  const span = { start: all[0]!.span.start, end: all[all.length - 1]!.span.end };
  const parts = pipelines(tokens).map(words);
  if (parts.length === 1) {
    const encoder = isBase64Command(parts[0]!);
    const here = encoder?.hereString;
    if (!encoder || !here) return undefined;
    const variables = here.variables.map((v) => v.name);
    const input = variables.length === 0 ? `${here.value}\n` : undefined;
    return finish(
      { kind: 'here-string', input, trailingNewline: true, producer: here.span, variables },
      encoder.wraps,
      span,
    );
  }
  if (parts.length !== 2) return undefined;
  const encoder = isBase64Command(parts[1]!);
  const producer = producerOf(parts[0]!);
  if (!encoder || !producer) return undefined;
  return finish(producer, encoder.wraps, span);
}

function finish(producer: Omit<Recipe, 'output' | 'wraps' | 'span'>, wraps: boolean, span: Span): Recipe {
  const output = producer.input === undefined ? undefined : encodeBase64Utf8(producer.input);
  // GNU base64 wraps at 76 output characters; a current API token makes a much longer value.
  return { ...producer, output, wraps: wraps && (output === undefined || output.length > 76), span };
}

/** The recipe a `$(…)` or backquote substitution holds, if it is one. */
export function readSubstitution(source: string, substitution: Substitution): Recipe | undefined {
  const tokens = tokenizeSh(source, substitution.bodyStart, substitution.bodyStart + substitution.body.length).tokens;
  return readRecipe(tokens);
}
