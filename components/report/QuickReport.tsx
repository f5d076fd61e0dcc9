import type { Report } from '@/lib/model/report';
import type { RunState } from '@/lib/store/types';
import { FindingFixView } from './FindingFixView';
import { firstSentence, formatDateTime } from '../format';
import { checkedLabel, verdictLabel, SEVERITY_LABELS, verdictSentence } from '../verdict';
import { VerdictChip } from '../VerdictChip';
import { RunStatus } from './RunStatus';

/** The popup's report: verdict, when it was checked, and the one finding that matters most. */
export function QuickReport({
  report,
  run,
  emptyText,
}: {
  report: Report | undefined;
  run: RunState;
  emptyText: string;
}) {
  const top = report?.findings[0];
  return (
    <section className="report quick" data-report="" aria-busy={run.running} aria-label="Last result">
      <RunStatus run={run} shown={report} />
      {!report && !run.running && !run.error && <p className="muted">{emptyText}</p>}
      {report && (
        <div className={run.running ? 'report-body stale' : 'report-body'}>
          <div className="verdict-line">
            <VerdictChip verdict={report.verdict} mark={!run.running} label={verdictLabel(report)} />
            <p className="verdict-sentence">{verdictSentence(report)}</p>
          </div>
          <p className="muted">
            {checkedLabel(report)} <time dateTime={report.finishedAt}>{formatDateTime(report.finishedAt)}</time>
          </p>
          {top && (
            <div
              className={`finding severity-${top.severity}`}
              data-finding-code={top.code}
              data-severity={top.severity}
            >
              <p className="finding-title">
                <span className={`severity-label severity-label-${top.severity}`}>{SEVERITY_LABELS[top.severity]}</span>{' '}
                {top.title}
              </p>
              <p>{firstSentence(top.explanation)}</p>
              {top.fix && <FindingFixView fix={{ ...top.fix, url: top.fix.curl ? undefined : top.fix.url }} />}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
