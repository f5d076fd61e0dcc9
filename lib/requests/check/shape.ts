/**
 * How the request is shaped, judged for its target: a write from a browser User-Agent (Jira's
 * XSRF filter: https://confluence.atlassian.com/jirakb/rest-api-calls-with-a-browser-user-agent-header-may-fail-csrf-checks-802591455.html),
 * JQL encoded twice (https://github.com/nineinchnick/trino-openapi/issues/65), headers copied from
 * a browser page's network panel (no CORS: https://github.com/floralvikings/jira-connector/issues/239),
 * a library's default User-Agent at a self-hosted firewall (https://github.com/sooperset/mcp-atlassian/pull/1326),
 * PowerShell's -Credential on Cloud (https://github.com/AtlassianPS/JiraPS/issues/544), TLS 1.2 in
 * Windows PowerShell 5.1 (https://github.com/AtlassianPS/JiraPS/issues/84), -Headers given a
 * string, and what curl and the Windows and Unix shells do to the text (https://curl.se/docs/manpage.html#-d).
 */
import { makeFinding } from '../../findings/make-finding';
import type { Finding } from '../../model/report';
import type { RequestFacts } from '../facts';
import { findHeader, type HeaderLine, type Located } from '../read/request';
import { spanIn, type Span } from '../read/words';
import type { TargetId } from '../target';
import { decidedBy } from './rule';

const JIRA_OR_CONFLUENCE: ReadonlySet<TargetId> = new Set([
  'jira-cloud',
  'jira-gateway',
  'confluence-cloud',
  'jira-dc',
  'confluence-dc',
  'gov-cloud',
]);
const CLOUD: ReadonlySet<TargetId> = new Set([
  'jira-cloud',
  'jira-gateway',
  'confluence-cloud',
  'gov-cloud',
  'jsm-ops',
  'admin-api',
]);
const DATA_CENTER: ReadonlySet<TargetId> = new Set(['jira-dc', 'confluence-dc']);
const WRITES = new Set(['POST', 'PUT', 'DELETE', 'PATCH']);

const BROWSER_AGENT = /\b(?:Mozilla|Chrome|Safari|Firefox|Edg|OPR)\/\d/;
const LIBRARY_AGENT =
  /^(?:python-requests|python-urllib|python-httpx|aiohttp|Go-http-client|Java\/|Apache-HttpClient|okhttp|axios|node-fetch|undici|got|libwww-perl|Ruby|Faraday|RestSharp)\b/i;
/** PowerShell 7-only parameters: a script that uses them does not run in Windows PowerShell 5.1. */
const POWERSHELL_7_ONLY =
  /\s-(?:SkipCertificateCheck|Authentication|Token|Form|AllowUnencryptedAuthentication|SslProtocol)\b/i;
const BROWSER_HEADERS = /^(?:origin|sec-fetch-[a-z-]+|sec-ch-ua[a-z-]*)$/i;
/** Query names of Jira's and Confluence's read calls: data in them means a GET was meant. */
const QUERY_NAMES =
  /^(?:jql|cql|maxResults|startAt|fields|expand|limit|start|properties|validateQuery|accountId|username|query|cursor)$/;
