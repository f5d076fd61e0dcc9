/**
 * Checks a pasted request without sending anything: construction mistakes (lib/requests), and
 * every URL and credential code of the engine that applies (its own parseSiteUrl and lint).
 * Each finding carries the spans of the pasted text it is about.
 */
import { maskEmail } from '../../atlassian/responses';
import { tokenFingerprint } from '../../atlassian/token-shape';
import { orderFindings, verdictOf } from '../../model/verdict';
import type { Finding, Verdict } from '../../model/report';
import { makeFinding } from '../../findings/make-finding';
import { checkCredential } from './credential';
import { deriveCredential, type DerivedCredential } from '../read/credential';
import { isMisspelt } from '../read/header-names';
import { parseRequest } from '../read/read-request';
import { findHeader, type ParseOutcome, type ParsedRequest } from '../read/request';
import { checkUrl, type UrlTarget } from './url';

export interface CheckOptions {
  /** The user says the token has scopes: it must go through the gateway (facts §1.6). */
  tokenScoped?: boolean;
  /** The site's cloudId, when a diagnosis learnt it: used in the gateway URL. */
  cloudId?: string;
}

export interface RequestCheck {
  outcome: ParseOutcome;
  findings: Finding[];
  verdict: Verdict;
  target?: UrlTarget;
  credential?: DerivedCredential;
  /** Shown instead of the credential: masked email and token fingerprint. */
  identity?: { scheme: DerivedCredential['scheme']; emailMasked?: string; fingerprint?: string };
  /** What "Save as profile" and "Diagnose" use; holds the secret, so it stays in memory only. */
  profile?: { siteUrl: string; email: string; apiToken: string };
  /** Why there is no profile to save or diagnose. */
  profileUnavailable?: string;
  /** The token is certainly scoped (a service account's) or the user said so. */
  scoped: boolean;
}

const SERVICE_ACCOUNT = /@serviceaccount\.atlassian\.com$/i;

function headerFindings(request: ParsedRequest): Finding[] {
  const findings: Finding[] = [];
  for (const header of request.headers) {
    const meant = isMisspelt(header.name);
    if (meant) {
      const finding = makeFinding(
        'HEADER_NAME_MISSPELLED',
        { detail: header.name, expected: meant },
        { evidence: [`Header: ${header.name}`] },
      );
      // A misspelt Accept or Content-Type rarely decides whether a call works; credentials do.
      if (meant === 'Accept' || meant === 'Content-Type') finding.severity = 'warning';
      findings.push({ ...finding, spans: [header.nameSpan] });
    }
    if (!header.hasColon && header.name !== '') {
      findings.push({
        ...makeFinding(
          'HEADER_MISSING_COLON',
          { detail: meant ?? header.name, expected: header.separator || undefined },
          { evidence: [`Header: ${header.name} …`] },
        ),
        spans: [{ start: header.nameSpan.start, end: Math.max(header.nameSpan.end, header.valueSpan.start) }],
      });
    }
  }
  return findings;
}

