/**
 * Wrong URL: the credential may be fine, but the address the integration uses is not where it works.
 */
import type { FindingFix } from '../model/report';
import { type FindingParams, groupTable, site } from './entry';
import { basicCurl, gatewayMyselfUrl } from './fix-commands';
import { SOURCES } from './sources';

function gatewayFix(p: FindingParams, first: string): FindingFix {
  // A token whose scopes do not cover /myself would get 401 from the corrected call as well:
  // then the fix names the base URL and gives no command that is known to fail.
  const proven = p.variant !== 'scope-missing';
  return {
    steps: [
      first,
      'Keep Basic authentication with the same email and token: only the base URL changes.',
      `For Confluence the base is https://api.atlassian.com/ex/confluence/${p.cloudId ?? '{cloudId}'} (one cloudId per site).`,
    ],
    url: p.cloudId && proven ? gatewayMyselfUrl(p.cloudId) : undefined,
    curl: p.cloudId && proven ? basicCurl(gatewayMyselfUrl(p.cloudId), p.email ?? '') : undefined,
  };
}

/** The Confluence form of the gateway fix: the base is /ex/confluence/{cloudId}/wiki. */
function confluenceGatewayFix(p: FindingParams): FindingFix {
  const base = `https://api.atlassian.com/ex/confluence/${p.cloudId ?? '{cloudId}'}/wiki`;
  const check = `${base}/api/v2/spaces?limit=1`;
  const proven = p.variant !== 'scope-missing' && p.cloudId !== undefined;
  return {
    steps: [
      `Change the integration's Confluence base URL from ${site(p)}/wiki to ${base}.`,
      'Keep Basic authentication with the same email and token: only the base URL changes.',
    ],
    url: proven ? check : undefined,
    curl: proven ? basicCurl(check, p.email ?? '') : undefined,
  };
}

