import { useState } from 'react';
import { downloadText } from './scopes/download';

interface Props {
  /** "diagnosis" or "report": the buttons are "Copy <what>" and "Download <what>". */
  what: string;
  /** The label of the masking checkbox (on by default). */
  maskLabel: string;
  /** The Markdown to copy, masked or not. */
  markdown: (mask: boolean) => string;
  /** The JSON file to download, masked or not. */
  file: (mask: boolean) => { name: string; json: unknown };
}

/**
 * "Copy …" (Markdown) and "Download …" (JSON) for a report, with a masking checkbox that is on
 * by default and a status line for the copy. Shared by the diagnosis and the scope report.
 */
export function ShareActions({ what, maskLabel, markdown, file }: Props) {
  const [mask, setMask] = useState(true);
  const [status, setStatus] = useState<'' | 'copied' | 'failed'>('');
  const title = what.charAt(0).toUpperCase() + what.slice(1);

  async function copy() {
    try {
      await navigator.clipboard.writeText(markdown(mask));
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  function download() {
    const { name, json } = file(mask);
    downloadText(name, `${JSON.stringify(json, null, 2)}\n`);
  }

  return (
    <div className="run-line share-actions">
      <button type="button" onClick={() => void copy()}>
        Copy {what}
      </button>
      <button type="button" onClick={download}>
        Download {what}
      </button>
      <label className="checkbox">
        <input type="checkbox" checked={mask} onChange={(e) => setMask(e.target.checked)} /> {maskLabel}
      </label>
      <span role="status" className="copy-status">
        {status === 'copied'
          ? `${title} copied (Markdown)`
          : status === 'failed'
            ? `Could not copy: use Download ${what}`
            : ''}
      </span>
    </div>
  );
}
