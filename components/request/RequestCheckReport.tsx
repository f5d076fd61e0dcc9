import { useId } from 'react';
import type { RequestAnalysis } from '@/lib/requests/analyse';
import { FindingItem } from '../report/FindingItem';
import { VerdictChip } from '../VerdictChip';
import { CorrectedCommand } from './CorrectedCommand';
import { CredentialSummary } from './CredentialSummary';
import { HighlightedPaste } from './HighlightedPaste';
import { ReadNotes } from './ReadNotes';

interface Props {
  analysis: RequestAnalysis;
  text: string;
  revealed: boolean;
  onReveal: () => void;
}

/** The result of "Check a request" (`data-report`, `data-verdict`, findings: UI contract). */
export function RequestCheckReport({ analysis, text, revealed, onReveal }: Props) {
  const base = useId();
  const { facts, findings } = analysis;
  const ids = findings.map((_, i) => `${base}-finding-${i}`);
  return (
    <section className="report request-report" data-report="" aria-busy={false} aria-label="Request check">
      <header className="report-head">
        <div className="verdict-line">
          <VerdictChip verdict={analysis.verdict} mark />
          <h3 className="verdict-sentence">{analysis.headline}</h3>
        </div>
        <p className="muted">
          Checked in this page: nothing was sent over the network, and the pasted text is not stored.
        </p>
        <CredentialSummary facts={facts} revealed={revealed} />
        {analysis.hasSecret && (
          <button type="button" className="button-small" onClick={onReveal} aria-pressed={revealed}>
            {revealed ? 'Hide secret' : 'Show secret'}
          </button>
        )}
      </header>
      {facts.read.understood && (
        <HighlightedPaste
          text={text}
          findings={findings}
          findingIds={ids}
          secretSpans={analysis.secretSpans}
          revealed={revealed}
        />
      )}
      {/* The fix comes right after the marked paste: what most readers came for. */}
      {analysis.corrected && <CorrectedCommand corrected={analysis.corrected} revealed={revealed} />}
      <ReadNotes notes={facts.request.notes} />
      <h3>Findings</h3>
      <ol className="findings">
        {findings.map((finding, i) => (
          <FindingItem key={`${finding.code}-${i}`} id={ids[i]} finding={finding} />
        ))}
      </ol>
    </section>
  );
}
