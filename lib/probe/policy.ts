/**
 * The request policy, as one pure function used twice: by the engine before a probe
 * (with the profile's own site) and by the extension's transport before any fetch (with the
 * static rule), so that a bug in one layer cannot leak a secret on its own.
 */
import { BITBUCKET_API_HOST, GATEWAY_HOST, isCloudSiteHost } from '../atlassian/hosts';

export interface PolicyDecision {
  allowed: boolean;
  reason?: string;
}

/**
 * May a request carrying a secret go to `url`? Only over HTTPS on the default port, with no user
 * info, to api.atlassian.com or to a *.atlassian.net site — and, when `siteHost` is given, only to
 * that site.
 */
export function secretDestinationAllowed(url: string, siteHost?: string): PolicyDecision {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { allowed: false, reason: 'not a URL' };
  }
  if (parsed.protocol !== 'https:') return { allowed: false, reason: `${parsed.protocol} is not https:` };
  if (parsed.username !== '' || parsed.password !== '') return { allowed: false, reason: 'the URL has user info' };
  if (parsed.port !== '') return { allowed: false, reason: `port ${parsed.port}` };
  const host = parsed.hostname.toLowerCase();
  if (host === GATEWAY_HOST) return { allowed: true };
  // Atlassian site names are ASCII; an IDN label (xn--…) can only be a look-alike of a real one.
  if (host.split('.').some((label) => label.startsWith('xn--')))
    return { allowed: false, reason: `${host} is an internationalised look-alike name` };
  if (!isCloudSiteHost(host))
    return { allowed: false, reason: `${host} is neither an Atlassian Cloud site nor api.atlassian.com` };
  if (siteHost !== undefined && host !== siteHost)
    return { allowed: false, reason: `${host} is not the profile's site ${siteHost}` };
  return { allowed: true };
}

/** OAuth access tokens and organization API keys belong to the gateway only. */
export function gatewayOnly(url: string): PolicyDecision {
  const decision = secretDestinationAllowed(url);
  if (!decision.allowed) return decision;
  return new URL(url).hostname === GATEWAY_HOST
    ? decision
    : { allowed: false, reason: 'OAuth access tokens are only sent to api.atlassian.com' };
}

export class PolicyError extends Error {
  constructor(reason: string) {
    super(`request refused by Token Doctor's request policy: ${reason}`);
    this.name = 'PolicyError';
  }
}

/**
 * For a Data Center profile: a secret may go only to the one server origin the profile names
 * (and the user granted), over http or https, without user info.
 */
export function serverDestinationAllowed(url: string, serverOrigin: string): PolicyDecision {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { allowed: false, reason: 'not a URL' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return { allowed: false, reason: `${parsed.protocol} is not http(s):` };
  if (parsed.username !== '' || parsed.password !== '') return { allowed: false, reason: 'the URL has user info' };
  if (parsed.origin !== serverOrigin)
    return { allowed: false, reason: `${parsed.origin} is not the profile's server ${serverOrigin}` };
  return { allowed: true };
}

// ---- Bitbucket Cloud -----------------------------------------------------------------------
/**
 * A Bitbucket secret (API token or access token) goes to api.bitbucket.org only, over HTTPS on
 * the default port, with no user info. `secretDestinationAllowed` never allows that host, so a
 * Cloud site's or the gateway's secret never goes there, and this rule allows nothing else.
 */
export function bitbucketOnly(url: string): PolicyDecision {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { allowed: false, reason: 'not a URL' };
  }
  if (parsed.protocol !== 'https:') return { allowed: false, reason: `${parsed.protocol} is not https:` };
  if (parsed.username !== '' || parsed.password !== '') return { allowed: false, reason: 'the URL has user info' };
  if (parsed.port !== '') return { allowed: false, reason: `port ${parsed.port}` };
  return parsed.hostname.toLowerCase() === BITBUCKET_API_HOST
    ? { allowed: true }
    : { allowed: false, reason: `Bitbucket credentials are only sent to ${BITBUCKET_API_HOST}` };
}

/** The transport's static rule: the Atlassian Cloud hosts, or api.bitbucket.org (each engine run narrows it to its kind). */
export function transportDestinationAllowed(url: string): PolicyDecision {
  const cloud = secretDestinationAllowed(url);
  if (cloud.allowed) return cloud;
  return bitbucketOnly(url).allowed ? { allowed: true } : cloud;
}
