/**
 * The credential a pasted request sends: from an Authorization header (Basic decoded, Bearer, or
 * a value without scheme), from curl's `-u`, or from a bare base64 recipe; then what it amounts to
 * (`readCredential`). What is wrong with it is decided in check/credential.ts.
 */
import { classifyTokenShape } from '../../atlassian/token-shape';
import { decodeBase64Utf8 } from './base64';
import { isMisspelt } from './header-names';
import { emailPlaceholder, secretPlaceholder } from './placeholders';
import type { Recipe } from './recipes';
import type { Flavour, HeaderLine, ParsedRequest } from './request';
import { coversUnresolved, standInOf, type SecretStandIn } from './stand-in';
import type { UrlTarget } from './url';
import type { Span } from './words';

export interface DerivedCredential {
  /** `url-user`: `user:password@` in the URL, which curl sends as Basic when there is no -u. */
  from: 'header' | 'user-option' | 'url-user' | 'recipe';
  scheme: 'basic' | 'bearer' | 'none' | 'other';
  /** For Basic: the decoded pair, split at the first colon. */
  user?: string;
  /** The secret as sent (before any trimming); a Bearer's token. */
  secret?: string;
  /** Basic value that decoded to text; false for `Basic <BASE64_ENCODED_STRING>` and the like. */
  decoded: boolean;
  /** The raw value after "Basic " when it was not base64. */
  rawValue?: string;
  hasColon: boolean;
  trailingNewline: boolean;
  /** The Authorization value is curl's `-u email:token` argument, pasted as it was. */
  curlUserArgument?: boolean;
  /** The Authorization value is `email:token` written out, without a scheme or base64. */
  plainPair?: boolean;
  /** The pair is a base64 recipe's text as written, its variables not put in (recipes.ts `template`). */
  fromTemplate?: boolean;
  recipe?: Recipe;
  span: Span;
  header?: HeaderLine;
  unresolved: string[];
}

export function authorizationHeader(request: ParsedRequest): HeaderLine | undefined {
  // A misspelt "Authrorization" is still the header the author meant (HEADER_NAME_MISSPELLED says so).
  return (
    request.headers.find((h) => h.name.toLowerCase() === 'authorization') ??
    request.headers.find((h) => isMisspelt(h.name) === 'Authorization')
  );
}

function splitPair(text: string): { user: string; secret: string; hasColon: boolean; trailingNewline: boolean } {
  const trailingNewline = /\r?\n$/.test(text);
  const body = text.replace(/\r?\n$/, '');
  const colon = body.indexOf(':');
  if (colon < 0) return { user: '', secret: body, hasColon: false, trailingNewline };
  return { user: body.slice(0, colon), secret: body.slice(colon + 1), hasColon: true, trailingNewline };
}

function fromBasic(
  encoded: string,
  base: Omit<DerivedCredential, 'decoded' | 'hasColon' | 'trailingNewline' | 'scheme'>,
): DerivedCredential {
  const text = decodeBase64Utf8(encoded);
  if (text === undefined)
    return { ...base, scheme: 'basic', decoded: false, rawValue: encoded, hasColon: false, trailingNewline: false };
  const pair = splitPair(text);
  return {
    ...base,
    scheme: 'basic',
    decoded: true,
    user: pair.user,
    secret: pair.secret,
    hasColon: pair.hasColon,
    trailingNewline: pair.trailingNewline,
  };
}

