import type { ReactNode } from 'react';
import type { Finding, Report } from '@/lib/model/report';
import type { RunState } from '@/lib/store/types';
import { CodeBlock } from '../CodeBlock';
import { formatDateTime } from '../format';
import { checkedLabel, verdictLabel, SEVERITY_LABELS, verdictSentence } from '../verdict';
import { VerdictChip } from '../VerdictChip';
import { RunStatus } from './RunStatus';

/**
 * The one fix of the top finding, as the popup has room for it: its first step, how many more the
 * full report lists, the corrected request to copy (the curl command, else the URL) and the page
 * to go to.
 */
function TopFix({ fix }: { fix: NonNullable<Finding['fix']> }) {
  const [first, ...rest] = fix.steps;
  const code = fix.curl
    ? { label: 'curl command', what: 'curl command', text: fix.curl }
    : fix.url
      ? { label: 'Corrected URL', what: 'corrected URL', text: fix.url }
      : undefined;
  return (
    <div className="fix">
      {first && (
        <>
          <p className="fix-title">What to do</p>
          <ol className="fix-steps">
            <li>{first}</li>
          </ol>
          {rest.length > 0 && (
            <p className="fix-more">
              {rest.length === 1 ? '1 more step' : `${rest.length} more steps`} in the full report.
            </p>
          )}
        </>
      )}
      {code && <CodeBlock {...code} scrolls />}
      {fix.link && (
        <p className="fix-link">
          <a href={fix.link.href} target="_blank" rel="noopener noreferrer">
            {fix.link.label}
          </a>
        </p>
      )}
    </div>
  );
}

/**
 * The popup's report: verdict, when it was checked, and the one finding that matters most; while a
 * run goes, what it is doing (`progress`, with its Cancel).
 */
export function QuickReport({
  report,
  run,
  emptyText,
  progress,
}: {
  report: Report | undefined;
  run: RunState;
  emptyText: string;
  progress?: ReactNode;
}) {
  const top = report?.findings[0];
  const sentence = report && verdictSentence(report);
  return (
    <section className="report quick" data-report="" aria-busy={run.running} aria-label="Last result">
      <RunStatus run={run} shown={report} progress={progress} />
      {!report && !run.running && !run.error && <p className="muted">{emptyText}</p>}
      {report && (
        <div className={run.running ? 'report-body stale' : 'report-body'}>
          <div className="verdict-line">
            <VerdictChip verdict={report.verdict} mark={!run.running} label={verdictLabel(report)} />
            <p className="muted checked-at">
              {checkedLabel(report)} <time dateTime={report.finishedAt}>{formatDateTime(report.finishedAt)}</time>
            </p>
          </div>
          {/* The top finding's title says it already when both are the same words. */}
          {sentence !== top?.title && <p className="verdict-sentence">{sentence}</p>}
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
              {top.fix && <TopFix fix={top.fix} />}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
