/**
 * The corrected request, derived from the request's facts and built for its target: the pasted
 * one with every fix applied that can be applied without guessing — header names and colons,
 * curl's own `-u` instead of hand-made base64, https, the site without an extra path,
 * /search → /search/jql (the old search endpoint is removed: https://developer.atlassian.com/changelog/#CHANGE-2046),
 * the gateway URL when the token is scoped or is an OAuth access token, `/wiki` for Confluence
 * Cloud, Bearer for a Data Center personal access token and `/rest/api/2` for Data Center,
 * Basic email:token for a Bitbucket API token and Bearer for its access tokens, a GenieKey for
 * integration events, X-Atlassian-Token for uploads and browser writes, no browser headers,
 * `-G` for a GET, TLS 1.2 for Windows PowerShell. Then written in the paste's own flavour.
 */
import { dataCenterPat, type RequestFacts } from '../facts';
import { authorizationHeader } from '../read/credential';
import { sentAsWritten, variableName } from '../read/stand-in';
import { isMisspelt } from '../read/header-names';
import type { ReadIssue } from '../read/request';
import { bitbucketCredential } from '../check/targets/bitbucket-cloud';
import { v2Counterpart } from '../check/targets/confluence-cloud';
import { confluenceDcPath, dataCenterPath } from '../check/targets/data-center';
import { sendsGenieKey, wantsGenieKey } from '../check/targets/jsm-ops';
import { isAtlassianApiToken, looksLikeDcPat } from '../read/token-kinds';
import type { TargetId } from '../target';
import type { CorrectedAuth, CorrectedRequest, SecretSlot } from './corrected';
import { buildCurl } from './curl';
import { buildHttp } from './http';
import { EMAIL_PLACEHOLDER } from './placeholders';
import { buildPowerShell } from './powershell';

const GATEWAYS: Partial<Record<TargetId, string>> = { 'gov-cloud': 'api.atlassian-us-gov-mod.com' };

