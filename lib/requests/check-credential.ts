/**
 * What is wrong with the credential a pasted request sends. The shape of the email and token is
 * judged by the engine's own lint (`lintCloudApiToken`: JWT, encoded value, password, white
 * space…); this file adds what only a request can get wrong: the scheme, the pair's order, the
 * missing email, the newline `echo` adds, Bearer with an API token, placeholders.
 */
import { classifyTokenShape } from '../atlassian/token-shape';
import { lintCloudApiToken } from '../kinds/cloud-api-token/lint';
import type { Finding } from '../model/report';
import { makeFinding } from '../findings/make-finding';
import type { DerivedCredential } from './credential';
import { emailPlaceholder, secretPlaceholder } from './placeholders';
import { spanIn, type UrlTarget } from './url-check';

const EMAIL = /^[^\s@:]+@[^\s@:]+\.[^\s@:]+$/;

export interface CredentialCheck {
  findings: Finding[];
  /** The email and token as Atlassian should get them (swapped back, newline dropped), when known. */
  email?: string;
  token?: string;
  usable: boolean;
  /** Why they cannot become a profile, when they cannot. */
  unusable?: string;
}

function isApiTokenShape(text: string): boolean {
  return classifyTokenShape(text).kind === 'api-token' && !EMAIL.test(text) && text.length >= 24;
}

export function checkCredential(
  credential: DerivedCredential,
  target: UrlTarget | undefined,
  source: string,
): CredentialCheck {
  const findings: Finding[] = [];
  const add = (finding: Finding, spans = [credential.span]) => findings.push({ ...finding, spans });

  if (credential.trailingNewline) {
    // No detail: the recipe's text holds the token.
    add(makeFinding('BASE64_TRAILING_NEWLINE'), [credential.recipe?.producer ?? credential.span]);
  }
  if (credential.recipe?.wraps && credential.recipe.kind !== 'powershell')
    add(makeFinding('BASE64_LINE_WRAPPED'), [credential.recipe.span]);
  if (credential.unresolved.length > 0) {
    return {
      findings,
      usable: false,
      unusable: `the credential comes from ${credential.unresolved.join(', ')}, whose value is not in the paste`,
    };
  }

  if (credential.scheme === 'other')
    return { findings, usable: false, unusable: 'the Authorization header uses a scheme other than Basic' };
  if (credential.scheme === 'bearer') {
    const secret = credential.secret ?? '';
    const placeholder = secretPlaceholder(secret);
    const shape = classifyTokenShape(secret);
    if (placeholder) add(makeFinding('CREDENTIAL_PLACEHOLDER', { detail: placeholder, expected: 'access token' }));
    else if (shape.kind === 'jwt' && target?.kind === 'site')
      add(makeFinding('OAUTH_TOKEN_ON_SITE_URL', { host: target.host }), [
        target.host ? spanIn(source, { start: 0, end: source.length }, target.host) : credential.span,
      ]);
    else if (shape.kind === 'api-token' && target?.kind !== 'other')
      add(makeFinding('BEARER_WITH_API_TOKEN'), [credential.header?.valueSpan ?? credential.span]);
    return {
      findings,
      usable: false,
      unusable:
        shape.kind === 'api-token'
          ? 'a Bearer value has no email to go with it'
          : 'Bearer credentials are not Cloud API tokens',
    };
  }

  let user = credential.user ?? '';
  let secret = credential.secret ?? '';
  if (credential.scheme === 'none') add(makeFinding('AUTH_SCHEME_MISSING'));
  if (credential.scheme === 'basic' && !credential.decoded && credential.from === 'header') {
    const raw = credential.rawValue ?? '';
    const placeholder = secretPlaceholder(raw);
    if (placeholder) {
      add(makeFinding('CREDENTIAL_PLACEHOLDER', { detail: placeholder, expected: 'base64 of email:token' }));
      return { findings, usable: false, unusable: 'the credential is a placeholder' };
    }
    add(makeFinding('BASIC_NOT_ENCODED', { detail: /^[^\s:]+:\S+$/.test(raw) ? 'email:token' : undefined }));
    const colon = raw.indexOf(':');
    if (colon < 0) return { findings, usable: false, unusable: 'the Basic value cannot be read' };
    user = raw.slice(0, colon);
    secret = raw.slice(colon + 1);
  }
  if (credential.scheme === 'none' && !credential.decoded) {
    const placeholder = secretPlaceholder(secret);
    if (placeholder) add(makeFinding('CREDENTIAL_PLACEHOLDER', { detail: placeholder, expected: 'credential' }));
    else if (isApiTokenShape(secret)) add(makeFinding('TOKEN_WITHOUT_EMAIL', { detail: 'The Authorization value' }));
    return { findings, usable: false, unusable: 'the Authorization value has no email:token pair' };
  }

  // `-u me@x.com` without a colon: curl asks for the password at run time.
  if (!credential.hasColon && credential.from === 'user-option' && EMAIL.test(user.trim())) {
    secret = '';
  } else if (!credential.hasColon || user.trim() === '') {
    const token = credential.hasColon ? secret : user || secret;
    if (secretPlaceholder(token))
      add(makeFinding('CREDENTIAL_PLACEHOLDER', { detail: secretPlaceholder(token), expected: 'email:token pair' }));
    else
      add(
        makeFinding('TOKEN_WITHOUT_EMAIL', {
          detail: credential.from === 'user-option' ? 'The -u value' : 'The decoded Basic value',
        }),
      );
    return { findings, usable: false, unusable: 'the credential has no email' };
  }
  if (isApiTokenShape(user.trim()) && EMAIL.test(secret.trim())) {
    add(makeFinding('EMAIL_TOKEN_SWAPPED'));
    [user, secret] = [secret, user];
  }

  const email = user.trim();
  const badEmail = emailPlaceholder(email);
  const badSecret = secretPlaceholder(secret);
  if (badEmail || badSecret) {
    const detail = [badEmail, badSecret].filter(Boolean).join(', ');
    const what = badEmail && badSecret ? 'email and API token' : badEmail ? 'email' : 'API token';
    add(makeFinding('CREDENTIAL_PLACEHOLDER', { detail, expected: what }));
  }
  const spanOfPart = (part: string) =>
    credential.from === 'header' ? credential.span : spanIn(source, credential.span, part);
  // The engine's own checks of an email and token (lib/diagnose/lint.ts); the URL is judged in url-check.ts.
  const lint = lintCloudApiToken({ siteUrl: '', email, apiToken: secret });
  for (const finding of lint.findings) {
    if (finding.field === 'siteUrl') continue;
    if (finding.field === 'email' && badEmail) continue;
    if (finding.field === 'apiToken' && badSecret) continue;
    add(finding, [spanOfPart(finding.field === 'email' ? email : secret.trim())]);
  }
  return {
    findings,
    email,
    token: secret.trim(),
    usable: !badEmail && !badSecret && EMAIL.test(email) && secret.trim() !== '',
    unusable:
      badEmail || badSecret
        ? 'the credential is a placeholder'
        : secret.trim() === ''
          ? 'there is no token'
          : !EMAIL.test(email)
            ? 'there is no email'
            : undefined,
  };
}
