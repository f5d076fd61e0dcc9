/**
 * The scope inference: tables of answers with the states they prove, and property tests against
 * an oracle that knows the token's true scopes (never wrong; exactly as complete as an exhaustive check).
 */
import fc from 'fast-check';
import {
  inferScopes,
  requirementState,
  scopesOf,
  wouldSettle,
  type EndpointAnswer,
  type GateAnswer,
  type ScopeRequirement,
} from '../../../lib/scopes/infer';
import { CAPABILITIES } from '../../../lib/atlassian/scope-catalogue';

const SEARCH: ScopeRequirement = {
  classic: ['read:jira-work'],
  granular: ['read:issue-details:jira', 'read:audit-log:jira', 'read:avatar:jira'],
};
const MYPERMISSIONS: ScopeRequirement = { classic: ['read:jira-work'], granular: ['read:permission:jira'] };
const AUDIT: ScopeRequirement = {
  classic: ['manage:jira-configuration'],
  granular: ['read:audit-log:jira', 'read:user:jira'],
};
const MYSELF: ScopeRequirement = { classic: ['read:jira-user'], granular: ['read:user:jira', 'read:avatar:jira'] };
const SPACES: ScopeRequirement = { classic: [], granular: ['read:space:confluence'] };

const answer = (endpoint: string, requirement: ScopeRequirement, a: GateAnswer): EndpointAnswer => ({
  endpoint,
  requirement,
  answer: a,
});
const states = (answers: EndpointAnswer[], universe?: string[]) =>
  Object.fromEntries(inferScopes(answers, universe).scopes.map((s) => [s.scope, s.state]));

describe('inferScopes: tables', () => {
  it('a pass alone settles nothing when a classic scope could explain it', () => {
    expect(states([answer('search/jql', SEARCH, 'passed')])).toEqual({
      'read:jira-work': 'unknown',
      'read:issue-details:jira': 'unknown',
      'read:audit-log:jira': 'unknown',
      'read:avatar:jira': 'unknown',
    });
  });

  it('search/jql passed while mypermissions was refused: the granular search set is granted', () => {
    const inference = inferScopes([
      answer('search/jql', SEARCH, 'passed'),
      answer('mypermissions', MYPERMISSIONS, 'refused'),
    ]);
    const by = Object.fromEntries(inference.scopes.map((s) => [s.scope, s]));
    expect(by['read:jira-work']).toMatchObject({ state: 'missing', passed: [], refused: ['mypermissions'] });
    expect(by['read:permission:jira']).toMatchObject({ state: 'missing', refused: ['mypermissions'] });
    expect(by['read:issue-details:jira']).toMatchObject({
      state: 'granted',
      passed: ['search/jql'],
      refused: ['mypermissions'],
    });
  });

  it('a refused endpoint with two granular scopes: one of them is missing once the other is proven', () => {
    const answers = [
      answer('auditing/record', AUDIT, 'refused'),
      answer('myself', MYSELF, 'passed'),
      answer('mypermissions', { classic: ['read:jira-user'], granular: [] }, 'refused'),
    ];
    const by = Object.fromEntries(inferScopes(answers).scopes.map((s) => [s.scope, s]));
    expect(by['manage:jira-configuration']?.state).toBe('missing');
    expect(by['read:jira-user']?.state).toBe('missing');
    expect(by['read:user:jira']?.state).toBe('granted');
    expect(by['read:audit-log:jira']).toMatchObject({ state: 'missing', passed: ['myself'] });
  });

  it('the audit log passing on a granular set never proves the configuration scope', () => {
    const answers = [
      answer('auditing/record', AUDIT, 'passed'),
      answer('search/jql', SEARCH, 'passed'),
      answer('mypermissions', MYPERMISSIONS, 'refused'),
    ];
    expect(states(answers)['manage:jira-configuration']).toBe('unknown');
    expect(states(answers)['read:user:jira']).toBe('unknown');
  });

  it('a v2 endpoint with granular scopes only settles its scope either way', () => {
    expect(states([answer('spaces (v2)', SPACES, 'passed')])).toEqual({ 'read:space:confluence': 'granted' });
    expect(states([answer('spaces (v2)', SPACES, 'refused')])).toEqual({ 'read:space:confluence': 'missing' });
  });

  it('silent answers prove nothing; scopes of the universe no answer names stay unknown', () => {
    expect(states([answer('search/jql', SEARCH, 'silent')], ['read:jira-work', 'read:page:confluence'])).toEqual({
      'read:jira-work': 'unknown',
      'read:page:confluence': 'unknown',
    });
  });

  it('answers that contradict the tables claim nothing', () => {
    const inference = inferScopes([answer('spaces (v2)', SPACES, 'passed'), answer('spaces (v2)', SPACES, 'refused')]);
    expect(inference.contradiction).toBe(true);
    expect(inference.scopes.every((s) => s.state === 'unknown')).toBe(true);
  });
});

