import { CodeBlock } from '../CodeBlock';
import type { CorrectedCommand as Corrected } from '@/lib/requests/analyse';
import { FLAVOUR_LABELS } from '@/lib/requests/read/request';

interface Props {
  corrected: Corrected;
  revealed: boolean;
}

/** The fixed request in the paste's own flavour; the Copy button copies exactly what is shown. */
export function CorrectedCommand({ corrected, revealed }: Props) {
  const { flavour, changes } = corrected.request;
  return (
    <section className="corrected" aria-label="Corrected request">
      <h3>Corrected {FLAVOUR_LABELS[flavour].replace(/^an? /, '')}</h3>
      {changes.length > 0 ? (
        <ul className="changes">
          {changes.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">Nothing to change in how it is written.</p>
      )}
      <CodeBlock
        label={revealed ? 'With your secret' : 'The secret is a placeholder: set it in your shell, or reveal it'}
        what="corrected command"
        text={revealed ? corrected.revealed : corrected.masked}
      />
    </section>
  );
}
