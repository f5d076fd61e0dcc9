import type { Verdict } from '@/lib/model/report';
import { VERDICT_LABELS } from './verdict';

/**
 * The verdict as a coloured chip with words (colour is never the only carrier of meaning).
 * `mark` sets `data-verdict` (UI contract): only inside a `data-report` and only for a finished
 * run; while a new run is going, and in lists, the verdict shows without it.
 */
export function VerdictChip({ verdict, mark, label }: { verdict: Verdict; mark: boolean; label?: string }) {
  return (
    <span className={`chip chip-${verdict}`} data-verdict={mark ? verdict : undefined}>
      {label ?? VERDICT_LABELS[verdict]}
    </span>
  );
}
