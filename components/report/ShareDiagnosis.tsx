import type { Report } from '@/lib/model/report';
import { diagnosisFileName, diagnosisJson, diagnosisMarkdown, type DiagnosisOptions } from '@/lib/report/diagnosis';
import { formatDateTime } from '../format';
import { ShareActions } from '../ShareActions';
import { checkedLabel, verdictLabel, verdictSentence } from '../verdict';

/**
 * "Copy diagnosis" (Markdown, for a ticket) and "Download diagnosis" (versioned JSON). Both carry
 * fingerprints only, never a secret, and mask every email address unless the user unticks the box.
 */
export function ShareDiagnosis({ report }: { report: Report }) {
  const options = (mask: boolean): DiagnosisOptions => ({
    headline: verdictSentence(report),
    verdictLabel: verdictLabel(report),
    checkedLabel: checkedLabel(report),
    finishedText: formatDateTime(report.finishedAt),
    showEmail: !mask,
  });
  return (
    <ShareActions
      what="diagnosis"
      maskLabel="Mask email addresses"
      markdown={(mask) => diagnosisMarkdown(report, options(mask))}
      file={(mask) => ({ name: diagnosisFileName(report), json: diagnosisJson(report, options(mask)) })}
    />
  );
}
