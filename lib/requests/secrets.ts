/**
 * Every credential-bearing part of a paste, to be hidden until the user reveals it: the token,
 * every Authorization header (there may be two), curl's -u and the user info of a URL beside
 * each other, Cookie headers and headers named like a key or token (`X-Api-Key`,
 * `X-Auth-Token`), what a recipe encodes and prints, a PowerShell `ConvertTo-SecureString`
 * literal, and query or body parameters named like a secret (`?token=…`, `{"password": …}`).
 * The same value is hidden wherever else it appears (a token repeated in the body).
 * Documentation placeholders (`<BASE64_ENCODED_STRING>`, `xxxxxxx`) are no secret and stay readable.
 */
import { draftSecret, type RequestFacts } from './facts';
import { decodeBase64Utf8, encodeBase64Utf8 } from './read/base64';
import { isMisspelt } from './read/header-names';
import { secretPlaceholder } from './read/placeholders';
import type { Span } from './read/words';

/** A secret and the variable that stands for it in a written command. */
interface NamedSecret {
  text: string;
  /** `ATLASSIAN_API_TOKEN`, `COOKIE`, `X_API_KEY` … */
  variable: string;
}

const AUTHORIZATION = /^(?:proxy-)?authorization$/i;
const SECRET_HEADER = /^(?:cookie|private-token)$|token|api-?key|apikey|secret|passw|session|credential|signature/i;
const SECRET_PARAMETER = /token|secret|passw|api[-_]?key|apikey|jwt|credential|signature/i;
/** Headers whose value is a fixed word, never a secret. */
const NOT_SECRET_HEADER = /^x-atlassian-token$/i;
const QUERY_PARAMETER = /(?:^|[?&;])([\w.[\]-]{1,64})=([^&#;\s]+)/g;
const JSON_STRING_MEMBER = /"([^"\\\n]{1,64})"\s*:\s*"([^"\\\n]+)"/g;
const SECURE_STRING = /ConvertTo-SecureString\s+(?:-String\s+)?(['"])([^'"\r\n]{1,4096})\1/gi;

function variableFor(name: string): string {
  const words = name
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[A-Z]/.test(words) ? words : `SECRET_${words}`;
}

export function namedSecretsOf(
  facts: Pick<RequestFacts, 'profile' | 'credential' | 'request'>,
  source = '',
): NamedSecret[] {
  const found = new Map<string, string>();
  const { credential, request } = facts;
  // A token or email written as a variable is its name, no secret: reports name it (read/stand-in.ts).
  const names = new Set(
    [credential?.reading.tokenStandIn, credential?.reading.emailStandIn].flatMap((s) => (s ? [s.text] : [])),
  );
  const add = (text: string | undefined, variable: string) => {
    const value = text?.replace(/\r?\n$/, '').trim();
    if (!value || value.length < 4 || secretPlaceholder(value) !== undefined || names.has(value) || found.has(value))
      return;
    found.set(value, variable);
  };
  const bearer = credential?.scheme === 'bearer';
  add(
    facts.profile ? draftSecret(facts.profile) : credential?.secret,
    bearer ? 'ATLASSIAN_ACCESS_TOKEN' : 'ATLASSIAN_API_TOKEN',
  );
  // A -u beside the user info of the URL, or beside an Authorization header: the one not sent is secret too.
  for (const user of [request.user, request.urlUser]) {
    if (!user) continue;
    const colon = user.value.indexOf(':');
    add(colon < 0 ? user.value : user.value.slice(colon + 1), 'ATLASSIAN_API_TOKEN');
  }
  if (request.urlUser && source) {
    // As written in the paste, percent-encoded or not.
    const raw = source.slice(request.urlUser.span.start, request.urlUser.span.end);
    add(raw.slice(raw.indexOf(':') + 1), 'ATLASSIAN_API_TOKEN');
  }
  for (const header of request.headers) {
    const name = header.name;
    const authorization = AUTHORIZATION.test(name) || isMisspelt(name) === 'Authorization';
    if (authorization) {
      const scheme = /^\s*(\S+)\s+([\s\S]+)$/.exec(header.value);
      const value = (scheme ? scheme[2]! : header.value).trim();
      add(value, header === credential?.header ? 'ATLASSIAN_API_TOKEN' : variableFor(name));
      // A Basic value is base64 of email:token: the token may be repeated elsewhere in plain text.
      const decoded = /^basic$/i.test(scheme?.[1] ?? '') ? decodeBase64Utf8(value) : undefined;
      const colon = decoded?.indexOf(':') ?? -1;
      if (decoded !== undefined && colon >= 0) add(decoded.slice(colon + 1), variableFor(`${name}_TOKEN`));
    } else if (!NOT_SECRET_HEADER.test(name) && SECRET_HEADER.test(name)) add(header.value, variableFor(name));
  }
  for (const recipe of request.recipes) {
    if (recipe.input) {
      const pair = recipe.input.replace(/\r?\n$/, '');
      const colon = pair.indexOf(':');
      if (colon >= 0 && pair.length - colon > 4) add(pair.slice(colon + 1), 'ATLASSIAN_API_TOKEN');
    }
    if (recipe.output) add(recipe.output, 'ATLASSIAN_BASIC_VALUE');
  }
  for (const text of [request.url?.value ?? '', request.body?.value ?? '']) {
    for (const match of text.matchAll(QUERY_PARAMETER))
      if (SECRET_PARAMETER.test(match[1]!)) add(safeDecode(match[2]!), variableFor(match[1]!));
    for (const match of text.matchAll(JSON_STRING_MEMBER))
      if (SECRET_PARAMETER.test(match[1]!)) add(match[2], variableFor(match[1]!));
  }
  if (request.flavour === 'powershell') for (const text of secureStringsIn(source)) add(text, 'ATLASSIAN_API_TOKEN');
  return [...found].map(([text, variable]) => ({ text, variable }));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function secretsOf(facts: Pick<RequestFacts, 'profile' | 'credential' | 'request'>, source = ''): string[] {
  return namedSecretsOf(facts, source).map((s) => s.text);
}

/** `ConvertTo-SecureString 'T' -AsPlainText`: the text of a PowerShell credential, secret by definition. */
function secureStringsIn(source: string): string[] {
  return [...source.matchAll(SECURE_STRING)].map((m) => m[2]!);
}

/** Every place in `text` where one of `secrets` (4 characters or more) occurs. */
function spansOf(text: string, secrets: string[]): Span[] {
  const spans: Span[] = [];
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    for (let at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + secret.length))
      spans.push({ start: at, end: at + secret.length });
  }
  return spans;
}

export function secretSpans(facts: RequestFacts, text: string): Span[] {
  return spansOf(text, secretsOf(facts, text));
}

/** What a secret may look like once copied somewhere: itself, its base64, and base64 of `email:secret`. */
export function secretForms(secrets: string[], emails: string[]): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    forms.add(secret);
    const encoded = encodeBase64Utf8(secret);
    // Unpadded too, so that a base64 cut at its `=` is still found.
    forms.add(encoded).add(encoded.replace(/=+$/, ''));
    for (const email of emails)
      for (const pair of [`${email}:${secret}`, `${email}:${secret}\n`])
        forms.add(encodeBase64Utf8(pair).replace(/=+$/, ''));
  }
  return [...forms].filter((f) => f.length >= 4).sort((a, b) => b.length - a.length);
}

/** `text` with every form of every secret replaced by •••. */
export function redact(text: string, forms: string[]): string {
  let out = text;
  for (const form of forms) if (out.includes(form)) out = out.split(form).join('•••');
  return out;
}
