import { useId } from 'react';
import { latestReport, runOf } from '@/lib/store/selectors';
import type { Profile } from '@/lib/model/profile';
import { KIND_FORMS } from '@/lib/kinds/forms';
import { ReportView } from '../report/ReportView';
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
 * changes are saved first, and the note beside the button says so.
 */
export function RunSection({ id, profile, dirty, preparing, onRun }: Props) {
  const noteId = useId();
  const stored = useAppStore((s) => s.reports);
  const runs = useAppStore((s) => s.runs);
  const run = runOf({ runs }, id);
  const report = latestReport({ reports: stored }, id);
  const shownRun = preparing ? { ...run, running: true, error: undefined } : run;

  const note = !dirty
    ? `Sends read-only requests to ${profile ? KIND_FORMS[profile.kind].checksGoTo : 'Atlassian'} with the saved profile.`
    : profile
      ? 'Saves your changes first, then checks the saved profile.'
      : 'Saves the new profile first, then checks it.';

  return (
    <section className="card" aria-labelledby={`${noteId}-heading`}>
      <h2 id={`${noteId}-heading`}>Diagnosis</h2>
      <div className="run-line">
        <button type="button" className="button-primary" aria-describedby={noteId} onClick={onRun}>
          Run diagnosis
        </button>
        <span id={noteId} className="muted">
          {note}
        </span>
      </div>
      <ReportView
        report={report}
        run={shownRun}
        profileUpdatedAt={profile?.updatedAt}
        expiry={profile && profile.kind !== 'oauth-access-token' ? expiryWords(expiryOf(profile), Date.now()) : ''}
        emptyText="Not checked yet. Run diagnosis to see whether this credential works."
      />
    </section>
  );
}
