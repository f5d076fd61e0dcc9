import { CopyButton } from './CopyButton';

/** Text meant to be copied (a corrected URL, a curl command), with its Copy button. */
export function CodeBlock({ label, what, text }: { label: string; what: string; text: string }) {
  return (
    <div className="code-block">
      <div className="code-block-head">
        <span className="code-block-label">{label}</span>
        <CopyButton text={text} what={what} />
      </div>
      <pre>
        <code>{text}</code>
      </pre>
    </div>
  );
}
