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