const READ_ENDPOINT = /\/(?:myself|serverInfo|user\/current|search|search\/jql|2\.0\/user|field|project)(?=[/?#]|$)/;

function userAgentOf(facts: RequestFacts): Located | undefined {
  const header = findHeader(facts.request, 'user-agent');
  if (header) return { value: header.value, span: header.valueSpan, unresolved: header.unresolved };
  return facts.request.userAgent;
}

/** The JQL (or CQL) the request sends, with where it sits: in the query, or in a JSON body. */
function jqlOf(facts: RequestFacts): { text: string; encodedTwice: string; where: 'query' | 'body' } | undefined {
  const url = facts.request.url?.value ?? '';
  const query = /[?&](?:jql|cql)=([^&#]*)/.exec(url);
  if (query) {
    const twice = /%25[0-9A-Fa-f]{2}/.exec(query[1]!);
    if (twice) return { text: query[1]!, encodedTwice: twice[0], where: 'query' };
  }
  const body = facts.request.body;
  if (body && body.kind !== 'form') {
    const member = /"(?:jql|cql)"\s*:\s*"((?:[^"\\\n]|\\.)*)"/.exec(body.value);
    const encoded = member ? /%(?:2[0-9A-Fa-f]|3[A-Fa-f]|25)/.exec(member[1]!) : null;
    if (member && encoded) return { text: member[1]!, encodedTwice: encoded[0], where: 'body' };
    if (body.moveToQuery || facts.request.method === 'GET') {
      const form = /(?:^|&)(?:jql|cql)=([^&]*)/.exec(body.value);
      const twice = form ? /%25[0-9A-Fa-f]{2}/.exec(form[1]!) : null;
      if (form && twice) return { text: form[1]!, encodedTwice: twice[0], where: 'query' };
    }
  }
  return undefined;
}

/** The JQL encoded once: decoded until no `%25` is left, then encoded once (or plain text in a body). */
function jqlEncodedOnce(text: string, where: 'query' | 'body'): string {
  let value = text;
  for (let i = 0; i < 4; i++) {
    try {
      const decoded = decodeURIComponent(value.replace(/\+/g, ' '));
      if (decoded === value) break;
      value = decoded;
    } catch {
      break;
    }
  }
  return where === 'body' ? value : encodeURIComponent(value);
}

/** A cmd.exe command: `^` at the end of lines, curl.exe, or batch-file lines. */
function looksLikeCmd(source: string): boolean {
  return (
    /\^[ \t]*\r?\n/.test(source) ||
    /(?:^|\s)curl\.exe\s/i.test(source) ||
    /^\s*(?:@echo\s+off|set\s+\w+=|rem\s)/im.test(source)
  );
}

function at(source: string, span: Span | undefined, part: string): Span[] {
  return span ? [spanIn(source, span, part)] : [];
}

/** What the shape rules found, read once: the findings and the corrected request both come from it. */
export interface RequestShape {
  /** A write with a browser User-Agent and no X-Atlassian-Token: no-check. */
  browserWrite?: Located;
  /** A library's default User-Agent to a self-hosted server. */
  libraryAgent?: Located;
  jql?: { text: string; encodedTwice: string; where: 'query' | 'body'; once: string };
  /** Origin, Sec-Fetch-*, Sec-Ch-Ua* copied from a page's network panel, with the page's origin. */
  browserHeaders: HeaderLine[];
  pageOrigin?: string;
  psHeadersString?: Located;
  psCredentialOnCloud?: Span;
  tls12Missing: boolean;
  getIntoPost: boolean;
  dataFilesWithoutAt: { value: string; span: Span }[];
  shellDollar?: string;
  cmdPercent?: string;
  cmdSingleQuote?: Span;
}

export function requestShape(facts: RequestFacts, source: string): RequestShape {
  const { request, target } = facts;
  const shape: RequestShape = { browserHeaders: [], tls12Missing: false, getIntoPost: false, dataFilesWithoutAt: [] };
  const agent = userAgentOf(facts);
  const xsrf = facts.xsrfHeader;
  if (
    JIRA_OR_CONFLUENCE.has(target.id) &&
    WRITES.has(request.method) &&
    !facts.upload &&
    agent &&
    BROWSER_AGENT.test(agent.value) &&
    (!xsrf || !/^no-check$/i.test(xsrf.value.trim()))
  )
    shape.browserWrite = agent;
  if (DATA_CENTER.has(target.id) && agent && LIBRARY_AGENT.test(agent.value.trim())) shape.libraryAgent = agent;
  if (target.product !== undefined) {
    const jql = jqlOf(facts);
    if (jql) shape.jql = { ...jql, once: jqlEncodedOnce(jql.text, jql.where) };
  }
  if (target.id !== 'not-atlassian' && target.id !== 'unknown') {
    const browser = request.headers.filter((h) => BROWSER_HEADERS.test(h.name));
    const origin = findHeader(request, 'origin')?.value.trim();
    const ownOrigin = origin !== undefined && target.origin !== undefined && origin.toLowerCase() === target.origin;
    const extension = origin !== undefined && /^(?:chrome|moz|safari-web)-extension:\/\//i.test(origin);
    const crossSite = request.headers.some(
      (h) => /^sec-fetch-site$/i.test(h.name) && /cross-site|same-site/i.test(h.value),
    );
    if (browser.length > 0 && !extension && !ownOrigin && (origin !== undefined || crossSite)) {
      shape.browserHeaders = browser;
      if (origin) shape.pageOrigin = origin;
    }
  }
  if (request.flavour === 'powershell') {
    if (request.psHeadersString) shape.psHeadersString = request.psHeadersString;
    if (request.psCredential && CLOUD.has(target.id) && !facts.credential)
      shape.psCredentialOnCloud = request.psCredential;
    shape.tls12Missing =
      target.id !== 'unknown' &&
      !!request.url &&
      !/SecurityProtocol[\s\S]{0,80}Tls1[23]/i.test(source) &&
      !POWERSHELL_7_ONLY.test(source);
  }
  if (request.flavour === 'curl') {
    const body = request.body;
    const data = body?.value ?? '';
    const names = [...data.matchAll(/(?:^|&)([\w.]+)=/g)].map((m) => m[1]!);
    const bare = target.path.replace(/[?#].*$/, '');
    shape.getIntoPost =
      !!body &&
      body.kind === 'data' &&
      !request.methodExplicit &&
      !body.moveToQuery &&
      !body.fromFile &&
      !/^\s*[[{]/.test(data) &&
      names.length > 0 &&
      (names.every((n) => QUERY_NAMES.test(n)) || READ_ENDPOINT.test(bare)) &&
      target.id !== 'not-atlassian';
    for (const arg of request.dataArgs ?? [])
      if (arg.option !== 'data-urlencode' && /^[\w./\\-]+\.(?:json|xml|txt|csv|ya?ml)$/i.test(arg.value))
        shape.dataFilesWithoutAt.push({ value: arg.value, span: arg.span });
    const credential = facts.credential;
    if (credential && (credential.from === 'user-option' || credential.from === 'header')) {
      const written = source.slice(credential.span.start, credential.span.end);
      const header = credential.header ? source.slice(credential.header.span.start, credential.header.span.end) : '';
      const inDouble = /"[^"]*[A-Za-z0-9@!#%^*]\$[A-Za-z_][\w]*[^"]*"/.exec(written.startsWith('"') ? written : header);
      const dollar = inDouble ? /[A-Za-z0-9@!#%^*](\$[A-Za-z_]\w*)/.exec(inDouble[0]) : null;
      if (dollar) shape.shellDollar = dollar[1];
    }
    if (looksLikeCmd(source)) {
      const percent = /%[0-9A-Fa-f]{2}/.exec(`${request.url?.value ?? ''} ${data}`);
      if (percent && !source.includes('%%')) shape.cmdPercent = percent[0];
      const quoted = /(?:^|\s)'[^'\n]*'/.exec(source);
      if (quoted) {
        const start = quoted.index + (quoted[0].length - quoted[0].trimStart().length);
        shape.cmdSingleQuote = { start, end: quoted.index + quoted[0].length };
      }
    }
  }
  return shape;
}

function findingsOf(facts: RequestFacts, shape: RequestShape, source: string): { rule: string; findings: Finding[] }[] {
  const { request } = facts;
  const out: { rule: string; findings: Finding[] }[] = [];
  const push = (rule: string, finding: Finding) => out.push({ rule, findings: [finding] });
  const whole = { start: 0, end: source.length };
  if (shape.browserWrite)
    push('a write from a browser User-Agent needs X-Atlassian-Token: no-check', {
      ...makeFinding(
        'XSRF_BLOCKED',
        { method: request.method, detail: shape.browserWrite.value.slice(0, 80) },
        { evidence: [`User-Agent: ${shape.browserWrite.value.slice(0, 120)}`] },
      ),
      spans: [shape.browserWrite.span],
    });
  if (shape.libraryAgent)
    push('a self-hosted firewall may refuse a library User-Agent', {
      ...makeFinding('DEFAULT_USER_AGENT_BLOCKED', { detail: shape.libraryAgent.value.slice(0, 80) }),
      spans: [shape.libraryAgent.span],
    });
  if (shape.jql)
    push('JQL is encoded once', {
      ...makeFinding('JQL_DOUBLE_ENCODED', {
        detail: shape.jql.encodedTwice,
        expected: shape.jql.where === 'body' ? `"jql": "${shape.jql.once}"` : `jql=${shape.jql.once}`,
      }),
      spans: at(source, shape.jql.where === 'query' ? request.url?.span : request.body?.span, shape.jql.encodedTwice),
    });
  if (shape.browserHeaders.length > 0)
    push('the REST API sends no CORS headers to web pages', {
      ...makeFinding('CORS_FROM_WEB_PAGE', {
        detail: shape.browserHeaders.map((h) => h.name).join(', '),
        ...(shape.pageOrigin ? { origin: shape.pageOrigin } : {}),
      }),
      spans: shape.browserHeaders.map((h) => h.nameSpan),
    });
  if (shape.psHeadersString)
    push('-Headers takes a hashtable', {
      ...makeFinding('POWERSHELL_HEADERS_NOT_HASHTABLE', {
        detail: shape.psHeadersString.value.length > 40 ? 'the string' : `"${shape.psHeadersString.value}"`,
      }),
      spans: [shape.psHeadersString.span],
    });
  if (shape.psCredentialOnCloud)
    push('Cloud wants an explicit Authorization header', {
      ...makeFinding('POWERSHELL_CREDENTIAL_NOT_SENT'),
      spans: [shape.psCredentialOnCloud],
    });
  if (shape.tls12Missing && request.url)
    push('Windows PowerShell 5.1 needs TLS 1.2 forced', {
      ...makeFinding('POWERSHELL_TLS12_NOT_FORCED'),
      spans: [request.url.span],
    });
  if (shape.getIntoPost && request.body)
    push('-d sends a POST; -G keeps a GET', {
      ...makeFinding('DATA_TURNS_GET_INTO_POST', { path: facts.target.path.replace(/[?#].*$/, '') || undefined }),
      spans: [request.body.span],
    });
  for (const file of shape.dataFilesWithoutAt)
    push('-d @file sends the file', {
      ...makeFinding('CURL_DATA_FILE_WITHOUT_AT', { detail: file.value }),
      spans: [file.span],
    });
  if (shape.shellDollar)
    push('the shell expands $ inside double quotes', {
      ...makeFinding('SHELL_EXPANDS_DOLLAR', { detail: shape.shellDollar }),
      spans: at(source, whole, shape.shellDollar),
    });
  if (shape.cmdPercent)
    push('cmd.exe batch files eat %', {
      ...makeFinding('BATCH_PERCENT_NOT_DOUBLED', { detail: shape.cmdPercent }),
      spans: at(source, whole, shape.cmdPercent),
    });
  if (shape.cmdSingleQuote)
    push('cmd.exe has no single quotes', { ...makeFinding('CMD_SINGLE_QUOTES'), spans: [shape.cmdSingleQuote] });
  return out;
}

export function shapeFindings(facts: RequestFacts, shape: RequestShape, source: string): Finding[] {
  return findingsOf(facts, shape, source).flatMap(({ rule, findings }) => decidedBy(facts.target, rule, findings));
}
