/**
 * A Jira Data Center personal access token and its server URL.
 */
import { bearerCurl, HEADLINES, kindWords, probe, site } from '../../findings/entry';
import { API_TOKENS_PAGE } from '../../findings/fix-commands';
import { SOURCES } from '../../findings/sources';

export const DC_PAT_WORDS = kindWords({
  PAT_REJECTED: {
    group: 'rejected',
    severity: 'error',
    sources: [SOURCES.dcPatBearer],
    headline: 'The server rejected this token',
    title: () => 'The Data Center server rejected this personal access token',
    explanation: (p) =>
      `${probe(p)} answered ${p.status ?? '401'}${p.detail ? ` (${p.detail})` : ''}. The token is wrong, expired or revoked, or belongs to a deactivated user.`,
    fix: (p) => ({
      steps: [
        "In Jira: your avatar → Profile → Personal Access Tokens: check the token's expiry, or create a new one.",
        'Send it as "Authorization: Bearer <token>", never as a Basic password.',
      ],
      curl: p.serverUrl ? bearerCurl(`${p.serverUrl}/rest/api/2/myself`, 'JIRA_PAT') : undefined,
    }),
  },
  PAT_ON_CLOUD: {
    group: 'rejected',
    severity: 'error',
    sources: [SOURCES.dcPatBearer, SOURCES.apiTokens],
    headline: HEADLINES.wrongKind,
    title: () => 'A Data Center token cannot be used on Atlassian Cloud',
    explanation: (p) =>
      `${p.host ?? 'This server'} is an Atlassian Cloud site, and personal access tokens exist only on Jira and Confluence Data Center: Cloud uses an API token with the account's email. Nothing was sent.`,
    fix: () => ({
      steps: ['Choose "Cloud API token" as the credential type and create an API token for your Atlassian account.'],
      link: { href: API_TOKENS_PAGE, label: 'Atlassian account → Security → API tokens' },
    }),
  },
  CLOUD_TOKEN_ON_DATA_CENTER: {
    group: 'rejected',
    severity: 'error',
    sources: [SOURCES.dcCloudTokenRefused],
    headline: HEADLINES.wrongKind,
    title: () => 'This is an Atlassian Cloud API token, not a Data Center token',
    explanation: (p) =>
      `${p.detail ?? 'The value'} is a Cloud credential, which a Data Center server does not know: it answers 401, or 403 "Forbidden" when it allows only personal access tokens. Nothing was sent.`,
    fix: () => ({
      steps: ['Create a personal access token in Jira Data Center: your avatar → Profile → Personal Access Tokens.'],
    }),
  },
  WRONG_API_VERSION_FOR_DATA_CENTER: {
    group: 'url',
    severity: 'warning',
    sources: [SOURCES.dcNoApiV3],
    headline: HEADLINES.wrongServerPath,
    title: () => 'Data Center has no REST API v3',
    explanation: () =>
      '/rest/api/3/... and /search/jql exist only on Cloud; Jira Data Center answers 404 there. Token Doctor checked /rest/api/2/myself instead.',
    fix: (p) => ({
      steps: ['Use /rest/api/2/... paths against Data Center.'],
      url: p.serverUrl ? `${p.serverUrl}/rest/api/2/myself` : undefined,
    }),
  },
  URL_MISSING_CONTEXT_PATH: {
    group: 'url',
    severity: 'error',
    sources: [SOURCES.dcContextPath],
    headline: HEADLINES.wrongServerPath,
    title: (p) => `The server is served under ${p.detail ?? 'a context path'}`,
    explanation: (p) =>
      `${p.serverUrl ?? 'The server'}/rest/api/2/myself answered 404, but ${p.location ?? 'the same path under the context path'} answers: Jira runs under ${p.detail ?? 'a context path'} on this server, so every URL must include it.`,
    fix: (p) => ({
      steps: [`Set the server URL to ${p.location ?? 'the URL with its context path'}.`],
      url: p.location,
    }),
  },
  URL_EXTRA_CONTEXT_PATH: {
    group: 'url',
    severity: 'error',
    sources: [SOURCES.dcContextPath],
    headline: HEADLINES.wrongServerPath,
    title: (p) => `The server is not served under ${p.detail ?? 'this path'}`,
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} answered 404, but the REST API answers at the server root: ${p.detail ?? 'the path'} is not part of this server's address.`,
    fix: (p) => ({ steps: [`Set the server URL to ${p.location ?? 'the server root'}.`], url: p.location }),
  },
  HOST_PERMISSION_MISSING: {
    group: 'other',
    severity: 'error',
    sources: [SOURCES.hostPermissions],
    headline: 'Token Doctor may not contact this server yet',
    title: (p) => `Token Doctor may not contact ${p.origin ?? 'this server'} yet`,
    explanation: (p) =>
      `The browser has not granted access to ${p.origin ?? 'the server'}, so nothing was sent. Token Doctor asks for each Data Center server separately, when you save its profile, and sends the token nowhere else.`,
    fix: () => ({
      steps: [
        'Click "Save profile" again and allow access when the browser asks (or "Grant access" beside the Server URL).',
      ],
    }),
  },
  SERVER_URL_NOT_HTTPS: {
    group: 'url',
    severity: 'warning',
    sources: [],
    noSource: 'Sending a secret only over HTTPS is our own rule; the finding gives the reason in words.',
    title: () => 'Site URL uses http://',
    explanation: (p) =>
      `The Data Center server is addressed over plain http://: the personal access token travels unencrypted, readable by anything on the network path. Token Doctor checked ${p.serverUrl ?? 'the server'} as given.`,
    fix: () => ({ steps: ['Serve Jira over HTTPS (a TLS proxy in front of it) and use the https:// address.'] }),
  },
  SERVER_URL_HAS_EXTRA_PATH: {
    group: 'url',
    severity: 'warning',
    sources: [SOURCES.dcContextPath],
    title: (p) => `Site URL has an extra path: ${p.detail ?? ''}`,
    explanation: (p) =>
      `A base URL is the server and its context path only; ${p.detail ?? 'this part'} belongs to a page or an API call. Token Doctor checked ${p.serverUrl ?? 'the server'}.`,
    fix: (p) => ({ steps: [`Set the base URL to ${site(p)} and let the client add the API path.`], url: site(p) }),
  },
});
