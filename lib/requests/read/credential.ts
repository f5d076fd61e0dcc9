/**
 * The credential a pasted request sends: from an Authorization header (Basic decoded, Bearer, or
 * a value without scheme), from curl's `-u`, or from a bare base64 recipe. Decoding only — what is
 * wrong with it is decided in check-credential.ts.
 */
import { decodeBase64Utf8 } from './base64';
import { isMisspelt } from './header-names';
import type { Recipe } from './recipes';
import type { HeaderLine, ParsedRequest } from './request';
import type { Span } from './words';

export interface DerivedCredential {
  from: 'header' | 'user-option' | 'recipe';
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
    const scheme = /^(\S+)\s+([\s\S]+)$/.exec(value);
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
  if (request.user) {
    const pair = splitPair(request.user.value);
    return {
      from: 'user-option',
      scheme: 'basic',
      decoded: true,
      user: pair.user,
      secret: pair.hasColon ? pair.secret : undefined,
      hasColon: pair.hasColon,
      trailingNewline: false,
      span: request.user.span,
      unresolved: request.user.unresolved,
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
