import type { CredentialKind, Profile } from '@/lib/model/profile';
import { API_TOKENS_URL } from '../options/links';

/** Where a token of each kind is revoked and made again. */
const TOKEN_PAGES: Record<CredentialKind, { href?: string; text: (profile: Profile) => string }> = {
  'cloud-api-token': { href: API_TOKENS_URL, text: () => 'id.atlassian.com → Security → API tokens' },
  'org-admin-key': { href: 'https://admin.atlassian.com', text: () => 'admin.atlassian.com → Settings → API keys' },
  'oauth-access-token': {
    href: 'https://developer.atlassian.com/console/myapps/',
    text: () => 'your app in the Atlassian developer console',
  },
  'dc-pat': {
    text: (profile) => `your profile → Personal Access Tokens on ${serverOrigin(profile)}`,
  },
  'bitbucket-api-token': { href: API_TOKENS_URL, text: () => 'id.atlassian.com → Security → API tokens' },
  'bitbucket-access-token': {
    text: () => 'Bitbucket: repository, project or workspace settings → Access tokens',
  },
};

function serverOrigin(profile: Profile): string {
  const serverUrl = (profile as { serverUrl?: unknown }).serverUrl;
  try {
    return typeof serverUrl === 'string' ? new URL(serverUrl.trim()).origin : 'the Data Center server';
  } catch {
    return 'the Data Center server';
  }
}

/** The page where this profile's token is revoked and made again, as a link when it has one address. */
export function TokenPageLink({ profile }: { profile: Profile }) {
  const page = TOKEN_PAGES[profile.kind];
  if (!page.href) return <>{page.text(profile)}</>;
  return (
    <a href={page.href} target="_blank" rel="noreferrer">
      {page.text(profile)}
    </a>
  );
}