describe('requirementState and wouldSettle', () => {
  it('a capability is granted when a proven scope covers it, though its own probe said nothing', () => {
    const answers = [answer('spaces (v2)', SPACES, 'passed')];
    expect(requirementState(SPACES, answers)).toBe('granted');
    expect(requirementState(MYSELF, answers)).toBe('unknown');
    expect(requirementState({ classic: [], granular: [] }, [])).toBe('granted');
  });

  it('an endpoint whose answer is implied teaches nothing; an open one settles scopes', () => {
    const answers = [answer('mypermissions', MYPERMISSIONS, 'refused')];
    const universe = scopesOf([MYPERMISSIONS, SEARCH]);
    expect(wouldSettle(MYPERMISSIONS, answers, universe)).toBeUndefined();
    const search = wouldSettle(SEARCH, answers, universe);
    expect([...(search?.passed ?? [])].sort()).toEqual([
      'read:audit-log:jira',
      'read:avatar:jira',
      'read:issue-details:jira',
    ]);
  });
});

// ---- properties ------------------------------------------------------------------------------------

/** Classic: any one; granular: all (the gateway's rule). */
function allows(requirement: ScopeRequirement, held: ReadonlySet<string>): boolean {
  if (requirement.classic.length === 0 && requirement.granular.length === 0) return true;
  return (
    requirement.classic.some((s) => held.has(s)) ||
    (requirement.granular.length > 0 && requirement.granular.every((s) => held.has(s)))
  );
}

/** The emulator-like oracle: pass or 401 per the tables, or a silent answer (429, 5xx, timeout). */
function oracle(requirements: readonly ScopeRequirement[], held: ReadonlySet<string>, silent: readonly boolean[]) {
  return requirements.map((requirement, i) =>
    answer(`e${i}`, requirement, silent[i] ? 'silent' : allows(requirement, held) ? 'passed' : 'refused'),
  );
}

/** Brute force over every subset of a small universe: the states an exhaustive check proves. */
function exhaustive(answers: readonly EndpointAnswer[], universe: readonly string[]) {
  const consistent: Set<string>[] = [];
  for (let mask = 0; mask < 1 << universe.length; mask++) {
    const held = new Set(universe.filter((_, i) => (mask >> i) & 1));
    if (answers.every((a) => a.answer === 'silent' || allows(a.requirement, held) === (a.answer === 'passed')))
      consistent.push(held);
  }
  return {
    consistent,
    state: (s: string) =>
      consistent.every((h) => h.has(s)) ? 'granted' : consistent.every((h) => !h.has(s)) ? 'missing' : 'unknown',
  };
}

const CATALOGUE = CAPABILITIES.map((c) => ({ classic: c.classic, granular: c.granular }));
const CATALOGUE_SCOPES = scopesOf(CATALOGUE);

describe('inferScopes: properties', () => {
  it('is never wrong on the catalogue: granted scopes are held, missing ones are not', () => {
    fc.assert(
      fc.property(
        fc.subarray(CATALOGUE_SCOPES),
        fc.array(fc.boolean(), { minLength: CATALOGUE.length, maxLength: CATALOGUE.length }),
        (held, silent) => {
          const heldSet = new Set(held);
          const inference = inferScopes(oracle(CATALOGUE, heldSet, silent), CATALOGUE_SCOPES);
          expect(inference.contradiction).toBe(false);
          for (const s of inference.scopes) {
            if (s.state === 'granted') expect(heldSet.has(s.scope)).toBe(true);
            if (s.state === 'missing') expect(heldSet.has(s.scope)).toBe(false);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  const SMALL = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  const requirementArb = fc.record({
    classic: fc.subarray(SMALL, { maxLength: 2 }),
    granular: fc.subarray(SMALL, { maxLength: 4 }),
  });

  it('is complete: its state is the one an exhaustive check proves, and its reason alone forces it', () => {
    fc.assert(
      fc.property(
        fc.array(requirementArb, { minLength: 1, maxLength: 6 }),
        fc.subarray(SMALL),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        (requirements, held, silent) => {
          const answers = oracle(requirements, new Set(held), silent);
          const truth = exhaustive(answers, SMALL);
          const inference = inferScopes(answers, SMALL);
          for (const s of inference.scopes) {
            expect(s.state).toBe(truth.state(s.scope));
            if (s.state === 'unknown') continue;
            const reason = answers.filter((a) => [...s.passed, ...s.refused].includes(a.endpoint));
            expect(exhaustive(reason, SMALL).state(s.scope)).toBe(s.state);
          }
          for (const r of requirements) {
            const passes = truth.consistent.map((h) => allows(r, h));
            const expected = passes.every(Boolean) ? 'granted' : passes.some(Boolean) ? 'unknown' : 'missing';
            expect(requirementState(r, answers)).toBe(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('wouldSettle is exact: it names what each answer would force, and nothing for an implied answer', () => {
    fc.assert(
      fc.property(
        fc.array(requirementArb, { minLength: 1, maxLength: 5 }),
        requirementArb,
        fc.subarray(SMALL),
        (requirements, next, held) => {
          const answers = oracle(requirements, new Set(held), []);
          const settle = wouldSettle(next, answers, SMALL);
          const truth = exhaustive(answers, SMALL);
          const passes = truth.consistent.map((h) => allows(next, h));
          const open = passes.some(Boolean) && !passes.every(Boolean);
          if (next.classic.length + next.granular.length === 0 || !open) {
            expect(settle).toBeUndefined();
            return;
          }
          for (const outcome of ['passed', 'refused'] as const) {
            const after = exhaustive([...answers, answer('next', next, outcome)], SMALL);
            const expected = SMALL.filter((s) => truth.state(s) === 'unknown' && after.state(s) !== 'unknown');
            expect([...(settle?.[outcome] ?? [])].sort()).toEqual(expected.sort());
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
