/**
 * What a secret in a pasted request looks like beyond the Cloud shapes of the engine's
 * `classifyTokenShape`: a Data Center personal access token, Bitbucket access tokens and app
 * passwords. These are hints for the rules of a target, never proof: a token's text does not
 * say what it is for.
 */
import { classifyTokenShape } from '../../atlassian/token-shape';

/**
 * A Data Center personal access token (https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html)
 * is 44 characters of base64 whose text starts with a numeric id and a colon: the shape is a
 * hint, not proof.
 */
export function looksLikeDcPat(text: string): boolean {
  const token = text.trim();
  if (!/^[A-Za-z0-9+/]{44}$/.test(token)) return false;
  try {
    return /^\d{6,14}:/.test(atob(token.slice(0, 20)));
  } catch {
    return false;
  }
}

/** A current Atlassian account API token (`ATATT…`): Cloud sites, the gateway and Bitbucket take it as Basic email:token. */
export function isAtlassianApiToken(text: string): boolean {
  const token = text.trim();
  return /^ATATT[A-Za-z0-9_\-=]{20,}$/.test(token) && classifyTokenShape(token).kind === 'api-token';
}

/** Bitbucket repository, project and workspace access tokens start `ATCTT`. */
export function isBitbucketAccessToken(text: string): boolean {
  return /^ATCTT[A-Za-z0-9_\-=]{20,}$/.test(text.trim());
}

/** Bitbucket app passwords made since 2023 start `ATBB`; older ones are 20 letters and digits. */
export function isBitbucketAppPassword(text: string): boolean {
  return /^ATBB[A-Za-z0-9_\-=]{20,}$/.test(text.trim()) || /^[A-Za-z0-9]{20}$/.test(text.trim());
}
