import { useState } from 'react';
import type { Report } from '@/lib/model/report';
import { diagnosisFileName, diagnosisJson, diagnosisMarkdown, type DiagnosisOptions } from '@/lib/report/diagnosis';
import { formatDateTime } from '../format';
import { downloadText } from '../scopes/download';
import { checkedLabel, verdictLabel, verdictSentence } from '../verdict';

/**
 * "Copy diagnosis" (Markdown, for a ticket) and "Download diagnosis" (versioned JSON). Both carry
 * fingerprints only, never a secret, and mask every email address unless the user unticks the box.
 */
export function ShareDiagnosis({ report }: { report: Report }) {
  const [maskEmail, setMaskEmail] = useState(true);
  const [status, setStatus] = useState<'' | 'copied' | 'failed'>('');
  const options: DiagnosisOptions = {
    headline: verdictSentence(report),
    verdictLabel: verdictLabel(report),
    checkedLabel: checkedLabel(report),
    finishedText: formatDateTime(report.finishedAt),
    showEmail: !maskEmail,
  };

  async function copy() {
    try {
      await navigator.clipboard.writeText(diagnosisMarkdown(report, options));
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  function download() {
    downloadText(diagnosisFileName(report), `${JSON.stringify(diagnosisJson(report, options), null, 2)}\n`);
  }

  return (
    <div className="run-line share-diagnosis">
      <button type="button" onClick={() => void copy()}>
        Copy diagnosis
      </button>
      <button type="button" onClick={download}>
        Download diagnosis
      </button>
      <label className="checkbox">
        <input type="checkbox" checked={maskEmail} onChange={(e) => setMaskEmail(e.target.checked)} /> Mask email
        addresses
      </label>
      <span role="status" className="copy-status">
        {status === 'copied'
          ? 'Diagnosis copied (Markdown)'
          : status === 'failed'
            ? 'Could not copy: use Download diagnosis'
            : ''}
      </span>
    </div>
  );
}
