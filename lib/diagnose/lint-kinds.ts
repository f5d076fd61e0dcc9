/**
 * Local checks of the OAuth, organization API key and Data Center kinds: everything knowable
 * before a request, shared by the engine and the form (like lint.ts for Cloud API tokens).
 */
import { readOAuthToken, relativeTime, type OAuthTokenFacts } from '../atlassian/oauth-token';
import { parseServerUrl } from '../atlassian/server-url';
import { parseSiteUrl, findPlaceholder } from '../atlassian/site-url';
import { classifyTokenShape, decodeEmailTokenPair, whitespaceIn } from '../atlassian/token-shape';
import { makeFinding } from '../findings/make-finding';
import type { Finding, ProfileField } from '../model/report';

function whitespaceFinding(raw: string, field: ProfileField, noun: string): Finding | undefined {
  const where = whitespaceIn(raw);
  if (where === 'none' || raw.trim() === '') return undefined;
  return makeFinding(
    'SECRET_HAS_WHITESPACE',
    { detail: where },
    { field, evidence: [`${noun}: white space ${where === 'inside' ? 'inside the value' : 'at the start or end'}`] },
  );
}

function optionalSite(siteUrl: string, findings: Finding[]): { origin: string; host: string } | undefined {
  if (siteUrl.trim() === '') return undefined;
  const site = parseSiteUrl(siteUrl);
  for (const problem of site.problems) {
    findings.push(
      makeFinding(
        problem.code,
        { detail: problem.detail, host: site.host, origin: site.ok ? site.origin : undefined },
        { field: 'siteUrl', evidence: [`Site URL: ${problem.detail}`] },
      ),
    );
  }
  return site.ok ? { origin: site.origin, host: site.host } : undefined;
}

export interface OAuthLint {
  findings: Finding[];
  token: string;
  facts?: OAuthTokenFacts;
  site?: { origin: string; host: string };
  /** The site URL was given but cannot be used. */
  siteUnusable: boolean;
  canSendCredential: boolean;
}

export function lintOAuthToken(input: { accessToken: string; siteUrl: string }, nowMs: number): OAuthLint {
  const findings: Finding[] = [];
  const token = input.accessToken.replace(/\s+/g, '');
  const site = optionalSite(input.siteUrl, findings);
  const siteUnusable = input.siteUrl.trim() !== '' && site === undefined;
  let canSend = !siteUnusable;
  let facts: OAuthTokenFacts | undefined;
  if (token === '') {
    findings.push(makeFinding('TOKEN_MISSING', { detail: 'access token' }, { field: 'accessToken' }));
    canSend = false;
  } else {
    const reading = readOAuthToken(token, nowMs);
    if (!reading.ok) {
      findings.push(
        makeFinding(
          'OAUTH_TOKEN_NOT_JWT',
          { detail: reading.looksLike, expected: reading.expected },
          { field: 'accessToken', evidence: ['Access token: not three base64url parts with a JWT header'] },
        ),
      );
      canSend = false;
    } else {
      facts = reading.facts;
      if (facts.tokenType !== undefined && facts.tokenType !== 'ACCESS') {
        findings.push(
          makeFinding(
            'OAUTH_WRONG_TOKEN_TYPE',
            { detail: facts.tokenType },
            { field: 'accessToken', evidence: [`https://id.atlassian.com/atl_token_type: ${facts.tokenType}`] },
          ),
        );
        canSend = false;
      } else if (facts.expired && facts.expiresAt) {
        // facts §1.9: an expired access token gets 401: no call can succeed, so none is made.
        findings.push(
          makeFinding(
            'OAUTH_TOKEN_EXPIRED',
            { detail: relativeTime(Date.parse(facts.expiresAt), nowMs), expiresAt: facts.expiresAt },
            { field: 'accessToken', evidence: [`exp: ${facts.expiresAt}`] },
          ),
        );
        canSend = false;
      }
    }
    const ws = whitespaceFinding(input.accessToken, 'accessToken', 'Access token');
    if (ws) findings.push(ws);
  }
  const result: OAuthLint = { findings, token, siteUnusable, canSendCredential: canSend };
  if (facts) result.facts = facts;
  if (site) result.site = site;
  return result;
}

export interface OrgAdminLint {
  findings: Finding[];
  key: string;
  orgId: string;
  canSendCredential: boolean;
}

