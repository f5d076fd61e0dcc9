/**
 * The corrected request, derived from the request's facts: the pasted one with every fix applied
 * that can be applied without guessing — header names and colons, curl's own `-u` instead of
 * hand-made base64, https, the site without an extra path, /search → /search/jql (the old search
 * endpoint is removed: https://developer.atlassian.com/changelog/#CHANGE-2046), the gateway URL
 * when the token is scoped or is an OAuth access token, X-Atlassian-Token for uploads. Then
 * written in the paste's own flavour.
 */
import type { RequestFacts } from '../facts';
import { authorizationHeader } from '../read/credential';
import { isMisspelt } from '../read/header-names';
import type { ReadIssue } from '../read/request';
import type { CorrectedAuth, CorrectedRequest } from './corrected';
import { buildCurl } from './curl';
import { buildHttp } from './http';
import { EMAIL_PLACEHOLDER } from './placeholders';
import { buildPowerShell } from './powershell';

function correctedUrl(facts: RequestFacts, changes: string[]): string | undefined {
  const { request, target, cloudId } = facts;
  const url = request.url?.value;
  if (url === undefined || !target || request.url!.unresolved.length > 0) return url;
  const id = cloudId ?? '{cloudId}';
  let apiPath = target.apiPath;
  if (target.removedSearch) {
    apiPath = apiPath.replace(/\/rest\/api\/(?:2|3|latest)\/search\/?(?=[?#]|$)/, '/rest/api/3/search/jql');
    changes.push('/rest/api/…/search → /rest/api/3/search/jql (the old endpoint answers 410: CHANGE-2046).');
  }
  if (target.kind === 'site' && target.origin) {
    // Scoped API tokens and OAuth access tokens only work through the gateway.
    const oauth = facts.credential?.reading.bearer === 'oauth-on-site';
    if ((facts.scoped || oauth) && target.product) {
      const product = target.product;
      changes.push(
        `Calls the API gateway, as ${oauth ? 'an OAuth access token' : 'a scoped token'} needs: https://api.atlassian.com/ex/${product}/${id}${cloudId ? '' : ' (put your cloudId in place of {cloudId}: it is at https://<site>.atlassian.net/_edge/tenant_info)'}.`,
      );
      return `https://api.atlassian.com/ex/${product}/${id}${apiPath}`;
    }
    if (!url.startsWith(`${target.origin}${target.apiPath}`) && !url.startsWith(`${target.origin}/${target.apiPath}`))
      changes.push(`Site URL ${target.origin}, with https:// and no extra path.`);
    return `${target.origin}${apiPath.startsWith('/') || apiPath === '' ? '' : '/'}${apiPath}`;
  }
  if (target.kind === 'gateway') {
    let path = apiPath;
    if (/^\/(rest|wiki)(\/|$)/.test(path)) {
      const product = path.startsWith('/wiki') ? 'confluence' : 'jira';
      path = `/ex/${product}/${id}${path}`;
      changes.push(`Added /ex/${product}/${id} to the gateway URL.`);
    }
    return `https://api.atlassian.com${path}`;
  }
  return url;
}

function correctedAuth(facts: RequestFacts, source: string, changes: string[]): CorrectedAuth | undefined {
  const { credential, request, target } = facts;
  if (!credential) {
    // A site or the gateway answers a request without credentials as an anonymous user.
    if (target?.kind === 'site' || target?.kind === 'gateway') {
      changes.push('Added Basic authentication with your email and API token.');
      return { kind: 'basic', email: EMAIL_PLACEHOLDER };
    }
    return undefined;
  }
  if (credential.unresolved.length > 0) {
    if (credential.from === 'user-option' && request.user)
      return { kind: 'verbatim-user', text: source.slice(request.user.span.start, request.user.span.end) };
    return undefined;
  }
  const reading = credential.reading;
  // A Bearer token stays Bearer unless it is an API token, which only works as Basic with its email.
  if (credential.scheme === 'bearer' && reading.bearer !== 'api-token')
    return { kind: 'bearer', token: credential.secret };
  const email =
    facts.profile?.email ??
    (reading.swapped
      ? (credential.secret ?? '').trim()
      : credential.user && /@/.test(credential.user)
        ? credential.user.trim()
        : EMAIL_PLACEHOLDER);
  if (credential.from === 'url-user') {
    changes.push(
      request.flavour === 'curl'
        ? 'The email and token moved out of the URL into curl -u "email:token" (a URL is kept in logs and shell history).'
        : 'The email and token moved out of the URL into the Basic header (a URL is kept in logs and history).',
    );
  } else if (credential.from !== 'user-option' || reading.swapped) {
    changes.push(
      request.flavour === 'curl'
        ? 'Basic authentication built by curl -u "email:token" instead of a hand-made header.'
        : 'The Basic header built from exactly "email:token".',
    );
  }
  return { kind: 'basic', email, token: facts.profile?.apiToken };
}

export function correctRequest(facts: RequestFacts, source: string): CorrectedRequest | undefined {
  if (!facts.read.understood) return undefined;
  const request = facts.request;
  const read = (code: ReadIssue['code']) => request.issues.some((issue) => issue.code === code);
  const changes: string[] = [];
  const auth = authorizationHeader(request);
  const headers: { name: string; value: string }[] = [];
  for (const header of request.headers) {
    if (header === auth) continue;
    if (auth && (header.name.toLowerCase() === 'authorization' || isMisspelt(header.name) === 'Authorization')) {
      changes.push('Dropped the second Authorization header: a request sends one credential.');
      continue;
    }
    if (request.flavour === 'http' && header.name.toLowerCase() === 'host') continue;
    const meant = isMisspelt(header.name);
    if (meant) changes.push(`Header "${header.name}" → "${meant}".`);
    if (!header.hasColon) changes.push(`Added the colon after "${meant ?? header.name}".`);
    headers.push({ name: meant ?? header.name, value: header.value });
  }
  if (auth && isMisspelt(auth.name)) changes.push(`Header "${auth.name}" → "Authorization".`);
  if (auth && request.user && request.flavour === 'curl')
    changes.push('Dropped -u: the Authorization header replaces the one curl builds from it.');
  if (auth && !auth.hasColon) changes.push('Added the colon after "Authorization".');
  if (facts.uploadWithoutXsrf) {
    const existing = headers.find((h) => h.name.toLowerCase() === 'x-atlassian-token');
    if (existing) existing.value = 'no-check';
    else headers.push({ name: 'X-Atlassian-Token', value: 'no-check' });
    changes.push('Added X-Atlassian-Token: no-check for the upload.');
  }
  const corrected: CorrectedRequest = {
    flavour: request.flavour,
    method: request.method,
    headers,
    keep: request.keep,
    changes,
  };
  const url = correctedUrl(facts, changes);
  if (url !== undefined) corrected.url = url;
  const authFix = correctedAuth(facts, source, changes);
  if (authFix) corrected.auth = authFix;
  if (request.body) {
    if (facts.getWithBody)
      changes.push(
        'Dropped the body of the GET request (use -G to send it as query parameters, or the method the endpoint documents).',
      );
    else
      corrected.body = {
        value: request.body.value,
        kind: request.body.kind,
        ...(request.body.moveToQuery ? { moveToQuery: true } : {}),
      };
  }
  if (read('SMART_QUOTES')) changes.push('Straight quotes only.');
  if (read('CURL_SINGLE_DASH_LONG_OPTION') || read('TYPOGRAPHIC_DASH')) changes.push('Long options with two dashes.');
  if (read('LINE_CONTINUATION_MISSING')) changes.push('Every line but the last ends with "\\".');
  if (facts.credential?.trailingNewline && request.flavour !== 'curl')
    changes.push('No newline in the encoded credential.');
  return corrected;
}

export function buildCorrected(corrected: CorrectedRequest, reveal: boolean): string {
  switch (corrected.flavour) {
    case 'curl':
      return buildCurl(corrected, reveal);
    case 'powershell':
      return buildPowerShell(corrected, reveal);
    case 'http':
    case 'header':
      return buildHttp(corrected, reveal);
  }
}
