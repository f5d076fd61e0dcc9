/**
 * Local checks of a Cloud API token profile: everything that can be known before a request.
 * Used by the engine (first step of a diagnosis) and by the form (validation as you type), so the
 * two can never disagree.
 */
import { isEmailAddress } from '../../atlassian/email';
import { parseCloudBaseUrl, type CloudProduct } from '../../atlassian/site-url';
import { classifyTokenShape, isGenieKeyHeader, whitespaceIn } from '../../atlassian/token-shape';
import { makeFinding } from '../../findings/make-finding';
import type { Finding } from '../../model/report';
import { controlCharacterFinding } from '../shared';

interface CloudLintInput {
  siteUrl: string;
  email: string;
  apiToken: string;
}

export interface CloudLint {
  findings: Finding[];
  /**
   * The normalised site, when the URL could be read as a Cloud site: a *.atlassian.net (or
   * Government, or legacy *.jira.com) site, or a host that may be a custom domain
   * (`customDomain`), which the engine asks what it is before sending anything there.
   */
  site?: { origin: string; host: string; customDomain?: true };
  /** `confluence` for a Site URL ending in /wiki (a Confluence integration): Confluence is checked first. */
  product: CloudProduct;
  /**
   * The email is a service account's (https://support.atlassian.com/user-management/docs/manage-api-tokens-for-service-accounts):
   * its tokens are always scoped, so only the gateway is asked.
   */
  serviceAccount: boolean;
  /** Trimmed email and token: what the probes send. */
  email: string;
  token: string;
  /** The site URL is good enough to probe (unauthenticated tenant_info at least). */
  canProbeSite: boolean;
  /** The credential is worth sending: a probe would tell us something we do not know yet. */
  canSendCredential: boolean;
}

/** https://support.atlassian.com/user-management/docs/manage-api-tokens-for-service-accounts: service accounts' emails end in @serviceaccount.atlassian.com. */
function isServiceAccountEmail(email: string): boolean {
  return /@serviceaccount\.atlassian\.com$/i.test(email.trim());
}

export function lintCloudApiToken(input: CloudLintInput): CloudLint {
  const findings: Finding[] = [];
  let canSendCredential = true;

  const site = parseCloudBaseUrl(input.siteUrl, { customDomain: true });
  const origin = site.ok ? site.origin : undefined;
  for (const problem of site.problems) {
    findings.push(
      makeFinding(
        problem.code,
        {
          detail: problem.detail,
          host: site.host,
          origin,
          ...(site.product === 'confluence' ? { product: 'Confluence' } : {}),
        },
        { field: 'siteUrl', evidence: [`Site URL: ${problem.detail}`] },
      ),
    );
  }

  const email = input.email.trim();
  if (email !== '' && email !== input.email) {
    findings.push(
      makeFinding('EMAIL_HAS_WHITESPACE', {}, { field: 'email', evidence: ['Email: white space at the start or end'] }),
    );
  }
  if (email === '') {
    findings.push(makeFinding('EMAIL_MISSING', {}, { field: 'email' }));
    canSendCredential = false;
  } else if (!isEmailAddress(email)) {
    findings.push(
      makeFinding('EMAIL_NOT_AN_EMAIL', { detail: email }, { field: 'email', evidence: [`Email: ${email}`] }),
    );
    canSendCredential = false;
  }

  const token = input.apiToken.replace(/\s+/g, '');
  const whitespace = whitespaceIn(input.apiToken);
  const shape = classifyTokenShape(input.apiToken);
  const tokenFinding = (
    code: Parameters<typeof makeFinding>[0],
    params: Parameters<typeof makeFinding>[1],
    evidence: string,
  ) => findings.push(makeFinding(code, params, { field: 'apiToken', evidence: [evidence] }));

  // An operations integration key pasted with its scheme: GENIE_KEY_AS_API_TOKEN, nothing sent.
  const genieKey = isGenieKeyHeader(input.apiToken);
  if (genieKey) {
    tokenFinding('GENIE_KEY_AS_API_TOKEN', {}, 'API token: starts with "GenieKey "');
    canSendCredential = false;
  } else
    switch (shape.kind) {
      case 'empty':
        tokenFinding('TOKEN_MISSING', {}, 'API token: empty');
        canSendCredential = false;
        break;
      case 'jwt':
        tokenFinding(
          'TOKEN_IS_JWT',
          { detail: shape.tokenType },
          'API token: three base64url parts, a JWT header with "alg"',
        );
        canSendCredential = false;
        break;
      case 'basic-header':
        tokenFinding(
          'TOKEN_LOOKS_ENCODED',
          { detail: 'a whole "Basic …" Authorization header value', email: shape.decodedEmail },
          'API token: starts with "Basic "',
        );
        canSendCredential = false;
        break;
      case 'bearer-header':
        tokenFinding(
          'TOKEN_LOOKS_ENCODED',
          { detail: 'a whole "Bearer …" Authorization header value' },
          'API token: starts with "Bearer "',
        );
        canSendCredential = false;
        break;
      case 'base64-email-token':
        tokenFinding(
          'TOKEN_LOOKS_ENCODED',
          { detail: 'base64 of email:token (what goes after "Basic " in the header)', email: shape.decodedEmail },
          'API token: decodes from base64 to an email:token pair',
        );
        canSendCredential = false;
        break;
      case 'curl-fragment':
        tokenFinding(
          'TOKEN_CONTAINS_CURL_ARGUMENT',
          { detail: shape.fragment },
          `API token: contains "${shape.fragment}"`,
        );
        canSendCredential = false;
        break;
      case 'password-like':
        tokenFinding('TOKEN_LOOKS_LIKE_PASSWORD', { detail: shape.reason }, `API token: ${shape.reason}`);
        break;
      case 'api-token':
        break;
    }
  const control = controlCharacterFinding(input.apiToken, 'apiToken', 'API token');
  if (control) {
    findings.push(control);
    canSendCredential = false;
  }
  if (whitespace !== 'none' && shape.kind !== 'empty' && !genieKey) {
    tokenFinding(
      'SECRET_HAS_WHITESPACE',
      { detail: whitespace },
      `API token: white space ${whitespace === 'inside' ? 'inside the value' : 'at the start or end'}`,
    );
  }

  return {
    findings,
    site: site.ok
      ? { origin: site.origin, host: site.host, ...(site.customDomain ? { customDomain: site.customDomain } : {}) }
      : undefined,
    product: site.product,
    serviceAccount: isServiceAccountEmail(email),
    email,
    token,
    canProbeSite: site.ok,
    canSendCredential: site.ok && canSendCredential,
  };
}
