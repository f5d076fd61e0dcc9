/**
 * Probing the capability catalogue through the gateway, at most four at a time (the scope check's budget).
 * Used for scoped API tokens (Basic) and OAuth access tokens (Bearer) alike: both meet the same
 * scope gate before routing (https://github.com/hunyadi/md2conf/issues/169).
 */
import { CAPABILITIES, type Capability } from '../atlassian/scope-catalogue';
import { gatewayUrl } from '../atlassian/urls';
import { probeRequest, type Run } from '../probe/run';
import type { Observation, ProbeRequest } from '../model/report';
import { SCOPE_CHECK_CONCURRENCY } from './limits';
import { mapLimit } from './pool';

function capabilityUrl(capability: Capability, cloudId: string): string {
  return gatewayUrl(capability.product, cloudId, capability.probePath);
}

export async function probeCatalogue(
  run: Run,
  cloudId: string,
  auth: { scheme: ProbeRequest['auth']; authorization: string; shown: string },
  capabilities: readonly Capability[] = CAPABILITIES,
): Promise<Map<string, Observation>> {
  const observations = await mapLimit(capabilities, SCOPE_CHECK_CONCURRENCY, (capability) =>
    run.send({
      probe: probeRequest(`scope:${capability.id}`, capabilityUrl(capability, cloudId), auth.scheme, auth.shown),
      authorization: auth.authorization,
    }),
  );
  return new Map(capabilities.map((c, i) => [c.id, observations[i]!]));
}
