/**
 * The emulator as one function of a WHATWG Request: the same function answers in-process
 * (in-process.ts) and over HTTPS (server.ts). It decides where the request is going (a site's
 * host, the gateway, a Data Center server, an unknown host) and hands it to site.ts, gateway.ts,
 * org-level.ts or data-center.ts.
 */
import { sleep } from './abort';
import type { Call } from './call';
import { handleBitbucket } from './bitbucket';
import { BITBUCKET_HOST } from './bitbucket-scenario';
import { readAuthorization } from './credentials';
import { handleDataCenter } from './data-center';
import { hexFrom } from './fake-ids';
import { GATEWAY, handleGatewayProduct, parseGatewayPath } from './gateway';
import { handleGatewayOrgLevel } from './org-level';
import { edgeNotFound, methodNotAllowed, movedPermanently, notEmulatedHost } from './responses/edge';
import type { ResponseContext } from './responses/envelope';
import { springNotFound } from './responses/gateway';
import type { Scenario, SiteSpec } from './scenario';
import type { DataCenterServerSpec } from './scenario-kinds';
import { withNearLimit } from './rate-limit';
import { handleSite } from './site';
import { SiteCounters, sharedSwitches } from './switches';

export type AtlassianHandler = (request: Request) => Promise<Response>;

