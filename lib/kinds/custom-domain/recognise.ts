/**
 * A Cloud site on a custom domain is recognised by its answers, never by its name: one round trip
 * of two anonymous probes, `/_edge/tenant_info` (a Cloud site answers `{"cloudId": …}`,
 * https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md) ∥ `/rest/api/2/serverInfo`
 * (`deploymentType` "Cloud", or "Server"/"DataCenter" for a server run by its owner,
 * https://github.com/aquasecurity/postee/pull/668). Nothing else is sent in that round trip: no
 * credential may go to the host before it is recognised. The request policy of the run asks
 * `isRecognisedCloud` before any credential goes there (lib/probe/policy.ts
 * customDomainDestinationAllowed).
 */
import { parseServerInfo, parseTenantCloudId } from '../../atlassian/responses';
import { makeFinding } from '../../findings/make-finding';
import type { Finding, Observation } from '../../model/report';
import { rememberCloudId } from '../../probe/cloud-id';
import type { EngineDeps } from '../../probe/deps';
import { evidenceOf } from '../../probe/evidence';
import { probeRequest, type Run } from '../../probe/run';

/** What a custom domain said about itself. */
type CustomDomainKind = 'cloud' | 'data-center' | 'unknown';

export interface CustomDomainSeen {
  /** The browser has not granted the origin: nothing was sent, not even the anonymous probes. */
  grantMissing?: boolean;
  tenant?: Observation;
  serverInfo?: Observation;
  kind?: CustomDomainKind;
  cloudId?: string;
  deploymentType?: string;
  version?: string;
}

interface Site {
  origin: string;
  host: string;
}

/** The lints (one per run) whose custom domain was recognised as Cloud in that run. */
const recognised = new WeakSet<object>();

/** Was the custom domain of this run (keyed by its lint) recognised as Atlassian Cloud? */
export function isRecognisedCloud(runKey: object): boolean {
  return recognised.has(runKey);
}

const DATA_CENTER_TYPES = /^(?:server|datacenter|data center)$/i;

/**
 * Asks the custom domain what it is (anonymously, both probes at once). Recognised as Cloud, the
 * run's policy lets the credential go there from now on, and the cloudId is cached as for any site.
 */
export async function recogniseCustomDomain(
  runKey: object,
  site: Site,
  run: Run,
  deps: EngineDeps,
): Promise<CustomDomainSeen> {
  if (deps.isOriginGranted && !(await deps.isOriginGranted(site.origin))) return { grantMissing: true };
  const [tenant, serverInfo] = await Promise.all([
    run.send({ probe: probeRequest('tenant-info', `${site.origin}/_edge/tenant_info`, 'none') }),
    run.send({ probe: probeRequest('server-info', `${site.origin}/rest/api/2/serverInfo`, 'none') }),
  ]);
  const seen: CustomDomainSeen = { tenant, serverInfo };
  const cloudId = parseTenantCloudId(tenant);
  const info = parseServerInfo(serverInfo);
  if (info) {
    seen.deploymentType = info.deploymentType;
    if (info.version) seen.version = info.version;
  }
  if (cloudId || info?.deploymentType.toLowerCase() === 'cloud') {
    seen.kind = 'cloud';
    recognised.add(runKey);
    if (cloudId) {
      seen.cloudId = cloudId;
      await rememberCloudId(deps.cache, site.host, cloudId);
    }
  } else if (info && DATA_CENTER_TYPES.test(info.deploymentType)) seen.kind = 'data-center';
  else seen.kind = 'unknown';
  return seen;
}

/** The two probes' evidence, in order. */
function evidence(seen: CustomDomainSeen): string[] {
  return [seen.tenant, seen.serverInfo].flatMap((o) => (o ? evidenceOf(o) : []));
}

/**
 * What the recognition says, for the report: CUSTOM_DOMAIN_CLOUD_SITE (info) for a Cloud site,
 * CLOUD_TOKEN_ON_DATA_CENTER (its custom-domain row) for a Data Center server, the grant to ask for,
 * or, when neither probe named a Cloud site, why not (a transport failure is inconclusive).
 * `oauth`: the credential is an OAuth token, sent to the gateway only, never to the custom domain.
 */
export function customDomainFindings(
  site: Site,
  seen: CustomDomainSeen,
  { timeoutMs, oauth = false }: { timeoutMs?: number; oauth?: boolean } = {},
): Finding[] {
  const where = { host: site.host, origin: site.origin };
  if (seen.grantMissing)
    return [
      makeFinding(
        'HOST_PERMISSION_MISSING',
        { ...where, variant: 'custom-domain' },
        { field: 'siteUrl', evidence: [`no host permission for ${site.origin}/*`] },
      ),
    ];
  if (seen.kind === 'cloud') {
    const detail = seen.cloudId
      ? `/_edge/tenant_info answered cloudId ${seen.cloudId}`
      : `/rest/api/2/serverInfo answered deploymentType "${seen.deploymentType ?? 'Cloud'}"`;
    return [
      makeFinding(
        'CUSTOM_DOMAIN_CLOUD_SITE',
        {
          ...where,
          detail,
          ...(seen.cloudId ? { cloudId: seen.cloudId } : {}),
          // An OAuth token goes to the gateway only: the row says so instead of "sent there".
          ...(oauth ? { variant: 'oauth' } : {}),
        },
        { field: 'siteUrl', probeId: seen.cloudId ? 'tenant-info' : 'server-info', evidence: evidence(seen) },
      ),
    ];
  }
  if (seen.kind === 'data-center')
    return [
      makeFinding(
        'CLOUD_TOKEN_ON_DATA_CENTER',
        { ...where, variant: 'custom-domain', detail: seen.deploymentType },
        { field: 'siteUrl', probeId: 'server-info', evidence: evidence(seen) },
      ),
    ];
  const failed = [seen.tenant, seen.serverInfo].filter((o): o is Observation => o?.error !== undefined);
  if (failed.length === 2) {
    const first = failed[0]!;
    const timedOut = first.error?.kind === 'timeout' || first.error?.kind === 'aborted';
    return [
      makeFinding(
        timedOut ? 'TIMEOUT' : 'NETWORK_ERROR',
        {
          probeUrl: first.probe.url,
          detail: first.error?.message,
          ...(timedOut && timeoutMs !== undefined ? { timeoutMs: String(timeoutMs) } : {}),
        },
        { probeId: first.probe.id, evidence: evidence(seen) },
      ),
    ];
  }
  return [
    makeFinding(
      'NOT_ATLASSIAN_CLOUD_HOST',
      { ...where, detail: site.host, variant: 'custom-domain' },
      { field: 'siteUrl', evidence: evidence(seen) },
    ),
  ];
}
