/**
 * A PowerShell word splitter that keeps source positions, for `Invoke-RestMethod` and the
 * `[Convert]::ToBase64String` recipe of Atlassian's own pages: '…' with '' ,
 * "…" with backquote escapes, `$var`, `$env:NAME`, `$(…)`, `@{ … }` hashtables, `( … )` groups
 * kept inside the word, the backquote line continuation, comments and `;` `|` newline.
 * PowerShell itself accepts typographic quotes (‘ ’ “ ”) as quotes; they are read so and reported,
 * because Windows PowerShell 5.1 misreads them in a script saved as UTF-8 without a BOM.
 */
import { closeParen } from './shell-words';
import {
  blanksThenNewline,
  closeBracket,
  DOUBLE_SMART_QUOTES,
  newlineAt,
  isBlank,
  SINGLE_SMART_QUOTES,
  WordBuilder,
  type Token,
  type Tokenized,
} from './words';

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

function isSingle(c: string): boolean {
  return c === "'" || SINGLE_SMART_QUOTES.has(c);
}

function isDouble(c: string): boolean {
  return c === '"' || DOUBLE_SMART_QUOTES.has(c);
}

/** Index just past the `}` matching a `{` whose inside starts at `from`; -1 when never closed. */
function closeBrace(source: string, from: number, to: number): number {
  return closeBracket(source, from, to, { open: '{', close: '}', escape: '`' });
}

export function tokenizePowerShell(source: string, from = 0, to = source.length): Tokenized {
  const tokens: Token[] = [];
  const result: Tokenized = { tokens, smartQuotes: [], continuations: [] };
  let w = new WordBuilder();
  const flush = (end: number) => {
    const word = w.finish(end);
    if (word) tokens.push(word);
    w = new WordBuilder();
  };
  const nlAt = (i: number) => newlineAt(source, i, to);

  const variable = (i: number): number => {
    if (source[i + 1] === '(' && i + 1 < to) {
      const end = closeParen(source, i + 2, to);
      const stop = end < 0 ? to : end;
      if (end < 0) result.unterminated ??= { what: '$(', at: i };
      const valueStart = w.value.length;
      w.pushRaw(source, i, stop);
      w.substitutions.push({
        valueStart,
        valueEnd: w.value.length,
        body: source.slice(i + 2, end < 0 ? to : end - 1),
        bodyStart: i + 2,
        span: { start: i, end: stop },
      });
      return stop;
    }
    if (source[i + 1] === '{' && i + 1 < to) {
      const close = source.indexOf('}', i + 2);
      const end = close < 0 || close >= to ? to : close + 1;
      const valueStart = w.value.length;
      w.pushRaw(source, i, end);
      w.variables.push({
        name: source.slice(i + 2, Math.max(i + 2, end - 1)),
        valueStart,
        valueEnd: w.value.length,
        span: { start: i, end },
      });
      return end;
    }
    const match = /^[A-Za-z_][A-Za-z0-9_]*(?::[A-Za-z_][A-Za-z0-9_]*)?/.exec(
      source.slice(i + 1, Math.min(to, i + 200)),
    );
    if (!match) {
      w.push('$', i);
      return i + 1;
    }
    const end = i + 1 + match[0].length;
    const valueStart = w.value.length;
    w.pushRaw(source, i, end);
    w.variables.push({ name: match[0], valueStart, valueEnd: w.value.length, span: { start: i, end } });
    return end;
  };

  let i = from;
  while (i < to) {
    const c = source[i]!;
    const nl = nlAt(i);
    if (nl > 0) {
      flush(i);
      tokens.push({ kind: 'sep', op: '\n', span: { start: i, end: i + nl } });
      i += nl;
    } else if (isBlank(c)) {
      flush(i);
      i++;
    } else if (c === '`' && !w.started && blanksThenNewline(source, i + 1, to) > 0) {
      // A backquote with a space after it joins no lines (read as if it did; addLexicalNotes says so).
      const after = blanksThenNewline(source, i + 1, to);
      result.continuations.push({ span: { start: i, end: i + 1 + after }, style: 'backtick', blankAfter: true });
      i += 1 + after;
    } else if (c === '`') {
      const after = nlAt(i + 1);
      if (after > 0) {
        result.continuations.push({ span: { start: i, end: i + 1 + after }, style: 'backtick' });
        i += 1 + after;
      } else if (i + 1 < to) {
        w.quoted = true;
        w.push(source[i + 1]!, i + 1);
        i += 2;
      } else i++;
    } else if (c === '<' && source[i + 1] === '#') {
      flush(i);
      const close = source.indexOf('#>', i + 2);
      i = close < 0 || close >= to ? to : close + 2;
    } else if (c === '#' && !w.started) {
      while (i < to && source[i] !== '\n') i++;
    } else if (isSingle(c)) {
      i = singleQuoted(i);
    } else if (isDouble(c)) {
      i = doubleQuoted(i);
    } else if (c === '$') {
      i = variable(i);
    } else if (c === '@' && source[i + 1] === '{' && i + 1 < to) {
      const end = closeBrace(source, i + 2, to);
      const stop = end < 0 ? to : end;
      if (end < 0) result.unterminated ??= { what: '@{', at: i };
      w.pushRaw(source, i, stop);
      w.hashtable = { start: i + 2, end: end < 0 ? to : end - 1 };
      i = stop;
    } else if (c === '(' || (c === '@' && source[i + 1] === '(')) {
      const open = c === '@' ? i + 2 : i + 1;
      const end = closeParen(source, open, to);
      const stop = end < 0 ? to : end;
      if (end < 0) result.unterminated ??= { what: '(', at: i };
      w.pushRaw(source, i, stop);
      i = stop;
    } else if (c === ';' || c === '|') {
      flush(i);
      tokens.push({ kind: 'sep', op: c, span: { start: i, end: i + 1 } });
      i++;
    } else {
      w.push(c, i);
      i++;
    }
  }
  flush(to);
  return result;

  function singleQuoted(open: number): number {
    w.begin(open);
    w.quoted = true;
    if (source[open] !== "'") result.smartQuotes.push({ start: open, end: open + 1 });
    let j = open + 1;
    while (j < to) {
      const c = source[j]!;
      if (isSingle(c)) {
        if (j + 1 < to && isSingle(source[j + 1]!)) {
          w.push("'", j);
          j += 2;
          continue;
        }
        if (c !== "'") result.smartQuotes.push({ start: j, end: j + 1 });
        return j + 1;
      }
      w.push(c, j);
      j++;
    }
    result.unterminated ??= { what: source[open]!, at: open };
    return to;
  }

  function doubleQuoted(open: number): number {
    w.begin(open);
    w.quoted = true;
    if (source[open] !== '"') result.smartQuotes.push({ start: open, end: open + 1 });
    let j = open + 1;
    while (j < to) {
      const c = source[j]!;
      if (isDouble(c)) {
        if (j + 1 < to && isDouble(source[j + 1]!)) {
          w.push('"', j);
          j += 2;
          continue;
        }
        if (c !== '"') result.smartQuotes.push({ start: j, end: j + 1 });
        return j + 1;
      }
      if (c === '`' && j + 1 < to) {
        const next = source[j + 1]!;
        w.push(ESCAPES[next] ?? next, j);
        j += 2;
      } else if (c === '$') {
        j = variable(j);
      } else {
        w.push(c, j);
        j++;
      }
    }
    result.unterminated ??= { what: source[open]!, at: open };
    return to;
  }
}
