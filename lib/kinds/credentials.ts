/**
 * What a profile holds that must never leave the engine: its secret, as typed and as sent, the
 * user sent with it in Basic, and any user info typed into a URL field
 * (`https://admin:password@jira.example`).
 */
import type { Profile } from '../model/profile';
import type { Credentials } from '../probe/secrets';
import { secretsOf } from './forms';

function urlUserInfo(text: string): { user: string; password: string } | undefined {
  const trimmed = text.trim();
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    if (url.username === '' && url.password === '') return undefined;
    return { user: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
  } catch {
    return undefined;
  }
}

export function profileCredentials(profile: Profile): Credentials {
  const tokens = new Set<string>();
  const users = new Set<string>();
  for (const secret of secretsOf(profile)) {
    tokens.add(secret);
    tokens.add(secret.trim());
    tokens.add(secret.replace(/\s+/g, ''));
  }
  if (profile.kind === 'cloud-api-token' || profile.kind === 'bitbucket-api-token') {
    users.add(profile.email);
    users.add(profile.email.trim());
  }
  const url =
    profile.kind === 'dc-pat'
      ? profile.serverUrl
      : profile.kind === 'cloud-api-token' || profile.kind === 'oauth-access-token'
        ? profile.siteUrl
        : '';
  const info = urlUserInfo(url);
  if (info) {
    if (info.password !== '') tokens.add(info.password);
    users.add(info.user);
    tokens.add(info.user);
  }
  return { tokens: [...tokens], users: [...users] };
}
