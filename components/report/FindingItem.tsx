import type { Finding } from '@/lib/model/report';
import { SEVERITY_LABELS } from '../verdict';
import { FindingFixView, FindingSources } from './FindingFixView';

/** One finding of the full report (`data-finding-code`, `data-severity`: UI contract). */
export function FindingItem({ finding, id }: { finding: Finding; id?: string }) {
  return (
    <li
      id={id}
      className={`finding severity-${finding.severity}`}
      data-finding-code={finding.code}
      data-severity={finding.severity}
    >
      <h4 className="finding-title">
        <span className={`severity-label severity-label-${finding.severity}`}>{SEVERITY_LABELS[finding.severity]}</span>{' '}
        {finding.title}
      </h4>
      <p>{finding.explanation}</p>
      {finding.evidence.length > 0 && (
        <>
          <p className="evidence-title">Evidence</p>
          <ul className="evidence">
            {finding.evidence.map((line, i) => (
              <li key={i}>
                <code>{line}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {finding.fix && <FindingFixView fix={finding.fix} />}
      {finding.sources && finding.sources.length > 0 && <FindingSources sources={finding.sources} />}
      <p className="finding-code">
        Code <code>{finding.code}</code>
      </p>
    </li>
  );
}
