/**
 * Host permissions for Data Center servers. Their origins are not in the manifest: each is asked
 * for at run time, from the user's click on "Save profile", and checked again before any request
 * carries a token there (design.md "Credential kinds", request policy).
 */
import { browser } from './browser';

export function originPattern(origin: string): string {
  return `${origin}/*`;
}

export async function hasOriginPermission(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}

/** Must be called while handling a user gesture (a click), before any other await. */
export async function requestOriginPermission(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}