export function lintOrgAdminKey(input: { apiKey: string; orgId: string }): OrgAdminLint {
  const findings: Finding[] = [];
  const key = input.apiKey.replace(/\s+/g, '');
  const orgId = input.orgId.trim();
  let canSend = true;
  const shape = classifyTokenShape(input.apiKey);
  if (key === '') {
    findings.push(makeFinding('TOKEN_MISSING', { detail: 'API key' }, { field: 'apiKey' }));
    canSend = false;
  } else if (
    key.startsWith('ATATT') ||
    shape.kind === 'base64-email-token' ||
    (shape.kind === 'basic-header' && shape.decodedEmail)
  ) {
    // facts §4: personal API tokens are refused by the admin APIs.
    const detail = key.startsWith('ATATT')
      ? 'An ATATT… value (an Atlassian account API token)'
      : 'A Basic email:token value';
    findings.push(
      makeFinding('PERSONAL_TOKEN_ON_ADMIN_API', { detail }, { field: 'apiKey', evidence: [`API key: ${detail}`] }),
    );
    canSend = false;
  } else if (shape.kind === 'bearer-header' || shape.kind === 'basic-header') {
    findings.push(
      makeFinding(
        'TOKEN_LOOKS_ENCODED',
        { detail: 'a whole Authorization header value' },
        { field: 'apiKey', evidence: ['API key: starts with an auth scheme'] },
      ),
    );
    canSend = false;
  } else if (shape.kind === 'jwt') {
    findings.push(
      makeFinding('TOKEN_IS_JWT', { detail: shape.tokenType }, { field: 'apiKey', evidence: ['API key: a JWT'] }),
    );
    canSend = false;
  }
  const ws = key === '' ? undefined : whitespaceFinding(input.apiKey, 'apiKey', 'API key');
  if (ws) findings.push(ws);
  if (orgId !== '') {
    const placeholder = findPlaceholder(orgId);
    if (placeholder || !/^[A-Za-z0-9-]{6,64}$/.test(orgId)) {
      findings.push(
        makeFinding(
          'URL_PLACEHOLDER',
          { detail: placeholder ?? orgId.slice(0, 40) },
          { field: 'orgId', evidence: ['Organization ID: not an id'] },
        ),
      );
      canSend = false;
    }
  }
  return { findings, key, orgId, canSendCredential: canSend };
}

export interface DcPatLint {
  findings: Finding[];
  pat: string;
  server?: { origin: string; host: string; contextPath: string; base: string };
  canSendCredential: boolean;
}

export function lintDcPat(input: { serverUrl: string; pat: string }): DcPatLint {
  const findings: Finding[] = [];
  const server = parseServerUrl(input.serverUrl);
  for (const problem of server.problems) {
    findings.push(
      makeFinding(
        problem.code,
        {
          detail: problem.detail,
          host: server.host,
          serverUrl: server.ok ? server.base : undefined,
          origin: server.ok ? server.base : undefined,
        },
        { field: 'serverUrl', evidence: [`Server URL: ${problem.detail}`] },
      ),
    );
  }
  const pat = input.pat.replace(/\s+/g, '');
  let canSend = server.ok;
  const shape = classifyTokenShape(input.pat);
  if (pat === '') {
    findings.push(makeFinding('TOKEN_MISSING', { detail: 'personal access token' }, { field: 'pat' }));
    canSend = false;
  } else if (
    pat.startsWith('ATATT') ||
    shape.kind === 'base64-email-token' ||
    /^[^\s:@]+@[^\s:@]+\.[^\s:@]+:/.test(pat)
  ) {
    const pair = decodeEmailTokenPair(pat);
    const detail = pat.startsWith('ATATT')
      ? 'An ATATT… value (an Atlassian Cloud API token)'
      : `An email:token pair${pair ? ` for ${pair.email}` : ''}`;
    findings.push(
      makeFinding(
        'CLOUD_TOKEN_ON_DATA_CENTER',
        { detail },
        { field: 'pat', evidence: [`Personal access token: ${detail}`] },
      ),
    );
    canSend = false;
  } else if (shape.kind === 'basic-header' || shape.kind === 'bearer-header') {
    findings.push(
      makeFinding(
        'TOKEN_LOOKS_ENCODED',
        { detail: 'a whole Authorization header value' },
        { field: 'pat', evidence: ['Personal access token: starts with an auth scheme'] },
      ),
    );
    canSend = false;
  } else if (shape.kind === 'jwt') {
    findings.push(
      makeFinding(
        'TOKEN_IS_JWT',
        { detail: shape.tokenType },
        { field: 'pat', evidence: ['Personal access token: a JWT'] },
      ),
    );
    canSend = false;
  }
  const ws = pat === '' ? undefined : whitespaceFinding(input.pat, 'pat', 'Personal access token');
  if (ws) findings.push(ws);
  const result: DcPatLint = { findings, pat, canSendCredential: canSend };
  if (server.ok)
    result.server = { origin: server.origin, host: server.host, contextPath: server.contextPath, base: server.base };
  return result;
}
