/** The shell-words tokenizers: POSIX sh and PowerShell quoting, as people paste them. */
import { describe, expect, it } from 'vitest';
import { readRecipe } from '../../../../lib/requests/read/recipes';
import { tokenizePowerShell } from '../../../../lib/requests/read/powershell-words';
import { tokenizeSh } from '../../../../lib/requests/read/shell-words';
import { isWord } from '../../../../lib/requests/read/words';

const shWords = (text: string) =>
  tokenizeSh(text)
    .tokens.filter(isWord)
    .map((w) => w.value);
const psWords = (text: string) =>
  tokenizePowerShell(text)
    .tokens.filter(isWord)
    .map((w) => w.value);

describe('tokenizeSh', () => {
  it.each([
    [`curl 'a b' "c d" e\\ f`, ['curl', 'a b', 'c d', 'e f']],
    [`echo "a \\"q\\" \\$HOME \\\\ \\x"`, ['echo', 'a "q" $HOME \\ \\x']],
    [`echo $'a\\nb\\x41\\'c'`, ['echo', "a\nbA'c"]],
    ['curl -H a \\\n  -H b', ['curl', '-H', 'a', '-H', 'b']],
    ['curl -H a ^\r\n  -H b', ['curl', '-H', 'a', '-H', 'b']],
    ['curl -H a `\n  -H b', ['curl', '-H', 'a', '-H', 'b']],
    ['a"b"\'c\'d', ['abcd']],
    ['curl # a comment\n-x', ['curl', '-x']],
    ['x=1#not-a-comment', ['x=1#not-a-comment']],
  ])('%j', (text, words) => {
    expect(shWords(text)).toEqual(words);
  });

  it('keeps $(…) and backquotes as one piece, quotes and parentheses inside included', () => {
    const [, word] = tokenizeSh(`-H "Authorization: Basic $(echo -n 'a:b)' | base64)" x`).tokens.filter(isWord);
    expect(word!.value).toBe("Authorization: Basic $(echo -n 'a:b)' | base64)");
    expect(word!.substitutions[0]!.body).toBe("echo -n 'a:b)' | base64");
    expect(
      tokenizeSh('a `echo x` b')
        .tokens.filter(isWord)
        .map((w) => w.value),
    ).toEqual(['a', '`echo x`', 'b']);
  });

  it('keeps the source position of every character', () => {
    const text = `-H 'Authrorization Basic x'`;
    const word = tokenizeSh(text).tokens.filter(isWord)[1]!;
    expect(text[word.offsets[0]!]).toBe('A');
    expect(word.offsets.map((o) => text[o]).join('')).toBe(word.value);
  });

  it('reads typographic quotes as quotes and reports them', () => {
    const result = tokenizeSh('echo ‘a b’ “c d”');
    expect(result.tokens.filter(isWord).map((w) => w.value)).toEqual(['echo', 'a b', 'c d']);
    expect(result.smartQuotes).toHaveLength(4);
  });

  it('ends an unterminated quote at the end and says so', () => {
    const result = tokenizeSh("curl 'abc");
    expect(result.tokens.filter(isWord).map((w) => w.value)).toEqual(['curl', 'abc']);
    expect(result.unterminated).toEqual({ what: "'", at: 5 });
  });

  it('splits commands on ; | && || & and newlines', () => {
    expect(
      tokenizeSh('a;b|c&&d||e&f\ng')
        .tokens.filter((t) => t.kind === 'sep')
        .map((t) => (t.kind === 'sep' ? t.op : '')),
    ).toEqual([';', '|', '&&', '||', '&', '\n']);
  });
});

describe('base64 recipes', () => {
  const recipe = (text: string) => readRecipe(tokenizeSh(text).tokens)!;
  it.each([
    ["echo -n 'me@x.io:tok' | base64", 'me@x.io:tok', false],
    ['echo me@x.io:tok | base64', 'me@x.io:tok\n', true],
    ["printf '%s' 'me@x.io:tok' | base64", 'me@x.io:tok', false],
    ["printf 'me@x.io:tok\\n' | base64", 'me@x.io:tok\n', true],
    ["base64 <<< 'me@x.io:tok'", 'me@x.io:tok\n', true],
    ["echo -ne 'me@x.io:tok' | openssl base64 -A", 'me@x.io:tok', false],
  ])('%s encodes %j', (text, input, newline) => {
    const read = recipe(text);
    expect(read.input).toBe(input);
    expect(read.trailingNewline).toBe(newline);
    expect(read.output).toBe(Buffer.from(input).toString('base64'));
  });

  it('knows echo adds a newline even when the text is in variables', () => {
    const read = recipe('echo "$EMAIL:$TOKEN" | base64');
    expect(read.input).toBeUndefined();
    expect(read.trailingNewline).toBe(true);
    expect(read.variables).toEqual(['EMAIL', 'TOKEN']);
  });
});

describe('tokenizePowerShell', () => {
  it.each([
    ["$a = 'it''s'", ['$a', '=', "it's"]],
    ['Write "a`tb ""q"""', ['Write', 'a\tb "q"']],
    ['irm -Uri x `\n  -Method Get', ['irm', '-Uri', 'x', '-Method', 'Get']],
    ["$h = @{ A = 'b'; 'C-D' = \"e\" }", ['$h', '=', "@{ A = 'b'; 'C-D' = \"e\" }"]],
    [
      '[Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($t))',
      ['[Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($t))'],
    ],
    ['a <# block #> b # line', ['a', 'b']],
  ])('%j', (text, words) => {
    expect(psWords(text)).toEqual(words);
  });

  it('reads typographic quotes as PowerShell does, and reports them', () => {
    const result = tokenizePowerShell('$Text = ‘user@example.com:api_token_string’');
    expect(result.tokens.filter(isWord).map((w) => w.value)).toEqual([
      '$Text',
      '=',
      'user@example.com:api_token_string',
    ]);
    expect(result.smartQuotes).toHaveLength(2);
  });
});
