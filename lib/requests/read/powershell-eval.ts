/**
 * Evaluates the few PowerShell expressions that build a request, without running anything:
 * string literals with `$var` / `$($expr)` interpolation, `+`, `-f`, `@{…}` hashtables and the
 * Atlassian recipe `[Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($Text))`
 * (as Atlassian's own pages write it). Anything else is "unknown", with its text, never a guess.
 */
import { encodeBase64Utf8 } from './base64';
import { ExpansionBudget } from './expansion-budget';
import { tokenizePowerShell } from './powershell-words';
import type { Recipe } from './recipes';
import { isWord, type Span, type Tokenized, type Word } from './words';

export type PsValue =
  | { kind: 'string'; text: string; span: Span; recipe?: Recipe; unresolved: string[] }
  | { kind: 'bytes'; text: string; encoding: string; span: Span; unresolved: string[] }
  | { kind: 'hashtable'; entries: PsEntry[]; span: Span }
  | { kind: 'unknown'; text: string; span: Span; unresolved: string[] };

interface PsEntry {
  key: string;
  keySpan: Span;
  value: PsValue;
  span: Span;
}

export interface PsContext {
  source: string;
  env: Map<string, PsValue>;
  /** Every tokenization adds what it saw here (typographic quotes inside groups too). */
  seen: (tokenized: Tokenized) => void;
  /** How much putting variables' values into strings may still produce. */
  budget: ExpansionBudget;
  /** How deep the expression being evaluated sits in groups, subexpressions and hashtables. */
  depth: number;
}

/**
 * Deeper than this, a value is left unknown. Each level reads its text again, so a paste of
 * 20 000 nested `@{` took seconds; a real request nests a hashtable two or three levels deep.
 */
const MAX_NESTING = 16;

