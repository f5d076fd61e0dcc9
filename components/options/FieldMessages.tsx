import type { Finding } from '@/lib/model/report';
import { SEVERITY_LABELS } from '../verdict';

/** The local checks about one field, shown under it (and referenced by its aria-describedby). */
export function FieldMessages({ id, findings }: { id: string; findings: Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul id={id} className="field-messages">
      {findings.map((finding, i) => (
        <li
          key={`${finding.code}-${i}`}
          className={`field-message severity-${finding.severity}`}
          data-lint-code={finding.code}
        >
          <strong>
            <span className="visually-hidden">{SEVERITY_LABELS[finding.severity]}: </span>
            {finding.title}
          </strong>{' '}
          <span className="field-message-text">{finding.explanation}</span>
        </li>
      ))}
    </ul>
  );
}
