/**
 * Accepted: the credential worked, and what kind of credential it is.
 */
import { groupTable, HEADLINES, site, tokensLink, type FindingParams } from './entry';
import { SOURCES } from './sources';

/** "The key works for the organization Acme", "…for the organizations Acme and Beta", or that it names none. */
function orgKeyTitle(p: FindingParams): string {
  if (!p.accountName) return 'The key works; Atlassian does not name its organization';
  return `The key works for the ${p.variant === 'org-key-listed-many' ? 'organizations' : 'organization'} ${p.accountName}`;
}

function orgKeyExplanation(p: FindingParams): string {
  const answered = `${p.probeUrl ?? 'the organizations probe'} answered ${p.status ?? '200'}`;
  // Keys can be made with or without scopes; neither call says which, or what the scopes allow.
  const scopes = 'A key made with scopes can call only the admin APIs its scopes cover.';
  if (p.variant === 'org-key-named')
    return `The organization admin API accepted the key: ${answered} with the organization's name. ${scopes}`;
  if (p.variant === 'org-key-listed' || p.variant === 'org-key-listed-many')
    return `The organization admin API accepted the key: ${answered} and lists the organizations it can see. ${scopes}`;
  return `The organization admin API accepted the key: ${answered} without naming an organization, so the key is genuine but its organization is not shown. ${scopes}`;
}

export const ACCEPTED_ROWS = groupTable('accepted', {
  AUTH_OK: {
    outcome: 'succeeded',
    severity: 'ok',
    sources: [SOURCES.basicAuthCloud],
    // An organization key has no account: its success names the organization it was checked
    // against (variant org-key-named), else those the list names (org-key-listed, -many), else none
    // (org-key: a valid key may list none, https://jira.atlassian.com/browse/ACCESS-966).
    title: (p) =>
      p.variant?.startsWith('org-key')
        ? orgKeyTitle(p)
        : p.accountName
          ? `Signed in as ${p.accountName}`
          : 'Credentials accepted',
    explanation: (p) =>
      p.variant?.startsWith('org-key')
        ? orgKeyExplanation(p)
        : `Atlassian accepted these credentials: ${p.probeUrl ?? 'the /myself probe'} answered ${p.status ?? '200'} with the account's details, so the call ran as that user, not as anonymous.`,
  },
  TOKEN_UNSCOPED: {
    outcome: 'succeeded',
    severity: 'info',
    sources: [SOURCES.apiTokens, SOURCES.cloud12617],
    title: () => 'Classic (unscoped) API token: it can do everything its user can',
    explanation: (p) =>
      `The token works on the site URL ${site(p)}, which only unscoped tokens do. Such a token carries all of its user's rights in every product: whoever holds it can do what that user can.`,
    fix: () => ({
      steps: [
        'Nothing to fix for this check.',
        'Before giving it to a vendor, consider an API token with scopes: Create API token with scopes, choose only what the integration needs.',
      ],
      link: tokensLink,
    }),
  },
  TOKEN_SCOPED: {
    outcome: 'succeeded',
    severity: 'ok',
    sources: [SOURCES.serviceAccount401, SOURCES.cloud12617, SOURCES.apiTokens],
    headline: HEADLINES.gatewayOnly,
    title: () => 'Scoped API token: works through the API gateway',
    explanation: (p) => {
      const gateway = `https://api.atlassian.com/ex/${p.product === 'Confluence' ? 'confluence' : 'jira'}/${p.cloudId ?? '{cloudId}'}`;
      return p.variant === 'service-account'
        ? `The API gateway at ${gateway} accepted it. Service accounts can only make API tokens with scopes, so it was not sent to the site URL, which refuses them (CLOUD-12617). It can only do what its scopes allow.`
        : `The token was refused on the site URL but accepted by the API gateway at ${gateway}: that is how an API token with scopes behaves (CLOUD-12617). It can only do what its scopes allow; it is sent as Basic with the account email, not as Bearer.`;
    },
  },
});