const TO_BASE64 = /^\[(?:System\.)?Convert\]::ToBase64String\s*\(/i;
const GET_BYTES = /^\[(?:System\.)?Text\.Encoding\]::(\w+)\.GetBytes\s*\(/i;

function unknown(ctx: PsContext, span: Span, unresolved: string[] = []): PsValue {
  return { kind: 'unknown', text: ctx.source.slice(span.start, span.end), span, unresolved };
}

function asText(value: PsValue | undefined): string | undefined {
  return value && (value.kind === 'string' || value.kind === 'bytes') && value.unresolved.length === 0
    ? value.text
    : undefined;
}

/** A double-quoted string's value with its variables and subexpressions put in. */
function interpolate(word: Word, ctx: PsContext): PsValue {
  const pieces = [
    ...word.variables.map((v) => ({
      at: v.valueStart,
      end: v.valueEnd,
      name: v.name,
      span: v.span,
      body: undefined as Span | undefined,
    })),
    ...word.substitutions.map((s) => ({
      at: s.valueStart,
      end: s.valueEnd,
      name: '',
      span: s.span,
      body: { start: s.bodyStart, end: s.bodyStart + s.body.length },
    })),
  ].sort((a, b) => a.at - b.at);
  let text = '';
  let at = 0;
  const unresolved: string[] = [];
  let recipe: Recipe | undefined;
  for (const piece of pieces) {
    if (piece.at < at) continue;
    text += word.value.slice(at, piece.at);
    at = piece.end;
    const value = piece.body ? evaluate(piece.body, ctx) : ctx.env.get(piece.name.toLowerCase());
    const known = asText(value);
    const label = piece.body ? '$(…)' : `$${piece.name}`;
    if (known !== undefined && !ctx.budget.spend(known.length, label, piece.span)) {
      text += word.value.slice(piece.at, piece.end);
      unresolved.push(ExpansionBudget.unexpanded(label));
    } else if (known !== undefined) {
      text += known;
      if (value?.kind === 'string' && value.recipe) recipe = value.recipe;
    } else {
      text += word.value.slice(piece.at, piece.end);
      unresolved.push(piece.body ? '$(…)' : `$${piece.name}`);
    }
  }
  text += word.value.slice(at);
  return { kind: 'string', text, span: word.span, unresolved, ...(recipe ? { recipe } : {}) };
}

function call(word: Word, ctx: PsContext): PsValue | undefined {
  const raw = ctx.source.slice(word.span.start, word.span.end);
  const toBase64 = TO_BASE64.exec(raw);
  const getBytes = GET_BYTES.exec(raw);
  const match = toBase64 ?? getBytes;
  if (!match || !raw.trimEnd().endsWith(')')) return undefined;
  const inner = { start: word.span.start + match[0].length, end: word.span.start + raw.trimEnd().length - 1 };
  const argument = evaluate(inner, ctx);
  const text = asText(argument);
  if (getBytes) {
    const encoding = getBytes[1]!;
    return {
      kind: 'bytes',
      text: text ?? '',
      encoding,
      span: argument && text !== undefined ? argument.span : word.span,
      unresolved: text === undefined ? ['the text'] : [],
    };
  }
  if (text === undefined || argument?.kind !== 'bytes') return unknown(ctx, word.span, ['the bytes']);
  const producer = argument.kind === 'bytes' ? findProducer(inner, ctx) : inner;
  const recipe: Recipe = {
    kind: 'powershell',
    input: text,
    output: encodeBase64Utf8(text),
    trailingNewline: /\r?\n$/.test(text),
    wraps: false,
    producer,
    span: word.span,
    variables: [],
  };
  return { kind: 'string', text: recipe.output!, span: word.span, recipe, unresolved: [] };
}

/** Where the encoded text was written: the `$Text = '…'` literal a variable points back to. */
function findProducer(span: Span, ctx: PsContext): Span {
  const raw = ctx.source.slice(span.start, span.end);
  const variable = /\$([A-Za-z_][\w]*)\s*\)?\s*$/.exec(raw);
  const value = variable ? ctx.env.get(variable[1]!.toLowerCase()) : undefined;
  if (value && value.kind !== 'hashtable') return value.span;
  return span;
}

function equalsOutsideQuotes(source: string, from: number, to: number): number {
  let quote: string | undefined;
  for (let i = from; i < to; i++) {
    const c = source[i]!;
    if (quote) {
      if (c === quote || (quote === "'" && /[\u2018\u2019]/.test(c)) || (quote === '"' && /[\u201c\u201d]/.test(c)))
        quote = undefined;
    } else if (c === "'" || /[\u2018\u2019]/.test(c)) quote = "'";
    else if (c === '"' || /[\u201c\u201d]/.test(c)) quote = '"';
    else if (c === '`') i++;
    else if (c === '=') return i;
  }
  return -1;
}

function hashtable(word: Word, ctx: PsContext): PsValue {
  const inner = word.hashtable!;
  const tokenized = tokenizePowerShell(ctx.source, inner.start, inner.end);
  ctx.seen(tokenized);
  const entries: PsEntry[] = [];
  let run: Word[] = [];
  const flush = () => {
    if (run.length === 0) return;
    // `Key = value`, `'Key'='value'`, `Key="Basic $x"`: split at the first `=` outside quotes.
    const from = run[0]!.span.start;
    const to = run[run.length - 1]!.span.end;
    const eq = equalsOutsideQuotes(ctx.source, from, to);
    run = [];
    if (eq < 0) return;
    const rawKey = ctx.source.slice(from, eq).trim();
    const quotedKey = /^['"\u2018\u2019\u201c\u201d].*['"\u2018\u2019\u201c\u201d]$/.test(rawKey) && rawKey.length >= 2;
    const key = quotedKey ? rawKey.slice(1, -1) : rawKey;
    const keyStart = from + (quotedKey ? 1 : 0);
    entries.push({
      key,
      keySpan: { start: keyStart, end: keyStart + key.length },
      value: evaluate({ start: eq + 1, end: to }, ctx),
      span: { start: from, end: to },
    });
  };
  for (const token of tokenized.tokens) {
    if (isWord(token)) run.push(token);
    else flush();
  }
  flush();
  return { kind: 'hashtable', entries, span: word.span };
}

function single(word: Word, ctx: PsContext): PsValue {
  if (word.hashtable) return hashtable(word, ctx);
  const raw = ctx.source.slice(word.span.start, word.span.end);
  const called = call(word, ctx);
  if (called) return called;
  if (/^\$[A-Za-z_][\w:]*$/.test(raw)) {
    const name = raw.slice(1).toLowerCase();
    return ctx.env.get(name) ?? unknown(ctx, word.span, [raw]);
  }
  if (raw.startsWith('(') && raw.endsWith(')'))
    return evaluate({ start: word.span.start + 1, end: word.span.end - 1 }, ctx);
  if (word.quoted || word.variables.length > 0 || word.substitutions.length > 0) return interpolate(word, ctx);
  if (/^[\w.:/@+-]+$/.test(word.value)) return { kind: 'string', text: word.value, span: word.span, unresolved: [] };
  return unknown(ctx, word.span);
}

export function evaluate(span: Span, ctx: PsContext): PsValue {
  if (ctx.depth >= MAX_NESTING) return unknown(ctx, span, [`a value nested more than ${MAX_NESTING} levels deep`]);
  ctx.depth++;
  try {
    return evaluateAt(span, ctx);
  } finally {
    ctx.depth--;
  }
}

function evaluateAt(span: Span, ctx: PsContext): PsValue {
  const tokenized = tokenizePowerShell(ctx.source, span.start, span.end);
  ctx.seen(tokenized);
  const words = tokenized.tokens.filter(isWord);
  if (words.length === 0) return unknown(ctx, span);
  if (words.length === 1) return single(words[0]!, ctx);
  // "{0}:{1}" -f $email, $token
  if (words[1]!.value.toLowerCase() === '-f') {
    const format = asText(single(words[0]!, ctx));
    const args = words.slice(2).map((w) => ({ ...w, value: w.value.replace(/,$/, '') }));
    const values = args.map((w) => asText(single(w, ctx)));
    if (format === undefined || values.some((v) => v === undefined)) return unknown(ctx, span, ['-f arguments']);
    const text = format.replace(/\{(\d+)\}/g, (_, n: string) => values[Number(n)] ?? '');
    if (!ctx.budget.spend(text.length, '-f', span)) return unknown(ctx, span, [ExpansionBudget.unexpanded('-f')]);
    return { kind: 'string', text, span, unresolved: [] };
  }
  // a + b + c
  if (words.length % 2 === 1 && words.every((w, i) => (i % 2 === 1) === (w.value === '+'))) {
    let text = '';
    for (let i = 0; i < words.length; i += 2) {
      const part = asText(single(words[i]!, ctx));
      if (part === undefined) return unknown(ctx, span, ['a part of the sum']);
      const label = words[i]!.value;
      if (!ctx.budget.spend(part.length, label, words[i]!.span))
        return unknown(ctx, span, [ExpansionBudget.unexpanded(label)]);
      text += part;
    }
    return { kind: 'string', text, span, unresolved: [] };
  }
  return unknown(ctx, span);
}
