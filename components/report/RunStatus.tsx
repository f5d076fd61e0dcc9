import type { Report } from '@/lib/model/report';
import type { RunState } from '@/lib/store/types';
import { formatDateTime } from '../format';
import { verdictLabel } from '../verdict';

/** Says that a run is going, how the last run of this page ended, or why it could not run. */
export function RunStatus({ run, shown }: { run: RunState; shown: Report | undefined }) {
  let text = '';
  if (run.running) {
    text = shown
      ? `Checking… Until the new result arrives, the result below is the previous one, from ${formatDateTime(shown.finishedAt)}.`
      : 'Checking…';
  } else if (run.finished && shown && !run.error) {
    text = `Check finished: ${verdictLabel(shown)}.`;
  }
  return (
    <>
      <p role="status" className={run.running ? 'run-status running' : 'run-status visually-hidden'}>
        {run.running && <span className="spinner" aria-hidden="true" />}
        {text}
      </p>
      {run.error && !run.running && (
        <p role="alert" className="run-error">
          The diagnosis could not run: {run.error}
        </p>
      )}
    </>
  );
}
