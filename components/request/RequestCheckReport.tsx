import { useId } from 'react';
import type { RequestCheck } from '@/lib/requests/check/check';
import type { CorrectedRequest } from '@/lib/requests/write/corrected';
import { FindingItem } from '../report/FindingItem';
import { VerdictChip } from '../VerdictChip';
import { CorrectedCommand } from './CorrectedCommand';
import { CredentialSummary } from './CredentialSummary';
import { HighlightedPaste } from './HighlightedPaste';
import { ReadNotes } from './ReadNotes';

interface Props {
  check: RequestCheck;
  text: string;
  corrected: CorrectedRequest | undefined;
  secretSpans: { start: number; end: number }[];
  revealed: boolean;
  onReveal: () => void;
}

function sentence(check: RequestCheck): string {
  if (!check.outcome.understood) return 'This text could not be read as a request';
  const problems = check.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').length;
  if (check.verdict === 'ok') return 'Nothing wrong in how this request is built';
  return `${problems} problem${problems === 1 ? '' : 's'} in how this request is built`;
}

/** The result of "Check request" (`data-report`, `data-verdict`, findings: UI contract). */
export function RequestCheckReport({ check, text, corrected, secretSpans, revealed, onReveal }: Props) {
  const base = useId();
  const ids = check.findings.map((_, i) => `${base}-finding-${i}`);
  const hasSecret = secretSpans.length > 0 || !!check.identity?.fingerprint;
  return (
    <section className="report request-report" data-report="" aria-busy={false} aria-label="Request check">
      <header className="report-head">
        <div className="verdict-line">
          <VerdictChip verdict={check.verdict} mark />
          <h3 className="verdict-sentence">{sentence(check)}</h3>
        </div>
        <p className="muted">
          Checked in this page: nothing was sent over the network, and the pasted text is not stored.
        </p>
        <CredentialSummary check={check} revealed={revealed} />
        {hasSecret && (
          <button type="button" className="button-small" onClick={onReveal} aria-pressed={revealed}>
            {revealed ? 'Hide secret' : 'Show secret'}
          </button>
        )}
      </header>
      {check.outcome.understood && (
        <HighlightedPaste
          text={text}
          findings={check.findings}
          findingIds={ids}
          secretSpans={secretSpans}
          revealed={revealed}
        />
      )}
      {/* The fix comes right after the marked paste: what most readers came for. */}
      {corrected && <CorrectedCommand corrected={corrected} revealed={revealed} />}
      <ReadNotes notes={check.outcome.request.notes} />
      <h3>Findings</h3>
      <ol className="findings">
        {check.findings.map((finding, i) => (
          <FindingItem key={`${finding.code}-${i}`} id={ids[i]} finding={finding} />
        ))}
      </ol>
    </section>
  );
}
