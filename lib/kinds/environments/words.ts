/**
 * Catalogue rows for environments and services several kinds meet: Atlassian Government Cloud,
 * JSM operations keys (GenieKey) and the legacy Opsgenie answers, organization API keys used where
 * they do not belong, and Data Center logins that depend on the username or its case.
 */
import { bearerCurl, kindWords } from '../../findings/entry';
import { basicCurl } from '../../findings/fix-commands';
import { SOURCES } from '../../findings/sources';

const SCIM_KEY_SOURCES = [
  {
    title: 'About the user provisioning REST API: it needs an API key separate from the admin API key',
    url: 'https://developer.atlassian.com/cloud/admin/user-provisioning/rest/intro/',
  },
  {
    title: 'Okta KB: an org API key on the provisioning API fails with "Not authorized to access : scim/directory/…"',
    url: 'https://support.okta.com/help/s/article/How-to-get-the-API-Key-and-Directory-ID-needed-to-authorize-the-Atlassian-Admin-Workflows-Connector',
  },
];

export const ENVIRONMENT_WORDS = kindWords({
  GOV_CLOUD_SITE: {
    group: 'other',
    severity: 'info',
    sources: [SOURCES.govCloud3lo, SOURCES.govCloudDomains, SOURCES.govCloudDetection],
    title: (p) => `${p.host ?? 'This site'} is an Atlassian Government Cloud site`,
    explanation: (p) =>
      `Its name ends in .atlassian-us-gov-mod.net, so its API gateway is ${p.detail ?? 'https://api.atlassian-us-gov-mod.com'} and its API tokens are made at id.atlassian-us-gov-mod.com. Token Doctor sent this credential only to the site and that gateway, never to a commercial Atlassian host, and every fix below uses the Government hosts.`,
    fix: (p) => ({
      steps: [
        `Point integrations at ${p.origin ?? 'the site'} or ${p.detail ?? 'https://api.atlassian-us-gov-mod.com'}/ex/jira/{cloudId}; api.atlassian.com does not serve Government Cloud sites.`,
      ],
      link: {
        href: 'https://id.atlassian-us-gov-mod.com/manage-profile/security/api-tokens',
        label: 'Government Cloud account → Security → API tokens',
      },
    }),
  },
  GOV_HOST_PERMISSION_MISSING: {
    group: 'other',
    severity: 'error',
    sources: [SOURCES.govCloudDomains],
    headline: 'Token Doctor may not contact this Government Cloud site yet',
    title: (p) => `Token Doctor may not contact ${p.origin ?? 'the Government Cloud hosts'} yet`,
    explanation: (p) =>
      `Government Cloud hosts are not among the hosts Token Doctor may reach by default, and the browser has not granted ${p.origin ?? 'them'}, so nothing was sent. The credential goes to the site and api.atlassian-us-gov-mod.com only.`,
    fix: () => ({
      steps: ['Click "Save profile" again and allow access when the browser asks.'],
    }),
  },
  ORG_KEY_ON_SCIM: {
    group: 'rejected',
    severity: 'error',
    sources: [...SCIM_KEY_SOURCES, SOURCES.adminApiKeyLife],
    headline: 'This is not the kind of credential chosen',
    title: () => 'The user provisioning (SCIM) API does not take an organization API key',
    explanation: (p) =>
      `${p.detail ?? 'The value given'} is a user provisioning (SCIM) directory. That API takes only the key made for the directory itself; an organization API key from Settings → API keys gets "Not authorized to access : scim/directory/…".`,
    fix: () => ({
      steps: [
        'In admin.atlassian.com: Security → Identity providers → your directory → User provisioning → Regenerate API key.',
        'Give the integration that key and the directory base URL shown with it (regenerating disables the old key).',
        'Keep the organization API key for the admin APIs (/admin/v1/orgs/…).',
      ],
    }),
  },
  ORG_KEY_AS_USER_TOKEN: {
    group: 'rejected',
    severity: 'error',
    sources: [SOURCES.adminApiKeyLife, SOURCES.orgKeyNotOnMcp, SOURCES.apiTokens],
    headline: 'This is not the kind of credential chosen',
    title: () => 'This is an organization API key, not a user’s API token',
    explanation: (p) =>
      `${p.probeUrl ?? 'The admin API'} accepted the value as an organization API key${p.accountName ? ` (${p.accountName})` : ''}, while the site and the gateway rejected it as a user's token. Org keys work only on the admin APIs: Jira, Confluence and tools such as the Rovo MCP server do not take them.`,
    fix: (p) => ({
      steps: [
        'Create an API token for the account the integration runs as (Atlassian account → Security → API tokens) and use it with that account’s email.',
        'To use this key, choose "Organization API key" as the credential type: it is sent as Bearer to the admin APIs only.',
      ],
      curl: bearerCurl(`${p.detail ?? 'https://api.atlassian.com'}/admin/v1/orgs`, 'ATLASSIAN_ORG_API_KEY'),
    }),
  },

  GENIE_KEY_AS_API_TOKEN: {
    group: 'rejected',
    severity: 'error',
    sources: [SOURCES.jsmOpsIntro, SOURCES.opsgenieBadKey],
    headline: 'This is not the kind of credential chosen',
    title: () => 'This looks like a JSM operations (Opsgenie) integration key, not an API token',
    explanation: (p) =>
      `${p.detail ?? 'The value'} has the shape of an integration API key (a GenieKey), not of an Atlassian API token. A GenieKey is sent as "Authorization: GenieKey …" to the integration-events API only; the REST APIs, JSM operations included, take an account's email and API token.`,
    fix: (p) => ({
      steps: [
        'For the JSM operations REST API: create an Atlassian API token and send it with the account’s email (Basic).',
        'Keep the GenieKey for integration events (POST /jsm/ops/integration/v2/alerts); an API token does not work there.',
      ],
      curl: p.cloudId
        ? basicCurl(`https://api.atlassian.com/jsm/ops/api/${p.cloudId}/v1/schedules`, p.email ?? '')
        : undefined,
    }),
  },
  OPS_KEY_NOT_API_INTEGRATION: {
    group: 'refused',
    severity: 'error',
    sources: [SOURCES.opsgenieWrongKeyType, SOURCES.opsgenieWrongKeyType403, SOURCES.jsmOpsIntro],
    title: () => 'This operations key is not from an API integration',
    explanation: (p) =>
      `${p.probeUrl ?? 'The operations API'} answered ${p.status ?? '403'} with code 40301 "To perform this action, use an API key from an API integration.": the key is genuine but belongs to another kind of integration (an alert source), which may only send integration events.`,
    fix: () => ({
      steps: [
        'Create an API integration in JSM operations (or Opsgenie) and use its key for REST calls.',
        'Or, on JSM operations, call /jsm/ops/api/{cloudId}/v1/… with an account’s email and API token.',
      ],
    }),
  },
});
