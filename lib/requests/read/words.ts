/**
 * What the tokenizers give back: words with the source position of every character they hold,
 * so that a finding can point at the exact characters of the pasted text (the header name inside
 * a quoted `-H` argument, the `echo` inside a `$(…)`), and the separators between commands.
 */
export interface Span {
  start: number;
  end: number;
}

/** `$(…)` or backquotes: kept as one piece of the word; recipes.ts says what it would print. */
export interface Substitution {
  /** Where its raw text sits in `Word.value`. */
  valueStart: number;
  valueEnd: number;
  /** The command inside, and where that command starts in the source. */
  body: string;
  bodyStart: number;
  span: Span;
}

/** `$NAME`, `${NAME}` (sh) or `$Name` (PowerShell): a value the paste may or may not define. */
interface VariableRef {
  name: string;
  valueStart: number;
  valueEnd: number;
  span: Span;
}

export interface Word {
  kind: 'word';
  /** After quote removal; substitutions and variables are kept as their raw text. */
  value: string;
  /** Source index of each character of `value` (same length). */
  offsets: number[];
  span: Span;
  /** Some part of it was quoted (so `-X` in quotes is still an option to curl, but `'#'` is no comment). */
  quoted: boolean;
  substitutions: Substitution[];
  variables: VariableRef[];
  /** PowerShell `@{ … }`: the span of what is between the braces. */
  hashtable?: Span;
}

export type SeparatorOp = '\n' | ';' | '|' | '&&' | '||' | '&';

interface Separator {
  kind: 'sep';
  op: SeparatorOp;
  span: Span;
}

export type Token = Word | Separator;

export interface Tokenized {
  tokens: Token[];
  /** Typographic quotes used as quotes (‘ ’ “ ” „): read as ' and ", and reported. */
  smartQuotes: Span[];
  /** Line continuations seen: `\`, `^` (Windows cmd) or a backquote (PowerShell) before a newline. */
  continuations: {
    span: Span;
    style: 'backslash' | 'caret' | 'backtick';
    /** Blanks stand between it and the newline: the shell does not join the lines (read leniently as if it did). */
    blankAfter?: boolean;
  }[];
  /** A quote or substitution still open at the end of the text. */
  unterminated?: { what: string; at: number };
}

export const SINGLE_SMART_QUOTES = new Set(['\u2018', '\u2019', '\u201a', '\u201b']);
export const DOUBLE_SMART_QUOTES = new Set(['\u201c', '\u201d', '\u201e', '\u201f']);

/** Spaces a web page may put in a copied command: NBSP and friends separate words like a space. */
export function isBlank(c: string): boolean {
  return (
    c === ' ' ||
    c === '\t' ||
    c === '\r' ||
    c === '\u00a0' ||
    c === '\u2007' ||
    c === '\u202f' ||
    c === '\u3000' ||
    c === '\ufeff'
  );
}

/** Builds a word character by character, keeping each character's source index. */
export class WordBuilder {
  value = '';
  offsets: number[] = [];
  start = -1;
  end = -1;
  quoted = false;
  substitutions: Substitution[] = [];
  variables: VariableRef[] = [];
  hashtable?: Span;

  get started(): boolean {
    return this.start >= 0;
  }

  begin(at: number): void {
    if (this.start < 0) this.start = at;
  }

  push(text: string, at: number): void {
    this.begin(at);
    for (let i = 0; i < text.length; i++) {
      this.value += text.charAt(i);
      this.offsets.push(at);
    }
  }

  /** Raw source text copied as is (a substitution), each character at its own position. */
  pushRaw(source: string, from: number, to: number): void {
    this.begin(from);
    for (let i = from; i < to; i++) {
      this.value += source.charAt(i);
      this.offsets.push(i);
    }
  }

  finish(end: number): Word | undefined {
    if (!this.started) return undefined;
    const word: Word = {
      kind: 'word',
      value: this.value,
      offsets: this.offsets,
      span: { start: this.start, end },
      quoted: this.quoted,
      substitutions: this.substitutions,
      variables: this.variables,
    };
    if (this.hashtable) word.hashtable = this.hashtable;
    return word;
  }
}

/** The source span of `value.slice(from, to)` of a word. */
export function spanOf(word: Pick<Word, 'offsets' | 'span'>, from: number, to: number): Span {
  if (from >= to || word.offsets.length === 0) return { start: word.span.start, end: word.span.end };
  const a = word.offsets[Math.min(from, word.offsets.length - 1)]!;
  const b = word.offsets[Math.min(to, word.offsets.length) - 1]!;
  return { start: Math.min(a, b), end: Math.max(a, b) + 1 };
}

export function isWord(token: Token | undefined): token is Word {
  return token?.kind === 'word';
}

/**
 * Index just past the bracket that closes one opened before `from` (`$(` in sh, `@{` in
 * PowerShell); -1 when it never closes. Quoted text (typographic quotes too) does not count, and
 * `escape` skips the next character outside single quotes (`\\` in sh, a backquote in PowerShell).
 */
export function closeBracket(
  source: string,
  from: number,
  to: number,
  { open, close, escape }: { open: string; close: string; escape: string },
): number {
  const isSingle = (c: string) => c === "'" || SINGLE_SMART_QUOTES.has(c);
  const isDouble = (c: string) => c === '"' || DOUBLE_SMART_QUOTES.has(c);
  let depth = 1;
  let i = from;
  while (i < to) {
    const c = source[i]!;
    if (c === escape) i += 2;
    else if (isSingle(c)) {
      i++;
      while (i < to && !isSingle(source[i]!)) i++;
      i++;
    } else if (isDouble(c)) {
      i++;
      while (i < to && !isDouble(source[i]!)) i += source[i] === escape ? 2 : 1;
      i++;
    } else if (c === open) {
      depth++;
      i++;
    } else if (c === close) {
      depth--;
      i++;
      if (depth === 0) return i;
    } else i++;
  }
  return -1;
}

/** Length of the line break at `i` (1 for \n, 2 for \r\n), or 0. */
export function newlineAt(source: string, i: number, to: number): number {
  if (source[i] === '\n') return 1;
  if (source[i] === '\r' && i + 1 < to && source[i + 1] === '\n') return 2;
  return 0;
}

/**
 * A continuation character followed by blanks, then the newline (`\ ` + newline): the length of
 * the blanks and the newline, or 0. Pasted from a page, the space is invisible; the shell then
 * escapes the space instead of joining the lines.
 */
export function blanksThenNewline(source: string, i: number, to: number): number {
  let j = i;
  while (j < to && (source[j] === ' ' || source[j] === '\t')) j++;
  if (j === i) return 0;
  const nl = newlineAt(source, j, to);
  return nl > 0 ? j - i + nl : 0;
}

/** Where `part` sits in the pasted text, inside `within` (quotes and escapes aside); `within` when not found. */
export function spanIn(source: string, within: Span, part: string): Span {
  const at = part === '' ? -1 : source.slice(within.start, within.end).indexOf(part);
  return at < 0 ? within : { start: within.start + at, end: within.start + at + part.length };
}