function requestFindings(request: ParsedRequest): Finding[] {
  const findings: Finding[] = [];
  for (const issue of request.issues) {
    const finding = makeFinding(issue.code, { detail: issue.detail, flavour: request.flavour });
    if (issue.code === 'SMART_QUOTES' && request.flavour === 'powershell') finding.severity = 'warning';
    findings.push({ ...finding, spans: issue.spans });
  }
  const body = request.body;
  if (body && request.method === 'GET' && !body.moveToQuery && body.kind !== 'hashtable') {
    findings.push({
      ...makeFinding('GET_WITH_BODY', { method: request.method }),
      spans: [...(request.methodSpan ? [request.methodSpan] : []), body.span],
    });
  }
  const contentType = findHeader(request, 'content-type')?.value ?? '';
  const upload =
    body?.kind === 'form' ||
    /multipart\/form-data/i.test(contentType) ||
    /\/attachments\/?(?:[?#]|$)/.test(request.url?.value ?? '');
  const xsrf = request.headers.find(
    (h) => h.name.toLowerCase() === 'x-atlassian-token' || isMisspelt(h.name) === 'X-Atlassian-Token',
  );
  if (upload && request.method !== 'GET' && (!xsrf || !/^no-check$/i.test(xsrf.value.trim()))) {
    findings.push({
      ...makeFinding('UPLOAD_WITHOUT_XSRF_HEADER'),
      spans: [xsrf?.span ?? body?.span ?? request.url?.span ?? { start: 0, end: 0 }],
    });
  }
  return findings;
}

export function checkRequest(text: string, options: CheckOptions = {}): RequestCheck {
  const outcome = parseRequest(text);
  const request = outcome.request;
  if (!outcome.understood) {
    const findings = [makeFinding('REQUEST_UNREADABLE', { detail: outcome.summary })];
    return {
      outcome,
      findings,
      verdict: 'error',
      scoped: false,
      profileUnavailable: 'the text could not be read as a request',
    };
  }
  const findings: Finding[] = [...headerFindings(request), ...requestFindings(request)];
  let target: UrlTarget | undefined;
  if (request.url && request.url.unresolved.length === 0) {
    const url = checkUrl(request.url, text);
    target = url.target;
    findings.push(...url.findings);
  } else if (request.url) {
    request.notes.push({
      text: `The URL comes from ${request.url.unresolved.join(', ')}, whose value is not in the paste, so it was not checked.`,
      span: request.url.span,
    });
  }

  const credential = deriveCredential(request);
  let profile: RequestCheck['profile'];
  let profileUnavailable: string | undefined;
  let identity: RequestCheck['identity'];
  let email: string | undefined;
  if (credential) {
    if (credential.unresolved.length > 0) {
      request.notes.push({
        text: `The credential comes from ${credential.unresolved.join(', ')}, whose value is not in the paste: only how it is sent was checked.`,
        span: credential.span,
      });
    }
    const result = checkCredential(credential, target, text);
    findings.push(...result.findings);
    email = result.email;
    identity = {
      scheme: credential.scheme,
      emailMasked: result.email ? maskEmail(result.email) : undefined,
      fingerprint: result.token ? tokenFingerprint(result.token) : undefined,
    };
    if (!result.usable) profileUnavailable = result.unusable ?? 'the credential cannot be read';
    else if (target?.kind !== 'site' || !target.origin)
      profileUnavailable =
        target?.kind === 'gateway'
          ? 'the URL is the API gateway, which does not name the site: save it from the Profiles page with the site URL'
          : 'there is no *.atlassian.net site in the URL';
    else profile = { siteUrl: target.origin, email: result.email!, apiToken: result.token! };
  } else {
    profileUnavailable = 'the request sends no credential';
    if (target && (target.kind === 'site' || target.kind === 'gateway')) {
      findings.push({ ...makeFinding('NO_CREDENTIALS_SENT'), spans: request.url ? [request.url.span] : [] });
    }
  }

  const scoped = !!options.tokenScoped || SERVICE_ACCOUNT.test(email ?? '');
  const basicish = credential === undefined || credential.scheme === 'basic' || credential.scheme === 'none';
  if (target?.kind === 'site' && target.apiPath !== '' && target.product && basicish) {
    const params = { host: target.host, origin: target.origin, cloudId: options.cloudId, email };
    const spans = request.url ? [request.url.span] : [];
    // facts §1.6: a token's text never says whether it is scoped; a service account's always is.
    if (scoped)
      findings.push({
        ...makeFinding('SCOPED_TOKEN_ON_SITE_URL', params, { evidence: [`URL: ${request.url?.value ?? ''}`] }),
        spans,
      });
    else findings.push({ ...makeFinding('SITE_URL_REFUSES_SCOPED_TOKENS', params), spans });
  }

  if (!findings.some((f) => f.severity === 'error' || f.severity === 'warning')) {
    findings.push(
      makeFinding('REQUEST_WELL_FORMED', { detail: outcome.summary.replace(/^Read as /, 'This ').replace(/\.$/, '') }),
    );
  }
  const ordered = orderFindings(findings);
  const check: RequestCheck = { outcome, findings: ordered, verdict: verdictOf(ordered), scoped };
  if (target) check.target = target;
  if (credential) check.credential = credential;
  if (identity) check.identity = identity;
  if (profile) check.profile = profile;
  if (profileUnavailable) check.profileUnavailable = profileUnavailable;
  return check;
}
