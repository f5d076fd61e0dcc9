/**
 * Local checks of an OAuth 2.0 (3LO) access token: everything knowable before a request, shared
 * by the engine and the form.
 */
import { readOAuthToken, relativeTime, type OAuthTokenFacts } from '../../atlassian/oauth-token';
import { makeFinding } from '../../findings/make-finding';
import type { Finding } from '../../model/report';
import { controlCharacterFinding, optionalSite, whitespaceFinding } from '../shared';

export interface OAuthLint {
  findings: Finding[];
  token: string;
  facts?: OAuthTokenFacts;
  /**
   * The named site. `customDomain`: a host outside Atlassian's domains, asked anonymously what it
   * is (lib/kinds/custom-domain/recognise.ts); the token itself still goes to the gateway only.
   */
  site?: { origin: string; host: string; customDomain?: true };
  /** The site URL was given but cannot be used. */
  siteUnusable: boolean;
  canSendCredential: boolean;
}

export function lintOAuthToken(input: { accessToken: string; siteUrl: string }, nowMs: number): OAuthLint {
  const findings: Finding[] = [];
  const token = input.accessToken.replace(/\s+/g, '');
  const site = optionalSite(input.siteUrl, findings, { customDomain: true });
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
        // https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/: an expired access token gets 401: no call can succeed, so none is made.
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
    const control = controlCharacterFinding(input.accessToken, 'accessToken', 'Access token');
    if (control) {
      findings.push(control);
      canSend = false;
    }
    const ws = whitespaceFinding(input.accessToken, 'accessToken', 'Access token');
    if (ws) findings.push(ws);
  }
  const result: OAuthLint = { findings, token, siteUnusable, canSendCredential: canSend };
  if (facts) result.facts = facts;
  if (site) result.site = site;
  return result;
}
