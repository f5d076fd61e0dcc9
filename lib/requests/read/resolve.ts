/**
 * The value a word of a pasted shell command would have: substitutions that are base64 recipes
 * replaced by what they print, variables the paste assigns (`export JIRA_API_TOKEN=…`)
 * replaced by their values. Anything else stays as written and is listed as unresolved, so the
 * checks can say they could not see it rather than guess.
 */
import { ExpansionBudget } from './expansion-budget';
import { readSubstitution, type Recipe } from './recipes';
import type { Word } from './words';

export interface ResolvedText {
  value: string;
  offsets: number[];
  span: Word['span'];
  recipes: Recipe[];
  unresolved: string[];
}

/** The variables a paste assigns, and how much expanding them may still produce. */
export class ShellEnv extends Map<string, ResolvedText> {
  readonly budget = new ExpansionBudget();
}

/** Characters that stand for a piece of source: the first maps to its start, the last to its end. */
function pushSpread(offsets: number[], length: number, span: { start: number; end: number }): void {
  for (let i = 0; i < length; i++) offsets.push(i === length - 1 ? span.end - 1 : span.start);
}

export function resolveShWord(word: Word, source: string, env: ShellEnv): ResolvedText {
  const pieces = [
    ...word.substitutions.map((s) => ({ start: s.valueStart, end: s.valueEnd, kind: 'sub' as const, item: s })),
    ...word.variables.map((v) => ({ start: v.valueStart, end: v.valueEnd, kind: 'var' as const, item: v })),
  ].sort((a, b) => a.start - b.start);
  let value = '';
  const offsets: number[] = [];
  const recipes: Recipe[] = [];
  const unresolved: string[] = [];
  let at = 0;
  const copy = (from: number, to: number) => {
    value += word.value.slice(from, to);
    offsets.push(...word.offsets.slice(from, to));
  };
  for (const piece of pieces) {
    if (piece.start < at) continue;
    copy(at, piece.start);
    at = piece.end;
    if (piece.kind === 'sub') {
      const recipe = readSubstitution(source, piece.item);
      if (recipe) recipes.push(recipe);
      if (recipe?.output !== undefined) {
        value += recipe.output;
        pushSpread(offsets, recipe.output.length, piece.item.span);
        continue;
      }
      unresolved.push(
        recipe
          ? recipe.variables.map((n) => `$${n}`).join(', ') || '$(…)'
          : `$(${piece.item.body.trim().slice(0, 40)})`,
      );
      copy(piece.start, piece.end);
    } else {
      const known = env.get(piece.item.name);
      if (known && known.unresolved.length === 0) {
        if (!env.budget.spend(known.value.length, `$${piece.item.name}`, piece.item.span)) {
          unresolved.push(ExpansionBudget.unexpanded(`$${piece.item.name}`));
          copy(piece.start, piece.end);
          continue;
        }
        value += known.value;
        pushSpread(offsets, known.value.length, piece.item.span);
        recipes.push(...known.recipes);
        continue;
      }
      unresolved.push(`$${piece.item.name}`);
      copy(piece.start, piece.end);
    }
  }
  copy(at, word.value.length);
  return { value, offsets, span: word.span, recipes, unresolved };
}

/** `export NAME=value`, `NAME=value`, `set NAME=value` (Windows cmd): the assignment it makes, if any. */
export function readAssignment(
  words: Word[],
  source: string,
  env: ShellEnv,
): { name: string; value: ResolvedText } | undefined {
  let rest = words;
  if (rest[0] && ['export', 'set', 'declare', 'local', 'readonly'].includes(rest[0].value) && !rest[0].quoted)
    rest = rest.slice(1);
  if (rest.length !== 1) return undefined;
  const word = rest[0]!;
  const match = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(word.value);
  if (!match) return undefined;
  const cut = match[0].length;
  const tail: Word = {
    ...word,
    value: word.value.slice(cut),
    offsets: word.offsets.slice(cut),
    substitutions: word.substitutions
      .filter((s) => s.valueStart >= cut)
      .map((s) => ({ ...s, valueStart: s.valueStart - cut, valueEnd: s.valueEnd - cut })),
    variables: word.variables
      .filter((v) => v.valueStart >= cut)
      .map((v) => ({ ...v, valueStart: v.valueStart - cut, valueEnd: v.valueEnd - cut })),
  };
  return { name: match[1]!, value: resolveShWord(tail, source, env) };
}
