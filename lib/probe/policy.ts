/**
 * The request policy, as one pure function used twice: by the engine before a probe
 * (with the profile's own site) and by the extension's transport before any fetch (with the
 * static rule), so that a bug in one layer cannot leak a secret on its own.
 */
import {
  BITBUCKET_API_HOST,
  environmentOfHost,
  GATEWAY_HOST,
  GOV_GATEWAY_HOST,
  isAtlassianOwnedHost,
  isCloudSiteHost,
  type CloudEnvironment,
} from '../atlassian/hosts';

export interface PolicyDecision {
  allowed: boolean;
  reason?: string;
}

/**
 * The host of a URL a Cloud or Bitbucket secret may travel to, lower-cased: HTTPS, the default
 * port, no user info. Anything else is the refusal, with its reason.
 */
function httpsHost(url: string): string | PolicyDecision {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { allowed: false, reason: 'not a URL' };
  }
  if (parsed.protocol !== 'https:') return { allowed: false, reason: `${parsed.protocol} is not https:` };
  if (parsed.username !== '' || parsed.password !== '') return { allowed: false, reason: 'the URL has user info' };
  if (parsed.port !== '') return { allowed: false, reason: `port ${parsed.port}` };
  return parsed.hostname.toLowerCase();
}

/**
 * May a request carrying a secret go to `url`? Only over HTTPS on the default port, with no user
 * info, to api.atlassian.com or to a *.atlassian.net site (or, in Atlassian Government Cloud, to
 * api.atlassian-us-gov-mod.com or a *.atlassian-us-gov-mod.net site) — and, when `siteHost` is
 * given, only to that site and its own environment's gateway: a Government site's secret never
 * goes to a commercial host, a commercial site's never to a Government host.
 */
export function secretDestinationAllowed(url: string, siteHost?: string): PolicyDecision {
  const host = httpsHost(url);
  if (typeof host !== 'string') return host;
  if (host === GATEWAY_HOST || host === GOV_GATEWAY_HOST) {
    if (siteHost !== undefined && environmentOfHost(siteHost) !== environmentOfHost(host))
      return { allowed: false, reason: crossEnvironment(siteHost, host) };
    return { allowed: true };
  }
  // Atlassian site names are ASCII; an IDN label (xn--…) can only be a look-alike of a real one.
  if (host.split('.').some((label) => label.startsWith('xn--')))
    return { allowed: false, reason: `${host} is an internationalised look-alike name` };
  if (!isCloudSiteHost(host))
    return { allowed: false, reason: `${host} is neither an Atlassian Cloud site nor api.atlassian.com` };
  if (siteHost !== undefined && environmentOfHost(siteHost) !== environmentOfHost(host))
    return { allowed: false, reason: crossEnvironment(siteHost, host) };
  if (siteHost !== undefined && host !== siteHost)
    return { allowed: false, reason: `${host} is not the profile's site ${siteHost}` };
  return { allowed: true };
}

const ENVIRONMENT_NAME: Record<CloudEnvironment, string> = {
  commercial: 'commercial Atlassian Cloud',
  government: 'Atlassian Government Cloud',
};

function crossEnvironment(siteHost: string, host: string): string {
  return `${host} is a ${ENVIRONMENT_NAME[environmentOfHost(host)]} host; a secret of ${siteHost} (${ENVIRONMENT_NAME[environmentOfHost(siteHost)]}) never goes there`;
}

/**
 * OAuth access tokens and organization API keys belong to the gateway only: the gateway of
 * `environment` (commercial unless the profile names a Government Cloud site).
 */
export function gatewayOnly(url: string, environment: CloudEnvironment = 'commercial'): PolicyDecision {
  const decision = secretDestinationAllowed(url);
  if (!decision.allowed) return decision;
  const gateway = environment === 'government' ? GOV_GATEWAY_HOST : GATEWAY_HOST;
  return new URL(url).hostname === gateway
    ? decision
    : { allowed: false, reason: `this credential is only sent to ${gateway}` };
}

// ---- environment guard (govcloud) ----------------------------------------------------------------
/**
 * The transport's own check that a secret stays in one Atlassian environment. The transport sees
 * no profile, so it remembers, for a while, which environment each secret (by a hash, never the
 * secret) was last sent to, and refuses it on a host of the other one: a bug in an engine that
 * would send a Government Cloud token to api.atlassian.com, or a commercial one to a Government
 * host, is stopped here too. A secret unused for `ttlMs` is forgotten, so that a profile moved
 * to the right environment works on its next run.
 *
 * A host outside Atlassian's domains (a granted custom domain or Data Center server) has no proven
 * environment: see `guardEnvironmentOfHost`. It counts on the commercial side of the wall.
 */