export function deriveCredential(request: ParsedRequest): DerivedCredential | undefined {
  const header = authorizationHeader(request);
  if (header) {
    const base = {
      from: 'header' as const,
      span: header.valueSpan,
      header,
      unresolved: header.unresolved,
      ...(header.recipe ? { recipe: header.recipe } : {}),
    };
    const value = header.value.trim();
    // `Authorization: -u email:token`: curl's -u argument pasted as the header's value (no scheme).
    const userArgument = /^(?:-u|--user)(?:\s+|=)(\S+)$/.exec(value);
    if (userArgument) {
      const pair = splitPair(userArgument[1]!);
      return {
        ...base,
        scheme: 'none',
        curlUserArgument: true,
        decoded: true,
        user: pair.user,
        secret: pair.hasColon ? pair.secret : undefined,
        hasColon: pair.hasColon,
        trailingNewline: false,
      };
    }
    const scheme = /^(\S+)\s+([\s\S]+)$/.exec(value);
    const template = header.recipe?.template;
    if (
      scheme &&
      scheme[1]!.toLowerCase() === 'basic' &&
      template !== undefined &&
      header.recipe?.output === undefined
    ) {
      // `Basic $(echo -n "ada@acme.com:$ATLASSIAN_API_TOKEN" | base64)`: the pair as written, the
      // token a variable the shell fills in; the recipe's newline is still the one it encodes.
      const pair = splitPair(template);
      return {
        ...base,
        scheme: 'basic',
        decoded: true,
        user: pair.user,
        secret: pair.secret,
        hasColon: pair.hasColon,
        trailingNewline: header.recipe?.trailingNewline ?? pair.trailingNewline,
        fromTemplate: true,
      };
    }
    if (scheme && scheme[1]!.toLowerCase() === 'basic') return fromBasic(scheme[2]!.trim(), base);
    if (scheme && scheme[1]!.toLowerCase() === 'bearer') {
      return {
        ...base,
        scheme: 'bearer',
        secret: scheme[2]!.trim(),
        decoded: true,
        hasColon: false,
        trailingNewline: false,
      };
    }
    if (!scheme && /^[^\s:@]+@[^\s:@]+\.[^\s:@]+:\S+$/.test(value)) {
      // `Authorization: email:token`: the pair written out, without "Basic " and without base64.
      const pair = splitPair(value);
      return {
        ...base,
        scheme: 'none',
        plainPair: true,
        decoded: true,
        user: pair.user,
        secret: pair.secret,
        hasColon: true,
        trailingNewline: false,
      };
    }
    if (!scheme && value !== '') {
      // No scheme: the value may still be base64 of email:token, or the token itself.
      const decoded = fromBasic(value, base);
      return decoded.decoded && decoded.hasColon
        ? { ...decoded, scheme: 'none' }
        : {
            ...base,
            scheme: 'none',
            secret: value,
            decoded: false,
            rawValue: value,
            hasColon: false,
            trailingNewline: false,
          };
    }
    return { ...base, scheme: 'other', decoded: false, hasColon: false, trailingNewline: false };
  }
  const user = request.user ?? request.urlUser;
  if (user) {
    const pair = splitPair(user.value);
    return {
      from: request.user ? 'user-option' : 'url-user',
      scheme: 'basic',
      decoded: true,
      user: pair.user,
      secret: pair.hasColon ? pair.secret : undefined,
      hasColon: pair.hasColon,
      trailingNewline: false,
      span: user.span,
      unresolved: user.unresolved,
    };
  }
  // A recipe alone (no URL pasted) is the credential being prepared; beside a request that does
  // not use it, it is not what is sent.
  const recipe = request.url ? undefined : (request.recipes.find((r) => r.input !== undefined) ?? request.recipes[0]);
  if (recipe) {
    const pair = recipe.input === undefined ? undefined : splitPair(recipe.input);
    return {
      from: 'recipe',
      scheme: 'basic',
      decoded: pair !== undefined,
      user: pair?.user,
      secret: pair?.secret,
      hasColon: pair?.hasColon ?? false,
      trailingNewline: recipe.trailingNewline,
      recipe,
      span: recipe.producer,
      unresolved: recipe.variables.map((v) => `$${v}`),
    };
  }
  return undefined;
}

const EMAIL = /^[^\s@:]+@[^\s@:]+\.[^\s@:]+$/;

function isApiTokenShape(text: string): boolean {
  return classifyTokenShape(text).kind === 'api-token' && !EMAIL.test(text) && text.length >= 24;
}

/**
 * What the credential is, once read as Atlassian would: which of the stages below the reading
 * reached, and the email and token as they should be sent (swapped back, newline dropped).
 * - `unresolved`: it depends on variables the paste does not define;
 * - `other-scheme`: an Authorization scheme other than Basic or Bearer;
 * - `bearer`: a Bearer token (`bearer` says what kind);
 * - `basic-placeholder`: `Basic <BASE64_ENCODED_STRING>` and the like;
 * - `basic-unreadable`: a Basic value that is neither base64 nor `email:token`;
 * - `no-pair`: a value without scheme that is no `email:token` pair;
 * - `no-email`: a pair without its email (`-u :token`, base64 of the token alone);
 * - `pair`: an email and a token.
 */
