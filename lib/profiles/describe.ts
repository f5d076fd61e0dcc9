/** How a profile is named in lists: what it points at, for each kind. */
import type { Profile, ProfileDraft } from '../model/profile';

function hostOf(url: string): string {
  const text = url.trim();
  if (text === '') return '';
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`).host;
  } catch {
    return '';
  }
}

/** `acme.atlassian.net`, `org 1a2b…`, `jira.example.com` — or '' when the profile has none. */
export function profileTarget(profile: Profile | ProfileDraft): string {
  switch (profile.kind) {
    case 'cloud-api-token':
    case 'oauth-access-token':
      return hostOf(profile.siteUrl);
    case 'org-admin-key':
      return profile.orgId.trim() === '' ? 'organization API' : `org ${profile.orgId.trim()}`;
    case 'dc-pat':
      return hostOf(profile.serverUrl);
  }
}
