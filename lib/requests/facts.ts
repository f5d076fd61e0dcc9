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
import { decideTarget, type RequestTarget } from './target';
import { isAtlassianApiToken, looksLikeDcPat } from './read/token-kinds';
import { requestShape, type RequestShape } from './check/shape';
import type { SecretStandIn } from './read/stand-in';

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
  /** Where the request goes, decided before any rule runs (lib/requests/target.ts). */
  target: RequestTarget;
  /** The URL read as the engine's site and gateway rules read it; absent when there is no URL or its value is not in the paste. */
  urlParts?: UrlTarget;
  /** The credential as sent, with where it sits in the paste, and what it amounts to. */
  credential?: DerivedCredential & { reading: CredentialReading };
  /**
   * Shown instead of the credential: masked email and token fingerprint; a token or email written
   * as a variable is named instead (it has no value here to fingerprint).
   */
  identity?: {
    scheme: DerivedCredential['scheme'];
    emailMasked?: string;
    fingerprint?: string;
    tokenStandIn?: SecretStandIn;
    emailStandIn?: SecretStandIn;
    /** Documentation text where the token goes (`<your-api-token>`): named, never fingerprinted. */
    tokenPlaceholder?: string;
  };
  /** What "Save as profile" and "Diagnose" use; holds the secret, so it stays in memory only. */
  profile?: DraftCredential;
  /**
   * The profile's secret is written as this variable: the profile holds an empty secret, which
   * Diagnose asks the user for and Save as profile leaves empty; the variable's text is never used as one.
   */
  secretNeeded?: SecretNeeded;
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
  /** What the shape rules of the target found (browser headers, JQL, PowerShell, shell): findings and correction read it. */
  shape: RequestShape;
  /** The X-Atlassian-Token header, misspelt or not, when sent. */
  xsrfHeader?: HeaderLine;
  /** An upload without `X-Atlassian-Token: no-check`: Jira refuses it (XSRF check). */
  uploadWithoutXsrf: boolean;
}

/** What stands where the profile's secret goes: a variable, or documentation text (`<your-api-token>`, `{{token}}`). */
interface SecretNeeded {
  text: string;
  kind: 'variable' | 'placeholder';
}

/** The credential a request reveals whole: a Cloud API token with its site and email, or a Data Center PAT with its server. */
export type DraftCredential =
  | { kind: 'cloud-api-token'; siteUrl: string; email: string; apiToken: string }
  | { kind: 'dc-pat'; serverUrl: string; pat: string };

/** The secret of a draft credential. */
export function draftSecret(draft: DraftCredential): string {
  return draft.kind === 'dc-pat' ? draft.pat : draft.apiToken;
}

const SERVICE_ACCOUNT = /@serviceaccount\.atlassian\.com$/i;

