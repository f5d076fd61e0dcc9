/**
 * One header as people write it: `Name: value`, and the broken forms `Name value` (no colon:
 * `--header 'Authrorization Basic xxxxxxx'`, quoted in https://jira.atlassian.com/browse/CLOUD-12617)
 * and `Name=value`. Header names never hold white space, so a line whose first word is not
 * followed by a colon has lost it.
 */
import type { HeaderLine } from './request';
import { spanOf, type Span } from './words';

interface Positioned {
  value: string;
  offsets: number[];
  span: Span;
}

export function readHeaderLine(text: Positioned): Omit<HeaderLine, 'unresolved'> | undefined {
  const value = text.value;
  const leading = value.length - value.trimStart().length;
  const body = value.trim();
  if (body === '') return undefined;
  const nameMatch = /^[^\s:=]+/.exec(body);
  const name = nameMatch ? nameMatch[0] : '';
  const nameStart = leading;
  const nameEnd = leading + name.length;
  let rest = nameEnd;
  while (rest < value.length && /\s/.test(value[rest]!)) rest++;
  const next = value[rest];
  let hasColon = false;
  let separator: string | undefined;
  let valueStart = rest;
  if (next === ':') {
    hasColon = true;
    valueStart = rest + 1;
  } else if (next === '=') {
    separator = '=';
    valueStart = rest + 1;
  } else separator = '';
  while (valueStart < value.length && /\s/.test(value[valueStart]!)) valueStart++;
  const end = leading + body.length;
  const headerValue = value.slice(valueStart, Math.max(valueStart, end));
  const positioned = { offsets: text.offsets, span: text.span };
  const line: Omit<HeaderLine, 'unresolved'> = {
    name,
    value: headerValue,
    hasColon,
    span: spanOf(positioned, nameStart, end),
    nameSpan: spanOf(positioned, nameStart, nameEnd),
    valueSpan:
      headerValue === '' ? spanOf(positioned, Math.max(nameStart, end - 1), end) : spanOf(positioned, valueStart, end),
  };
  if (separator !== undefined) line.separator = separator;
  return line;
}
