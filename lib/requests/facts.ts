/**
 * The facts of a pasted request, read once and used by both the checks and the corrected
 * command: what was read (flavour, method, URL, headers, body), where it goes, what credential it
 * sends and what that credential amounts to, and what the user or a diagnosis told us (the token
 * has scopes, the site's cloudId).
 */
import { maskEmail } from '../atlassian/responses';
import { tokenFingerprint } from '../atlassian/token-shape';
import { deriveCredential, readCredential, type CredentialReading, type DerivedCredential } from './read/credential';
import { isMisspelt } from './read/header-names';
import { parseRequest } from './read/read-request';
import { findHeader, type HeaderLine, type ParseOutcome, type ParsedRequest } from './read/request';
import { readTarget, type UrlTarget } from './read/url';

export interface RequestContext {
  /** The user says the token has scopes: it must go through the gateway. */
  tokenScoped?: boolean;
  /** The site's cloudId, when a diagnosis learnt it: used in the gateway URL. */
  cloudId?: string;
}

export interface RequestFacts {
  /** What was read and how; `read.request` holds flavour, method, URL, headers, body and notes. */
  read: ParseOutcome;
  request: ParsedRequest;
  /** Where the URL goes; absent when there is no URL or its value is not in the paste. */
  target?: UrlTarget;
  /** The credential as sent, with where it sits in the paste, and what it amounts to. */
  credential?: DerivedCredential & { reading: CredentialReading };
  /** Shown instead of the credential: masked email and token fingerprint. */
  identity?: { scheme: DerivedCredential['scheme']; emailMasked?: string; fingerprint?: string };
  /** What "Save as profile" and "Diagnose" use; holds the secret, so it stays in memory only. */
  profile?: { siteUrl: string; email: string; apiToken: string };
  /** Why there is no profile to save or diagnose. */
  profileUnavailable?: string;
  /** The token is certainly scoped (a service account's) or the user said so. */
  scoped: boolean;
  /** The site's cloudId, when known. */
  cloudId?: string;
  /** A GET that sends a body (not moved into the query with -G, not a PowerShell hashtable). */
  getWithBody: boolean;
  /** An upload (multipart form, multipart Content-Type or /attachments) that is not a GET. */
  upload: boolean;
  /** The X-Atlassian-Token header, misspelt or not, when sent. */
  xsrfHeader?: HeaderLine;
  /** An upload without `X-Atlassian-Token: no-check`: Jira refuses it (XSRF check). */
  uploadWithoutXsrf: boolean;
}

const SERVICE_ACCOUNT = /@serviceaccount\.atlassian\.com$/i;

export function requestFacts(text: string, context: RequestContext = {}): RequestFacts {
  const read = parseRequest(text);
  const request = read.request;
  const facts: RequestFacts = {
    read,
    request,
    scoped: false,
    getWithBody: false,
    upload: false,
    uploadWithoutXsrf: false,
  };
  if (context.cloudId !== undefined) facts.cloudId = context.cloudId;
  if (!read.understood) {
    facts.profileUnavailable = 'the text could not be read as a request';
    return facts;
  }

  const body = request.body;
  facts.getWithBody = !!body && request.method === 'GET' && !body.moveToQuery && body.kind !== 'hashtable';
  const contentType = findHeader(request, 'content-type')?.value ?? '';
  facts.upload =
    (body?.kind === 'form' ||
      /multipart\/form-data/i.test(contentType) ||
      /\/attachments\/?(?:[?#]|$)/.test(request.url?.value ?? '')) &&
    request.method !== 'GET';
  const xsrf = request.headers.find(
    (h) => h.name.toLowerCase() === 'x-atlassian-token' || isMisspelt(h.name) === 'X-Atlassian-Token',
  );
  if (xsrf) facts.xsrfHeader = xsrf;
  facts.uploadWithoutXsrf = facts.upload && (!xsrf || !/^no-check$/i.test(xsrf.value.trim()));

  if (request.url && request.url.unresolved.length === 0) facts.target = readTarget(request.url);
  else if (request.url) {
    request.notes.push({
      text: `The URL comes from ${request.url.unresolved.join(', ')}, whose value is not in the paste, so it was not checked.`,
      span: request.url.span,
    });
  }
  const target = facts.target;

  const derived = deriveCredential(request);
  let email: string | undefined;
  if (derived) {
    if (derived.unresolved.length > 0) {
      request.notes.push({
        text: `The credential comes from ${derived.unresolved.join(', ')}, whose value is not in the paste: only how it is sent was checked.`,
        span: derived.span,
      });
    }
    const reading = readCredential(derived, target?.kind);
    facts.credential = { ...derived, reading };
    const token = reading.stage === 'pair' ? (reading.secret ?? '').trim() : undefined;
    email = reading.email;
    facts.identity = {
      scheme: derived.scheme,
      emailMasked: email ? maskEmail(email) : undefined,
      fingerprint: token ? tokenFingerprint(token) : undefined,
    };
    if (!reading.usable) facts.profileUnavailable = reading.unusable ?? 'the credential cannot be read';
    else if (target?.kind !== 'site' || !target.origin)
      facts.profileUnavailable =
        target?.kind === 'gateway'
          ? 'the URL is the API gateway, which does not name the site: save it from the Profiles page with the site URL'
          : 'there is no *.atlassian.net site in the URL';
    else facts.profile = { siteUrl: target.origin, email: email!, apiToken: token! };
  } else facts.profileUnavailable = 'the request sends no credential';

  // A token's text never says whether it is scoped; a service account's always is.
  facts.scoped = !!context.tokenScoped || SERVICE_ACCOUNT.test(email ?? '');
  return facts;
}
