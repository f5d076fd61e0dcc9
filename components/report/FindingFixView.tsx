import type { FindingFix, FindingSource } from '@/lib/model/report';
import { CodeBlock } from '../CodeBlock';

/** What to change: steps, the corrected URL and curl command to copy, the page to go to. */
export function FindingFixView({ fix }: { fix: FindingFix }) {
  return (
    <div className="fix">
      {fix.steps.length > 0 && (
        <>
          <p className="fix-title">What to do</p>
          <ol className="fix-steps">
            {fix.steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        </>
      )}
      {fix.url && <CodeBlock label="Corrected URL" what="corrected URL" text={fix.url} />}
      {fix.curl && <CodeBlock label="curl command" what="curl command" text={fix.curl} />}
      {fix.link && (
        <p>
          <a href={fix.link.href} target="_blank" rel="noopener noreferrer">
            {fix.link.label}
          </a>
        </p>
      )}
    </div>
  );
}

/** "Learn more": the public pages a finding rests on, as links. */
export function FindingSources({ sources }: { sources: FindingSource[] }) {
  return (
    <div className="finding-sources">
      <p className="evidence-title">Learn more</p>
      <ul className="evidence">
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
