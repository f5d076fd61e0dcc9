/**
 * Entry point: which kind of paste this is (PowerShell, raw HTTP, curl, headers, a base64
 * recipe), read with the matching reader. Never throws: whatever cannot be read is said in
 * plain words, with what could be read.
 */
import { nearestKnownHeader } from './header-names';
import { parseHeaders, parseHttp, REQUEST_LINE } from './http';
import { parsePowerShell } from './powershell';
import { parseShell } from './shell';
import { emptyRequest, FLAVOUR_LABELS, type ParsedRequest, type ParseOutcome } from './request';
import { spanIn } from './words';

/** Above this the paste is certainly not one request; reading stops there (and says so). */
export const MAX_PASTE = 200_000;

const NOT_UNDERSTOOD =
  'Token Doctor reads curl commands, raw HTTP requests (request line and headers), PowerShell Invoke-RestMethod / Invoke-WebRequest, and Authorization headers or values.';

function looksLikePowerShell(text: string): boolean {
  return (
    /\b(Invoke-RestMethod|Invoke-WebRequest)\b/i.test(text) ||
    /(^|[\s;(|])(irm|iwr)\s+/im.test(text) ||
    /\[(System\.)?Convert\]::ToBase64String/i.test(text) ||
    (/^\s*\$[A-Za-z_]\w*\s*=/m.test(text) && !/(^|\s)curl(\.exe)?\s/.test(text))
  );
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? ''
  );
}

function describe(request: ParsedRequest): string {
  const parts: string[] = [];
  if (request.url)
    parts.push(
      `${request.method} ${request.url.value.length > 120 ? `${request.url.value.slice(0, 120)}…` : request.url.value}`,
    );
  else if (request.flavour !== 'header') parts.push('no URL');
  if (request.headers.length > 0)
    parts.push(`${request.headers.length} header${request.headers.length === 1 ? '' : 's'}`);
  if (request.user) parts.push('a -u credential');
  if (request.urlUser) parts.push('a credential in the URL');
  if (request.body)
    parts.push(
      request.body.kind === 'form' ? 'a multipart form' : request.body.kind === 'json' ? 'a JSON body' : 'a body',
    );
  if (request.recipes.length > 0 && !request.url)
    parts.push(request.recipes.length === 1 ? 'a base64 recipe' : `${request.recipes.length} base64 recipes`);
  return `Read as ${request.flavour === 'header' && request.headers.length === 0 ? 'a base64 recipe' : FLAVOUR_LABELS[request.flavour]}: ${parts.join(', ')}.`;
}

function outcome(request: ParsedRequest, understood: boolean, reason?: string): ParseOutcome {
  return {
    understood,
    request,
    summary: understood
      ? describe(request)
      : `${reason ?? 'This text could not be read as a request.'} ${NOT_UNDERSTOOD}`,
  };
}

function read(text: string): ParseOutcome {
  if (text.trim() === '') return outcome(emptyRequest('header'), false, 'Nothing was pasted.');
  const head = firstLine(text);
  if (looksLikePowerShell(text)) {
    const { request, found } = parsePowerShell(text);
    if (found || request.recipes.length > 0) return outcome(request, true);
    return outcome(
      request,
      false,
      'This looks like PowerShell, but it holds no Invoke-RestMethod or Invoke-WebRequest call and no base64 recipe.',
    );
  }
  if (REQUEST_LINE.test(head)) return outcome(parseHttp(text), true);
  const shell = parseShell(text);
  if (shell.found === 'curl') return outcome(shell.request, true);
  if (/^[A-Za-z][\w-]*\s*:/.test(head) && !/^https?:/i.test(head)) {
    const request = parseHeaders(text);
    request.recipes.push(...shell.request.recipes);
    request.issues.push(...shell.request.issues);
    return outcome(request, request.headers.length > 0);
  }
  if (/^(Basic|Bearer)\s+\S+$/i.test(text.trim())) return outcome(parseHeaders(text), true);
  if (shell.found === 'recipe') return outcome(shell.request, true);
  // `Authrorization Basic xxx`: a header that lost its colon, alone on its line.
  const headers = parseHeaders(text);
  if (headers.headers.length > 0 && headers.headers.every((h) => nearestKnownHeader(h.name) !== undefined))
    return outcome(headers, true);
  const shown = head.length > 60 ? `${head.slice(0, 60)}…` : head;
  return outcome(
    shell.request,
    false,
    `The text starts with "${shown}", which is not a request Token Doctor can read.`,
  );
}

/** `https://user:password@host/…`: the user info, cut out of the URL, becomes `urlUser`. */
function takeUrlUser(request: ParsedRequest, source: string): void {
  const url = request.url;
  if (!url || url.unresolved.length > 0) return;
  const scheme = /^\s*[a-z][a-z0-9+.-]*:\/\//i.exec(url.value);
  if (!scheme) return;
  const rest = url.value.slice(scheme[0].length);
  const authorityEnd = rest.search(/[/?#]/);
  const authority = authorityEnd < 0 ? rest : rest.slice(0, authorityEnd);
  const at = authority.lastIndexOf('@');
  if (at < 0) return;
  const raw = authority.slice(0, at);
  let value = raw;
  try {
    value = decodeURIComponent(raw);
  } catch {
    // Not valid percent-encoding: curl sends it as written.
  }
  request.urlUser = { value, span: spanIn(source, url.span, raw), unresolved: [] };
  url.value = `${scheme[0]}${rest.slice(at + 1)}`;
}

export function parseRequest(input: string): ParseOutcome {
  const text = input.length > MAX_PASTE ? input.slice(0, MAX_PASTE) : input;
  let result: ParseOutcome;
  try {
    result = read(text);
    takeUrlUser(result.request, text);
    if (result.understood && result.request.urlUser) result.summary = describe(result.request);
  } catch {
    // A reader bug must not take the page down; say so instead of guessing.
    result = outcome(emptyRequest('header'), false, 'Token Doctor could not read this text (its reader failed on it).');
  }
  if (input.length > MAX_PASTE) {
    result.request.notes.push({
      text: `The paste is ${input.length.toLocaleString('en')} characters long; only the first ${MAX_PASTE.toLocaleString('en')} were read.`,
    });
  }
  return result;
}
