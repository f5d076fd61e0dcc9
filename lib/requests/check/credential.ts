/**
 * What is wrong with the credential a pasted request sends. The shape of the email and token is
 * judged by the engine's own lint (`lintCloudApiToken`: JWT, encoded value, password, white
 * space…); this file adds what only a request can get wrong: the scheme, the pair's order, the
 * missing email, the newline `echo` adds, Bearer with an API token, placeholders.
 */
import { lintCloudApiToken } from '../../kinds/cloud-api-token/lint';
import type { Finding } from '../../model/report';
import { makeFinding } from '../../findings/make-finding';
import type { CredentialReading, DerivedCredential } from '../read/credential';
import type { UrlTarget } from '../read/url';
import { spanIn } from '../read/words';

/**
 * How the credential is encoded, whatever the target: the newline `echo` adds, base64 wrapped by
 * GNU base64, an Authorization value without a scheme (curl's `-u` argument pasted as the value,
 * a bare `email:token`), a Basic value that is not base64.
 */
export function encodingFindings(credential: DerivedCredential, reading: CredentialReading): Finding[] {
  const findings: Finding[] = [];
  const add = (finding: Finding, spans = [credential.span]) => findings.push({ ...finding, spans });
  if (credential.trailingNewline) {
    // No detail: the recipe's text holds the token.
    add(makeFinding('BASE64_TRAILING_NEWLINE'), [credential.recipe?.producer ?? credential.span]);
  }
  if (credential.recipe?.wraps && credential.recipe.kind !== 'powershell')
    add(makeFinding('BASE64_LINE_WRAPPED'), [credential.recipe.span]);
  if (reading.stage === 'unresolved' || reading.stage === 'other-scheme' || reading.stage === 'bearer') return findings;
  if (reading.stage === 'basic-placeholder') return findings;
  if (credential.scheme === 'none') {
    const bare = credential.plainPair || (reading.stage === 'no-pair' && /:/.test(credential.secret ?? ''));
    add(
      makeFinding('AUTH_SCHEME_MISSING', {
        detail: credential.curlUserArgument ? '-u' : bare ? 'email:token' : undefined,
      }),
    );
  }
  return findings;
}

export function credentialFindings(
  credential: DerivedCredential,
  reading: CredentialReading,
  target: UrlTarget | undefined,
  source: string,
): Finding[] {
  const findings = encodingFindings(credential, reading);
  const add = (finding: Finding, spans = [credential.span]) => findings.push({ ...finding, spans });
  const placeholder = (expected: string) =>
    add(makeFinding('CREDENTIAL_PLACEHOLDER', { detail: reading.placeholder, expected }));

  switch (reading.stage) {
    case 'unresolved':
    case 'other-scheme':
      return findings;
    case 'bearer':
      if (reading.bearer === 'placeholder') placeholder('access token');
      else if (reading.bearer === 'oauth-on-site')
        add(makeFinding('OAUTH_TOKEN_ON_SITE_URL', { host: target?.host }), [
          target?.host ? spanIn(source, { start: 0, end: source.length }, target.host) : credential.span,
        ]);
      else if (reading.bearer === 'api-token')
        add(makeFinding('BEARER_WITH_API_TOKEN'), [credential.header?.valueSpan ?? credential.span]);
      return findings;
    case 'basic-placeholder':
      placeholder('base64 of email:token');
      return findings;
    default:
      break;
  }

  if (reading.notEncoded)
    add(makeFinding('BASIC_NOT_ENCODED', { detail: reading.notEncoded.pairShaped ? 'email:token' : undefined }));
  switch (reading.stage) {
    case 'basic-unreadable':
      return findings;
    case 'no-pair':
      if (reading.placeholder) placeholder('credential');
      else if (reading.loneApiToken) add(makeFinding('TOKEN_WITHOUT_EMAIL', { detail: 'The Authorization value' }));
      return findings;
    case 'no-email':
      if (reading.placeholder) placeholder('email:token pair');
      else
        add(
          makeFinding('TOKEN_WITHOUT_EMAIL', {
            detail:
              credential.from === 'user-option'
                ? 'The -u value'
                : credential.from === 'url-user'
                  ? 'The user info of the URL'
                  : 'The decoded Basic value',
          }),
        );
      return findings;
    default:
      break;
  }

  if (reading.swapped) add(makeFinding('EMAIL_TOKEN_SWAPPED'));
  const email = reading.email ?? '';
  const secret = reading.secret ?? '';
  const { emailPlaceholder: badEmail, secretPlaceholder: badSecret } = reading;
  if (badEmail || badSecret) {
    const detail = [badEmail, badSecret].filter(Boolean).join(', ');
    const what = badEmail && badSecret ? 'email and API token' : badEmail ? 'email' : 'API token';
    add(makeFinding('CREDENTIAL_PLACEHOLDER', { detail, expected: what }));
  }
  const spanOfPart = (part: string) =>
    credential.from === 'header' ? credential.span : spanIn(source, credential.span, part);
  // The engine's own checks of an email and token (lib/diagnose/lint.ts); the URL is judged in check/url.ts.
  const lint = lintCloudApiToken({ siteUrl: '', email, apiToken: secret });
  for (const finding of lint.findings) {
    if (finding.field === 'siteUrl') continue;
    if (finding.field === 'email' && (badEmail || reading.emailStandIn)) continue;
    // A variable's name is no token: its shape says nothing (check/stand-in.ts names it).
    if (finding.field === 'apiToken' && (badSecret || reading.tokenStandIn)) continue;
    add(finding, [spanOfPart(finding.field === 'email' ? email : secret.trim())]);
  }
  return findings;
}