function correctedUrl(facts: RequestFacts, changes: string[]): string | undefined {
  const { request, urlParts, cloudId, target } = facts;
  const url = request.url?.value;
  if (url === undefined || !urlParts || request.url!.unresolved.length > 0) return url;
  const id = cloudId ?? '{cloudId}';
  const where = (path: string) => `${target.origin ?? ''}${path}`;

  switch (target.id) {
    case 'jira-dc':
    case 'confluence-dc': {
      const path = target.id === 'jira-dc' ? dataCenterPath(target.path) : confluenceDcPath(target.path);
      if (path !== target.path)
        changes.push(
          target.id === 'jira-dc'
            ? `${target.path.replace(/[?#].*$/, '')} → ${path.replace(/[?#].*$/, '')}: Data Center serves /rest/api/2, not the Cloud-only /rest/api/3 or /search/jql.`
            : '/rest/api/1.0 → /rest/api: Confluence Data Center has no version in its REST path.',
        );
      return where(path);
    }
    case 'bitbucket-cloud':
    case 'jsm-ops':
    case 'admin-api':
    case 'not-atlassian':
    case 'unknown':
      return urlParts.kind === 'gateway' ? gatewayUrl(facts, changes, id) : url;
    case 'gov-cloud': {
      if (facts.scoped && target.via === 'site' && target.product) {
        const gateway = GATEWAYS['gov-cloud']!;
        changes.push(
          `Calls the Government Cloud gateway, as a scoped token needs: https://${gateway}/ex/${target.product}/${id}.`,
        );
        return `https://${gateway}/ex/${target.product}/${id}${target.path}`;
      }
      return url;
    }
    default:
      break;
  }

  let apiPath = urlParts.apiPath;
  if (urlParts.removedSearch) {
    apiPath = apiPath.replace(/\/rest\/api\/(?:2|3|latest)\/search\/?(?=[?#]|$)/, '/rest/api/3/search/jql');
    changes.push('/rest/api/…/search → /rest/api/3/search/jql (the old endpoint answers 410: CHANGE-2046).');
  }
  if (target.id === 'confluence-cloud') apiPath = confluencePath(facts, apiPath, changes);
  if (urlParts.kind === 'site' && urlParts.origin) {
    // Scoped API tokens and OAuth access tokens only work through the gateway.
    const oauth = facts.credential?.reading.bearer === 'oauth-on-site';
    const product = target.product ?? urlParts.product;
    if ((facts.scoped || oauth) && product) {
      changes.push(
        `Calls the API gateway, as ${oauth ? 'an OAuth access token' : 'a scoped token'} needs: https://api.atlassian.com/ex/${product}/${id}${cloudId ? '' : ' (put your cloudId in place of {cloudId}: it is at https://<site>.atlassian.net/_edge/tenant_info)'}.`,
      );
      return `https://api.atlassian.com/ex/${product}/${id}${apiPath}`;
    }
    if (
      !url.startsWith(`${urlParts.origin}${urlParts.apiPath}`) &&
      !url.startsWith(`${urlParts.origin}/${urlParts.apiPath}`)
    )
      if (!(target.id === 'confluence-cloud' && /\/wiki\/wiki/.test(url)))
        changes.push(`Site URL ${urlParts.origin}, with https:// and no extra path.`);
    return `${urlParts.origin}${apiPath.startsWith('/') || apiPath === '' ? '' : '/'}${apiPath}`;
  }
  if (urlParts.kind === 'gateway') return gatewayUrl(facts, changes, id, apiPath);
  return url;
}

function gatewayUrl(facts: RequestFacts, changes: string[], id: string, apiPath = facts.urlParts!.apiPath): string {
  let path = apiPath;
  if (/^\/(rest|wiki)(\/|$)/.test(path)) {
    const product = path.startsWith('/wiki') ? 'confluence' : 'jira';
    path = `/ex/${product}/${id}${path}`;
    changes.push(`Added /ex/${product}/${id} to the gateway URL.`);
  }
  return `https://api.atlassian.com${path}`;
}

/** Confluence Cloud: /wiki added where it is missing, once where it is doubled, v2 where v1 is gone or mixed. */
function confluencePath(facts: RequestFacts, apiPath: string, changes: string[]): string {
  const { target, credential } = facts;
  let path = apiPath;
  if (target.missingWiki && target.via === 'site') {
    path = `/wiki${target.path}`;
    changes.push('Added /wiki: Confluence Cloud lives under /wiki on the site.');
  }
  if (/\/wiki\/wiki(?=[/?#]|$)/.test(target.path)) {
    path = target.path.replace(/\/wiki(?:\/wiki)+(?=[/?#]|$)/, '/wiki');
    changes.push('One /wiki, not two.');
  }
  if (/\/rest\/api\/v2(?=[/?#]|$)/.test(path)) {
    path = path.replace(/\/rest\/api\/v2(?=[/?#]|$)/, '/api/v2');
    changes.push('/wiki/rest/api/v2 → /wiki/api/v2 (the v2 base has no /rest).');
  }
  const oauth = credential?.scheme === 'bearer' && credential.reading.bearer !== 'api-token';
  if (target.via === 'gateway' || oauth) {
    const v2 = v2Counterpart(path);
    if (v2) {
      changes.push(
        `${path.replace(/[?#].*$/, '')} → ${v2.replace(/[?#].*$/, '')}: the v1 endpoint answers 410 Gone on this path.`,
      );
      path = v2;
    }
  }
  return path;
}

/** What the secret is called in the corrected command, by target. */
function slotFor(target: TargetId, kind: 'basic' | 'bearer'): SecretSlot {
  switch (target) {
    case 'jira-dc':
      return kind === 'bearer'
        ? { variable: 'JIRA_PAT', label: 'personal access token' }
        : { variable: 'JIRA_PASSWORD', label: 'password' };
    case 'confluence-dc':
      return kind === 'bearer'
        ? { variable: 'CONFLUENCE_PAT', label: 'personal access token' }
        : { variable: 'CONFLUENCE_PASSWORD', label: 'password' };
    case 'bitbucket-cloud':
      return kind === 'bearer'
        ? { variable: 'BITBUCKET_ACCESS_TOKEN', label: 'access token' }
        : { variable: 'BITBUCKET_API_TOKEN', label: 'API token' };
    case 'admin-api':
      return kind === 'bearer' ? { variable: 'ATLASSIAN_ADMIN_KEY', label: 'organization API key' } : {};
    default:
      return {};
  }
}

function targetAuth(facts: RequestFacts, changes: string[]): CorrectedAuth | undefined | 'cloud' {
  const { credential, target } = facts;
  const id = target.id;
  if (id === 'jira-dc' || id === 'confluence-dc') {
    if (!credential) {
      changes.push('Added a personal access token as Bearer.');
      return { kind: 'bearer', ...slotFor(id, 'bearer') };
    }
    const secret = (credential.secret ?? '').trim();
    if (credential.scheme === 'bearer') {
      if (isAtlassianApiToken(secret)) {
        changes.push(
          'A personal access token of the server as Bearer instead of the Cloud API token (create one: your avatar → Profile → Personal Access Tokens).',
        );
        return { kind: 'bearer', ...slotFor(id, 'bearer') };
      }
      return { kind: 'bearer', token: credential.secret, ...slotFor(id, 'bearer') };
    }
    if (credential.scheme === 'other') return undefined;
    const user = (credential.user ?? '').trim();
    const pat = dataCenterPat(credential);
    if (pat !== undefined) {
      changes.push('The personal access token sent as "Authorization: Bearer <token>", with no username.');
      return { kind: 'bearer', token: pat, ...slotFor(id, 'bearer') };
    }
    if (isAtlassianApiToken(secret) || isAtlassianApiToken(user)) {
      changes.push(
        'A personal access token of the server as Bearer instead of the Cloud email:API token (create one: your avatar → Profile → Personal Access Tokens).',
      );
      return { kind: 'bearer', ...slotFor(id, 'bearer') };
    }
    if (credential.unresolved.length > 0) return 'cloud';
    // A username and its password: a Basic login like any other, built by the client.
    if (credential.from !== 'user-option')
      changes.push(
        facts.request.flavour === 'curl'
          ? 'Basic authentication built by curl -u "username:password".'
          : 'The Basic header built from exactly "username:password".',
      );
    return {
      kind: 'basic',
      email: user || 'username',
      ...(secret !== '' ? { token: credential.secret } : {}),
      ...slotFor(id, 'basic'),
    };
  }
  if (id === 'bitbucket-cloud') {
    const kind = bitbucketCredential(facts);
    const email = (credential?.user ?? '').trim();
    const known = /^[^\s@:]+@[^\s@:]+\.[^\s@:]+$/.test(email) ? email : EMAIL_PLACEHOLDER;
    switch (kind) {
      case 'api-token-as-bearer':
      case 'api-token-without-email':
      case 'username-with-api-token':
        changes.push('The Atlassian API token sent as Basic "email:token", with your Atlassian account email.');
        return { kind: 'basic', email: EMAIL_PLACEHOLDER, token: credential?.secret?.trim(), ...slotFor(id, 'basic') };
      case 'access-token-as-basic':
        changes.push('The access token sent as "Authorization: Bearer <token>".');
        return { kind: 'bearer', token: credential?.secret?.trim(), ...slotFor(id, 'bearer') };
      case 'app-password':
        changes.push(
          'An Atlassian API token with Bitbucket scopes and your Atlassian account email instead of the retired app password.',
        );
        return { kind: 'basic', email: EMAIL_PLACEHOLDER, ...slotFor(id, 'basic') };
      case 'fine':
        if (credential?.scheme === 'bearer')
          return { kind: 'bearer', token: credential.secret, ...slotFor(id, 'bearer') };
        if (!credential) {
          changes.push(
            'Added Basic authentication with your Atlassian account email and an API token with Bitbucket scopes.',
          );
          return { kind: 'basic', email: EMAIL_PLACEHOLDER, ...slotFor(id, 'basic') };
        }
        if (credential.unresolved.length > 0 || credential.scheme === 'other') return 'cloud';
        return {
          kind: 'basic',
          email: known === EMAIL_PLACEHOLDER ? email || EMAIL_PLACEHOLDER : known,
          token: credential.secret,
          ...slotFor(id, 'basic'),
        };
    }
  }
  if (id === 'jsm-ops') {
    const genie = { scheme: 'GenieKey', variable: 'OPSGENIE_API_KEY', label: 'API integration key' };
    if (wantsGenieKey(facts)) {
      if (sendsGenieKey(facts))
        return { kind: 'bearer', token: credential?.header?.value.trim().replace(/^GenieKey\s+/i, ''), ...genie };
      if (credential?.unresolved.length) return 'cloud';
      changes.push(
        '"Authorization: GenieKey <API integration key>": integration events take the key of an API integration.',
      );
      return { kind: 'bearer', ...genie };
    }
    if (sendsGenieKey(facts)) {
      changes.push('Basic "email:API token" instead of the GenieKey: the JSM operations REST API takes an API token.');
      return { kind: 'basic', email: EMAIL_PLACEHOLDER };
    }
    return 'cloud';
  }
  if (id === 'admin-api') {
    if (credential?.scheme === 'bearer') return { kind: 'bearer', token: credential.secret, ...slotFor(id, 'bearer') };
    if (credential && credential.unresolved.length > 0) return 'cloud';
    changes.push('An organization API key as Bearer: the admin APIs do not take a personal API token.');
    return { kind: 'bearer', ...slotFor(id, 'bearer') };
  }
  if (credential?.scheme === 'other') {
    const value = credential.header?.value.trim() ?? '';
    const scheme = /^(\S+)\s+(\S[\s\S]*)$/.exec(value);
    if (scheme) return { kind: 'bearer', scheme: scheme[1], token: scheme[2] };
  }
  if (
    credential?.scheme === 'bearer' &&
    looksLikeDcPat(credential.secret ?? '') &&
    (id === 'jira-cloud' || id === 'jira-gateway' || id === 'confluence-cloud')
  ) {
    changes.push('Basic "email:API token" of your Atlassian account instead of the Data Center token.');
    return { kind: 'basic', email: EMAIL_PLACEHOLDER };
  }
  return 'cloud';
}

function correctedAuth(facts: RequestFacts, source: string, changes: string[]): CorrectedAuth | undefined {
  const { credential, request, urlParts, target } = facts;
  const forTarget = targetAuth(facts, changes);
  if (forTarget !== 'cloud') return forTarget;
  if (!credential) {
    // A site or the gateway answers a request without credentials as an anonymous user.
    if (
      urlParts?.kind === 'site' ||
      urlParts?.kind === 'gateway' ||
      target.id === 'gov-cloud' ||
      target.id === 'confluence-cloud'
    ) {
      changes.push(
        request.psCredential
          ? 'An explicit Basic Authorization header from your email and API token instead of -Credential, which PowerShell never sends to Atlassian Cloud.'
          : 'Added Basic authentication with your email and API token.',
      );
      return { kind: 'basic', email: EMAIL_PLACEHOLDER };
    }
    return undefined;
  }
  const standIn = credential.reading.tokenStandIn;
  // `Bearer $TOKEN`: still Bearer, with the variable (keepStandIn).
  if (credential.scheme === 'bearer' && standIn) return { kind: 'bearer', token: credential.secret };
  if (
    credential.unresolved.length > 0 &&
    (credential.reading.stage === 'unresolved' || standIn?.syntax === 'substitution' || credential.reading.emailStandIn)
  ) {
    if (credential.from === 'user-option' && request.user)
      return { kind: 'verbatim-user', text: source.slice(request.user.span.start, request.user.span.end) };
    return undefined;
  }
  const reading = credential.reading;
  // A Bearer token stays Bearer unless it is an API token, which only works as Basic with its email.
  if (credential.scheme === 'bearer' && reading.bearer !== 'api-token')
    return { kind: 'bearer', token: credential.secret };
  const profile = facts.profile?.kind === 'cloud-api-token' ? facts.profile : undefined;
  const email =
    profile?.email ??
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
  if (standIn && sentAsWritten(standIn))
    changes.push(
      standIn.fill === 'encoded'
        ? `${standIn.text} put in by the shell, not its name encoded into the Basic value.`
        : `${standIn.text} in double quotes, so that the shell puts its value in.`,
    );
  // An empty token (the user has yet to give it) is no token.
  return { kind: 'basic', email, token: profile?.apiToken || undefined };
}

/**
 * A token written as a variable stays that variable (`$JIRA_TOKEN`, `$env:JIRA_TOKEN`), written
 * where the shell fills it in, in the masked and the revealed command alike: its name is no secret.
 */
function keepStandIn(auth: CorrectedAuth | undefined, facts: RequestFacts): CorrectedAuth | undefined {
  const standIn = facts.credential?.reading.tokenStandIn;
  if (!auth || !standIn || auth.kind === 'verbatim-user') return auth;
  if (auth.token !== undefined && auth.token.trim() !== standIn.text) return auth;
  const { token: _dropped, ...rest } = auth;
  const variable = variableName(standIn);
  return variable ? { ...rest, variable } : rest;
}

export function correctRequest(facts: RequestFacts, source: string): CorrectedRequest | undefined {
  if (!facts.read.understood) return undefined;
  const request = facts.request;
  const read = (code: ReadIssue['code']) => request.issues.some((issue) => issue.code === code);
  const changes: string[] = [];
  const auth = authorizationHeader(request);
  const headers: { name: string; value: string }[] = [];
  const shape = facts.shape;
  for (const header of request.headers) {
    if (header === auth) continue;
    if (shape.browserHeaders.includes(header)) continue;
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
  if (shape.browserWrite) {
    const existing = headers.find((h) => h.name.toLowerCase() === 'x-atlassian-token');
    if (existing) existing.value = 'no-check';
    else headers.push({ name: 'X-Atlassian-Token', value: 'no-check' });
    changes.push(
      'Added X-Atlassian-Token: no-check: Jira refuses writes from a browser User-Agent without it (XSRF check).',
    );
  }
  if (shape.browserHeaders.length > 0)
    changes.push(
      `Dropped ${shape.browserHeaders.map((h) => h.name).join(', ')}: run the call from a server or an extension's background, not from a web page.`,
    );
  if (shape.psHeadersString) changes.push('-Headers as a hashtable, not a string.');
  const corrected: CorrectedRequest = {
    flavour: request.flavour,
    method: request.method,
    headers,
    keep: request.keep,
    changes,
  };
  const url = correctedUrl(facts, changes);
  if (url !== undefined) corrected.url = url;
  const authFix = keepStandIn(correctedAuth(facts, source, changes), facts);
  if (authFix) corrected.auth = authFix;
  if (request.body) {
    if (facts.getWithBody)
      changes.push(
        'Dropped the body of the GET request (use -G to send it as query parameters, or the method the endpoint documents).',
      );
    else {
      let value = request.body.value;
      const fromFile = request.body.fromFile || shape.dataFilesWithoutAt.length > 0;
      if (shape.dataFilesWithoutAt.length > 0 && !value.startsWith('@')) {
        value = `@${value}`;
        changes.push(`-d @${request.body.value}: curl sends the file's content, not its name.`);
      }
      if (shape.jql?.where === 'body' && request.body.kind !== 'form') {
        value = value.replace(shape.jql.text, shape.jql.once);
        changes.push('The JQL in the body as plain text, not percent-encoded.');
      } else if (shape.jql?.where === 'query' && value.includes(shape.jql.text)) {
        value = value.replace(shape.jql.text, shape.jql.once);
        changes.push('The JQL encoded once.');
      }
      const moveToQuery = request.body.moveToQuery || shape.getIntoPost;
      if (shape.getIntoPost) changes.push('-G: curl sends the data as query parameters of a GET.');
      corrected.body = {
        value,
        kind: request.body.kind,
        ...(moveToQuery ? { moveToQuery: true } : {}),
        ...(fromFile ? { fromFile: true } : {}),
      };
    }
  }
  if (shape.jql?.where === 'query' && corrected.url?.includes(shape.jql.text)) {
    corrected.url = corrected.url.replace(shape.jql.text, shape.jql.once);
    changes.push('The JQL encoded once.');
  }
  if (shape.tls12Missing) {
    corrected.preamble = ['[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12'];
    changes.push('TLS 1.2 forced, for Windows PowerShell 5.1.');
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
