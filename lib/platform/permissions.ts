/**
 * Host permissions for Data Center servers. Their origins are not in the manifest: each is asked
 * for at run time, from the user's click on "Save profile", and checked again before any request
 * carries a token there.
 */
import { browser } from './browser';

function originPattern(origin: string): string {
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

/**
 * Several origins in one prompt (a Government Cloud site and its gateway). Must be called while
 * handling a user gesture, before any other await.
 */
export async function requestOriginsPermission(origins: readonly string[]): Promise<boolean> {
  if (origins.length === 0) return true;
  try {
    return await browser.permissions.request({ origins: origins.map(originPattern) });
  } catch {
    return false;
  }
}

/** Calls `listener` when a grant is added or removed anywhere (the Save prompt, the browser's settings). */
export function onPermissionsChanged(listener: () => void): () => void {
  const events = [browser.permissions.onAdded, browser.permissions.onRemoved];
  const each = (f: (e: (typeof events)[number]) => void) =>
    events.forEach((e) => {
      try {
        f(e);
      } catch {
        /* no permission events here */
      }
    });
  each((e) => e.addListener(listener));
  return () => each((e) => e.removeListener(listener));
}

/**
 * The watch's notifications: an optional permission, asked only when the user turns the watch on.
 * Must be called inside that user gesture (the change of the "Check all profiles" select), first.
 */
export async function requestNotificationsPermission(): Promise<boolean> {
  try {
    return await browser.permissions.request({ permissions: ['notifications'] });
  } catch {
    return false;
  }
}

export async function hasNotificationsPermission(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ permissions: ['notifications'] });
  } catch {
    return false;
  }
}
