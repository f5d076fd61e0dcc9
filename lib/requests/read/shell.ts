/**
 * A pasted shell snippet: assignments (`export JIRA_API_TOKEN=…`), then the curl command, or only
 * a base64 recipe (`echo -n me@x.com:token | base64`, as Atlassian's own pages show it).
 */
import { isCurlWord, readCurl } from './curl';
import { readRecipe } from './recipes';
import { emptyRequest, type ParsedRequest } from './request';
import { readAssignment, ShellEnv } from './resolve';
import { tokenizeSh } from './shell-words';
import { isWord, type Token, type Tokenized } from './words';

/** Commands as runs of tokens between `;`, `&&`, `||`, `&` and newlines (pipes stay inside). */
function commands(tokens: Token[]): { tokens: Token[]; first: number }[] {
  const out: { tokens: Token[]; first: number }[] = [];
  let current: Token[] = [];
  let first = 0;
  tokens.forEach((token, index) => {
    if (token.kind === 'sep' && token.op !== '|') {
      if (current.length > 0) out.push({ tokens: current, first });
      current = [];
      first = index + 1;
    } else current.push(token);
  });
  if (current.length > 0) out.push({ tokens: current, first });
  return out;
}

export function addLexicalNotes(request: ParsedRequest, tokenized: Tokenized): void {
  if (tokenized.smartQuotes.length > 0) {
    request.issues.push({
      code: 'SMART_QUOTES',
      spans: tokenized.smartQuotes,
      detail: `${tokenized.smartQuotes.length}`,
    });
  }
  const broken = tokenized.continuations.filter((c) => c.blankAfter);
  if (broken.length > 0) {
    const first = broken[0]!;
    const mark = first.style === 'backslash' ? '\\' : first.style === 'caret' ? '^' : '`';
    for (const continuation of broken)
      request.notes.push({
        text: `This "${mark}" has a space after it, so it does not join the next line: the shell runs the next line as a command of its own. It was read here as one command.`,
        span: { start: continuation.span.start, end: continuation.span.start + 1 },
      });
    const next = tokenized.tokens.find((t) => isWord(t) && t.span.start >= first.span.end);
    const nextText = next && isWord(next) ? next.value : '';
    request.issues.push({
      code: 'LINE_CONTINUATION_MISSING',
      spans: broken.map((c) => ({ start: c.span.start, end: c.span.start + 1 })),
      detail: nextText.slice(0, 60),
    });
  }
  if (tokenized.unterminated) {
    request.notes.push({
      text: `A ${tokenized.unterminated.what} opened here is never closed: everything after it was read as part of one word.`,
      span: { start: tokenized.unterminated.at, end: tokenized.unterminated.at + tokenized.unterminated.what.length },
    });
  }
}

export function parseShell(source: string): { request: ParsedRequest; found: 'curl' | 'recipe' | 'nothing' } {
  const tokenized = tokenizeSh(source);
  const env = new ShellEnv();
  let request: ParsedRequest | undefined;
  let found: 'curl' | 'recipe' | 'nothing' = 'nothing';
  const recipes = [];
  for (const command of commands(tokenized.tokens)) {
    const words = command.tokens.filter(isWord);
    const curlAt = command.tokens.findIndex((t) => isWord(t) && isCurlWord(t));
    if (curlAt >= 0 && !request) {
      request = readCurl(source, tokenized.tokens, command.first + curlAt, env);
      found = 'curl';
      continue;
    }
    const assignment = readAssignment(words, source, env);
    if (assignment) {
      env.set(assignment.name, assignment.value);
      recipes.push(...assignment.value.recipes);
      continue;
    }
    const recipe = readRecipe(command.tokens);
    if (recipe) recipes.push(recipe);
  }
  const result = request ?? emptyRequest('header');
  if (!request && recipes.length > 0) found = 'recipe';
  result.recipes.push(...recipes);
  addLexicalNotes(result, tokenized);
  const stopped = env.budget.note();
  if (stopped) result.notes.push(stopped);
  return { request: result, found };
}
