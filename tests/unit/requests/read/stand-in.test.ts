/**
 * standInOf: which texts are a variable written where the secret goes, and whether anything puts
 * the value in; what must never be read as one (real tokens, passwords with a "$").
 */
import { describe, expect, it } from 'vitest';
import { coversUnresolved, standInOf, variableName } from '../../../../lib/requests/read/stand-in';
import type { Flavour } from '../../../../lib/requests/read/request';

const TOKEN = 'ATATT3xFfGF0Zx7kq2LmNpQrStUvWxYz0123456789abcdefGHIJ=9F3C1A2B';
const read = (text: string, flavour: Flavour = 'curl', unresolved: string[] = [], encoded = false) =>
  standInOf(text, 'token', { flavour, unresolved, encoded });

describe('standInOf', () => {
  it.each([
    ['$ATLASSIAN_API_TOKEN', ['$ATLASSIAN_API_TOKEN'], 'sh', '$ATLASSIAN_API_TOKEN'],
    ['${TOKEN}', ['$TOKEN'], 'sh', '$TOKEN'],
    ['${TOKEN:-}', ['$TOKEN'], 'sh', '$TOKEN'],
    ['$(cat ~/.jira-token)', ['$(cat ~/.jira-token)'], 'substitution', '$(cat ~/.jira-token)'],
  ])('%s, expanded by the shell, is filled in when the command runs', (text, unresolved, syntax, name) => {
    expect(read(text, 'curl', unresolved)).toEqual({ text, name, syntax, fill: 'run', part: 'token' });
  });

  it('PowerShell: $env:NAME, and a plain $name in PowerShell', () => {
    expect(read('$env:JIRA_TOKEN', 'powershell', ['$env:JIRA_TOKEN'])).toMatchObject({
      syntax: 'powershell',
      fill: 'run',
    });
    expect(read('${env:JIRA_TOKEN}', 'powershell', ['$env:JIRA_TOKEN'])).toMatchObject({
      name: '$env:JIRA_TOKEN',
      fill: 'run',
    });
    expect(read('$token', 'powershell', ['$token'])).toMatchObject({ syntax: 'powershell', fill: 'run' });
  });

  it('Windows cmd: %NAME% and !NAME! are cmd.exe variables in a curl command', () => {
    expect(read('%API_TOKEN%')).toMatchObject({ syntax: 'cmd', fill: 'cmd' });
    expect(read('!API_TOKEN!')).toMatchObject({ syntax: 'cmd', fill: 'cmd' });
    expect(read('%API_TOKEN%', 'header')).toMatchObject({ syntax: 'cmd', fill: 'unknown' });
  });

  it('a variable nothing expands is sent as its name: single quotes, or encoded into base64', () => {
    expect(read('$ATLASSIAN_API_TOKEN')).toMatchObject({ fill: 'quoted' });
    expect(read('$env:JIRA_TOKEN', 'powershell')).toMatchObject({ fill: 'quoted' });
    expect(read('$ATLASSIAN_API_TOKEN', 'curl', [], true)).toMatchObject({ fill: 'encoded' });
    expect(read('$(cat token.txt)', 'curl', [], true)).toMatchObject({ syntax: 'substitution', fill: 'encoded' });
    expect(read('$TOKEN', 'http')).toMatchObject({ fill: 'unknown' });
  });

  it.each([
    TOKEN,
    `${TOKEN}\n`,
    'pa$$word',
    '$ecret1',
    's3cret$',
    'ATATT$ATLASSIAN',
    '$(',
    '$',
    '%',
    '%20',
    '100%',
    '',
    'Zx7kq2LmNpQrStUvWxYz0123456789abcdef==',
  ])('%j is not a variable written as the token', (text) => {
    expect(read(text)).toBeUndefined();
  });

  it('a lower-case name the shell expanded is a variable all the same', () => {
    expect(read('$ecret1', 'curl', ['$ecret1'])).toMatchObject({ fill: 'run' });
  });

  it('a trailing newline (a token read from a file) does not hide the variable', () => {
    expect(read('$ATLASSIAN_API_TOKEN\n', 'curl', ['$ATLASSIAN_API_TOKEN'])).toMatchObject({
      text: '$ATLASSIAN_API_TOKEN',
    });
  });
});

describe('coversUnresolved and variableName', () => {
  const token = read('$JIRA_TOKEN', 'curl', ['$JIRA_TOKEN'])!;
  const email = standInOf('$JIRA_USER', 'email', { flavour: 'curl', unresolved: ['$JIRA_USER'], encoded: false })!;

  it('is true only when every unresolved name is one of the stand-ins', () => {
    expect(coversUnresolved([token], ['$JIRA_TOKEN'])).toBe(true);
    expect(coversUnresolved([token, email], ['$JIRA_USER', '$JIRA_TOKEN'])).toBe(true);
    expect(coversUnresolved([token], ['$JIRA_USER', '$JIRA_TOKEN'])).toBe(false);
    expect(coversUnresolved([], ['$JIRA_TOKEN'])).toBe(false);
    expect(coversUnresolved([token], [])).toBe(false);
  });

  it('names the variable a corrected command can use', () => {
    expect(variableName(token)).toBe('JIRA_TOKEN');
    expect(variableName(read('${TOKEN}', 'curl', ['$TOKEN'])!)).toBe('TOKEN');
    expect(variableName(read('$env:JIRA_TOKEN', 'powershell', ['$env:JIRA_TOKEN'])!)).toBe('JIRA_TOKEN');
    expect(variableName(read('%API_TOKEN%')!)).toBeUndefined();
  });
});
