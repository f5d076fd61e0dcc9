/**
 * Which scopes does the token hold? Exact inference from the gateway's answers.
 *
 * The gateway lets a call to endpoint E through when the token holds one of E's classic scopes OR
 * every one of its granular scopes: the scope lists of an OpenAPI security requirement are
 * conjunctive, and classic and granular are separate grants
 * (https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md,
 * https://github.com/hunyadi/md2conf/issues/169, tables from Jira's OpenAPI spec as vendored in
 * https://github.com/jarekbird/jira-api-mcp-wrapper). So
 * - a pass proves `classic(E) ∨ all(granular(E))`;
 * - a 401 "scope does not match" proves `¬classic(E) ∧ ¬all(granular(E))`;
 * - anything else (429, 5xx, a timeout, a 404…) proves nothing about scopes.
 *
 * Each scope is `granted` when it is true in every assignment consistent with the answers,
 * `missing` when it is false in every one, `unknown` otherwise. The answers become clauses (no
 * auxiliary variables are needed: a pass is one clause per granular scope, a refusal one unit per
 * classic scope and one clause over the granular ones) and a small exact search (sat.ts) decides.
 * Pure: no I/O, no clock.
 */
import { model, satisfiable, type Clause } from './sat';

export interface ScopeRequirement {
  /** Any one of these is enough. */
  classic: readonly string[];
  /** All of these together are enough. */
  granular: readonly string[];
}

/** What one answer says about the scope gate. */
export type GateAnswer = 'passed' | 'refused' | 'silent';

export interface EndpointAnswer {
  /** A short name for people: `search/jql`, `spaces (v2)`. */
  endpoint: string;
  requirement: ScopeRequirement;
  answer: GateAnswer;
  /** What came back, for the evidence of a silent answer (`429`, `timeout`). */
  detail?: string;
}

type InferredState = 'granted' | 'missing' | 'unknown';

export interface ScopeInference {
  scope: string;
  state: InferredState;
  /** The fewest answers that already force the state (empty when unknown). */
  passed: string[];
  refused: string[];
}

export interface Inference {
  scopes: ScopeInference[];
  /** No assignment fits every answer: the catalogue and the gateway disagree; nothing is claimed. */
  contradiction: boolean;
}

/** Every scope named by some requirement, in first-seen order. */
export function scopesOf(requirements: readonly ScopeRequirement[]): string[] {
  const seen = new Set<string>();
  for (const r of requirements) for (const s of [...r.classic, ...r.granular]) seen.add(s);
  return [...seen];
}

/** An endpoint that needs no scope at all passes any token: its answer says nothing. */
function gated(requirement: ScopeRequirement): boolean {
  return requirement.classic.length > 0 || requirement.granular.length > 0;
}

class Formula {
  readonly index = new Map<string, number>();
  constructor(universe: readonly string[]) {
    for (const s of universe) if (!this.index.has(s)) this.index.set(s, this.index.size);
  }
  get size(): number {
    return this.index.size;
  }
  variable(scope: string): number {
    let i = this.index.get(scope);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(scope, i);
    }
    return i + 1;
  }
  /** The clauses one answer adds. */
  clauses(requirement: ScopeRequirement, answer: GateAnswer): Clause[] {
    if (answer === 'silent' || !gated(requirement)) return [];
    const classic = requirement.classic.map((s) => this.variable(s));
    const granular = requirement.granular.map((s) => this.variable(s));
    if (answer === 'passed') {
      // c1 ∨ … ∨ (g1 ∧ … ∧ gk)  ≡  ∧_j (c1 ∨ … ∨ gj); with no granular route, just (c1 ∨ …).
      return granular.length === 0 ? [classic] : granular.map((g) => [...classic, g]);
    }
    // ¬c1 ∧ … ∧ ¬(g1 ∧ … ∧ gk): a unit per classic scope and one clause over the granular ones.
    const clauses: Clause[] = classic.map((c) => [-c]);
    if (granular.length > 0) clauses.push(granular.map((g) => -g));
    return clauses;
  }
}

function clausesOf(formula: Formula, answers: readonly EndpointAnswer[]): Clause[] {
  return answers.flatMap((a) => formula.clauses(a.requirement, a.answer));
}

/**
 * The state of every scope in `universe` (default: every scope the answered endpoints name),
 * with the answers that decided it.
 */
