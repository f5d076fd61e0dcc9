/**
 * What one probe says about a capability (https://github.com/hunyadi/md2conf/issues/169: the scope gate runs before routing).
 * - 401 "scope does not match" → the scope is missing.
 * - any other 4xx or a 2xx → the scope is there; a 403 behind it means the user lacks the permission.
 * - timeouts, network errors, 429 and 5xx → unknown: nothing was learnt.
 * Confluence says more than that (https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md): v1 403 "caller cannot access Confluence" is the user
 * without access, v2's bare 404 `NOT_FOUND` is what bad credentials get, so it stays unknown.
 */
import type { Capability } from '../atlassian/scope-catalogue';
import { isScopeMismatch, parseJson } from '../atlassian/responses';
import type { Observation } from '../model/report';
import type { ScopeRow, ScopeState, UserAccess } from './types';

export function evidenceLine(observation: Observation): string {
  const outcome = observation.status ?? observation.error?.kind ?? '?';
  return `${observation.probe.url.replace(/^https:\/\/[^/]+(\/ex\/[^/]+\/[^/]+)?/, '')} → ${outcome}`;
}

function isV2BareNotFound(observation: Observation): boolean {
  const json = parseJson(observation) as { errors?: { detail?: unknown }[] } | undefined;
  return (
    observation.status === 404 &&
    Array.isArray(json?.errors) &&
    json.errors.every((e) => e.detail === null || e.detail === undefined)
  );
}

export function readProbe(
  capability: Capability,
  observation: Observation,
): { state: ScopeState; userAccess?: UserAccess } {
  const status = observation.status;
  if (status === null || status === 0 || status === 429 || status >= 500) return { state: 'unknown' };
  if (status === 401) return isScopeMismatch(observation) ? { state: 'missing' } : { state: 'unknown' };
  if (capability.product === 'confluence') {
    if (status === 403) return { state: 'granted', userAccess: 'denied' };
    if (capability.path.startsWith('/wiki/api/v2/') && isV2BareNotFound(observation))
      return { state: 'granted', userAccess: 'unknown' };
  }
  if (status === 403) return { state: 'granted', userAccess: 'denied' };
  if (status >= 200 && status < 300) return { state: 'granted', userAccess: 'allowed' };
  // 400/404/415…: past the gate (https://github.com/hunyadi/md2conf/issues/169) with a bogus id or query; the user layer is not known.
  if (status >= 400 && status < 500) return { state: 'granted', userAccess: 'unknown' };
  return { state: 'unknown' };
}

export function capabilityRow(
  capability: Capability,
  observation: Observation | undefined,
  declared?: boolean,
): ScopeRow {
  const row: ScopeRow = {
    id: capability.id,
    product: capability.product,
    label: capability.label,
    scopesClassic: [...capability.classic],
    scopesGranular: [...capability.granular],
    state: 'unknown',
    evidence: observation ? evidenceLine(observation) : 'not probed',
  };
  if (observation) {
    const reading = readProbe(capability, observation);
    row.state = reading.state;
    if (reading.userAccess) row.userAccess = reading.userAccess;
  }
  if (declared !== undefined) row.declared = declared;
  return row;
}
