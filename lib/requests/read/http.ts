/**
 * Raw HTTP as copied from a log, a proxy or a browser's network panel: request line, headers up
 * to the first empty line, then the body. A path with a `Host:` header becomes a full URL
 * (https, as Atlassian Cloud only serves HTTPS).
 */
import { readHeaderLine } from './header-line';
import { emptyRequest, findHeader, type ParsedRequest } from './request';

export const REQUEST_LINE = /^(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\s+(\S+)(?:\s+HTTP\/[\d.]+)?\s*$/i;

interface Line {
  text: string;
  start: number;
}

function lines(source: string, from = 0, to = source.length): Line[] {
  const out: Line[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || source[i] === '\n') {
      const text = source.slice(start, i).replace(/\r$/, '');
      out.push({ text, start });
      start = i + 1;
    }
  }
  return out;
}

function positioned(line: Line) {
  return {
    value: line.text,
    offsets: Array.from({ length: line.text.length }, (_, i) => line.start + i),
    span: { start: line.start, end: line.start + line.text.length },
  };
}

/** Reads header lines into `request`; returns the index of the first line after them. */
function readHeaderLines(all: Line[], from: number, request: ParsedRequest): number {
  let i = from;
  for (; i < all.length; i++) {
    const line = all[i]!;
    if (line.text.trim() === '') break;
    const header = readHeaderLine(positioned(line));
    if (header) request.headers.push({ ...header, unresolved: [] });
  }
  return i;
}

export function parseHttp(source: string): ParsedRequest {
  const request = emptyRequest('http');
  const all = lines(source);
  let i = all.findIndex((l) => l.text.trim() !== '');
  const line = all[i]!;
  const offset = line.text.length - line.text.trimStart().length;
  const match = REQUEST_LINE.exec(line.text.trim())!;
  request.method = match[1]!.toUpperCase();
  request.methodExplicit = true;
  request.methodSpan = { start: line.start + offset, end: line.start + offset + match[1]!.length };
  const targetAt = line.start + line.text.indexOf(match[2]!, offset + match[1]!.length);
  const targetSpan = { start: targetAt, end: targetAt + match[2]!.length };
  i = readHeaderLines(all, i + 1, request);
  const target = match[2]!;
  if (/^https?:\/\//i.test(target)) request.url = { value: target, span: targetSpan, unresolved: [] };
  else {
    const host = findHeader(request, 'host');
    if (host)
      request.url = {
        value: `https://${host.value.trim()}${target.startsWith('/') ? target : `/${target}`}`,
        span: targetSpan,
        unresolved: [],
      };
    else
      request.notes.push({
        text: `The request line names only the path ${target}, and there is no Host header: the site is unknown.`,
        span: targetSpan,
      });
  }
  const rest = all.slice(i + 1);
  const bodyText = rest.map((l) => l.text).join('\n');
  if (bodyText.trim() !== '') {
    const first = rest.find((l) => l.text.trim() !== '')!;
    const last = rest[rest.length - 1]!;
    request.body = {
      value: bodyText.trim(),
      span: { start: first.start, end: last.start + last.text.length },
      unresolved: [],
      kind: 'raw',
    };
  }
  return request;
}

/** Only headers (`Authorization: Basic …`), or only an Authorization value (`Basic …`, `Bearer …`). */
export function parseHeaders(source: string): ParsedRequest {
  const request = emptyRequest('header');
  const all = lines(source).filter((l) => l.text.trim() !== '');
  const single = all.length === 1 ? all[0]! : undefined;
  if (single && /^\s*(Basic|Bearer)\s+\S+\s*$/i.test(single.text)) {
    const start = single.start + (single.text.length - single.text.trimStart().length);
    const value = single.text.trim();
    const span = { start, end: start + value.length };
    request.headers.push({
      name: 'Authorization',
      value,
      hasColon: true,
      span,
      nameSpan: { start, end: start },
      valueSpan: span,
      unresolved: [],
    });
    request.notes.push({
      text: 'Only an Authorization value was pasted; it was read as the value of an Authorization header.',
    });
    return request;
  }
  for (const line of all) {
    const header = readHeaderLine(positioned(line));
    if (header) request.headers.push({ ...header, unresolved: [] });
  }
  return request;
}