interface HandlerOptions {
  /** Clock for time-derived headers (X-RateLimit-Reset, Spring timestamps). */
  now?: () => number;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/**
 * The Atlassian host a request is for. Over HTTPS the server receives real host names through
 * Chromium's host-resolver-rules, so a local URL host means "look at the Host header".
 */
export function effectiveHost(request: Request): string {
  const url = new URL(request.url);
  const fromUrl = url.hostname.toLowerCase();
  if (!LOCAL_HOSTS.has(fromUrl)) return fromUrl;
  const header = request.headers.get('host');
  if (header === null || header === '') return fromUrl;
  try {
    return new URL(`https://${header}`).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return fromUrl;
  }
}

function isAtlassianHost(host: string): boolean {
  return host === GATEWAY || host.endsWith('.atlassian.net') || isGovernmentHost(host);
}

// ---- Government Cloud (govcloud) ----------------------------------------------------------------
// Government Cloud is its own environment: sites `*.atlassian-us-gov-mod.net`, gateway
// api.atlassian-us-gov-mod.com (https://developer.atlassian.com/platform/framework/agc/guides/manage-3lo-apps,
// https://github.com/sooperset/mcp-atlassian/pull/890). Each gateway serves the sites and grants of
// its own environment only (ASSUMPTION: a site or grant of the other environment is answered
// like one that does not exist: unknown cloudId → 404, unknown OAuth token → 401).
const GOV_GATEWAY = 'api.atlassian-us-gov-mod.com';

function isGovernmentHost(host: string): boolean {
  return host === GOV_GATEWAY || host.endsWith('.atlassian-us-gov-mod.net');
}

/** The world as one gateway sees it: the sites, and the OAuth grants, of its environment. */
function environmentView(scenario: Scenario, gateway: string): Scenario {
  const government = gateway === GOV_GATEWAY;
  const same = (host: string) => isGovernmentHost(host) === government;
  return {
    ...scenario,
    sites: scenario.sites.filter((s) => same(s.host)),
    oauthTokens: (scenario.oauthTokens ?? []).filter((t) =>
      t.resources.length === 0 ? !government : t.resources.some((r) => same(r.host)),
    ),
  };
}
// ---- end govcloud --------------------------------------------------------------------------------

export function createAtlassianHandler(scenario: Scenario, options: HandlerOptions = {}): AtlassianHandler {
  const now = options.now ?? Date.now;
  const byHost = new Map<string, SiteSpec>(scenario.sites.map((s) => [s.host.toLowerCase(), s]));
  // A site's custom domains and legacy *.jira.com names (SiteSpec.aliases): the same site.
  const byAlias = new Map<string, SiteSpec>(
    scenario.sites.flatMap((s) => (s.aliases ?? []).map((a): [string, SiteSpec] => [a.toLowerCase(), s])),
  );
  const views = new Map([GATEWAY, GOV_GATEWAY].map((g) => [g, environmentView(scenario, g)]));
  const byCloudIdAt = new Map(
    [...views].map(([g, view]) => [g, new Map<string, SiteSpec>(view.sites.map((s) => [s.cloudId, s]))]),
  );
  const dataCenterByHost = new Map<string, DataCenterServerSpec>(
    (scenario.dataCenterServers ?? []).map((s) => [s.host.toLowerCase(), s]),
  );
  const counters = new SiteCounters();
  let sequence = 0;

  async function answer(request: Request): Promise<Response> {
    sequence += 1;
    const host = effectiveHost(request);
    const ctx: ResponseContext = { host, traceId: hexFrom(`trace/${sequence}`, 32) };
    const method = request.method.toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(ctx);
    await sleep(scenario.latencyMs ?? 0, request.signal);

    const url = new URL(request.url);
    const call: Call = {
      request,
      url,
      ctx,
      credential: readAuthorization(request.headers.get('authorization')),
      scenario,
      now: now(),
    };
    // Data Center servers of the scenario (https://github.com/pycontribs/jira/issues/993), by URL or Host header like the Cloud hosts.
    const dataCenter = dataCenterByHost.get(host);
    if (dataCenter !== undefined) return handleDataCenter(call, dataCenter);
    // Bitbucket Cloud's REST API (bitbucket.ts).
    if (host === BITBUCKET_HOST) return handleBitbucket(call);
    const aliased = byAlias.get(host);
    if (aliased !== undefined && url.protocol === 'https:')
      return (await sharedSwitches(call, aliased, counters)) ?? withNearLimit(call, aliased, handleSite(call, aliased));
    if (!isAtlassianHost(host)) return notEmulatedHost(ctx);
    // https://github.com/go-jira/jira/issues/222: an `http://` site URL → 301 Moved Permanently (to https).
    if (url.protocol === 'http:') return movedPermanently(ctx, `https://${host}${url.pathname}${url.search}`);

    if (host === GATEWAY || host === GOV_GATEWAY) {
      const view = views.get(host) ?? scenario;
      const atGateway: Call = { ...call, scenario: view };
      const orgLevel = handleGatewayOrgLevel(atGateway); // accessible-resources, admin API, Id Mapping, JSM Ops (org-level.ts)
      if (orgLevel !== undefined) return orgLevel;
      const target = parseGatewayPath(url.pathname);
      const site = target && byCloudIdAt.get(host)?.get(target.cloudId);
      // https://github.com/confluence-publisher/confluence-publisher/issues/492: gateway path without `/ex/{product}/{cloudId}` → Spring-style 404 JSON;
      // an unknown cloudId (or a product the site lacks) gets the same shape (assumption).
      if (target === undefined || site === undefined || !site.products.includes(target.product)) {
        return springNotFound(ctx, url.pathname, call.now);
      }
      return (
        (await sharedSwitches(atGateway, site, counters)) ??
        withNearLimit(atGateway, site, handleGatewayProduct(atGateway, target, site))
      );
    }

    const site = byHost.get(host);
    // https://github.com/prometheus/alertmanager/issues/4609 edge 404 page for any path on a host with no site; what Atlassian really answers for a name with no site is not publicly documented: the real
    // answer for a non-existent site is NOT confirmed.
    if (site === undefined) return edgeNotFound(ctx);
    return (await sharedSwitches(call, site, counters)) ?? withNearLimit(call, site, handleSite(call, site));
  }

  return async (request) => {
    const response = await answer(request);
    if (request.method.toUpperCase() !== 'HEAD') return response;
    return new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
