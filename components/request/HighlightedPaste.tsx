import type { Finding } from '@/lib/model/report';
import { maskSpans, segmentsOf } from '@/lib/requests/segments';

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
  return (
    <figure className="paste">
      <figcaption className="paste-caption">
        Your request, with what is wrong marked{revealed ? '' : ' (the secret is hidden)'}
      </figcaption>
      <pre>
        <code>
          {segments.map((segment) =>
            segment.findings.length === 0 ? (
              <span key={segment.start}>{segment.text}</span>
            ) : (
              <mark
                key={segment.start}
                className={`paste-mark mark-${segment.severity ?? 'info'}`}
                title={segment.findings.map((i) => findings[i]!.title).join('\n')}
                aria-describedby={segment.findings.map((i) => findingIds[i]).join(' ')}
                data-marks={segment.findings.map((i) => findings[i]!.code).join(' ')}
              >
                {segment.text}
              </mark>
            ),
          )}
        </code>
      </pre>
      {cut && <p className="muted">Only the first {SHOWN.toLocaleString('en')} characters are shown.</p>}
    </figure>
  );
}
