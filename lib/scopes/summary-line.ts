/** The one line a scope report ends with: how many scopes were checked and how they came out. */
import type { ScopeReport, ScopeState } from './types';

function counts(states: readonly ScopeState[]): string {
  const n = (s: ScopeState) => states.filter((x) => x === s).length;
  return `${n('granted')} granted, ${n('missing')} missing, ${n('unknown')} unknown`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function scopeSummaryLine(report: Pick<ScopeReport, 'model' | 'scopes' | 'rows'>): string {
  if (report.model === 'unscoped')
    return `Scopes do not apply to an unscoped token; ${plural(report.rows.length, 'check')} of what its user may do: ${counts(report.rows.map((r) => r.state))}`;
  if (report.scopes.length === 0)
    return report.model === 'not-applicable'
      ? 'No scope checked: this credential has no scopes'
      : 'No scope checked: see the findings';
  return `${plural(report.scopes.length, 'scope')} checked: ${counts(report.scopes.map((g) => g.state))}`;
}
