import { CopyButton } from './CopyButton';

/**
 * Text meant to be copied (a corrected URL, a curl command), with its Copy button. `scrolls`: the
 * box has a height limit (the popup) and scrolls, so it takes keyboard focus to scroll it.
 */
export function CodeBlock({
  label,
  what,
  text,
  scrolls = false,
}: {
  label: string;
  what: string;
  text: string;
  scrolls?: boolean;
}) {
  return (
    <div className="code-block">
      <div className="code-block-head">
        <span className="code-block-label">{label}</span>
        <CopyButton text={text} what={what} />
      </div>
      <pre tabIndex={scrolls ? 0 : undefined}>
        <code>{text}</code>
      </pre>
    </div>
  );
}
