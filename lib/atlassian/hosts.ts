/**
 * Host rules: the one place that says which hosts are Atlassian's. A Cloud site is one DNS label
 * under atlassian.net (`https://<your-domain>.atlassian.net`, as the Jira Cloud REST API docs
 * write it); the API gateway is api.atlassian.com.
 */

/** The API gateway: `/ex/{product}/{cloudId}`, OAuth, the admin APIs, Id Mapping, JSM operations. */
export const GATEWAY_HOST = 'api.atlassian.com';

const CLOUD_SITE_HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.atlassian\.net$/;

/** Is `host` (lower case, no port) an Atlassian Cloud site such as `acme.atlassian.net`? */
export function isCloudSiteHost(host: string): boolean {
  return CLOUD_SITE_HOST.test(host);
}

function isGatewayHost(host: string): boolean {
  return host === GATEWAY_HOST;
}

/** atlassian.net, atlassian.com, bitbucket.org or any name under them: never a Data Center server. */
export function isAtlassianOwnedHost(host: string): boolean {
  return (
    isBitbucketHost(host) ||
    host === 'atlassian.net' ||
    host.endsWith('.atlassian.net') ||
    host === 'atlassian.com' ||
    host.endsWith('.atlassian.com')
  );
}

/** Hosts a Data Center personal access token must never be sent to: Cloud sites, the gateway and Bitbucket Cloud. */
export function isCloudHost(host: string): boolean {
  return isGatewayHost(host) || host === 'atlassian.net' || host.endsWith('.atlassian.net') || isBitbucketHost(host);
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

/** The Government Cloud API gateway, the counterpart of api.atlassian.com. */
export const GOV_GATEWAY_HOST = 'api.atlassian-us-gov-mod.com';

/** Bitbucket Cloud: the REST API at api.bitbucket.org/2.0 and git and the web at bitbucket.org. */
export function isBitbucketCloudHost(host: string): boolean {
  return host === 'api.bitbucket.org' || host === 'bitbucket.org' || host === 'www.bitbucket.org';
}

/** The legacy Opsgenie API (GenieKey), US and EU: https://github.com/K-Phoen/backstage-plugin-opsgenie/pull/68. */
export function isOpsgenieHost(host: string): boolean {
  return host === 'api.opsgenie.com' || host === 'api.eu.opsgenie.com';
}
