/**
 * A POSIX sh word splitter that keeps source positions: '…', "…" with its backslash escapes,
 * $'…', backslash, line continuations (`\`, Windows cmd `^`, PowerShell's backquote before a
 * newline, as people paste curl from every platform), `$(…)` and backquote substitutions kept as
 * one piece, `$VAR` references, comments and the separators `;` `|` `&&` `||` `&` newline.
 * Typographic quotes are read as the quotes they stand for and reported (SMART_QUOTES).
 * It never throws: an unterminated quote ends the word at the end of the text and is reported.
 */
import {
  blanksThenNewline,
  closeBracket,
  newlineAt,
  DOUBLE_SMART_QUOTES,
  isBlank,
  SINGLE_SMART_QUOTES,
  WordBuilder,
  type SeparatorOp,
  type Token,
  type Tokenized,
} from './words';

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

/** Index just past the `)` closing a `$(` whose body starts at `from`; -1 when never closed. */
export function closeParen(source: string, from: number, to: number): number {
  return closeBracket(source, from, to, { open: '(', close: ')', escape: '\\' });
}

const ANSI_C: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

export function tokenizeSh(source: string, from = 0, to = source.length): Tokenized {
  const tokens: Token[] = [];
  const result: Tokenized = { tokens, smartQuotes: [], continuations: [] };
  let w = new WordBuilder();
  const flush = (end: number) => {
    const word = w.finish(end);
    if (word) tokens.push(word);
    w = new WordBuilder();
  };
  const sep = (op: SeparatorOp, start: number, length: number) => {
    flush(start);
    tokens.push({ kind: 'sep', op, span: { start, end: start + length } });
  };

  /** `$(`…`)` or backquotes at `i`; returns the index after it. */
  const substitution = (i: number, open: number, closeAt: number, bodyEnd: number): number => {
    const valueStart = w.value.length;
    w.pushRaw(source, i, closeAt);
    w.substitutions.push({
      valueStart,
      valueEnd: w.value.length,
      body: source.slice(i + open, bodyEnd),
      bodyStart: i + open,
      span: { start: i, end: closeAt },
    });
    return closeAt;
  };

  /** `$…` at `i` (outside single quotes): substitution, variable or a plain `$`. */
  const dollar = (i: number): number => {
    const next = source[i + 1];
    if (next === '(' && i + 1 < to) {
      const end = closeParen(source, i + 2, to);
      if (end < 0) {
        result.unterminated ??= { what: '$(', at: i };
        return substitution(i, 2, to, to);
      }
      return substitution(i, 2, end, end - 1);
    }
    if (next === '{') {
      const close = source.indexOf('}', i + 2);
      const end = close < 0 || close >= to ? to : close + 1;
      const valueStart = w.value.length;
      w.pushRaw(source, i, end);
      w.variables.push({
        name: source.slice(i + 2, Math.max(i + 2, end - 1)).replace(/[:#%/].*$/, ''),
        valueStart,
        valueEnd: w.value.length,
        span: { start: i, end },
      });
      return end;
    }
    if (next !== undefined && i + 1 < to && NAME_START.test(next)) {
      let end = i + 2;
      while (end < to && NAME_CHAR.test(source[end]!)) end++;
      const valueStart = w.value.length;
      w.pushRaw(source, i, end);
      w.variables.push({
        name: source.slice(i + 1, end),
        valueStart,
        valueEnd: w.value.length,
        span: { start: i, end },
      });
      return end;
    }
    w.push('$', i);
    return i + 1;
  };

  const backquote = (i: number): number => {
    let j = i + 1;
    while (j < to && source[j] !== '`') j += source[j] === '\\' ? 2 : 1;
    if (j >= to) {
      result.unterminated ??= { what: '`', at: i };
      return substitution(i, 1, to, to);
    }
    return substitution(i, 1, j + 1, j);
  };

  let i = from;
  while (i < to) {
    const c = source[i]!;
    const nl = newlineAt(source, i, to);
    if (nl > 0) {
      sep('\n', i, nl);
      i += nl;
    } else if (isBlank(c)) {
      flush(i);
      i++;
    } else if ((c === '\\' || c === '^' || c === '`') && !w.started && blanksThenNewline(source, i + 1, to) > 0) {
      // ` \ ` + newline: a continuation with a space after it (read as one; addLexicalNotes says it is broken).
      const after = blanksThenNewline(source, i + 1, to);
      result.continuations.push({
        span: { start: i, end: i + 1 + after },
        style: c === '\\' ? 'backslash' : c === '^' ? 'caret' : 'backtick',
        blankAfter: true,
      });
      i += 1 + after;
    } else if (c === '\\') {
      const after = newlineAt(source, i + 1, to);
      if (after > 0 || i + 1 >= to) {
        // `\` + newline joins lines; a `\` at the very end is a continuation that lost its next line.
        result.continuations.push({ span: { start: i, end: i + 1 + after }, style: 'backslash' });
        i += 1 + after;
      } else {
        w.quoted = true;
        w.push(source[i + 1]!, i + 1);
        i += 2;
      }
    } else if ((c === '^' || c === '`') && newlineAt(source, i + 1, to) > 0) {
      const after = newlineAt(source, i + 1, to);
      result.continuations.push({ span: { start: i, end: i + 1 + after }, style: c === '^' ? 'caret' : 'backtick' });
      i += 1 + after;
    } else if (c === '#' && !w.started) {
      while (i < to && source[i] !== '\n') i++;
    } else if (c === "'" || SINGLE_SMART_QUOTES.has(c)) {
      i = singleQuoted(i, c !== "'");
    } else if (c === '"' || DOUBLE_SMART_QUOTES.has(c)) {
      i = doubleQuoted(i, c !== '"');
    } else if (c === '$' && source[i + 1] === "'" && i + 1 < to) {
      i = ansiC(i);
    } else if (c === '$') {
      i = dollar(i);
    } else if (c === '`') {
      i = backquote(i);
    } else if (c === ';') {
      sep(';', i, 1);
      i++;
    } else if (c === '|') {
      const double = source[i + 1] === '|' && i + 1 < to;
      sep(double ? '||' : '|', i, double ? 2 : 1);
      i += double ? 2 : 1;
    } else if (c === '&') {
      const double = source[i + 1] === '&' && i + 1 < to;
      sep(double ? '&&' : '&', i, double ? 2 : 1);
      i += double ? 2 : 1;
    } else {
      w.push(c, i);
      i++;
    }
  }
  flush(to);
  return result;

  function singleQuoted(open: number, smart: boolean): number {
    w.begin(open);
    w.quoted = true;
    if (smart) result.smartQuotes.push({ start: open, end: open + 1 });
    let j = open + 1;
    while (j < to) {
      const c = source[j]!;
      if (c === "'" || (smart && SINGLE_SMART_QUOTES.has(c))) {
        if (SINGLE_SMART_QUOTES.has(c)) result.smartQuotes.push({ start: j, end: j + 1 });
        return j + 1;
      }
      w.push(c, j);
      j++;
    }
    result.unterminated ??= { what: smart ? source[open]! : "'", at: open };
    return to;
  }

  function doubleQuoted(open: number, smart: boolean): number {
    w.begin(open);
    w.quoted = true;
    if (smart) result.smartQuotes.push({ start: open, end: open + 1 });
    let j = open + 1;
    while (j < to) {
      const c = source[j]!;
      if (c === '"' || (smart && DOUBLE_SMART_QUOTES.has(c))) {
        if (DOUBLE_SMART_QUOTES.has(c)) result.smartQuotes.push({ start: j, end: j + 1 });
        return j + 1;
      }
      if (c === '\\' && j + 1 < to) {
        const next = source[j + 1]!;
        const after = newlineAt(source, j + 1, to);
        if (after > 0) {
          result.continuations.push({ span: { start: j, end: j + 1 + after }, style: 'backslash' });
          j += 1 + after;
        } else if (next === '$' || next === '`' || next === '"' || next === '\\') {
          w.push(next, j + 1);
          j += 2;
        } else {
          w.push('\\', j);
          j++;
        }
      } else if (c === '$') {
        j = dollar(j);
      } else if (c === '`') {
        j = backquote(j);
      } else {
        w.push(c, j);
        j++;
      }
    }
    result.unterminated ??= { what: smart ? source[open]! : '"', at: open };
    return to;
  }

  function ansiC(dollarAt: number): number {
    w.begin(dollarAt);
    w.quoted = true;
    let j = dollarAt + 2;
    while (j < to) {
      const c = source[j]!;
      if (c === "'") return j + 1;
      if (c === '\\' && j + 1 < to) {
        const next = source[j + 1]!;
        if (next in ANSI_C) {
          w.push(ANSI_C[next]!, j);
          j += 2;
        } else if (next === 'x' || next === 'u' || next === 'U') {
          const max = next === 'x' ? 2 : next === 'u' ? 4 : 8;
          let k = j + 2;
          while (k < to && k < j + 2 + max && /[0-9a-fA-F]/.test(source[k]!)) k++;
          const code = parseInt(source.slice(j + 2, k), 16);
          w.push(Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : source.slice(j, k), j);
          j = Math.max(k, j + 2);
        } else if (/[0-7]/.test(next)) {
          let k = j + 1;
          while (k < to && k < j + 4 && /[0-7]/.test(source[k]!)) k++;
          w.push(String.fromCharCode(parseInt(source.slice(j + 1, k), 8)), j);
          j = k;
        } else {
          w.push(`\\${next}`, j);
          j += 2;
        }
      } else {
        w.push(c, j);
        j++;
      }
    }
    result.unterminated ??= { what: "$'", at: dollarAt };
    return to;
  }
}
