/**
 * Reads a curl command from sh words: every option the Atlassian pages and runbooks use
 * (`-u`/`--user`, `-H`/`--header`, `-X`/`--request`, `-d`/`--data*`, `--json`, `-F`, `-G`, `--url`,
 * combined short flags such as `-sSL` or `-XPOST`), and the mistakes people make with them:
 * a long option with one dash (`-header`, as an Atlassian backup-management page has it), lines
 * that lost their `\` (as in https://jira.atlassian.com/browse/CLOUD-12617).
 */
import {
  BODY_OPTIONS,
  CURL_LONG_FLAGS,
  CURL_LONG_WITH_ARG,
  CURL_SHORT_FLAGS,
  CURL_SHORT_WITH_ARG,
  isKnownLongOption,
} from './curl-options';
import { readHeaderLine } from './header-line';
import { emptyRequest, type ParsedRequest } from './request';
import { resolveShWord, type ResolvedText, type ShellEnv } from './resolve';
import { isWord, type Token, type Word } from './words';

export function isCurlWord(word: Word): boolean {
  return /^(?:.*[/\\])?curl(?:\.exe)?$/i.test(word.value);
}

/** Options whose argument is kept in the corrected command as written (they do not shape the request). */
const KEPT_WITH_ARG = new Set([
  'dump-header',
  'output',
  'write-out',
  'max-time',
  'connect-timeout',
  'retry',
  'user-agent',
  'proxy',
  'cacert',
  'cert',
  'key',
  'max-redirs',
]);
const KEPT_FLAGS = new Set([
  'location',
  'verbose',
  'silent',
  'show-error',
  'include',
  'insecure',
  'fail',
  'fail-with-body',
  'compressed',
  'globoff',
  'no-progress-meter',
  'http1.1',
  'http2',
]);

