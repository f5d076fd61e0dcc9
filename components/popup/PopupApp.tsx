import { profileTarget } from '@/lib/profiles/describe';
import { useId, useRef, useState, type MouseEvent } from 'react';
import { activeRunOf, chosenProfile, latestReport, runOf } from '@/lib/store/selectors';
import type { AppStore } from '@/lib/store/types';
import { QuickReport } from '../report/QuickReport';
import { StoreProvider, useAppStore } from '../store-context';
import { openOptions, optionsUrl } from '@/lib/store/pages';
import { LockedNotice } from '../vault/LockedNotice';
import { expiryOf, expiryWords } from '@/lib/fleet/expiry';
import { formatDateTime } from '../format';
import { RunProgress } from '../report/RunProgress';
import { useFocusBackAfterRun } from '../focus';

function NoProfiles({ unreadable }: { unreadable: number }) {
  return (
    <div className="empty">
      <p>No profiles yet. Add one with your site URL, email and API token, then test it here.</p>
      {unreadable > 0 && (
        <p className="notice">
          {unreadable === 1 ? 'One saved record' : `${unreadable} saved records`} could not be read; the options page
          shows why.
        </p>
      )}
      <button type="button" className="button-primary" onClick={() => void openOptions('#new')}>
        Add profile
      </button>
    </div>
  );
}

/** Longer names than this are cut by the select at the popup's width: they are written out below it. */
const LONGEST_SHOWN_NAME = 26;

/** When the chosen credential ends, in words. */
function PopupExpiry({ words }: { words: string }) {
  return words ? <p className="muted popup-expiry">Token: {words}</p> : null;
}

/** The quick check: pick a profile, Test, the verdict and the one fix that matters. */
function Popup() {
  const selectId = useId();
  const status = useAppStore((s) => s.status);
  const loadError = useAppStore((s) => s.loadError);
  const profiles = useAppStore((s) => s.profiles);
  const quarantined = useAppStore((s) => s.quarantined);
  const chosen = useAppStore(chosenProfile);
  const reports = useAppStore((s) => s.reports);
  const runs = useAppStore((s) => s.runs);
  const selectProfile = useAppStore((s) => s.selectProfile);
  const runDiagnosis = useAppStore((s) => s.runDiagnosis);
  const skippedLockedAt = useAppStore((s) => s.fleet.skippedLockedAt);
  const activeRuns = useAppStore((s) => s.activeRuns);
  // What the user picked in this popup: shown at once, while the selection is being stored.
  const [picked, setPicked] = useState<string>();
  // When Test was pressed here: the progress counts from it until the background lists the run.
  const [askedAt, setAskedAt] = useState<number>();
  // After Cancel run, whose button goes with the progress: focus goes back to Test, never to the body.
  const testRef = useRef<HTMLButtonElement>(null);
  const current = profiles.find((p) => p.id === picked) ?? chosen;
  // A diagnosis of this profile going (from here or the options page): Test waits, and says so.
  const run = runOf({ runs }, current?.id);
  const active = current && activeRunOf({ activeRuns }, 'diagnose', current.id);
  const busy = current !== undefined && (run.running || active !== undefined);
  useFocusBackAfterRun(busy, testRef);

  if (status === 'loading') return <p className="muted">Loading…</p>;
  if (status === 'failed') return <p role="alert">The saved profiles could not be read: {loadError}</p>;
  if (!current) return <NoProfiles unreadable={quarantined.length} />;
  const profileId = current.id;

  function openFullReport(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    void openOptions(`#profile=${encodeURIComponent(current!.id)}`);
  }
  const target = profileTarget(current);
  const report = latestReport({ reports }, current.id);
  // A name the select cannot show whole is written out above the site it checks.
  const nameCut = current.name.length > LONGEST_SHOWN_NAME;

  return (
    <>
      <div className="popup-controls">
        <label htmlFor={selectId}>Profile</label>
        <select
          id={selectId}
          value={current.id}
          title={target ? `${current.name} — ${target}` : current.name}
          onChange={(e) => {
            setPicked(e.target.value);
            void selectProfile(e.target.value);
          }}
        >
          {profiles.map((p) => (
            // The option's label is the profile name alone: that is how people (and tests) pick it.
            <option key={p.id} value={p.id} title={profileTarget(p)}>
              {p.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button-primary"
          ref={testRef}
          aria-disabled={busy || undefined}
          title={busy ? 'Already running' : undefined}
          onClick={() => {
            if (busy) return;
            setAskedAt(Date.now());
            void runDiagnosis(profileId);
          }}
        >
          Test
        </button>
      </div>
      {(target || nameCut) && (
        <p className="muted popup-site">
          {nameCut && <span className="popup-site-name">{current.name}</span>}
          {target}
        </p>
      )}
      {skippedLockedAt && (
        <p className="notice" data-watch-skipped="">
          The scheduled check of all profiles was skipped {formatDateTime(skippedLockedAt)}: the vault was locked.
        </p>
      )}
      <LockedNotice profileId={current.id} />
      <QuickReport
        report={report}
        run={busy ? { ...run, running: true, error: undefined, cancelled: undefined } : run}
        emptyText="Not checked yet. Press Test to check this credential."
        progress={<RunProgress active={active} askedAt={askedAt} task="diagnose" profileId={profileId} />}
      />
      <div className="popup-foot">
        <PopupExpiry words={expiryWords(expiryOf(current, report), Date.now())} />
        <a href={optionsUrl(`#profile=${encodeURIComponent(current.id)}`)} onClick={openFullReport}>
          Full report
        </a>
      </div>
    </>
  );
}

export function PopupApp({ store }: { store: AppStore }) {
  return (
    <StoreProvider store={store}>
      <div className="popup">
        <header className="popup-head">
          <img className="popup-icon" src="/icon/32.png" alt="" width={20} height={20} />
          <h1 className="app-name">Token Doctor</h1>
        </header>
        <main className="popup-main">
          <Popup />
        </main>
      </div>
    </StoreProvider>
  );
}
