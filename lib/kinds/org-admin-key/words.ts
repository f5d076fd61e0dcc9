/**
 * An organization admin API key.
 */
import { bearerCurl, HEADLINES, kindWords, probe } from '../../findings/entry';
import { SOURCES } from '../../findings/sources';

const ADMIN_KEYS_LINK = { href: 'https://admin.atlassian.com', label: 'admin.atlassian.com → Settings → API keys' };

export const ORG_ADMIN_KEY_WORDS = kindWords({
  ADMIN_KEY_REJECTED: {
    group: 'rejected',
    severity: 'error',
    sources: [SOURCES.adminOrgs, SOURCES.adminApis],
    headline: HEADLINES.rejected,
    title: () => 'Atlassian rejected this organization API key',
    explanation: (p) =>
      `${probe(p)} answered ${p.status ?? '401'}${p.detail ? ` (${p.detail})` : ''}: the key is wrong, expired or revoked, and Atlassian does not say which. A key sent without "Bearer " is refused the same way.`,
    fix: () => ({
      steps: [
        "In admin.atlassian.com → Settings → API keys, check the key's expiry date; create a new key if needed.",
        'Send it as a header: Authorization: Bearer <key> (not Basic, not the key alone).',
      ],
      curl: bearerCurl('https://api.atlassian.com/admin/v1/orgs', 'ATLASSIAN_ORG_API_KEY'),
      link: ADMIN_KEYS_LINK,
    }),
  },
  PERSONAL_TOKEN_ON_ADMIN_API: {
    group: 'rejected',
    severity: 'error',
    sources: [SOURCES.adminApis],
    headline: HEADLINES.wrongKind,
    title: () => 'This is a personal API token, not an organization API key',
    explanation: (p) =>
      `${p.detail ?? 'The value'} belongs to an Atlassian account, not to an organization, and the organization admin APIs refuse personal API tokens with 401. Nothing was sent.`,
    fix: () => ({
      steps: [
        'An organization admin creates an API key at admin.atlassian.com → Settings → API keys.',
        'To check a personal API token, choose "Cloud API token" as the credential type.',
      ],
      link: ADMIN_KEYS_LINK,
    }),
  },
  ADMIN_ORG_NOT_FOUND: {
    group: 'rejected',
    severity: 'error',
    sources: [SOURCES.adminOrgs, SOURCES.cloud12783],
    headline: 'The key cannot see this organization',
    title: (p) => `Organization ${p.orgId ?? ''} not found for this key`.replace('  ', ' '),
    explanation: (p) =>
      `${probe(p)} answered 404${p.detail ? ` (${p.detail})` : ''}: the key works, but cannot see this organization — the ID is wrong, or the key belongs to another organization (keys are scoped to one). An organization cannot be looked up by site URL or cloudId (CLOUD-12783).`,
    fix: () => ({
      steps: [
        'Copy the organization ID from admin.atlassian.com: it is in the address, admin.atlassian.com/o/<organization ID>/overview.',
        'Or use a key created in that organization.',
      ],
    }),
  },
  ADMIN_ORGS_EMPTY: {
    group: 'accepted',
    outcome: 'succeeded',
    severity: 'info',
    sources: [SOURCES.access966, SOURCES.adminOrgs],
    title: () => 'The key works; the organization list is empty, which is normal',
    explanation: (p) =>
      `${probe(p)} answered 200 with "data": [], which is Atlassian's answer for a valid key: keys are scoped to one organization (ACCESS-966), so it does not mean the key can see nothing.${p.orgId ? '' : ' Give the Organization ID to check the key against it.'}`,
  },
});