function looksLikeOptionOrUrl(word: Word | undefined): boolean {
  return !!word && (/^-{1,2}[A-Za-z#:]/.test(word.value) || /^https?:\/\//i.test(word.value));
}

function segmentAt(tokens: Token[], from: number): Word[] {
  const out: Word[] = [];
  for (let j = from; j < tokens.length && isWord(tokens[j]); j++) out.push(tokens[j] as Word);
  return out;
}

/** Does a curl option come later, before a pipe, `&&`, a blank line or another curl? */
function moreCurlAhead(tokens: Token[], from: number): boolean {
  for (let j = from + 1; j < tokens.length; j++) {
    const token = tokens[j]!;
    if (!isWord(token)) {
      if (token.op === '|' || token.op === '&&' || token.op === '||') return false;
      const prev = tokens[j - 1];
      if (token.op === '\n' && prev?.kind === 'sep' && prev.op === '\n') return false;
      continue;
    }
    if (isCurlWord(token)) return false;
    if (/^--[a-z]/.test(token.value) && isKnownLongOption(token.value.slice(2))) return true;
    if (/^-[HXudF]$/.test(token.value)) return true;
  }
  return false;
}

/** The words of the curl command that starts at `start`, read leniently across broken lines. */
function commandWords(tokens: Token[], start: number, request: ParsedRequest): Word[] {
  const words: Word[] = [];
  let i = start + 1;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (isWord(token)) {
      words.push(token);
      i++;
      continue;
    }
    if (token.op === '|' || token.op === '&&' || token.op === '||') break;
    // A newline or `;` ends the command for the shell. When more of the curl command plainly
    // follows (a line starting with an option, as in https://jira.atlassian.com/browse/CLOUD-12617 where the `\` were lost, or text
    // pasted into the middle of it), read on and say what the shell would do instead.
    const next = segmentAt(tokens, i + 1);
    if (next.length === 0 || isCurlWord(next[0]!) || !moreCurlAhead(tokens, i)) break;
    if (token.op === '\n' && looksLikeOptionOrUrl(next[0])) {
      const missing = request.issues.find((issue) => issue.code === 'LINE_CONTINUATION_MISSING');
      if (missing) missing.spans.push(next[0]!.span);
      else request.issues.push({ code: 'LINE_CONTINUATION_MISSING', spans: [next[0]!.span], detail: next[0]!.value });
    } else if (token.op !== '\n') {
      request.notes.push({
        text: `The shell ends the command at this "${token.op}" and runs what follows as another command; it was read here as part of the curl command.`,
        span: token.span,
      });
    }
    i++;
  }
  return words;
}

export function readCurl(source: string, tokens: Token[], start: number, env: ShellEnv): ParsedRequest {
  const request = emptyRequest('curl');
  const words = commandWords(tokens, start, request);
  const positional: Word[] = [];
  const bodies: ResolvedText[] = [];
  let bodyKind = 'data' as 'data' | 'json' | 'form';
  let implied: 'HEAD' | 'PUT' | undefined;
  let toQuery = false;
  const resolve = (word: Word) => resolveShWord(word, source, env);

  const apply = (name: string, arg: Word | undefined, optionWord: Word) => {
    if (!arg) {
      request.notes.push({
        text: `${optionWord.value} is missing its value at the end of the command.`,
        span: optionWord.span,
      });
      return;
    }
    const value = resolve(arg);
    switch (name) {
      case 'header': {
        if (value.value.startsWith('@')) {
          request.notes.push({
            text: `${optionWord.value} ${arg.value} reads headers from a file that is not in the paste.`,
            span: arg.span,
          });
          return;
        }
        const line = readHeaderLine(value);
        if (line) request.headers.push({ ...line, recipe: value.recipes[0], unresolved: value.unresolved });
        return;
      }
      case 'request':
        request.method = value.value.toUpperCase();
        request.methodExplicit = true;
        request.methodSpan = arg.span;
        return;
      case 'user':
        request.user = { value: value.value, span: arg.span, unresolved: value.unresolved };
        return;
      case 'url':
        positional.unshift(arg);
        return;
      case 'oauth2-bearer':
        request.headers.push({
          name: 'Authorization',
          value: `Bearer ${value.value}`,
          hasColon: true,
          span: arg.span,
          nameSpan: optionWord.span,
          valueSpan: arg.span,
          unresolved: value.unresolved,
        });
        return;
      case 'upload-file':
        implied = 'PUT';
        request.notes.push({ text: `${optionWord.value} uploads a file that is not in the paste.`, span: arg.span });
        return;
      case 'config':
        request.notes.push({
          text: `${optionWord.value} reads more options from a file that is not in the paste.`,
          span: arg.span,
        });
        return;
      default:
        if (BODY_OPTIONS.has(name)) {
          bodies.push(value);
          (request.dataArgs ??= []).push({ option: name, value: value.value, span: arg.span });
          if (name === 'json') bodyKind = 'json';
          else if (name === 'form' || name === 'form-string') bodyKind = 'form';
          return;
        }
        if (name === 'user-agent')
          request.userAgent = { value: value.value, span: arg.span, unresolved: value.unresolved };
        if (KEPT_WITH_ARG.has(name)) request.keep.push(`--${name}`, arg.value);
    }
  };

  const flag = (name: string, word: Word) => {
    if (name === 'get') toQuery = true;
    else if (name === 'head') implied = 'HEAD';
    else if (KEPT_FLAGS.has(name)) request.keep.push(`--${name}`);
    else if (!CURL_LONG_FLAGS.has(name))
      request.notes.push({
        text: `${word.value} is not a curl option Token Doctor knows; it was skipped.`,
        span: word.span,
      });
  };

  let k = 0;
  let optionsEnded = false;
  while (k < words.length) {
    let word = words[k]!;
    if (/^[\u2013\u2014\u2212]-?[A-Za-z]/.test(word.value) && !optionsEnded) {
      // `–header` copied from a web page that turned "--" into a dash: read it as meant, and say so.
      request.issues.push({
        code: 'TYPOGRAPHIC_DASH',
        spans: [{ start: word.offsets[0]!, end: word.offsets[0]! + 1 }],
        detail: word.value,
      });
      const rest = word.value.replace(/^[\u2013\u2014\u2212]-?/, '');
      word = {
        ...word,
        value: `--${rest}`,
        offsets: [word.offsets[0]!, ...word.offsets.slice(word.value.length - rest.length - 1)],
      };
    }
    const v = word.value;
    if (optionsEnded || !v.startsWith('-') || v === '-') {
      positional.push(word);
      k++;
    } else if (v === '--') {
      optionsEnded = true;
      k++;
    } else if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      const name = eq > 2 && !isKnownLongOption(v.slice(2)) ? v.slice(2, eq) : v.slice(2);
      if (CURL_LONG_WITH_ARG.has(name)) {
        if (eq > 2 && name !== v.slice(2)) {
          const inline: Word = {
            ...word,
            value: v.slice(eq + 1),
            offsets: word.offsets.slice(eq + 1),
            substitutions: [],
            variables: [],
          };
          apply(name, inline, word);
          k++;
        } else {
          apply(name, words[k + 1], word);
          k += 2;
        }
      } else {
        flag(name, word);
        k++;
      }
    } else if (v.length > 2 && isKnownLongOption(v.slice(1))) {
      // `-header "Authorization: …"`, as an Atlassian page has it. curl reads `-header` as the short options
      // -h -e -a -d -e -r (and `-data` as `-d ata`): never what was meant.
      request.issues.push({ code: 'CURL_SINGLE_DASH_LONG_OPTION', spans: [word.span], detail: v });
      const name = v.slice(1);
      if (CURL_LONG_WITH_ARG.has(name)) {
        apply(name, words[k + 1], word);
        k += 2;
      } else {
        flag(name, word);
        k++;
      }
    } else {
      // A cluster of short options: `-sSL`, `-XPOST`, `-uuser:token`, `-D-`.
      let consumed = 1;
      for (let c = 1; c < v.length; c++) {
        const letter = v[c]!;
        const withArg = CURL_SHORT_WITH_ARG[letter];
        if (withArg) {
          if (c + 1 < v.length) {
            const inline: Word = {
              ...word,
              value: v.slice(c + 1),
              offsets: word.offsets.slice(c + 1),
              substitutions: [],
              variables: [],
            };
            // Keep substitutions of `-H"…$(…)"` written without a space.
            inline.substitutions = word.substitutions
              .filter((s) => s.valueStart > c)
              .map((s) => ({ ...s, valueStart: s.valueStart - c - 1, valueEnd: s.valueEnd - c - 1 }));
            inline.variables = word.variables
              .filter((s) => s.valueStart > c)
              .map((s) => ({ ...s, valueStart: s.valueStart - c - 1, valueEnd: s.valueEnd - c - 1 }));
            apply(withArg, inline, word);
          } else {
            apply(withArg, words[k + 1], word);
            consumed = 2;
          }
          break;
        }
        const flagName = CURL_SHORT_FLAGS[letter];
        if (flagName) flag(flagName, word);
        else
          request.notes.push({
            text: `-${letter} (in ${v}) is not a curl option Token Doctor knows; it was skipped.`,
            span: word.span,
          });
      }
      k += consumed;
    }
  }

  const [url, ...extra] = positional;
  if (url) {
    const resolved = resolve(url);
    request.url = { value: resolved.value, span: url.span, unresolved: resolved.unresolved };
  }
  if (extra.length > 0) {
    const shown = extra
      .slice(0, 6)
      .map((w) => w.value)
      .join(' ');
    request.notes.push({
      text: `curl would also treat ${extra.length === 1 ? 'this word' : `these ${extra.length} words`} as ${extra.length === 1 ? 'another URL' : 'more URLs'} to fetch: ${shown}${extra.length > 6 ? ' …' : ''}`,
      span: { start: extra[0]!.span.start, end: extra[extra.length - 1]!.span.end },
    });
  }
  if (bodies.length > 0) {
    request.body = {
      value: bodies.map((b) => b.value).join(bodyKind === 'form' ? '\n' : '&'),
      span: { start: bodies[0]!.span.start, end: bodies[bodies.length - 1]!.span.end },
      unresolved: bodies.flatMap((b) => b.unresolved),
      kind: bodyKind,
    };
    if (toQuery) request.body.moveToQuery = true;
    // `-d @file` and `--data-binary @file` read a file (`--data-raw @x` sends the text "@x").
    if (request.dataArgs?.some((d) => d.option !== 'data-raw' && d.value.startsWith('@'))) request.body.fromFile = true;
  }
  if (!request.methodExplicit) {
    request.method = toQuery ? 'GET' : bodies.length > 0 ? 'POST' : (implied ?? 'GET');
  }
  return request;
}