export function inferScopes(answers: readonly EndpointAnswer[], universe?: readonly string[]): Inference {
  const scopes = universe ?? scopesOf(answers.map((a) => a.requirement));
  const formula = new Formula(scopes);
  const clauses = clausesOf(formula, answers);
  const n = () => formula.size;
  if (!satisfiable(n(), clauses)) {
    return {
      contradiction: true,
      scopes: scopes.map((scope) => ({ scope, state: 'unknown', passed: [], refused: [] })),
    };
  }
  const informative = answers.filter((a) => a.answer !== 'silent' && gated(a.requirement));
  return {
    contradiction: false,
    scopes: scopes.map((scope) => {
      const v = formula.variable(scope);
      const canHold = satisfiable(n(), clauses, [v]);
      const canLack = satisfiable(n(), clauses, [-v]);
      if (canHold && canLack) return { scope, state: 'unknown', passed: [], refused: [] };
      const state: InferredState = canHold ? 'granted' : 'missing';
      // Greedy deletion: drop every answer the state does not need; what is left is a minimal reason.
      let reason = [...informative];
      for (const answer of informative) {
        const without = reason.filter((a) => a !== answer);
        if (!satisfiable(n(), clausesOf(formula, without), [state === 'granted' ? -v : v])) reason = without;
      }
      return {
        scope,
        state,
        passed: reason.filter((a) => a.answer === 'passed').map((a) => a.endpoint),
        refused: reason.filter((a) => a.answer === 'refused').map((a) => a.endpoint),
      };
    }),
  };
}

/**
 * Whether an endpoint's requirement holds, exactly: `granted` when every assignment consistent
 * with the answers lets the call through, `missing` when none does (the capability rows).
 */
export function requirementState(requirement: ScopeRequirement, answers: readonly EndpointAnswer[]): InferredState {
  if (!gated(requirement)) return 'granted';
  const formula = new Formula(scopesOf([requirement, ...answers.map((a) => a.requirement)]));
  const clauses = clausesOf(formula, answers);
  if (!satisfiable(formula.size, clauses)) return 'unknown';
  const canPass = satisfiable(formula.size, [...clauses, ...formula.clauses(requirement, 'passed')]);
  const canRefuse = satisfiable(formula.size, [...clauses, ...formula.clauses(requirement, 'refused')]);
  return canPass && canRefuse ? 'unknown' : canPass ? 'granted' : 'missing';
}

/** The scopes every model of `clauses` gives the same value: one model found, then only the other value tried. */
function forcedCount(formula: Formula, clauses: readonly Clause[], scopes: readonly string[]): Set<string> {
  const forced = new Set<string>();
  const found = model(formula.size, clauses);
  if (!found) return forced;
  for (const scope of scopes) {
    const v = formula.variable(scope);
    const value = found[v - 1]!;
    // 0: the model leaves it free, so both values fit.
    if (value !== 0 && !satisfiable(formula.size, clauses, [value > 0 ? -v : v])) forced.add(scope);
  }
  return forced;
}

/**
 * What probing an endpoint next would teach: for each answer it could still give (pass or
 * refusal, whichever is consistent with what is known), the unknown scopes of `universe` that
 * answer would settle. An endpoint whose answer is already implied teaches nothing (both lists empty).
 */
export function wouldSettle(
  requirement: ScopeRequirement,
  answers: readonly EndpointAnswer[],
  universe: readonly string[],
  /** The scopes already settled, when the caller knows them (saves recomputing them per endpoint). */
  settled?: ReadonlySet<string>,
): { passed: Set<string>; refused: Set<string> } | undefined {
  if (!gated(requirement)) return undefined;
  const formula = new Formula(scopesOf([requirement, ...answers.map((a) => a.requirement)]));
  for (const s of universe) formula.variable(s);
  const clauses = clausesOf(formula, answers);
  if (!satisfiable(formula.size, clauses)) return undefined;
  const ifPass = [...clauses, ...formula.clauses(requirement, 'passed')];
  const ifRefuse = [...clauses, ...formula.clauses(requirement, 'refused')];
  const canPass = satisfiable(formula.size, ifPass);
  const canRefuse = satisfiable(formula.size, ifRefuse);
  if (!canPass || !canRefuse) return undefined; // the answer is already known
  const known = settled ?? forcedCount(formula, clauses, universe);
  const open = universe.filter((s) => !known.has(s));
  return { passed: forcedCount(formula, ifPass, open), refused: forcedCount(formula, ifRefuse, open) };
}

/** The scopes of `universe` the answers already settle (granted or missing). */
export function settledScopes(answers: readonly EndpointAnswer[], universe: readonly string[]): Set<string> {
  const formula = new Formula(scopesOf([{ classic: universe, granular: [] }, ...answers.map((a) => a.requirement)]));
  return forcedCount(formula, clausesOf(formula, answers), universe);
}
