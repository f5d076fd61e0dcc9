/**
 * Reads a PowerShell snippet: assignments (`$Text = '…'`, `$Headers = @{…}`) evaluated in order,
 * then `Invoke-RestMethod` / `Invoke-WebRequest` (or `irm` / `iwr`) with -Uri, -Method, -Headers,
 * -Body, -ContentType, -Form, -InFile. Parameter names may be abbreviated, as PowerShell allows.
 */
import { ExpansionBudget } from './expansion-budget';
import { addLexicalNotes } from './shell';
import { evaluate, type PsContext, type PsValue } from './powershell-eval';
import { tokenizePowerShell } from './powershell-words';
import { emptyRequest, type ParsedRequest } from './request';
import { isWord, type Span, type Tokenized, type Word } from './words';

const COMMAND = /^(Invoke-RestMethod|Invoke-WebRequest|irm|iwr)$/i;
const PARAMETERS = [
  'uri',
  'method',
  'headers',
  'body',
  'contenttype',
  'credential',
  'authentication',
  'form',
  'infile',
  'outfile',
  'usebasicparsing',
  'skipcertificatecheck',
  'useragent',
  'websession',
  'sessionvariable',
  'maximumredirection',
  'timeoutsec',
  'erroraction',
  'token',
  'allowunencryptedauthentication',
];
const SWITCHES = new Set(['usebasicparsing', 'skipcertificatecheck', 'allowunencryptedauthentication']);

function parameterName(word: Word): string | undefined {
  if (!/^-[A-Za-z]+:?$/.test(word.value)) return undefined;
  const typed = word.value.slice(1).replace(/:$/, '').toLowerCase();
  const matches = PARAMETERS.filter((p) => p.startsWith(typed));
  return matches.includes(typed) ? typed : matches.length === 1 ? matches[0] : typed;
}

function statements(tokenized: Tokenized): Word[][] {
  const out: Word[][] = [[]];
  for (const token of tokenized.tokens) {
    if (isWord(token)) out[out.length - 1]!.push(token);
    else if (token.op !== '|') out.push([]);
  }
  return out.filter((s) => s.length > 0);
}

function textOf(value: PsValue): { text: string; unresolved: string[] } {
  if (value.kind === 'hashtable') return { text: '@{…}', unresolved: ['a hashtable'] };
  return { text: value.text, unresolved: value.unresolved };
}

export function parsePowerShell(source: string): { request: ParsedRequest; found: boolean } {
  const tokenized = tokenizePowerShell(source);
  const smart = new Map<number, Span>();
  const ctx: PsContext = {
    source,
    env: new Map(),
    seen: (t) => {
      for (const span of t.smartQuotes) smart.set(span.start, span);
    },
    budget: new ExpansionBudget(),
    depth: 0,
  };
  ctx.seen(tokenized);
  let request: ParsedRequest | undefined;

  for (const words of statements(tokenized)) {
    const first = words[0]!;
    // `$Text = '…'`, `$Text='…'`, `$Text ='…'`: the expression starts right after the `=`.
    const assignment = /^\$([A-Za-z_][\w:]*)(=)?/.exec(first.value);
    const eqInFirst = assignment?.[2] === '=';
    if (assignment && (eqInFirst || (assignment[0].length === first.value.length && words[1]?.value.startsWith('=')))) {
      const eqWord = eqInFirst ? first : words[1]!;
      const eqOffset = eqInFirst ? assignment[0].length - 1 : 0;
      const exprStart = eqWord.offsets[eqOffset]! + 1;
      const end = words[words.length - 1]!.span.end;
      ctx.env.set(assignment[1]!.toLowerCase(), evaluate({ start: exprStart, end }, ctx));
      continue;
    }
    const commandAt = words.findIndex((w) => COMMAND.test(w.value));
    if (commandAt >= 0 && !request) request = readCommand(words.slice(commandAt + 1), ctx);
  }

  const result = request ?? emptyRequest('powershell');
  result.flavour = 'powershell';
  for (const value of ctx.env.values()) {
    if (value.kind === 'string' && value.recipe && !result.recipes.includes(value.recipe))
      result.recipes.push(value.recipe);
  }
  addLexicalNotes(result, { ...tokenized, smartQuotes: [...smart.values()].sort((a, b) => a.start - b.start) });
  const stopped = ctx.budget.note();
  if (stopped) result.notes.push(stopped);
  return { request: result, found: request !== undefined };
}

