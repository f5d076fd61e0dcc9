import { useEffect, useState } from 'react';
import type { ActiveRun, RunTask } from '@/lib/services/active-runs';
import { useAppStore } from '../store-context';

/** Seconds with one decimal: "3.2 s" (progress ticks in tenths; below a second too). */
function seconds(ms: number): string {
  return `${(Math.max(0, ms) / 1000).toFixed(1)} s`;
}

/** The time now, ticking while `on` (the elapsed time is drawn from it, never written anywhere). */
function useNow(on: boolean, everyMs = 200): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!on) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [on, everyMs]);
  return now;
}

interface Props {
  /** The run as the background lists it; absent for the first instants, before it is listed. */
  active: ActiveRun | undefined;
  /** When this page asked for the run (its own clock), used until the background lists it. */
  askedAt?: number;
  /** What runs: its Cancel is "Cancel run" for a diagnosis, "Cancel scope check" for a scope check. */
  task: RunTask;
  profileId: string | undefined;
}

const CANCEL_LABELS: Record<RunTask, string> = { diagnose: 'Cancel run', scopes: 'Cancel scope check' };

/**
 * What a run is doing while it goes: the call in flight (method, path and host: never a header or
 * a secret), the time so far against the run's limit, and a Cancel button that asks the background
 * to abort the run. Not a live region: the
 * seconds tick here, and only the status line above it speaks.
 */
export function RunProgress({ active, askedAt, task, profileId }: Props) {
  const now = useNow(true);
  const cancelRun = useAppStore((s) => s.cancelRun);
  // Pressed, and the background has not answered yet: a second press does nothing.
  const [cancelling, setCancelling] = useState(false);
  const progress = active?.progress;
  const startedAt = progress?.startedAt ?? active?.startedAt ?? askedAt ?? now;
  const waiting = progress?.inFlight ?? [];
  const oldest = waiting[0];
  const counts = progress
    ? progress.maxRequests === undefined
      ? ` · ${progress.answered} of ${progress.sent} call${progress.sent === 1 ? '' : 's'} answered`
      : ` · ${progress.answered} answered, at most ${progress.maxRequests} requests`
    : '';
  return (
    <div className="run-progress" data-run-progress="">
      <p className="run-progress-call">
        {oldest ? (
          <>
            Waiting for <code data-run-call="">{oldest.call}</code>
            {waiting.length > 1 ? ` and ${waiting.length - 1} more` : ''}
            <span className="muted"> (gives up after {seconds(oldest.timeoutMs)})</span>
          </>
        ) : progress ? (
          'Reading the answers…'
        ) : (
          'Starting…'
        )}
      </p>
      <p className="run-progress-time">
        <span>
          <span data-run-elapsed="">{seconds(now - startedAt)}</span>
          {progress ? ` of at most ${seconds(progress.budgetMs)}` : ''}
          {counts}
        </span>
        <button
          type="button"
          className="button-small run-cancel"
          onClick={() => {
            if (cancelling || profileId === undefined) return;
            setCancelling(true);
            void cancelRun(profileId, task).finally(() => setCancelling(false));
          }}
          aria-disabled={cancelling || undefined}
        >
          {CANCEL_LABELS[task]}
        </button>
      </p>
    </div>
  );
}
