import { useId, useRef, useState } from 'react';
import { useRunFocus } from '../focus';
import { activeRunOf, latestReport, runOf } from '@/lib/store/selectors';
import type { Profile } from '@/lib/model/profile';
import { KIND_FORMS } from '@/lib/kinds/forms';
import { ReportView } from '../report/ReportView';
import { RunProgress } from '../report/RunProgress';
import { expiryOf, expiryWords } from '@/lib/fleet/expiry';
import { useAppStore } from '../store-context';

interface Props {
  id: string;
  profile: Profile | undefined;
  dirty: boolean;
  /** True while unsaved changes are being saved before the run. */
  preparing: boolean;
  onRun: () => void;
}

/**
 * "Run diagnosis" and the full report. The diagnosis always checks what is stored, so unsaved
 * changes are saved first, and the note beside the button says so. While a run of this profile
 * goes (from this page or another), the button is unavailable (`aria-disabled`, so it keeps focus
 * and its name) and the report shows what the run is doing, with Cancel. When a run this page
 * started ends, the report is brought into view and focus goes to its verdict.
 */
export function RunSection({ id, profile, dirty, preparing, onRun }: Props) {
  const noteId = useId();
  const stored = useAppStore((s) => s.reports);
  const runs = useAppStore((s) => s.runs);
  const active = useAppStore((s) => activeRunOf(s, 'diagnose', profile?.id));
  const run = runOf({ runs }, id);
  const report = latestReport({ reports: stored }, id);
  const busy = preparing || run.running || active !== undefined;
  const shownRun = busy ? { ...run, running: true, error: undefined, cancelled: undefined } : run;
  const reportRef = useRef<HTMLElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [askedAt, setAskedAt] = useState<number>();

  useRunFocus({
    running: run.running,
    finished: run.finished === true,
    busy,
    result: report,
    resultRef: reportRef,
    headingSelector: '[data-verdict-heading]',
    buttonRef,
  });

  const note = busy
    ? 'A diagnosis of this profile is running: wait for its result below, or cancel it.'
    : !dirty
      ? `Sends read-only requests to ${profile ? KIND_FORMS[profile.kind].checksGoTo : 'Atlassian'} with the saved profile.`
      : profile
        ? 'Saves your changes first, then checks the saved profile.'
        : 'Saves the new profile first, then checks it.';

  return (
    <section className="card" aria-labelledby={`${noteId}-heading`}>
      <h2 id={`${noteId}-heading`}>Diagnosis</h2>
      <div className="run-line">
        <button
          ref={buttonRef}
          type="button"
          className="button-primary"
          aria-describedby={noteId}
          aria-disabled={busy || undefined}
          onClick={() => {
            if (busy) return;
            setAskedAt(Date.now());
            onRun();
          }}
        >
          Run diagnosis
        </button>
        <span id={noteId} className="muted">
          {note}
        </span>
      </div>
      <ReportView
        reportRef={reportRef}
        report={report}
        run={shownRun}
        profileUpdatedAt={profile?.updatedAt}
        expiry={profile && profile.kind !== 'oauth-access-token' ? expiryWords(expiryOf(profile), Date.now()) : ''}
        emptyText="Not checked yet. Run diagnosis to see whether this credential works."
        progress={<RunProgress active={active} askedAt={askedAt} task="diagnose" profileId={profile?.id} />}
      />
    </section>
  );
}
