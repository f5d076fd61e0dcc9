import { CodeBlock } from '../CodeBlock';
import { FLAVOUR_LABELS } from '@/lib/requests/read/request';
import type { CorrectedRequest } from '@/lib/requests/write/corrected';
import { buildCorrected } from '@/lib/requests/write/correct';

interface Props {
  corrected: CorrectedRequest;
  revealed: boolean;
}

/** The fixed request in the paste's own flavour; the Copy button copies exactly what is shown. */
export function CorrectedCommand({ corrected, revealed }: Props) {
  const text = buildCorrected(corrected, revealed);
  return (
    <section className="corrected" aria-label="Corrected request">
      <h3>Corrected {FLAVOUR_LABELS[corrected.flavour].replace(/^an? /, '')}</h3>
      {corrected.changes.length > 0 ? (
        <ul className="changes">
          {corrected.changes.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">Nothing to change in how it is written.</p>
      )}
      <CodeBlock
        label={revealed ? 'With your secret' : 'The secret is a placeholder: set it in your shell, or reveal it'}
        what="corrected command"
        text={text}
      />
    </section>
  );
}
