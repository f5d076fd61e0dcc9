/**
 * A pasted request, as read: what would be sent (method, URL, headers, body, curl's `-u`), where
 * each part sits in the pasted text, and what the reading itself noticed (a single-dash option,
 * typographic quotes, a broken line continuation, a base64 recipe).
 */
import type { Recipe } from './recipes';
import type { Span } from './words';

export type Flavour = 'curl' | 'http' | 'powershell' | 'header';

export const FLAVOUR_LABELS: Record<Flavour, string> = {
  curl: 'a curl command',
  http: 'a raw HTTP request',
  powershell: 'a PowerShell script',
  header: 'headers',
};

export interface HeaderLine {
  /** As written (may be misspelt); for a line without a colon, its first word. */
  name: string;
  value: string;
  hasColon: boolean;
  /** What stood where the colon belongs when it is missing (`=` or nothing). */
  separator?: string;
  span: Span;
  nameSpan: Span;
  valueSpan: Span;
  /** The value was built by a base64 recipe in the paste. */
  recipe?: Recipe;
  /** Variables the value depends on that the paste does not define. */
  unresolved: string[];
}

export interface Located {
  value: string;
  span: Span;
  /** Variables it depends on that the paste does not define (their values are unknown). */
  unresolved: string[];
}

/** Something the reading noticed that is a finding in itself. */
export interface ReadIssue {
  code: 'CURL_SINGLE_DASH_LONG_OPTION' | 'SMART_QUOTES' | 'LINE_CONTINUATION_MISSING' | 'TYPOGRAPHIC_DASH';
  spans: Span[];
  detail: string;
}

/** Something that was not read, or read with a caveat, said in plain words. */
export interface ReadNote {
  text: string;
  span?: Span;
}

export interface ParsedRequest {
  flavour: Flavour;
  /** Upper-case; what the client would send. */
  method: string;
  methodSpan?: Span;
  /** The method was written out (`-X`, `-Method`, the request line), not implied. */
  methodExplicit: boolean;
  url?: Located;
  headers: HeaderLine[];
  body?: Located & {
    kind: 'data' | 'json' | 'form' | 'raw' | 'hashtable';
    moveToQuery?: boolean;
    /** curl reads the body from a file (`-d @issue.json`). */
    fromFile?: boolean;
  };
  /** curl `-u user:password` (or PowerShell's -Credential, unread). */
  user?: Located;
  /** `user:password@` in the URL (percent-decoded), taken out of `url`: curl sends it as Basic when there is no -u. */
  urlUser?: Located;
  /** curl `-A` / `--user-agent`, PowerShell `-UserAgent` (a User-Agent header is in `headers`). */
  userAgent?: Located;
  /** curl's body options as written (`-d issue.json`, `--data-raw @x`), in order. */
  dataArgs?: { option: string; value: string; span: Span }[];
  /** PowerShell `-Credential …`: a PSCredential the paste does not show. */
  psCredential?: Span;
  /** PowerShell `-Headers "…"` given a string instead of a hashtable. */
  psHeadersString?: Located;
  /** Options kept as written, for the corrected command: curl flags such as `-sS`, `-L`, `-v`. */
  keep: string[];
  /** Recipes seen anywhere in the paste (a bare `echo … | base64`, a PowerShell recipe). */
  recipes: Recipe[];
  issues: ReadIssue[];
  notes: ReadNote[];
}

export interface ParseOutcome {
  /** False when nothing request-like could be read; `request` then holds what little was. */
  understood: boolean;
  request: ParsedRequest;
  /** One sentence: what was read ("a curl command: POST https://…, 3 headers, a JSON body"). */
  summary: string;
}

export function emptyRequest(flavour: Flavour): ParsedRequest {
  return { flavour, method: 'GET', methodExplicit: false, headers: [], keep: [], recipes: [], issues: [], notes: [] };
}

export function findHeader(request: Pick<ParsedRequest, 'headers'>, name: string): HeaderLine | undefined {
  const wanted = name.toLowerCase();
  return request.headers.find((h) => h.hasColon && h.name.toLowerCase() === wanted);
}