export interface CredentialReading {
  stage:
    | 'unresolved'
    | 'other-scheme'
    | 'bearer'
    | 'basic-placeholder'
    | 'basic-unreadable'
    | 'no-pair'
    | 'no-email'
    | 'pair';
  /** Bearer: a placeholder, an OAuth access token sent to a site, an API token, or anything else. */
  bearer?: 'placeholder' | 'oauth-on-site' | 'api-token' | 'other';
  /** `Basic email:token` without base64; `pairShaped` when it reads as `email:token`. */
  notEncoded?: { pairShaped: boolean };
  /** The documentation placeholder the lone secret is (bearer, basic-placeholder, no-pair, no-email). */
  placeholder?: string;
  /** no-pair: the value has the shape of an API token. */
  loneApiToken?: boolean;
  /** The pair was written token first: `email` and `secret` below are swapped back. */
  swapped: boolean;
  /** pair: the email, trimmed, and the secret as sent (a space inside the quotes is the sender's). */
  email?: string;
  secret?: string;
  /** pair: documentation placeholders in place of the email or the token. */
  emailPlaceholder?: string;
  secretPlaceholder?: string;
  /**
   * The token (Bearer, or of the pair) and the email written as variables (`$ATLASSIAN_API_TOKEN`,
   * `%API_TOKEN%`, `$env:JIRA_TOKEN`): their values are not in the paste, so they are named, never
   * fingerprinted nor judged by their shape (read/stand-in.ts).
   */
  tokenStandIn?: SecretStandIn;
  emailStandIn?: SecretStandIn;
  /** The email and token make a Cloud API token credential. */
  usable: boolean;
  /** Why they do not, when they do not. */
  unusable?: string;
}

/**
 * The parts of a credential written as variables: a Bearer token, or the email and token of a pair
 * (from -u, the URL, a decoded Basic value, or `email:token` written without a scheme). A value
 * without a pair (`Authorization: $AUTH`) may hold the whole header, so it is no token's stand-in.
 */
function credentialStandIns(
  credential: DerivedCredential,
  flavour: Flavour,
): { token?: SecretStandIn; email?: SecretStandIn } {
  const context = {
    flavour,
    unresolved: credential.unresolved,
    // A pair decoded from base64 (not `-u email:token` or `email:token` pasted as the header's value).
    encoded:
      credential.from === 'header' && !credential.curlUserArgument && !credential.plainPair && !credential.fromTemplate,
  };
  if (credential.scheme === 'bearer') {
    const token = standInOf(credential.secret, 'token', { ...context, encoded: false });
    return token ? { token } : {};
  }
  let { user, secret } = credential;
  if (credential.scheme === 'basic' && !credential.decoded && credential.from === 'header') {
    // `Basic email:token` written out, not base64 (BASIC_NOT_ENCODED says so).
    const raw = credential.rawValue ?? '';
    const colon = raw.indexOf(':');
    if (colon < 0) return {};
    [user, secret, context.encoded] = [raw.slice(0, colon), raw.slice(colon + 1), false];
  } else if (
    !(credential.scheme === 'basic' || credential.scheme === 'none') ||
    !credential.decoded ||
    !credential.hasColon
  )
    return {};
  const token = standInOf(secret, 'token', context);
  const email = standInOf(user, 'email', context);
  return { ...(token ? { token } : {}), ...(email ? { email } : {}) };
}

function standInUnusable(standIn: SecretStandIn): string {
  return `the ${standIn.part === 'email' ? 'email' : 'token'} is ${standIn.text}, whose value is not in the paste`;
}

