/**
 * Local checks of a Bitbucket Cloud API token profile: everything knowable before a request.
 *
 * REST calls with an Atlassian API token are Basic `email:token`; "The Bitbucket username or the
 * token name will NOT work when using API tokens", while an app password went with the username
 * (https://support.atlassian.com/bitbucket-cloud/kb/getting-401-http-error-while-authenticating-to-bitbucket-cloud-rest-apis).
 * Atlassian API tokens made since 2023 start `ATATT` (https://support.atlassian.com/bitbucket-cloud/docs/api-tokens/).
 * No public source gives the app passwords' shape, so a secret that is not `ATATT…` is only
 * *likely* an app password: it is still sent, and the answer decides.
 */
import { WORKSPACE_SLUG } from '../../atlassian/bitbucket';
import { isEmailAddress } from '../../atlassian/email';
import { findPlaceholder } from '../../atlassian/site-url';
import { classifyTokenShape } from '../../atlassian/token-shape';
import { makeFinding } from '../../findings/make-finding';
import type { Finding, ProfileField } from '../../model/report';
import { controlCharacterFinding, whitespaceFinding } from '../shared';

export interface BitbucketApiLint {
  findings: Finding[];
  email: string;
  token: string;
  /** The workspace slug, when one was given and can be used ('' otherwise). */
  workspace: string;
  /** `ATATT…`: an Atlassian API token. Otherwise, most likely a retired app password. */
  atlassianToken: boolean;
  /** The "Email" is not an email (a Bitbucket username, most likely). */
  usernameGiven: boolean;
  canSendCredential: boolean;
}

/** The optional workspace, as typed: a slug, or a bitbucket.org address whose first part is the slug. */
export function lintWorkspace(raw: string, findings: Finding[]): string {
  const text = raw.trim();
  if (text === '') return '';
  const fromUrl = /^(?:https?:\/\/)?(?:[\w.-]+@)?bitbucket\.org\/([^/?#\s]+)/i.exec(text);
  const slug = (fromUrl ? fromUrl[1]! : text).toLowerCase();
  const placeholder = findPlaceholder(text);
  if (placeholder || !WORKSPACE_SLUG.test(slug)) {
    findings.push(
      makeFinding(
        'BITBUCKET_WORKSPACE_INVALID',
        { detail: placeholder ?? text.slice(0, 60) },
        { field: 'workspace', evidence: [`Workspace: ${placeholder ? 'a placeholder' : 'not a workspace ID'}`] },
      ),
    );
    return '';
  }
  return slug;
}

/** The token shapes that are certainly not a bare token: a finding, and nothing is sent. */
export function encodedSecretFinding(raw: string, field: ProfileField, noun: string): Finding | undefined {
  const shape = classifyTokenShape(raw);
  const make = (code: 'TOKEN_IS_JWT' | 'TOKEN_LOOKS_ENCODED' | 'TOKEN_CONTAINS_CURL_ARGUMENT', detail: string) =>
    makeFinding(code, { detail }, { field, evidence: [`${noun}: ${detail}`] });
  switch (shape.kind) {
    case 'jwt':
      return make('TOKEN_IS_JWT', shape.tokenType ?? 'a JWT');
    case 'basic-header':
      return make('TOKEN_LOOKS_ENCODED', 'a whole "Basic …" Authorization header value');
    case 'bearer-header':
      return make('TOKEN_LOOKS_ENCODED', 'a whole "Bearer …" Authorization header value');
    case 'base64-email-token':
      return make('TOKEN_LOOKS_ENCODED', 'base64 of email:token (what goes after "Basic " in the header)');
    case 'curl-fragment':
      return make('TOKEN_CONTAINS_CURL_ARGUMENT', shape.fragment);
    default:
      return undefined;
  }
}

export function lintBitbucketApiToken(input: {
  email: string;
  bitbucketApiToken: string;
  workspace: string;
}): BitbucketApiLint {
  const findings: Finding[] = [];
  let canSend = true;
  const email = input.email.trim();
  const token = input.bitbucketApiToken.replace(/\s+/g, '');
  const atlassianToken = token.startsWith('ATATT');

  if (email !== '' && email !== input.email)
    findings.push(
      makeFinding('EMAIL_HAS_WHITESPACE', {}, { field: 'email', evidence: ['Email: white space at the start or end'] }),
    );
  const usernameGiven = email !== '' && !isEmailAddress(email);
  if (email === '') {
    findings.push(makeFinding('EMAIL_MISSING', { product: 'bitbucket' }, { field: 'email' }));
    canSend = false;
  } else if (usernameGiven && atlassianToken) {
    // Certain from the KB above: the username never works with an API token. Nothing is sent.
    findings.push(
      makeFinding(
        'EMAIL_NOT_AN_EMAIL',
        { detail: email, product: 'bitbucket' },
        { field: 'email', evidence: [`Email: ${email} (not an email address)`] },
      ),
    );
    canSend = false;
  }

  const encoded =
    token === '' ? undefined : encodedSecretFinding(input.bitbucketApiToken, 'bitbucketApiToken', 'API token');
  if (token === '') {
    findings.push(makeFinding('TOKEN_MISSING', { detail: 'API token' }, { field: 'bitbucketApiToken' }));
    canSend = false;
  } else if (encoded) {
    findings.push(encoded);
    canSend = false;
  }
  const control = controlCharacterFinding(input.bitbucketApiToken, 'bitbucketApiToken', 'API token');
  if (control) {
    findings.push(control);
    canSend = false;
  }
  // The space inside "Basic …" belongs to the pasted header: the encoded finding says it all.
  const ws =
    token === '' || encoded ? undefined : whitespaceFinding(input.bitbucketApiToken, 'bitbucketApiToken', 'API token');
  if (ws) findings.push(ws);
  const workspace = lintWorkspace(input.workspace, findings);
  return { findings, email, token, workspace, atlassianToken, usernameGiven, canSendCredential: canSend };
}
