/**
 * Host rules: the one place that says which hosts are Atlassian's. A Cloud site is one DNS label
 * under atlassian.net (`https://<your-domain>.atlassian.net`, as the Jira Cloud REST API docs
 * write it); the API gateway is api.atlassian.com.
 */

/** The API gateway: `/ex/{product}/{cloudId}`, OAuth, the admin APIs, Id Mapping, JSM operations. */
export const GATEWAY_HOST = 'api.atlassian.com';

const CLOUD_SITE_HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.atlassian\.net$/;

// ---- Atlassian Government Cloud (govcloud) ------------------------------------------------------
// Atlassian Government Cloud (FedRAMP Moderate) is a separate environment: sites are
// `<site>.atlassian-us-gov-mod.net`, the gateway is api.atlassian-us-gov-mod.com and API tokens are
// made at id.atlassian-us-gov-mod.com (https://developer.atlassian.com/platform/framework/agc/guides/manage-3lo-apps,
// https://github.com/sooperset/mcp-atlassian/pull/890,
// https://support.atlassian.com/organization-administration/docs/ip-addresses-and-domains-for-atlassian-cloud-products/).

/** The Government Cloud API gateway (the commercial api.atlassian.com never serves its sites). */
export const GOV_GATEWAY_HOST = 'api.atlassian-us-gov-mod.com';

const GOV_SITE_HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.atlassian-us-gov-mod\.net$/;

/** Which Atlassian Cloud a host belongs to. */
export type CloudEnvironment = 'commercial' | 'government';

/** Is `host` (lower case, no port) an Atlassian Government Cloud site such as `agency.atlassian-us-gov-mod.net`? */
function isGovSiteHost(host: string): boolean {
  return GOV_SITE_HOST.test(host);
}

/** Any name under the Government Cloud's two domains (sites, gateway, auth, id). */
function isGovOwnedHost(host: string): boolean {
  return (
    host === 'atlassian-us-gov-mod.net' ||
    host.endsWith('.atlassian-us-gov-mod.net') ||
    host === 'atlassian-us-gov-mod.com' ||
    host.endsWith('.atlassian-us-gov-mod.com')
  );
}

/** The environment of an Atlassian host: Government for its domains, commercial for the rest. */
export function environmentOfHost(host: string): CloudEnvironment {
  return isGovOwnedHost(host) ? 'government' : 'commercial';
}
// ---- end govcloud --------------------------------------------------------------------------------

// ---- custom domains and legacy *.jira.com (domains) ---------------------------------------------
// A Cloud site keeps the legacy `<name>.jira.com` names Atlassian served before atlassian.net:
// jira-rest-java-client's `UriUtil.isURICloud` still counts them as Cloud
// (https://github.com/jenkinsci/jira-plugin/pull/1191), and jira.com is among Atlassian's Cloud
// domains (https://support.atlassian.com/organization-administration/docs/ip-addresses-and-domains-for-atlassian-cloud-products/).
// jira.atlassian.com and the like are Atlassian's own servers, never a customer's site.
const LEGACY_CLOUD_SITE_HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.jira\.com$/;

/** Is `host` a legacy Cloud site name such as `acme.jira.com`? */
function isLegacyCloudSiteHost(host: string): boolean {
  return LEGACY_CLOUD_SITE_HOST.test(host);
}

/**
 * The Cloud site hosts the manifest grants at install: `*.atlassian.net` (Government Cloud sites
 * and legacy `*.jira.com` names are asked for on "Save profile", as a custom domain is).
 */
export function isManifestSiteHost(host: string): boolean {
  return CLOUD_SITE_HOST.test(host);
}

/**
 * Could `host` be a Cloud site's custom domain? A DNS name (at least two labels, not an IP
 * address, not localhost) outside Atlassian's own domains: whether it is one is found by its
 * answers (https://github.com/aquasecurity/postee/pull/668), never by its name.
 */
