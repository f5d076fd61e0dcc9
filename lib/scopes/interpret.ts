/**
 * From the gateway's answers to the report's rows: one row per scope (what the token holds, with
 * the answers that decided it) and one per capability (what it can do), both read from the exact
 * inference (infer.ts), never from one probe alone.
 */
import { catalogueScopes, endpointName, scopesAllow, type Capability } from '../atlassian/scope-catalogue';
import type { Observation } from '../model/report';
import { gateAnswerOf } from './gate';
import { inferScopes, requirementState, type EndpointAnswer, type Inference, type ScopeInference } from './infer';
import type { ScopeGrant, ScopeRow, UserAccess } from './types';

export function evidenceLine(observation: Observation): string {
  const outcome = observation.status ?? observation.error?.kind ?? '?';
  return `${observation.probe.url.replace(/^https:\/\/[^/]+(\/ex\/[^/]+\/[^/]+)?/, '')} → ${outcome}`;
}

const names = (list: readonly string[]) =>
  list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]!}`;
const were = (list: readonly string[]) => (list.length === 1 ? 'was' : 'were');

/** "search/jql passed while mypermissions was refused for scope", or why the scope stays open. */
function scopeEvidence(
  s: ScopeInference,
  capabilities: readonly Capability[],
  answers: readonly EndpointAnswer[],
  inference: Inference,
): string {
  if (inference.contradiction)
    return 'The answers contradict the published scope tables, so nothing is claimed about this scope.';
  if (s.state === 'granted')
    return `${names(s.passed)} passed${s.refused.length ? ` while ${names(s.refused)} ${were(s.refused)} refused for scope` : ''}.`;
  if (s.state === 'missing')
    return `${names(s.refused)} ${were(s.refused)} refused for scope${s.passed.length ? ` while ${names(s.passed)} passed` : ''}.`;
  const needing = capabilities.filter((c) => c.classic.includes(s.scope) || c.granular.includes(s.scope));
  const asked = needing.flatMap((c) => answers.filter((a) => a.endpoint === endpointName(c)));
  const silent = asked.filter((a) => a.answer === 'silent');
  const parts: string[] = [];
  if (silent.length > 0)
    parts.push(
      `${names(silent.map((a) => `${a.endpoint} answered ${a.detail ?? 'nothing'}`))}, which proves nothing about scopes`,
    );
  const granted = new Set(inference.scopes.filter((x) => x.state === 'granted').map((x) => x.scope));
  const explained = asked.filter((a) => a.answer === 'passed' && a.requirement.classic.some((c) => granted.has(c)));
  if (explained.length > 0)
    parts.push(
      `${names(explained.map((a) => a.endpoint))} passed, which ${names([...new Set(explained.flatMap((a) => a.requirement.classic.filter((c) => granted.has(c))))])} alone explains`,
    );
  if (asked.length === 0) parts.push(`not asked: the other answers already decide ${names(needing.map(endpointName))}`);
  if (parts.length === 0) parts.push(`the answers of ${names(asked.map((a) => a.endpoint))} leave it open`);
  const text = `${parts.join('; ')}.`;
  // A sentence may start with an endpoint's name (`issue/{issueIdOrKey}`): only words are capitalised.
  return /^(not|the) /.test(text) ? `${text[0]!.toUpperCase()}${text.slice(1)}` : text;
}

/** One row per scope the catalogue names, classic first (the `data-scope` rows). */
export function scopeGrants(
  capabilities: readonly Capability[],
  answers: readonly EndpointAnswer[],
  declaredScopes?: readonly string[],
): { grants: ScopeGrant[]; inference: Inference } {
  const listed = catalogueScopes(capabilities);
  const inference = inferScopes(
    answers,
    listed.map((l) => l.scope),
  );
  const declared = declaredScopes ? new Set(declaredScopes) : undefined;
  const grants = listed.map((l, i): ScopeGrant => {
    const s = inference.scopes[i]!;
    return {
      scope: l.scope,
      family: l.family,
      product: l.product,
      state: s.state,
      evidence: scopeEvidence(s, capabilities, answers, inference),
      ...(declared ? { declared: declared.has(l.scope) } : {}),
    };
  });
  return { grants, inference };
}

/** The user layer behind a passed gate: 2xx allowed, the product's 403 denied, a 400 says nothing. */
function userAccessOf(observation: Observation): UserAccess {
  if (observation.status === 403) return 'denied';
  return observation.status !== null && observation.status >= 200 && observation.status < 300 ? 'allowed' : 'unknown';
}

/** One row per capability (the `data-capability` rows): its state is its requirement's, exactly. */
export function capabilityRow(
  capability: Capability,
  observation: Observation | undefined,
  answers: readonly EndpointAnswer[],
  inference: Inference,
  declaredScopes?: readonly string[],
): ScopeRow {
  const state = inference.contradiction ? 'unknown' : requirementState(capability, answers);
  const row: ScopeRow = {
    id: capability.id,
    product: capability.product,
    label: capability.label,
    scopesClassic: [...capability.classic],
    scopesGranular: [...capability.granular],
    state,
    evidence: observation
      ? evidenceLine(observation)
      : state === 'unknown'
        ? 'not asked'
        : 'not asked: the other answers already decide it',
  };
  if (observation && gateAnswerOf(observation) === 'passed') row.userAccess = userAccessOf(observation);
  if (declaredScopes) row.declared = scopesAllow(capability, declaredScopes);
  return row;
}
