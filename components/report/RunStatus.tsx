import type { ReactNode } from 'react';
import type { Report } from '@/lib/model/report';
import type { RunState } from '@/lib/store/types';
import { formatDateTime } from '../format';
import { verdictLabel } from '../verdict';

/**
 * Says that a run is going, how the last run of this page ended, or why it could not run. The
 * status line is a polite live region with few words (it changes when a run starts and ends, not
 * as the seconds pass); what the run is doing, `progress`, is drawn below it, outside the region.
 */
export function RunStatus({
  run,
  shown,
  progress,
}: {
  run: RunState;
  shown: Report | undefined;
  progress?: ReactNode;
}) {
  let text = '';
  if (run.running) {
    text = shown
      ? `Checking… Until the new result arrives, the result below is the previous one, from ${formatDateTime(shown.finishedAt)}.`
      : 'Checking…';
  } else if (run.cancelled) {
    // A cancelled run proves nothing: it stored nothing, and the previous report (if any) stays as it was.
    text = shown
      ? `Cancelled: nothing was stored. The result below is the previous one, from ${formatDateTime(shown.finishedAt)}.`
      : 'Cancelled: nothing was stored; this profile has not been checked yet.';
  } else if (run.finished && shown && !run.error) {
    text = `Check finished: ${verdictLabel(shown)}.`;
  }
  const visible = run.running || run.cancelled === true;
  return (
    <>
      <p
        role="status"
        className={visible ? 'run-status running' : 'run-status visually-hidden'}
        data-run-cancelled={run.cancelled ? '' : undefined}
      >
        {run.running && <span className="spinner" aria-hidden="true" />}
        {text}
      </p>
      {run.running && progress}
      {run.error && !run.running && (
        <p role="alert" className="run-error">
          The diagnosis could not run: {run.error}
        </p>
      )}
    </>
  );
}
