/**
 * A small exact satisfiability check (DPLL with unit propagation) for the scope inference. The
 * formulas are tiny — a few dozen scopes, one clause per scope an answer touches — so a plain
 * recursive search is instant; exactness matters more than speed here.
 *
 * A literal is `+(v + 1)` for "variable v is true" and `-(v + 1)` for "false" (DIMACS style).
 */
export type Clause = readonly number[];

type Assignment = Int8Array; // 0 unknown, 1 true, -1 false

function valueOf(assignment: Assignment, literal: number): number {
  const value = assignment[Math.abs(literal) - 1]!;
  return literal > 0 ? value : -value;
}

/** Assigns every unit literal until none is left; false on a conflict. `trail` records what was set. */
function propagate(clauses: readonly Clause[], assignment: Assignment, trail: number[]): boolean {
  for (let changed = true; changed;) {
    changed = false;
    for (const clause of clauses) {
      let unassigned = 0;
      let last = 0;
      let satisfied = false;
      for (const literal of clause) {
        const value = valueOf(assignment, literal);
        if (value > 0) {
          satisfied = true;
          break;
        }
        if (value === 0) {
          unassigned += 1;
          last = literal;
        }
      }
      if (satisfied) continue;
      if (unassigned === 0) return false;
      if (unassigned === 1) {
        const variable = Math.abs(last) - 1;
        assignment[variable] = last > 0 ? 1 : -1;
        trail.push(variable);
        changed = true;
      }
    }
  }
  return true;
}

/** When `keep` is set, a satisfying assignment is left in place (unset variables stay 0: either value fits). */
function search(clauses: readonly Clause[], assignment: Assignment, keep = false): boolean {
  const trail: number[] = [];
  const undo = () => {
    for (const v of trail) assignment[v] = 0;
  };
  if (!propagate(clauses, assignment, trail)) {
    undo();
    return false;
  }
  // Branch on a variable of the first clause not yet satisfied.
  let branch = 0;
  for (const clause of clauses) {
    if (clause.some((l) => valueOf(assignment, l) > 0)) continue;
    branch = clause.find((l) => valueOf(assignment, l) === 0) ?? 0;
    break;
  }
  if (branch === 0) {
    if (!keep) undo();
    return true; // every clause satisfied
  }
  const variable = Math.abs(branch) - 1;
  for (const value of [branch > 0 ? 1 : -1, branch > 0 ? -1 : 1] as const) {
    assignment[variable] = value;
    if (search(clauses, assignment, keep)) {
      if (!keep) {
        assignment[variable] = 0;
        undo();
      }
      return true;
    }
  }
  assignment[variable] = 0;
  undo();
  return false;
}

/** Whether some assignment of `variables` variables satisfies every clause and every assumed literal. */
export function satisfiable(
  variables: number,
  clauses: readonly Clause[],
  assumptions: readonly number[] = [],
): boolean {
  const assignment: Assignment = new Int8Array(variables);
  for (const literal of assumptions) {
    const variable = Math.abs(literal) - 1;
    const value = literal > 0 ? 1 : -1;
    if (assignment[variable] === -value) return false;
    assignment[variable] = value;
  }
  return search(clauses, assignment);
}

/**
 * One assignment satisfying every clause and assumption (1 true, -1 false, 0 either), or undefined.
 * A variable can then only be forced to the value it has here: checking the other value is enough.
 */
export function model(
  variables: number,
  clauses: readonly Clause[],
  assumptions: readonly number[] = [],
): Int8Array | undefined {
  const assignment: Assignment = new Int8Array(variables);
  for (const literal of assumptions) {
    const variable = Math.abs(literal) - 1;
    const value = literal > 0 ? 1 : -1;
    if (assignment[variable] === -value) return undefined;
    assignment[variable] = value;
  }
  return search(clauses, assignment, true) ? assignment : undefined;
}