export function createEnvironmentGuard({
  ttlMs = 120_000,
  maxEntries = 500,
  now = Date.now,
}: { ttlMs?: number; maxEntries?: number; now?: () => number } = {}): (
  secretHash: string,
  url: string,
) => PolicyDecision {
  const seen = new Map<string, { environment: GuardEnvironment; at: number }>();
  return (secretHash, url) => {
    let host: string;
    try {
      host = new URL(url).hostname.toLowerCase();
    } catch {
      return { allowed: false, reason: 'not a URL' };
    }
    const environment = guardEnvironmentOfHost(host);
    const t = now();
    const last = seen.get(secretHash);
    if (last && t - last.at <= ttlMs && (last.environment === 'government') !== (environment === 'government'))
      return {
        allowed: false,
        reason: `this secret was just sent to ${GUARD_ENVIRONMENT_NAME[last.environment]}; it never goes to ${GUARD_ENVIRONMENT_NAME[environment]} (${host})`,
      };
    seen.delete(secretHash);
    seen.set(secretHash, { environment, at: t });
    // Oldest first: a Map keeps insertion order.
    while (seen.size > maxEntries) seen.delete(seen.keys().next().value as string);
    return { allowed: true };
  };
}

// ---- custom domains in the environment guard (domains) -------------------------------------------
/** The environment guard's view of a host: an Atlassian environment, or not proven to be in either. */
type GuardEnvironment = CloudEnvironment | 'unproven';

const GUARD_ENVIRONMENT_NAME: Record<GuardEnvironment, string> = {
  ...ENVIRONMENT_NAME,
  unproven: "a host outside Atlassian's domains, whose Atlassian environment is not proven",
};

/**
 * A host outside Atlassian's domains is `unproven`. Atlassian documents custom domains for Cloud
 * sites (https://support.atlassian.com/organization-administration/docs/ip-addresses-and-domains-for-atlassian-cloud-products/,
 * https://github.com/aquasecurity/postee/pull/668), but no public source shows a Government Cloud
 * site on one, nor a Government answer of `/_edge/tenant_info` (it names a cloudId only,
 * https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md), so nothing a custom
 * domain answers proves it Government. The engine reads such a site as commercial (its secret goes
 * to api.atlassian.com only, `customDomainDestinationAllowed`); the guard keeps the wall: a secret
 * just sent to a Government host never goes to an unproven host, and a secret just sent to an
 * unproven host never goes to a Government host. Commercial and unproven mix (a custom domain's
 * secret goes to its site and to api.atlassian.com).
 */
function guardEnvironmentOfHost(host: string): GuardEnvironment {
  return isAtlassianOwnedHost(host) ? environmentOfHost(host) : 'unproven';
}
// ---- end custom domains in the environment guard -------------------------------------------------
// ---- end environment guard -----------------------------------------------------------------------

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

// ---- custom domains (domains) ----------------------------------------------------------------------
/**
 * For a Cloud site on a custom domain (a host outside Atlassian's domains): the secret may go to
 * that one host, over HTTPS on the default port without user info, only once its anonymous answers
 * (`/_edge/tenant_info`, `/rest/api/2/serverInfo`) recognised it as Atlassian Cloud in this run
 * (`recognised()`), and to the commercial gateway. Before that, and to any other host, never.
 * The transport adds its own rule: a non-Atlassian origin must have been granted by the user.
 */
export function customDomainDestinationAllowed(
  url: string,
  siteHost: string,
  recognised: () => boolean,
): PolicyDecision {
  const host = httpsHost(url);
  if (typeof host !== 'string') return host;
  if (host === GATEWAY_HOST) return { allowed: true };
  if (host !== siteHost) return { allowed: false, reason: `${host} is not the profile's site ${siteHost}` };
  return recognised()
    ? { allowed: true }
    : { allowed: false, reason: `${host} has not been recognised as an Atlassian Cloud site in this run` };
}
// ---- end custom domains ----------------------------------------------------------------------------

// ---- Bitbucket Cloud -----------------------------------------------------------------------
/**
 * A Bitbucket secret (API token or access token) goes to api.bitbucket.org only, over HTTPS on
 * the default port, with no user info. `secretDestinationAllowed` never allows that host, so a
 * Cloud site's or the gateway's secret never goes there, and this rule allows nothing else.
 */
export function bitbucketOnly(url: string): PolicyDecision {
  const host = httpsHost(url);
  if (typeof host !== 'string') return host;
  return host === BITBUCKET_API_HOST
    ? { allowed: true }
    : { allowed: false, reason: `Bitbucket credentials are only sent to ${BITBUCKET_API_HOST}` };
}

/** The transport's static rule: the Atlassian Cloud hosts, or api.bitbucket.org (each engine run narrows it to its kind). */
export function transportDestinationAllowed(url: string): PolicyDecision {
  const cloud = secretDestinationAllowed(url);
  if (cloud.allowed) return cloud;
  return bitbucketOnly(url).allowed ? { allowed: true } : cloud;
}
