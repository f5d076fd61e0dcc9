import { useEffect, useRef, useState } from 'react';
import { focusIsLost } from '../focus';
import { expiryWords } from '@/lib/fleet/expiry';
import { fleetMarkdown, STATE_WORDS } from '@/lib/fleet/markdown';
import { isRunning, type FleetRow } from '@/lib/fleet/types';
import { sortByUrgency, urgencyOf } from '@/lib/fleet/urgency';
import { profileTarget } from '@/lib/profiles/describe';
import { CopyButton } from '../CopyButton';
import { formatDateTime } from '../format';
import { useAppStore } from '../store-context';
import { VerdictChip } from '../VerdictChip';
import { verdictLabel } from '../verdict';
import type { Report } from '@/lib/model/report';
import { UnlockForm } from '../vault/UnlockForm';
import type { Route } from './hash-route';
import { RouteLink } from './RouteLink';

/** Re-renders every few seconds while a run is going, so a run whose worker died stops looking busy. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 5_000);
    return () => clearInterval(timer);
  }, [active]);
  return active ? Date.now() : now;
}

function VerdictCell({ row, report }: { row: FleetRow; report: Report | undefined }) {
  // The stored report says more than the row (a warning where nothing succeeded is only "recognised").
  const label = report && report.verdict === row.verdict ? verdictLabel(report) : undefined;
  if (row.state === 'done' && row.verdict) return <VerdictChip verdict={row.verdict} mark={false} label={label} />;
  return <span className={row.verdict ? 'chip chip-unknown' : 'muted'}>{STATE_WORDS[row.state]}</span>;
}

/**
 * Every profile at a glance: "Check all" runs each profile's diagnosis in the background, politely
 * (lib/fleet), and the rows fill in as they finish, most urgent first. The table is `data-fleet`
 * (busy while running); each row `data-fleet-row` with its profile's name, and `data-verdict`
 * once that profile is done.
 */
export function FleetView({ navigate }: { navigate: (route: Route) => void }) {
  const fleet = useAppStore((s) => s.fleet);
  const profiles = useAppStore((s) => s.profiles);
  const reports = useAppStore((s) => s.reports);
  const vault = useAppStore((s) => s.vault);
  const ask = useAppStore((s) => s.fleetAsk);
  const checkAll = useAppStore((s) => s.checkAll);
  const unlocked = vault.unlocked;
  const cancel = useAppStore((s) => s.cancelCheckAll);
  const run = fleet.run;
  const running = ask.asking || isRunning(run, Date.now());
  const now = useNow(running);

  const headingRef = useRef<HTMLHeadingElement>(null);
  // Unlocked after the run asked for it: the run goes on, once, for every profile, and focus
  // (on the unlock form, now gone) goes to the table's heading.
  useEffect(() => {
    if (ask.locked && unlocked && !ask.asking) {
      void checkAll();
      if (focusIsLost()) headingRef.current?.focus();
    }
  }, [ask.locked, ask.asking, unlocked, checkAll]);

  const stored = new Set(profiles.map((p) => p.id));
  const rows = sortByUrgency(
    (run?.rows ?? []).filter((row) => stored.has(row.profileId)),
    now,
  );
  const done = rows.filter((row) => row.state !== 'waiting' && row.state !== 'checking').length;

  return (
    <section className="card fleet" aria-labelledby="fleet-heading">
      <h2 id="fleet-heading" ref={headingRef} tabIndex={-1}>
        All profiles
      </h2>
      <p className="muted">
        “Check all” (beside the list) checks every saved profile, at most two requests at a time per Atlassian host and
        six in all; a host that asks to slow down is left alone for as long as it asks.
      </p>
      <div className="fleet-controls">
        {running && run && (
          <>
            <span role="status">
              {done} of {rows.length} checked
            </span>
            <button type="button" onClick={() => void cancel()}>
              Cancel
            </button>
          </>
        )}
        {running && !run && <span role="status">Starting…</span>}
        {!running && run && (
          <CopyButton
            what="fleet report"
            text={fleetMarkdown({ ...run, rows }, { profiles, reports, targetOf: profileTarget }, now)}
          />
        )}
      </div>
      {ask.locked && !vault.unlocked && (
        <UnlockForm reason="The vault is locked. Unlock it once and every profile is checked." />
      )}
      {ask.error && !ask.locked && <p role="alert">{ask.error}</p>}
      {run && (
        <div data-fleet="" aria-busy={running ? 'true' : 'false'}>
          <p className="muted">
            {run.trigger === 'scheduled' ? 'Scheduled check' : 'Check all'} started {formatDateTime(run.startedAt)}
            {run.cancelled ? ' — cancelled' : ''}
          </p>
          <table className="fleet-table">
            <thead>
              <tr>
                <th scope="col">Profile</th>
                <th scope="col">Verdict</th>
                <th scope="col">Top finding</th>
                <th scope="col">Checked at</th>
                <th scope="col">Expiry</th>
                <th scope="col">Report</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr
                  key={row.profileId}
                  data-fleet-row=""
                  data-profile-name={row.name}
                  data-verdict={row.verdict}
                  data-state={row.state}
                  data-urgency={urgencyOf(row, now)}
                >
                  <th scope="row">{row.name}</th>
                  <td>
                    <VerdictCell row={row} report={reports[row.profileId]} />
                  </td>
                  <td>
                    {row.title ?? ''}
                    {row.note && <span className="fleet-note"> {row.note}</span>}
                  </td>
                  <td>{row.checkedAt ? formatDateTime(row.checkedAt) : ''}</td>
                  <td>{row.expiry ? expiryWords(row.expiry, now) : ''}</td>
                  <td>
                    <RouteLink
                      to={{ view: 'profiles', profileId: row.profileId }}
                      navigate={navigate}
                      label={`Full report of ${row.name}`}
                    >
                      Report
                    </RouteLink>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