export function requestFacts(text: string, context: RequestContext = {}): RequestFacts {
  const read = parseRequest(text);
  const request = read.request;
  const facts: RequestFacts = {
    read,
    request,
    target: decideTarget(undefined),
    shape: { browserHeaders: [], tls12Missing: false, getIntoPost: false, dataFilesWithoutAt: [] },
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

  if (request.url && request.url.unresolved.length === 0) facts.urlParts = readTarget(request.url);
  else if (request.url) {
    request.notes.push({
      text: `The URL comes from ${request.url.unresolved.join(', ')}, whose value is not in the paste, so it was not checked.`,
      span: request.url.span,
    });
  }
  const urlParts = facts.urlParts;
  const derived = deriveCredential(request);
  // Where it goes is decided first, from host, path and credential: every rule after is that target's.
  facts.target = decideTarget(urlParts ? request.url?.value : undefined, derived);

  let email: string | undefined;
  if (derived) {
    const reading = readCredential(derived, urlParts?.kind, request.flavour);
    // A token or email that is a variable, whole, is named by its own finding; anything else unresolved is said here.
    if (reading.stage === 'unresolved') {
      request.notes.push({
        text: `The credential comes from ${derived.unresolved.join(', ')}, whose value is not in the paste: only how it is sent was checked.`,
        span: derived.span,
      });
    }
    facts.credential = { ...derived, reading };
    const standIn = reading.tokenStandIn;
    const token = reading.stage === 'pair' && !standIn ? (reading.secret ?? '').trim() : undefined;
    email = reading.emailStandIn ? undefined : reading.email;
    // A value that is not in the paste has no fingerprint: "…OKEN" of "$ATLASSIAN_API_TOKEN" would pass for a token's.
    const placeholder = reading.secretPlaceholder ?? reading.placeholder;
    const fingerprinted = !standIn && !placeholder && reading.stage !== 'unresolved' && derived.unresolved.length === 0;
    facts.identity = {
      scheme: derived.scheme,
      emailMasked: email ? maskEmail(email) : undefined,
      fingerprint: !fingerprinted
        ? undefined
        : token
          ? tokenFingerprint(token)
          : derived.secret
            ? tokenFingerprint(derived.secret)
            : undefined,
      ...(standIn ? { tokenStandIn: standIn } : {}),
      ...(reading.emailStandIn ? { emailStandIn: reading.emailStandIn } : {}),
      ...(placeholder ? { tokenPlaceholder: placeholder } : {}),
    };
    draftOf(facts, reading, token);
  } else facts.profileUnavailable = 'the request sends no credential';

  // A token's text never says whether it is scoped; a service account's always is.
  facts.scoped = !!context.tokenScoped || SERVICE_ACCOUNT.test(email ?? '');
  facts.shape = requestShape(facts, text);
  return facts;
}

/** The personal access token a Data Center request sends: as Bearer, or (wrongly) as a Basic password. */
export function dataCenterPat(credential: RequestFacts['credential']): string | undefined {
  if (!credential) return undefined;
  const secret = (credential.secret ?? '').trim();
  if (credential.scheme === 'bearer') return secret === '' || isAtlassianApiToken(secret) ? undefined : secret;
  const raw = /^\s*basic\s+(\S+)\s*$/i.exec(credential.header?.value ?? '')?.[1];
  if (raw !== undefined && looksLikeDcPat(raw)) return raw;
  if (looksLikeDcPat(secret)) return secret;
  const user = (credential.user ?? '').trim();
  return !credential.hasColon && looksLikeDcPat(user) ? user : undefined;
}

/** The profile "Diagnose" and "Save as profile" use, for the targets whose credential kind exists. */
function draftOf(facts: RequestFacts, reading: CredentialReading, token: string | undefined): void {
  const { target, urlParts, credential } = facts;
  const standIn = reading.tokenStandIn;
  const needed: SecretNeeded | undefined = standIn
    ? { text: standIn.text, kind: 'variable' }
    : reading.secretPlaceholder
      ? { text: reading.secretPlaceholder, kind: 'placeholder' }
      : reading.stage === 'bearer' && reading.placeholder
        ? { text: reading.placeholder, kind: 'placeholder' }
        : undefined;
  if (target.id === 'jira-dc' || target.id === 'confluence-dc') {
    const pat = dataCenterPat(credential);
    if (needed && credential?.scheme === 'bearer') {
      // `Bearer $JIRA_PAT`: the server is known, the token is asked for (never the variable's name).
      facts.profile = { kind: 'dc-pat', serverUrl: `${target.origin ?? ''}${target.contextPath ?? ''}`, pat: '' };
      facts.secretNeeded = needed;
    } else if (credential?.unresolved.length)
      facts.profileUnavailable = reading.unusable ?? 'the credential cannot be read';
    else if (pat === undefined || reading.bearer === 'placeholder')
      facts.profileUnavailable = 'a Data Center profile needs a personal access token';
    else facts.profile = { kind: 'dc-pat', serverUrl: `${target.origin ?? ''}${target.contextPath ?? ''}`, pat };
    return;
  }
  if (target.id === 'bitbucket-cloud') {
    facts.profileUnavailable = 'Bitbucket credentials are not a kind Token Doctor can diagnose yet';
    return;
  }
  // The token written as a variable: everything else may still make a profile, whose token the user gives.
  const needsToken =
    !!needed &&
    reading.stage === 'pair' &&
    !reading.emailStandIn &&
    !reading.emailPlaceholder &&
    /^[^\s@:]+@[^\s@:]+\.[^\s@:]+$/.test(reading.email ?? '');
  if (!reading.usable && !needsToken) facts.profileUnavailable = reading.unusable ?? 'the credential cannot be read';
  else if (urlParts?.kind !== 'site' || !urlParts.origin)
    facts.profileUnavailable =
      urlParts?.kind === 'gateway'
        ? 'the URL is the API gateway, which does not name the site: save it from the Profiles page with the site URL'
        : 'there is no *.atlassian.net site in the URL';
  else if (needsToken) {
    facts.profile = { kind: 'cloud-api-token', siteUrl: urlParts.origin, email: reading.email!, apiToken: '' };
    facts.secretNeeded = needed;
  } else facts.profile = { kind: 'cloud-api-token', siteUrl: urlParts.origin, email: reading.email!, apiToken: token! };
}
