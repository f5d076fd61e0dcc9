/**
 * A Cloud site's cloudId, which the gateway URLs need: read from the cache when this site's is
 * known, otherwise from the site's unauthenticated `/_edge/tenant_info`, asked at the same time as
 * the first credentialed probe so that finding it costs no round trip of its own. Both engines
 * (diagnosis and scope check) find it here, with one cache key and one stale-cache rule.
 */
import { parseTenantCloudId, type Reading } from '../atlassian/responses';
import { tenantInfoUrl } from '../atlassian/urls';
import type { Observation } from '../model/report';
import type { EngineCache } from './deps';
import { probeRequest, type Run } from './run';

function cloudIdCacheKey(host: string): string {
  return `cloudId:${host}`;
}

/** The cloudId this cache holds for a site host (learnt by an earlier run of any kind). */
export function cachedCloudId(cache: EngineCache, host: string): Promise<string | undefined> {
  return cache.get(cloudIdCacheKey(host));
}

/** Remembers a site's cloudId learnt another way (an OAuth grant's accessible-resources). */
export async function rememberCloudId(cache: EngineCache, host: string, cloudId: string): Promise<void> {
  if ((await cache.get(cloudIdCacheKey(host))) !== cloudId) await cache.set(cloudIdCacheKey(host), cloudId);
}

interface CloudSite {
  origin: string;
  host: string;
}

interface CloudIdFound<T> {
  /** The id the cache held before this run, if any. */
  cached?: string;
  /** The id to use: the cached one, or what tenant_info said. */
  cloudId?: string;
  /** tenant_info's answer, when it was asked. */
  tenant?: Observation;
  /** What `alongside` returned. */
  result: T;
}

function askTenantInfo(run: Run, origin: string): Promise<Observation> {
  return run.send({ probe: probeRequest('tenant-info', tenantInfoUrl(origin), 'none') });
}

/**
 * Finds the cloudId while `alongside` runs (it gets the cached id, so it can use the gateway at
 * once). `useCache: false` asks tenant_info even when the id is cached (when nothing else is sent).
 * A newly learnt id is written to the cache.
 */
export async function discoverCloudId<T>(
  run: Run,
  cache: EngineCache,
  site: CloudSite,
  alongside: (cached: string | undefined) => Promise<T>,
  { useCache = true }: { useCache?: boolean } = {},
): Promise<CloudIdFound<T>> {
  const cached = await cache.get(cloudIdCacheKey(site.host));
  const known = useCache ? cached : undefined;
  const [tenant, result] = await Promise.all([known ? undefined : askTenantInfo(run, site.origin), alongside(known)]);
  const learnt = tenant ? parseTenantCloudId(tenant) : undefined;
  const cloudId = known ?? learnt;
  if (learnt && learnt !== cached) await cache.set(cloudIdCacheKey(site.host), learnt);
  const found: CloudIdFound<T> = { cloudId, result };
  if (cached) found.cached = cached;
  if (tenant) found.tenant = tenant;
  return found;
}

/** Did the site refuse the credential the way it refuses a scoped token (401, or served as anonymous)? */
export function siteRefusedCredential(reading: Reading): boolean {
  return reading.kind === 'rejected' || reading.kind === 'anonymous';
}

/**
 * The one stale-cache rule: a cached cloudId may be out of date (the site was renamed or moved)
 * when the site itself answers 404, or when the gateway answers 404 for a credential the site refused.
 */
export function cachedCloudIdMayBeStale(site: Reading, gateway: Reading | undefined): boolean {
  return site.kind === 'not-found' || (gateway?.kind === 'not-found' && siteRefusedCredential(site));
}

/** Asks tenant_info again after the stale rule said so; writes a changed id to the cache. */
export async function refreshCloudId(
  run: Run,
  cache: EngineCache,
  site: CloudSite,
  cached: string,
): Promise<{ tenant: Observation; cloudId?: string }> {
  const tenant = await askTenantInfo(run, site.origin);
  const cloudId = parseTenantCloudId(tenant);
  if (cloudId && cloudId !== cached) await cache.set(cloudIdCacheKey(site.host), cloudId);
  return cloudId ? { tenant, cloudId } : { tenant };
}
