/**
 * Adaptive probing: ask the gateway only what is still open. Each round picks, among the endpoints
 * not yet asked, those whose answer would settle the most unknown scopes (averaged over the
 * answers still possible), at most four at a time; an endpoint whose answer already follows from
 * the others is never sent. It stops when nothing more can be learnt, when the run's request
 * budget is spent (lib/probe/run.ts enforces it), or on a 429 (the probe kit has already waited
 * for Retry-After once; asking again would only prolong the rate limit), and when every answer is a
 * plain 401 (the credential itself is refused: more attempts only bring a lockout closer).
 *
 * Since only endpoints with an implied answer are left out, the scopes it proves are exactly
 * those that probing every endpoint would prove, whenever no answer was silent.
 */
import { endpointName, type Capability } from '../atlassian/scope-catalogue';
import type { Observation } from '../model/report';
import type { Run } from '../probe/run';
import { answerDetail, gateAnswerOf } from './gate';
import { scopesOf, settledScopes, wouldSettle, type EndpointAnswer } from './infer';
import { SCOPE_CHECK_CONCURRENCY } from './limits';

export type StopReason = 'settled' | 'budget' | 'rate-limited' | 'rejected';

interface AdaptiveResult {
  /** Capability id → what its probe got. */
  seen: Map<string, Observation>;
  answers: EndpointAnswer[];
  /** Rounds of requests sent at once (the round trips of the check). */
  rounds: number;
  stoppedBy: StopReason;
}

export function answerOf(capability: Capability, observation: Observation): EndpointAnswer {
  return {
    endpoint: endpointName(capability),
    requirement: { classic: capability.classic, granular: capability.granular },
    answer: gateAnswerOf(observation),
    detail: answerDetail(observation),
  };
}

/**
 * The next endpoints to ask: greedy on what each would settle that the ones already picked in this
 * round would not, then the best of the rest to fill the round; `first` are asked first while they
 * can still teach something (they also tell who the user is and what they may do).
 */
function nextBatch(
  candidates: readonly Capability[],
  answers: readonly EndpointAnswer[],
  universe: readonly string[],
  size: number,
  first: readonly string[] = [],
): Capability[] {
  const settled = settledScopes(answers, universe);
  const scored = candidates.flatMap((capability) => {
    const settle = wouldSettle(capability, answers, universe, settled);
    return settle ? [{ capability, settle }] : [];
  });
  const picked: Capability[] = [];
  const covered = new Set<string>();
  const gain = (s: { passed: Set<string>; refused: Set<string> }) =>
    ([...s.passed].filter((x) => !covered.has(x)).length + [...s.refused].filter((x) => !covered.has(x)).length) / 2;
  while (picked.length < size) {
    let best: (typeof scored)[number] | undefined;
    let bestGain = 0;
    for (const entry of scored) {
      if (picked.includes(entry.capability)) continue;
      const g = gain(entry.settle) + (first.includes(entry.capability.id) ? 1_000 : 0);
      if (g > bestGain) {
        best = entry;
        bestGain = g;
      }
    }
    if (!best) break;
    picked.push(best.capability);
    for (const s of [...best.settle.passed, ...best.settle.refused]) covered.add(s);
  }
  // Free places in the round go to what still teaches most on its own: a round trip saved is
  // worth a request whose answer the others might have implied.
  const rest = scored
    .filter((e) => !picked.includes(e.capability))
    .map((e) => ({ e, raw: (e.settle.passed.size + e.settle.refused.size) / 2 }))
    .filter((x) => x.raw > 0)
    .sort((a, b) => b.raw - a.raw);
  for (const { e } of rest) if (picked.length < size) picked.push(e.capability);
  return picked;
}

export async function probeAdaptively(
  run: Run,
  capabilities: readonly Capability[],
  send: (capability: Capability) => Promise<Observation>,
  first: readonly string[] = [],
): Promise<AdaptiveResult> {
  const universe = scopesOf(capabilities);
  const seen = new Map<string, Observation>();
  const answers: EndpointAnswer[] = [];
  let rounds = 0;
  for (;;) {
    const left = run.maxRequests === undefined ? SCOPE_CHECK_CONCURRENCY : run.maxRequests - run.probes.length;
    if (left <= 0) return { seen, answers, rounds, stoppedBy: 'budget' };
    const open = capabilities.filter((c) => !seen.has(c.id));
    const batch = nextBatch(open, answers, universe, Math.min(SCOPE_CHECK_CONCURRENCY, left), first);
    if (batch.length === 0) return { seen, answers, rounds, stoppedBy: 'settled' };
    rounds += 1;
    const observations = await Promise.all(batch.map((c) => send(c)));
    batch.forEach((c, i) => {
      const o = observations[i]!;
      seen.set(c.id, o);
      answers.push(answerOf(c, o));
    });
    if (observations.some((o) => o.status === 429)) return { seen, answers, rounds, stoppedBy: 'rate-limited' };
    if ([...seen.values()].every((o) => o.status === 401) && answers.every((a) => a.answer === 'silent'))
      return { seen, answers, rounds, stoppedBy: 'rejected' };
  }
}
