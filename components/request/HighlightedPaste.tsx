import type { Finding } from '@/lib/model/report';
import type { Severity } from '@/lib/model/report';
import { maskSpans, segmentsOf } from '@/lib/requests/segments';
import { SEVERITY_LABELS } from '../verdict';

/**
 * Each kind of mark differs by more than colour: its own sign before the marked part and its own
 * underline (solid for an error, dashed for a warning, dotted for a note), and the words
 * ("Error: …") in the mark's tooltip and, for screen readers, before it.
 */
const MARK_SIGNS: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ', ok: 'ℹ' };
const LEGEND = {
  error: { line: 'solid underline', word: 'error' },
  warning: { line: 'dashed underline', word: 'warning' },
  info: { line: 'dotted underline', word: 'note' },
} as const;
const legendOf = (severity: Severity) => (severity === 'ok' ? 'info' : severity);

/** Enough to show any real request; a bigger paste is shown cut, and says so. */
const SHOWN = 20_000;

interface Props {
  text: string;
  findings: Finding[];
  /** The element id of each finding, for aria-describedby. */
  findingIds: string[];
  /** Parts that hold the secret: shown as • until revealed. */
  secretSpans: { start: number; end: number }[];
  revealed: boolean;
}

/** The pasted text with each finding's part marked; hovering or reading a mark names its finding. */
export function HighlightedPaste({ text, findings, findingIds, secretSpans, revealed }: Props) {
  const shown = revealed ? text : maskSpans(text, secretSpans);
  const cut = shown.length > SHOWN;
  const segments = segmentsOf(cut ? shown.slice(0, SHOWN) : shown, findings);
  const marked = new Set(segments.filter((s) => s.findings.length > 0).map((s) => legendOf(s.severity ?? 'info')));
  const present = (['error', 'warning', 'info'] as const).filter((severity) => marked.has(severity));
  return (
    <figure className="paste">
      <figcaption className="paste-caption">
        Your request, with what is wrong marked{revealed ? '' : ' (the secret is hidden)'}
      </figcaption>
      <pre>
        <code>
          {segments.map((segment) => {
            if (segment.findings.length === 0) return <span key={segment.start}>{segment.text}</span>;
            const severity = segment.severity ?? 'info';
            const word = SEVERITY_LABELS[severity];
            return (
              <span key={segment.start} className="paste-marked">
                <span className={`mark-sign sign-${severity}`} aria-hidden="true">
                  {MARK_SIGNS[severity]}
                </span>
                <span className="visually-hidden mark-word">{word}: </span>
                <mark
                  className={`paste-mark mark-${severity}`}
                  data-mark-severity={severity}
                  title={segment.findings.map((i) => `${word}: ${findings[i]!.title}`).join('\n')}
                  aria-describedby={segment.findings.map((i) => findingIds[i]).join(' ')}
                  data-marks={segment.findings.map((i) => findings[i]!.code).join(' ')}
                >
                  {segment.text}
                </mark>
              </span>
            );
          })}
        </code>
      </pre>
      {present.length > 0 && (
        <p className="paste-legend hint" data-paste-legend="">
          {present.map((severity) => (
            <span key={severity} className="legend-item">
              <span className={`mark-sign sign-${severity}`} aria-hidden="true">
                {MARK_SIGNS[severity]}
              </span>{' '}
              <span className={`paste-mark mark-${severity}`}>{LEGEND[severity].line}</span>: {LEGEND[severity].word}
            </span>
          ))}
        </p>
      )}
      {cut && <p className="muted">Only the first {SHOWN.toLocaleString('en')} characters are shown.</p>}
    </figure>
  );
}