export function readCredential(
  credential: DerivedCredential,
  targetKind: UrlTarget['kind'] | undefined,
  flavour: Flavour = 'curl',
): CredentialReading {
  const reading = (stage: CredentialReading['stage'], unusable: string, extra: Partial<CredentialReading> = {}) => ({
    stage,
    swapped: false,
    usable: false,
    unusable,
    ...extra,
  });
  const standIns = credentialStandIns(credential, flavour);
  const named = {
    ...(standIns.token ? { tokenStandIn: standIns.token } : {}),
    ...(standIns.email ? { emailStandIn: standIns.email } : {}),
  };
  // Variables that are the email or the token, whole, leave the rest of the credential to check.
  if (
    credential.unresolved.length > 0 &&
    !coversUnresolved(
      [standIns.token, standIns.email].filter((s) => s !== undefined),
      credential.unresolved,
    )
  )
    return reading(
      'unresolved',
      `the credential comes from ${credential.unresolved.join(', ')}, whose value is not in the paste`,
    );
  if (credential.scheme === 'other')
    return reading('other-scheme', 'the Authorization header uses a scheme other than Basic');
  if (credential.scheme === 'bearer') {
    const secret = credential.secret ?? '';
    if (standIns.token) return reading('bearer', standInUnusable(standIns.token), { bearer: 'other', ...named });
    const placeholder = secretPlaceholder(secret);
    const shape = classifyTokenShape(secret).kind;
    const bearer: CredentialReading['bearer'] = placeholder
      ? 'placeholder'
      : shape === 'jwt' && targetKind === 'site'
        ? 'oauth-on-site'
        : shape === 'api-token' && targetKind !== 'other'
          ? 'api-token'
          : 'other';
    return reading(
      'bearer',
      shape === 'api-token'
        ? 'a Bearer value has no email to go with it'
        : 'Bearer credentials are not Cloud API tokens',
      { bearer, ...(placeholder ? { placeholder } : {}) },
    );
  }

  let user = credential.user ?? '';
  let secret = credential.secret ?? '';
  let notEncoded: CredentialReading['notEncoded'];
  if (credential.scheme === 'basic' && !credential.decoded && credential.from === 'header') {
    const raw = credential.rawValue ?? '';
    const placeholder = secretPlaceholder(raw);
    if (placeholder) return reading('basic-placeholder', 'the credential is a placeholder', { placeholder });
    notEncoded = { pairShaped: /^[^\s:]+:\S+$/.test(raw) };
    const colon = raw.indexOf(':');
    if (colon < 0) return reading('basic-unreadable', 'the Basic value cannot be read', { notEncoded });
    user = raw.slice(0, colon);
    secret = raw.slice(colon + 1);
  }
  const encoding = notEncoded ? { notEncoded } : {};
  if (credential.scheme === 'none' && !credential.decoded) {
    const placeholder = secretPlaceholder(secret);
    return reading('no-pair', 'the Authorization value has no email:token pair', {
      ...(placeholder ? { placeholder } : { loneApiToken: isApiTokenShape(secret) }),
    });
  }

  // `-u me@x.com` without a colon: curl asks for the password at run time.
  if (!credential.hasColon && credential.from === 'user-option' && EMAIL.test(user.trim())) {
    secret = '';
  } else if (!credential.hasColon || user.trim() === '') {
    const placeholder = secretPlaceholder(credential.hasColon ? secret : user || secret);
    return reading('no-email', 'the credential has no email', {
      ...encoding,
      ...named,
      ...(placeholder ? { placeholder } : {}),
    });
  }
  const swapped = isApiTokenShape(user.trim()) && EMAIL.test(secret.trim());
  if (swapped) [user, secret] = [secret, user];

  const email = user.trim();
  const badEmail = standIns.email ? undefined : emailPlaceholder(email);
  const badSecret = standIns.token ? undefined : secretPlaceholder(secret);
  const token = secret.trim();
  const standIn = standIns.email ?? standIns.token;
  return {
    stage: 'pair',
    ...encoding,
    swapped,
    email,
    secret,
    ...(badEmail ? { emailPlaceholder: badEmail } : {}),
    ...(badSecret ? { secretPlaceholder: badSecret } : {}),
    ...named,
    usable: !standIn && !badEmail && !badSecret && EMAIL.test(email) && token !== '',
    ...(standIn
      ? { unusable: standInUnusable(standIn) }
      : badEmail || badSecret
        ? { unusable: 'the credential is a placeholder' }
        : token === ''
          ? { unusable: 'there is no token' }
          : !EMAIL.test(email)
            ? { unusable: 'there is no email' }
            : {}),
  };
}