function readCommand(args: Word[], ctx: PsContext): ParsedRequest {
  const request = emptyRequest('powershell');
  let k = 0;
  const positional: Word[] = [];
  while (k < args.length) {
    const word = args[k]!;
    const name = parameterName(word);
    if (!name) {
      positional.push(word);
      k++;
      continue;
    }
    if (SWITCHES.has(name)) {
      if (name === 'skipcertificatecheck' || name === 'usebasicparsing')
        request.keep.push(`-${name === 'usebasicparsing' ? 'UseBasicParsing' : 'SkipCertificateCheck'}`);
      k++;
      continue;
    }
    const argWord = args[k + 1];
    k += 2;
    if (!argWord) {
      request.notes.push({ text: `${word.value} is missing its value.`, span: word.span });
      break;
    }
    const value = evaluate(argWord.span, ctx);
    switch (name) {
      case 'uri': {
        const { text, unresolved } = textOf(value);
        request.url = { value: text, span: argWord.span, unresolved };
        break;
      }
      case 'method':
        request.method = textOf(value).text.toUpperCase();
        request.methodExplicit = true;
        request.methodSpan = argWord.span;
        break;
      case 'headers':
        readHeaders(value, request, argWord);
        break;
      case 'body':
      case 'form': {
        const isTable = value.kind === 'hashtable';
        const { text, unresolved } = isTable
          ? { text: ctx.source.slice(value.span.start, value.span.end), unresolved: [] }
          : textOf(value);
        request.body = {
          value: text,
          span: argWord.span,
          unresolved,
          kind: name === 'form' ? 'form' : isTable ? 'hashtable' : 'raw',
        };
        break;
      }
      case 'contenttype': {
        const { text, unresolved } = textOf(value);
        request.headers.push({
          name: 'Content-Type',
          value: text,
          hasColon: true,
          span: argWord.span,
          nameSpan: word.span,
          valueSpan: argWord.span,
          unresolved,
        });
        break;
      }
      case 'infile':
        request.notes.push({ text: `-InFile sends a file that is not in the paste.`, span: argWord.span });
        break;
      case 'useragent': {
        const { text, unresolved } = textOf(value);
        request.userAgent = { value: text, span: argWord.span, unresolved };
        break;
      }
      case 'credential':
        request.psCredential = argWord.span;
        request.notes.push({
          text: '-Credential holds a PSCredential whose token is not in the paste; Token Doctor cannot check it.',
          span: argWord.span,
        });
        break;
      default:
        break;
    }
  }
  const url = positional[0];
  if (!request.url && url) {
    const { text, unresolved } = textOf(evaluate(url.span, ctx));
    request.url = { value: text, span: url.span, unresolved };
  }
  if (!request.methodExplicit) request.method = 'GET';
  return request;
}

function readHeaders(value: PsValue, request: ParsedRequest, word: Word): void {
  if (value.kind === 'string' && value.unresolved.length === 0) {
    // `-Headers "Authorization: Basic …"`: PowerShell refuses it; read it as the header it was meant to be.
    request.psHeadersString = { value: value.text, span: word.span, unresolved: [] };
    const line = /^\s*([A-Za-z][\w-]*)\s*[:=]\s*([\s\S]*?)\s*$/.exec(value.text);
    if (line)
      request.headers.push({
        name: line[1]!,
        value: line[2]!,
        hasColon: true,
        span: word.span,
        nameSpan: word.span,
        valueSpan: word.span,
        unresolved: [],
        ...(value.recipe ? { recipe: value.recipe } : {}),
      });
    return;
  }
  if (value.kind !== 'hashtable') {
    request.notes.push({
      text: `-Headers ${word.value} could not be read: it is not a @{…} hashtable defined in the paste.`,
      span: word.span,
    });
    return;
  }
  for (const entry of value.entries) {
    const key = entry.key.replace(/^['"\u2018\u2019\u201c\u201d]|['"\u2018\u2019\u201c\u201d]$/g, '');
    const text = entry.value.kind === 'hashtable' ? '@{…}' : entry.value.text;
    const unresolved = entry.value.kind === 'hashtable' ? ['a hashtable'] : entry.value.unresolved;
    const recipe = entry.value.kind === 'string' ? entry.value.recipe : undefined;
    request.headers.push({
      name: key,
      value: text,
      hasColon: true,
      span: entry.span,
      nameSpan: entry.keySpan,
      valueSpan: entry.value.span,
      unresolved,
      ...(recipe ? { recipe } : {}),
    });
  }
}