export function mayBeCustomDomain(host: string): boolean {
  if (isAtlassianOwnedHost(host)) return false;
  // `acme.atlassian.net.evil.example`: a name dressed up as Atlassian's is a look-alike, never asked.
  if (/(?:^|\.)(?:atlassian(?:-us-gov(?:-mod)?)?\.(?:net|com)|jira\.com|bitbucket\.org)\./.test(host)) return false;
  if (/^[0-9.]+$/.test(host) || host.startsWith('[') || host.includes(':')) return false;
  const labels = host.split('.');
  return (
    labels.length >= 2 &&
    labels.every((l) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(l) && !l.startsWith('xn--')) &&
    !/^[0-9]+$/.test(labels[labels.length - 1] ?? '') &&
    host !== 'localhost'
  );
}
// ---- end custom domains ---------------------------------------------------------------------------

/** Is `host` (lower case, no port) an Atlassian Cloud site such as `acme.atlassian.net` (or a Government Cloud site, or a legacy `acme.jira.com`)? */
export function isCloudSiteHost(host: string): boolean {
  return CLOUD_SITE_HOST.test(host) || isGovSiteHost(host) || isLegacyCloudSiteHost(host);
}

function isGatewayHost(host: string): boolean {
  return host === GATEWAY_HOST || host === GOV_GATEWAY_HOST;
}

/** atlassian.net, atlassian.com, jira.com, bitbucket.org, the Government Cloud domains or any name under them: never a Data Center server. */
export function isAtlassianOwnedHost(host: string): boolean {
  return (
    isBitbucketHost(host) ||
    host === 'atlassian.net' ||
    host.endsWith('.atlassian.net') ||
    host === 'atlassian.com' ||
    host.endsWith('.atlassian.com') ||
    host === 'jira.com' ||
    host.endsWith('.jira.com') ||
    isGovOwnedHost(host)
  );
}

/** Hosts a Data Center personal access token must never be sent to: Cloud sites (commercial and Government), the gateways and Bitbucket Cloud. */
export function isCloudHost(host: string): boolean {
  return (
    isGatewayHost(host) ||
    host === 'atlassian.net' ||
    host.endsWith('.atlassian.net') ||
    host === 'atlassian-us-gov-mod.net' ||
    host.endsWith('.atlassian-us-gov-mod.net') ||
    isLegacyCloudSiteHost(host) ||
    isBitbucketHost(host)
  );
}

// ---- Bitbucket Cloud -----------------------------------------------------------------------
/** Bitbucket Cloud's REST API (https://developer.atlassian.com/cloud/bitbucket/rest/intro/): the only host a Bitbucket secret goes to. */
export const BITBUCKET_API_HOST = 'api.bitbucket.org';

/** bitbucket.org or any name under it: never a Data Center server, never a Cloud site. */
function isBitbucketHost(host: string): boolean {
  return host === 'bitbucket.org' || host.endsWith('.bitbucket.org');
}

// --- Check a request: recognisers of the other Atlassian services a pasted request may call ---

/**
 * Atlassian Government Cloud: sites under atlassian-us-gov-mod.net, the gateway, auth and id hosts
 * under atlassian-us-gov-mod.com (https://developer.atlassian.com/platform/framework/agc/guides/manage-3lo-apps),
 * and the legacy atlassian-us-gov.net names (https://github.com/sooperset/mcp-atlassian/pull/890).
 */
export function isGovCloudHost(host: string): boolean {
  return /(?:^|\.)atlassian-us-gov-mod\.(?:net|com)$|\.atlassian-us-gov\.net$/.test(host);
}

/** Bitbucket Cloud: the REST API at api.bitbucket.org/2.0 and git and the web at bitbucket.org. */
export function isBitbucketCloudHost(host: string): boolean {
  return host === 'api.bitbucket.org' || host === 'bitbucket.org' || host === 'www.bitbucket.org';
}

/** The legacy Opsgenie API (GenieKey), US and EU: https://github.com/K-Phoen/backstage-plugin-opsgenie/pull/68. */
export function isOpsgenieHost(host: string): boolean {
  return host === 'api.opsgenie.com' || host === 'api.eu.opsgenie.com';
}