export const URL_ROWS = groupTable('url', {
  SCOPED_TOKEN_ON_SITE_URL: {
    severity: 'warning',
    sources: [SOURCES.serviceAccount401, SOURCES.cloud12617, SOURCES.cloudId],
    title: () => 'Scoped token used with the site URL: call the API gateway instead',
    explanation: (p) =>
      p.variant === 'scope-missing'
        ? `${site(p)} refused the token (${p.status ?? '401'} from the site's /myself) and the API gateway recognised it as a scoped token, which works only through https://api.atlassian.com/ex/jira/${p.cloudId ?? '{cloudId}'}. The integration must call the gateway, with a token whose scopes cover its calls.`
        : p.product === 'Confluence'
          ? `${site(p)}/wiki refused the token (${p.status ?? '401'} from the site's Confluence user/current) while the API gateway accepted it: scoped API tokens work only through https://api.atlassian.com/ex/confluence/${p.cloudId ?? '{cloudId}'}/wiki. The token is fine; the integration's base URL must change.`
          : `${site(p)} refused the token (${p.status ?? '401'} from the site's /myself) while the API gateway accepted it: scoped API tokens work only through https://api.atlassian.com/ex/jira/${p.cloudId ?? '{cloudId}'}. On the site URL such a token gets 401, "Issue does not exist or you do not have permission to see it" or empty results; the token is fine, the base URL must change.`,
    fix: (p) =>
      p.product === 'Confluence'
        ? confluenceGatewayFix(p)
        : gatewayFix(
            p,
            `Change the integration's base URL from ${site(p)} to https://api.atlassian.com/ex/jira/${p.cloudId ?? '{cloudId}'}.`,
          ),
  },
  SITE_NOT_FOUND: {
    severity: 'error',
    sources: [SOURCES.vanityHost],
    title: (p) => `No Atlassian Cloud site at ${p.host ?? 'this address'}`,
    explanation: (p) =>
      `${p.host ?? 'The host'} did not answer as a Cloud site: ${p.detail ?? '_edge/tenant_info returned no cloudId'}. The site name may be misspelt, the site renamed, or a free site deactivated after 122 days without use.`,
    fix: () => ({
      steps: [
        'Open the site in a browser and copy the address from the address bar: it is https://<name>.atlassian.net.',
        'If you reach a custom domain or an SSO page, use the *.atlassian.net name it ends on.',
        `If the site was deactivated, a site or org admin can restore it from admin.atlassian.com while it still exists.`,
      ],
    }),
  },
  NOT_ATLASSIAN_CLOUD_HOST: {
    severity: 'error',
    sources: [SOURCES.vanityHost],
    title: (p) => `${p.host ?? 'This host'} is not an Atlassian Cloud site`,
    explanation: (p) =>
      p.host === 'api.atlassian.com'
        ? 'This is the API gateway, not a site. Enter the site URL (https://<name>.atlassian.net): Token Doctor finds the cloudId and checks the gateway itself.'
        : p.variant === 'custom-domain'
          ? `${p.host ?? 'This host'} is not under atlassian.net, and its anonymous /_edge/tenant_info named no cloudId nor did /rest/api/2/serverInfo say "Cloud", so it was not recognised as a Cloud site on a custom domain and no credential was sent. An SSO or proxy address forwards to the real site: use the *.atlassian.net address it ends on.`
          : `Cloud API tokens are only ever sent to *.atlassian.net sites and api.atlassian.com, so nothing was sent to ${p.host ?? 'this host'}. A custom domain or SSO address forwards to a *.atlassian.net site; a Jira or Confluence you run yourself is Data Center, which uses personal access tokens instead.`,
    fix: () => ({
      steps: [
        'Use the site address that ends in .atlassian.net (open Jira in a browser and copy it).',
        'For a self-hosted Jira or Confluence, create a Data Center personal access token instead of a Cloud API token.',
      ],
    }),
  },
  HTTP_NOT_HTTPS: {
    severity: 'warning',
    sources: [SOURCES.httpRedirect],
    title: () => 'Site URL uses http://',
    explanation: (p) =>
      `Atlassian Cloud only serves HTTPS: http:// answers with a 301 redirect, and clients that follow it can turn a POST into a GET and get a misleading 200. Token Doctor checked ${site(p)} instead; browsers upgrade atlassian.net to HTTPS by themselves, scripts do not.`,
    fix: (p) => ({ steps: [`Use ${site(p)} in the integration's configuration.`], url: site(p) }),
  },
  URL_HAS_EXTRA_PATH: {
    severity: 'warning',
    sources: [SOURCES.jiraNoContextPath],
    title: (p) => `Site URL has an extra path: ${p.product === 'Confluence' ? '/wiki' : ''}${p.detail ?? ''}`,
    explanation: (p) =>
      p.product === 'Confluence'
        ? `A Confluence base URL is the site followed by /wiki, once: here ${p.detail ?? 'more'} follows it, so clients build paths such as /wiki${p.detail ?? ''}/rest/api/… that do not exist. Token Doctor checked ${site(p)}/wiki.`
        : `A base URL is the site alone: Jira Cloud has no /jira context path (/jira/rest/... is a 404 "dead link"), and /rest/api/... or a page address make clients build wrong paths (for Confluence the base is the site followed by /wiki). Token Doctor checked ${site(p)}.`,
    fix: (p) =>
      p.product === 'Confluence'
        ? {
            steps: [`Set the base URL to ${site(p)}/wiki and let the client add the API path.`],
            url: `${site(p)}/wiki`,
          }
        : { steps: [`Set the base URL to ${site(p)} and let the client add the API path.`], url: site(p) },
  },
  URL_PLACEHOLDER: {
    severity: 'error',
    sources: [SOURCES.cloudId],
    title: (p) => `Site URL still contains a placeholder: ${p.detail ?? ''}`,
    explanation: (p) =>
      `"${p.detail ?? ''}" comes from documentation or a template and was never replaced, so there is no site to check.`,
    fix: () => ({
      steps: ['Replace it with your site address, e.g. https://acme.atlassian.net (copy it from the browser).'],
    }),
  },
  URL_MISSING_SCHEME: {
    severity: 'info',
    sources: [SOURCES.missingScheme],
    title: () => 'Site URL has no https://',
    explanation: (p) =>
      `Token Doctor assumed ${site(p)}. Many clients reject a URL without a scheme ("No schema supplied", ERR_INVALID_URL).`,
    fix: (p) => ({ steps: [`Write the full address ${site(p)} in the integration's configuration.`], url: site(p) }),
  },
  URL_INVALID: {
    severity: 'error',
    sources: [SOURCES.urlStandard],
    title: () => 'Site URL cannot be used',
    explanation: (p) => `The site URL cannot be used: ${p.detail ?? 'it is not a URL'}. Nothing was sent.`,
    fix: () => ({ steps: ['Enter the site address as https://<name>.atlassian.net, copied from the browser.'] }),
  },
  REDIRECTED: {
    // A redirect means the address the integration uses is not the site's own: an error, never
    // "Works". Browsers hide a manual redirect's status (an opaque redirect answers 0), so the
    // words name the 3xx only when it is known.
    severity: 'error',
    sources: [SOURCES.vanityHost, SOURCES.httpRedirect],
    headline: 'The site URL redirects: the integration must use the address it leads to',
    title: () => 'The site URL redirects elsewhere',
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} answered ${redirectStatus(p.status)}${p.location ? ` to ${p.location} (learnt by a second request sent without credentials)` : ''}. Credentials are never sent through a redirect, so nothing was checked${p.location ? '' : ', and where it leads could not be learnt'}.`,
    fix: (p) => {
      const base = baseOf(p.location);
      return {
        steps: base
          ? [
              `Change the site URL to ${base} (a renamed site or a custom domain redirects like this).`,
              'Run the diagnosis again.',
            ]
          : [
              'Open the site URL in a browser tab, copy the final *.atlassian.net address and use it as the site URL.',
              'Run the diagnosis again.',
            ],
        url: base,
      };
    },
  },
  OAUTH_TOKEN_ON_SITE_URL: {
    severity: 'error',
    sources: [SOURCES.oauthCalls],
    title: () => 'An OAuth access token is sent to the site URL',
    explanation: (p) =>
      `The Bearer value is an OAuth 2.0 access token (a JWT), and OAuth calls must go through https://api.atlassian.com/ex/jira/{cloudId}/… , not to ${p.host ?? 'the site'}: the site does not take it and runs the request as anonymous (401 for /myself, empty lists or "does not exist" elsewhere).`,
    fix: () => ({
      steps: [
        'Call https://api.atlassian.com/ex/jira/{cloudId} + the API path; the cloudId comes from https://api.atlassian.com/oauth/token/accessible-resources.',
      ],
    }),
  },
  GATEWAY_URL_MISSING_CLOUD_ID: {
    severity: 'error',
    sources: [SOURCES.gatewayMissingCloudId, SOURCES.cloudId],
    title: () => 'API gateway URL without /ex/{product}/{cloudId}',
    explanation: (p) =>
      `Calls through api.atlassian.com must name the product and the site's cloudId: https://api.atlassian.com/ex/jira/{cloudId}/rest/… or /ex/confluence/{cloudId}/wiki/… . ${p.path ? `Here the path is ${p.path}; ` : ''}without it the gateway answers 404 "No message available".`,
    fix: () => ({
      steps: [
        'Find the cloudId: open https://<your-site>.atlassian.net/_edge/tenant_info in a browser.',
        'Call https://api.atlassian.com/ex/jira/<cloudId>/rest/api/3/… (or /ex/confluence/<cloudId>/wiki/…).',
      ],
    }),
  },
  REMOVED_ENDPOINT: {
    severity: 'error',
    sources: [SOURCES.change2046, SOURCES.removedSearch],
    title: (p) => `${p.path ?? 'This endpoint'} has been removed`,
    explanation: () =>
      'Jira Cloud removed GET and POST /rest/api/2/search and /rest/api/3/search (CHANGE-2046): they answer 410 and point to /rest/api/3/search/jql. The new endpoint returns only issue ids unless "fields" is given, and pages with nextPageToken instead of startAt.',
    fix: () => ({
      steps: ['Call /rest/api/3/search/jql with the same jql, and add fields=… (e.g. fields=summary,status).'],
      link: {
        href: 'https://developer.atlassian.com/changelog/#CHANGE-2046',
        label: 'Atlassian changelog: CHANGE-2046',
      },
    }),
  },
  SITE_URL_REFUSES_SCOPED_TOKENS: {
    severity: 'info',
    sources: [SOURCES.serviceAccount401, SOURCES.cloud12617],
    title: () => 'Calls the site URL: works only with a classic (unscoped) token',
    explanation: (p) =>
      `This request goes to ${p.host ?? 'the site'}, which accepts only API tokens without scopes: a token with scopes (and every service-account token) gets 401, "does not exist" or empty results there, and must go through https://api.atlassian.com/ex/jira/{cloudId}/… (CLOUD-12617). Nothing in a token's text says whether it has scopes.`,
    fix: () => ({
      steps: [
        'If you do not know whether the token has scopes, tick "The token has scopes" to see the gateway URL, or run Diagnose to find out.',
        'If the token has scopes, call https://api.atlassian.com/ex/jira/{cloudId} + the same API path, with the same email and token.',
      ],
    }),
  },
  // --- Check a request: rules of the Confluence target (lib/requests/check/targets/confluence-cloud.ts) ---
  CONFLUENCE_URL_MISSING_WIKI_IN_REQUEST: {
    severity: 'error',
    sources: [SOURCES.confluenceNoWiki],
    title: () => 'A Confluence path on a Cloud site without /wiki',
    explanation: (p) =>
      `${p.path ?? 'The path'} is a Confluence REST path, but on ${site(p)} Confluence lives under /wiki: without it the request reaches Jira, which answers 404 "null for uri".`,
    fix: (p) => ({
      steps: [`Put /wiki between the site and the path: ${site(p)}/wiki${p.path ?? '/rest/api/…'}.`],
      url: p.origin && p.path ? `${p.origin}/wiki${p.path}` : undefined,
    }),
  },
  CONFLUENCE_V1_ENDPOINT_REMOVED_IN_REQUEST: {
    severity: 'error',
    sources: [SOURCES.confluenceGone, SOURCES.confluenceGoneMatrix],
    title: () => 'This Confluence v1 endpoint is removed on this path',
    explanation: (p) =>
      `${p.path ?? 'The v1 endpoint'} ${p.variant === 'oauth' ? 'called with an OAuth access token' : 'called through the API gateway'} answers 410 with "GoneException: This deprecated endpoint has been removed." and "authorized": true: the credential is fine, the endpoint is gone.`,
    fix: (p) => ({
      steps: [
        `Use the REST API v2 under /wiki/api/v2 (${p.expected ?? 'for example /wiki/api/v2/pages or /wiki/api/v2/spaces'}).`,
        'With an API token and Basic authentication, v1 is still served on the site itself (https://<site>.atlassian.net/wiki/rest/api/…).',
      ],
    }),
  },
});

/** "301", or "a redirect" when the browser hid the status (an opaque redirect reads as 0). */
function redirectStatus(status: string | undefined): string {
  return status && /^3\d\d$/.test(status) ? `with a redirect (${status})` : 'with a redirect';
}

/** The base URL a redirect leads to: its origin, for a Cloud site's REST path. */
function baseOf(location: string | undefined): string | undefined {
  if (!location) return undefined;
  try {
    const url = new URL(location);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
