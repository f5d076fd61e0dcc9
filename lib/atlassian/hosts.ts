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

/** Is `host` (lower case, no port) an Atlassian Cloud site such as `acme.atlassian.net` (or a Government Cloud site)? */
export function isCloudSiteHost(host: string): boolean {
  return CLOUD_SITE_HOST.test(host) || isGovSiteHost(host);
}

function isGatewayHost(host: string): boolean {
  return host === GATEWAY_HOST || host === GOV_GATEWAY_HOST;
}

/** atlassian.net, atlassian.com, the Government Cloud domains or any name under them: never a Data Center server. */
export function isAtlassianOwnedHost(host: string): boolean {
  return (
    host === 'atlassian.net' ||
    host.endsWith('.atlassian.net') ||
    host === 'atlassian.com' ||
    host.endsWith('.atlassian.com') ||
    isGovOwnedHost(host)
  );
}

/** Hosts a Data Center personal access token must never be sent to: Cloud sites and the gateways. */
export function isCloudHost(host: string): boolean {
  return (
    isGatewayHost(host) ||
    host === 'atlassian.net' ||
    host.endsWith('.atlassian.net') ||
    host === 'atlassian-us-gov-mod.net' ||
    host.endsWith('.atlassian-us-gov-mod.net')
  );
}
