/**
 * The corrected request: the pasted one with every fix applied that can be applied without
 * guessing — header names and colons, curl's own `-u` instead of hand-made base64, https, the
 * site without an extra path, /search → /search/jql (facts §1.11), the gateway URL when the token
 * is scoped (facts §1.6), X-Atlassian-Token for uploads (facts §1.10). Then written in the paste's
 * own flavour.
 */
import { buildCurl } from './curl';
import { buildHttp } from './http';
import { buildPowerShell } from './powershell';
import type { RequestCheck } from '../check/check';
import type { CorrectedAuth, CorrectedRequest } from './corrected';
import { authorizationHeader } from '../read/credential';
import { isMisspelt } from '../read/header-names';
import type { ParsedRequest } from '../read/request';
import type { UrlTarget } from '../check/url';

function correctedUrl(
  request: ParsedRequest,
  target: UrlTarget | undefined,
  check: RequestCheck,
  cloudId: string | undefined,
  changes: string[],
): string | undefined {
  const url = request.url?.value;
  if (url === undefined || !target || request.url!.unresolved.length > 0) return url;
  const id = cloudId ?? '{cloudId}';
  let apiPath = target.apiPath;
  if (target.removedSearch) {
    apiPath = apiPath.replace(/\/rest\/api\/(?:2|3|latest)\/search\/?(?=[?#]|$)/, '/rest/api/3/search/jql');
    changes.push('/rest/api/…/search → /rest/api/3/search/jql (the old endpoint answers 410: CHANGE-2046).');
  }
  if (target.kind === 'site' && target.origin) {
    // Scoped API tokens and OAuth access tokens only work through the gateway (facts §1.6, §1.9).
    const oauth = check.findings.some((f) => f.code === 'OAUTH_TOKEN_ON_SITE_URL');
    if ((check.scoped || oauth) && target.product) {
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

function correctedAuth(check: RequestCheck, source: string, changes: string[]): CorrectedAuth | undefined {
  const credential = check.credential;
  const request = check.outcome.request;
  const codes = new Set(check.findings.map((f) => f.code));
  if (!credential) {
    if (codes.has('NO_CREDENTIALS_SENT')) {
      changes.push('Added Basic authentication with your email and API token.');
      return { kind: 'basic', email: 'you@example.com' };
    }
    return undefined;
  }
  if (credential.unresolved.length > 0) {
    if (credential.from === 'user-option' && request.user)
      return { kind: 'verbatim-user', text: source.slice(request.user.span.start, request.user.span.end) };
    return undefined;
  }
  if (credential.scheme === 'bearer' && !codes.has('BEARER_WITH_API_TOKEN'))
    return { kind: 'bearer', token: credential.secret };
  const email =
    check.profile?.email ??
    (credential.user && /@/.test(credential.user) && !codes.has('EMAIL_TOKEN_SWAPPED')
      ? credential.user.trim()
      : undefined);
  const token = check.profile?.apiToken;
  if (credential.from !== 'user-option' || codes.has('EMAIL_TOKEN_SWAPPED')) {
    changes.push(
      request.flavour === 'curl'
        ? 'Basic authentication built by curl -u "email:token" instead of a hand-made header.'
        : 'The Basic header built from exactly "email:token".',
    );
  }
  return {
    kind: 'basic',
    email: email ?? (codes.has('EMAIL_TOKEN_SWAPPED') ? (credential.secret ?? '').trim() : 'you@example.com'),
    token,
  };
}

export function correctRequest(check: RequestCheck, source: string, cloudId?: string): CorrectedRequest | undefined {
  if (!check.outcome.understood) return undefined;
  const request = check.outcome.request;
  const codes = new Set(check.findings.map((f) => f.code));
  const changes: string[] = [];
  const auth = authorizationHeader(request);
  const headers: { name: string; value: string }[] = [];
  for (const header of request.headers) {
    if (header === auth) continue;
    if (request.flavour === 'http' && header.name.toLowerCase() === 'host') continue;
    const meant = isMisspelt(header.name);
    if (meant) changes.push(`Header "${header.name}" → "${meant}".`);
    if (!header.hasColon) changes.push(`Added the colon after "${meant ?? header.name}".`);
    headers.push({ name: meant ?? header.name, value: header.value });
  }
  if (auth && isMisspelt(auth.name)) changes.push(`Header "${auth.name}" → "Authorization".`);
  if (auth && !auth.hasColon) changes.push('Added the colon after "Authorization".');
  if (codes.has('UPLOAD_WITHOUT_XSRF_HEADER')) {
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
  const url = correctedUrl(request, check.target, check, cloudId, changes);
  if (url !== undefined) corrected.url = url;
  const authFix = correctedAuth(check, source, changes);
  if (authFix) corrected.auth = authFix;
  if (request.body) {
    if (codes.has('GET_WITH_BODY'))
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
  if (codes.has('SMART_QUOTES')) changes.push('Straight quotes only.');
  if (codes.has('CURL_SINGLE_DASH_LONG_OPTION') || codes.has('TYPOGRAPHIC_DASH'))
    changes.push('Long options with two dashes.');
  if (codes.has('LINE_CONTINUATION_MISSING')) changes.push('Every line but the last ends with "\\".');
  if (codes.has('BASE64_TRAILING_NEWLINE') && request.flavour !== 'curl')
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
