/**
 * The scope check through the gateway, shared by scoped API tokens (Basic) and OAuth access tokens
 * (Bearer): both meet the same scope gate before routing (https://github.com/hunyadi/md2conf/issues/169).
 * Adaptive probes (adaptive.ts), then the exact inference (infer.ts) makes the rows.
 */
import { CAPABILITIES, type Capability } from '../atlassian/scope-catalogue';
import { gatewayUrl, siteEnvironment, type EnvironmentHosts } from '../atlassian/urls';
import type { Observation, ProbeRequest } from '../model/report';
import { probeRequest, type Run } from '../probe/run';
import { probeAdaptively, type StopReason } from './adaptive';
import type { EndpointAnswer, Inference } from './infer';
import { capabilityRow, scopeGrants } from './interpret';
import type { ScopeCheckStats, ScopeGrant, ScopeRow } from './types';

/** Asked first while they can still teach something: they also say who the user is and what they may do. */
const FIRST = ['read-own-profile', 'read-own-permissions'];

interface GatewayScopes {
  seen: Map<string, Observation>;
  answers: EndpointAnswer[];
  inference: Inference;
  rows: ScopeRow[];
  scopes: ScopeGrant[];
  rounds: number;
  stoppedBy: StopReason;
}

export async function checkThroughGateway(
  run: Run,
  cloudId: string,
  auth: { scheme: ProbeRequest['auth']; authorization: string; shown: string },
  declaredScopes?: readonly string[],
  capabilities: readonly Capability[] = CAPABILITIES,
  /** The site's environment: a Government Cloud site is checked on api.atlassian-us-gov-mod.com. */
  env: EnvironmentHosts = siteEnvironment(),
): Promise<GatewayScopes> {
  const { seen, answers, rounds, stoppedBy } = await probeAdaptively(
    run,
    capabilities,
    (capability) =>
      run.send({
        probe: probeRequest(
          `scope:${capability.id}`,
          gatewayUrl(capability.product, cloudId, capability.probePath, env),
          auth.scheme,
          auth.shown,
        ),
        authorization: auth.authorization,
      }),
    FIRST,
  );
  const { grants, inference } = scopeGrants(capabilities, answers, declaredScopes);
  const rows = capabilities.map((c) => capabilityRow(c, seen.get(c.id), answers, inference, declaredScopes));
  return { seen, answers, inference, rows, scopes: grants, rounds, stoppedBy };
}

/** What the check cost: every request of the run (retries included) and its rounds. */
export function checkStats(run: Run, rounds: number, stoppedBy: StopReason, inference?: Inference): ScopeCheckStats {
  return {
    requests: run.probes.reduce((n, o) => n + o.attempts, 0),
    rounds,
    stoppedBy,
    ...(inference?.contradiction ? { contradiction: true } : {}),
  };
}
