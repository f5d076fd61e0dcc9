/**
 * Catalogue rows of Cloud sites on custom domains: a host outside Atlassian's domains that its own
 * anonymous answers show to be Atlassian Cloud (`/_edge/tenant_info` names a cloudId, or
 * `/rest/api/2/serverInfo` says `deploymentType: "Cloud"`), or to be a Data Center server.
 * (https://github.com/aquasecurity/postee/pull/668, https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md)
 */
import { HEADLINES, kindWords } from '../../findings/entry';
import { SOURCES } from '../../findings/sources';

export const CUSTOM_DOMAIN_WORDS = kindWords({
  CUSTOM_DOMAIN_CLOUD_SITE: {
    group: 'other',
    severity: 'info',
    sources: [SOURCES.customDomainServerInfo, SOURCES.tenantInfoCloudId, SOURCES.legacyJiraComCloud],
    title: (p) => `${p.host ?? 'This host'} is an Atlassian Cloud site on a custom domain`,
    explanation: (p) =>
      p.variant === 'oauth'
        ? `Its name is not under atlassian.net, but its anonymous ${p.detail ?? '/_edge/tenant_info answered a cloudId'}, so it is Atlassian Cloud. The OAuth token never went there: only to api.atlassian.com, where the grant was matched to this site by ${p.cloudId ? `its cloudId ${p.cloudId}` : 'its cloudId'}.`
        : `Its name is not under atlassian.net, but its anonymous ${p.detail ?? '/_edge/tenant_info answered a cloudId'}, so it is Atlassian Cloud. Token Doctor sent the credential there only after that answer and only because you granted access to ${p.origin ?? 'the host'}.`,
    fix: (p) => ({
      steps:
        p.variant === 'oauth'
          ? [
              'Nothing to change for Token Doctor. An OAuth app never calls this address: it calls the gateway with the site’s cloudId.',
              ...(p.cloudId ? [`Base URL for Jira: https://api.atlassian.com/ex/jira/${p.cloudId}`] : []),
            ]
          : [
              'Nothing to change for Token Doctor. Tools that decide "Cloud or not" from the .atlassian.net suffix treat this address as Data Center: give them the site’s *.atlassian.net address instead.',
              ...(p.cloudId ? [`Scoped tokens go through https://api.atlassian.com/ex/jira/${p.cloudId}.`] : []),
            ],
    }),
  },
  DATA_CENTER_SITE_AS_CLOUD: {
    group: 'rejected',
    severity: 'error',
    sources: [SOURCES.customDomainServerInfo, SOURCES.dcPatBearer],
    headline: HEADLINES.wrongKind,
    title: (p) => `${p.host ?? 'This server'} is Jira Data Center, not Atlassian Cloud`,
    explanation: (p) =>
      `Its anonymous /rest/api/2/serverInfo answered deploymentType "${p.detail ?? 'Server'}" and /_edge/tenant_info named no cloudId. A Cloud API token or OAuth token does not work on a server you run yourself, so nothing was sent.`,
    fix: (p) => ({
      steps: [
        'Choose "Data Center personal access token" as the credential type and use this address as its Server URL.',
        'In Jira Data Center: your avatar → Profile → Personal Access Tokens → Create token.',
      ],
      ...(p.origin ? { url: `${p.origin}/rest/api/2/myself` } : {}),
    }),
  },
  OAUTH_CUSTOM_DOMAIN_NOT_MATCHED: {
    group: 'url',
    severity: 'warning',
    sources: [SOURCES.customDomainServerInfo, SOURCES.tenantInfoCloudId, SOURCES.oauthCalls],
    headline: 'The grant could not be matched to this site',
    title: (p) => `Token Doctor cannot tell which granted site ${p.host ?? 'this address'} is`,
    explanation: (p) =>
      `${p.host ?? 'The host'} answered /rest/api/2/serverInfo as Atlassian Cloud, but /_edge/tenant_info named no cloudId, and accessible-resources lists sites by their atlassian.net address and cloudId (${p.sites || 'none'}). The token works for those sites; whether it reaches this one is not proven.`,
    fix: (p) => ({
      steps: [
        'Use the site’s *.atlassian.net address as the Site URL of this profile: it is what accessible-resources lists.',
        `Or open ${p.origin ?? 'the site'}/_edge/tenant_info in the browser: the cloudId it shows must be among the granted sites.`,
      ],
    }),
  },
  CUSTOM_DOMAIN_HOST_PERMISSION_MISSING: {
    group: 'other',
    severity: 'error',
    sources: [SOURCES.hostPermissions],
    headline: 'Token Doctor may not contact this address yet',
    title: (p) => `Token Doctor may not contact ${p.origin ?? 'this address'} yet`,
    explanation: (p) =>
      `${p.host ?? 'The host'} is not under atlassian.net, so Token Doctor may reach it only once the browser grants it, and the browser has not granted ${p.origin ?? 'it'}: nothing was sent. Granted, it is first asked what it is, without the credential.`,
    fix: () => ({
      steps: ['Click "Save profile" again and allow access when the browser asks.'],
    }),
  },
});
