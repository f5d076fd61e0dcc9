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
  // --- Organization API keys and operations keys where another credential is due (lib/requests/check/targets/ops-keys.ts, org-admin-key and cloud-api-token lint) ---
  ORG_KEY_ON_SCIM: {
    group: 'rejected',
    severity: 'error',
    sources: [...SCIM_KEY_SOURCES, SOURCES.adminApiKeyLife],
    headline: 'This is not the kind of credential chosen',
    title: () => 'The user provisioning (SCIM) API does not take an organization API key',
    explanation: (p) =>
      p.variant === 'request'
        ? `The request sends the secret written as ${p.detail ?? 'an organization API key'}, a name for an organization API key, to ${p.path ?? 'the user provisioning (SCIM) API'}. That API takes only the key made for the directory itself; an organization API key from Settings → API keys gets "Not authorized to access : scim/directory/…".`
        : `The Organization ID holds a user provisioning (SCIM) directory address (${p.detail ?? 'scim/directory/…'}). That API takes only the key made for the directory itself; an organization API key from Settings → API keys gets "Not authorized to access : scim/directory/…".`,
    fix: (p) => ({
      steps: [
        'In admin.atlassian.com: Security → Identity providers → your directory → User provisioning → Regenerate API key.',
        'Give the integration that key and the directory base URL shown with it (regenerating disables the old key).',
        'Keep the organization API key for the admin APIs (/admin/v1/orgs/…); its Organization ID is in the address admin.atlassian.com/o/<ID>/….',
      ],
      curl: bearerCurl(
        `https://api.atlassian.com${p.path && /^\/scim\/directory\/[^/<>{}$]+$/.test(p.path) ? p.path : '/scim/directory/<directoryId>'}/Users?count=1`,
        'SCIM_DIRECTORY_API_KEY',
      ),
    }),
  },
  ORG_KEY_AS_USER_TOKEN: {
    group: 'rejected',
    severity: 'error',
    sources: [SOURCES.adminApiKeyLife, SOURCES.orgKeyNotOnMcp, SOURCES.cloud12783, SOURCES.apiTokens],
    headline: 'This is not the kind of credential chosen',
    title: () => 'An organization API key where a user’s API token is due',
    explanation: (p) =>
      p.variant === 'request'
        ? `The request sends the secret written as ${p.detail ?? 'an organization API key'}, a name for an organization API key, to ${p.path ?? 'a product API'}, which takes an account's email and API token (or an OAuth token). Organization API keys work only on the admin APIs (api.atlassian.com/admin/…); Jira, Confluence, the gateway's /ex/… paths and the Rovo MCP server do not take them.`
        : `The Organization ID holds ${p.detail ?? 'a site or product address'}, but an organization API key works only on the admin APIs (api.atlassian.com/admin/…): sites, the gateway's /ex/… paths and the Rovo MCP server do not take it, and an organization cannot be found from a site (CLOUD-12783).`,
    fix: (p) => ({
      steps: [
        'For Jira or Confluence: create an API token for the account the integration runs as (Atlassian account → Security → API tokens) and send it with that account’s email.',
        'For the admin APIs: send the key as "Authorization: Bearer <key>" to api.atlassian.com/admin/…, with the Organization ID from the address admin.atlassian.com/o/<ID>/….',
      ],
      curl:
        p.variant === 'request'
          ? basicCurl('https://<your-site>.atlassian.net/rest/api/3/myself', '')
          : bearerCurl('https://api.atlassian.com/admin/v1/orgs', 'ATLASSIAN_ORG_API_KEY'),
    }),
  },

  GENIE_KEY_AS_API_TOKEN: {
    group: 'rejected',
    severity: 'error',
    sources: [SOURCES.jsmOpsIntro, SOURCES.opsgenieBadKey, SOURCES.opsgenieWrongKeyType],
    headline: 'This is not the kind of credential chosen',
    title: (p) =>
      p.variant === 'token'
        ? 'An Atlassian API token sent as a GenieKey'
        : 'A JSM operations (Opsgenie) integration key where an API token is due',
    explanation: (p) =>
      p.variant === 'token'
        ? `The request sends an Atlassian API token (ATATT…) as "Authorization: GenieKey …" to ${p.path ?? 'integration events'}. Integration events and the Opsgenie API take only the API key of an API integration, and answer "Could not authenticate" to a key they do not know.`
        : p.variant === 'request'
          ? `The request sends "Authorization: GenieKey …" to ${p.path ?? 'a product API'}. A GenieKey is taken only by integration events (/jsm/ops/integration/…) and the Opsgenie API; Jira, Confluence and the JSM operations REST API want an account's email and API token.`
          : 'The API token field holds "GenieKey …": the header of a JSM operations or Opsgenie integration key, not an Atlassian API token. Nothing was sent.',
    fix: (p) => ({
      steps:
        p.variant === 'token'
          ? [
              'In JSM operations (or Opsgenie): Teams → your team → Integrations → an API integration, and copy its API key.',
              'Send it as "Authorization: GenieKey <integration API key>"; keep the API token for the REST APIs (Basic email:token).',
            ]
          : [
              'For the REST APIs, JSM operations included: create an Atlassian API token and send it with the account’s email (Basic).',
              'Keep the GenieKey for integration events (POST /jsm/ops/integration/v2/alerts); an API token does not work there.',
            ],
      curl:
        p.variant === 'token'
          ? undefined
          : basicCurl(
              `https://api.atlassian.com/jsm/ops/api/${p.cloudId ?? '<cloudId>'}/v1/alerts?size=1`,
              p.email ?? '',
            ),
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
