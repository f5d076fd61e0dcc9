/**
 * How far a paste may make its variables expand. Each expansion copies a value, so lines such as
 * `V1="$V0$V0"` double it at every step: 23 of them turn a 383-character paste into an 8 MiB
 * credential and freeze the page. A real request holds a few hundred characters of credential and
 * URL, so reading stops far above that, and says where it stopped.
 */
import type { ReadNote } from './request';
import type { Span } from './words';

/** Characters all expansions of one paste may produce together. */
export const MAX_EXPANDED_CHARS = 65_536;
/** Expansions one paste may make. */
const MAX_EXPANSIONS = 2_000;

export class ExpansionBudget {
  private chars = 0;
  private count = 0;
  /** The first variable that was left unexpanded because the budget ran out. */
  stoppedAt?: { name: string; span: Span };

  /** Spends `length` characters on expanding `name`; false, from then on, once over the budget. */
  spend(length: number, name: string, span: Span): boolean {
    if (this.stoppedAt) return false;
    if (this.count + 1 > MAX_EXPANSIONS || this.chars + length > MAX_EXPANDED_CHARS) {
      this.stoppedAt = { name, span };
      return false;
    }
    this.count++;
    this.chars += length;
    return true;
  }

  /** How a variable left unexpanded is named among what a value depends on. */
  static unexpanded(name: string): string {
    return `${name} (too long to expand)`;
  }

  /** What the user is told when reading stopped expanding. */
  note(): ReadNote | undefined {
    if (!this.stoppedAt) return undefined;
    return {
      text: `Token Doctor stopped expanding variables at ${this.stoppedAt.name}: together they would grow beyond ${MAX_EXPANDED_CHARS.toLocaleString('en')} characters (or ${MAX_EXPANSIONS.toLocaleString('en')} expansions), far more than a real request holds. ${this.stoppedAt.name} and what is built from it were not expanded, so they were not checked.`,
      span: this.stoppedAt.span,
    };
  }
}
