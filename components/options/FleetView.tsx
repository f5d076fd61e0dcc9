import { useEffect, useRef, useState } from 'react';
import { focusIsLost } from '../focus';
import { expiryWords, isExpiringSoon, type Expiry } from '@/lib/fleet/expiry';
import { fleetMarkdown, STATE_WORDS } from '@/lib/fleet/markdown';
import { isRunning, type FleetRow } from '@/lib/fleet/types';
import { fleetSummary } from '@/lib/fleet/summary';
import { sortByUrgency, urgencyOf } from '@/lib/fleet/urgency';
import type { Profile } from '@/lib/model/profile';
import { profileTarget } from '@/lib/profiles/describe';
import { CopyButton } from '../CopyButton';
import { formatDateTime, formatTimeCompact } from '../format';
import { useAppStore } from '../store-context';
import { VerdictChip } from '../VerdictChip';
import { verdictLabel } from '../verdict';
import type { Report } from '@/lib/model/report';
import { UnlockForm } from '../vault/UnlockForm';
import type { Route } from './hash-route';
import { RouteLink } from './RouteLink';

/**
 * The time the rows are read at ("expires in 3 days", urgency): read afresh at every render, and
 * re-rendered every few seconds while a run is going (a run whose worker died stops looking busy),
 * every minute otherwise (an expiry said in minutes stays true on a page left open).
 */
function useNow(active: boolean): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), active ? 5_000 : 60_000);
    return () => clearInterval(timer);
  }, [active]);
  return Date.now();
}

function VerdictCell({ row, report }: { row: FleetRow; report: Report | undefined }) {
  // The stored report says more than the row (a warning where nothing succeeded is only "recognised").
  const label = report && report.verdict === row.verdict ? verdictLabel(report) : undefined;
  if (row.state === 'done' && row.verdict) return <VerdictChip verdict={row.verdict} mark={false} label={label} />;
  return <span className={row.verdict ? 'chip chip-unknown' : 'muted'}>{STATE_WORDS[row.state]}</span>;
}

/** Ended or ending within the week stands out; "at most a year from creation" (no date known) stays quiet. */
function expiryClass(expiry: Expiry, now: number): string {
  if (expiry.kind !== 'date') return 'muted';
  if (expiry.at < now) return 'fleet-expiry-past';
  return isExpiringSoon(expiry, now) ? 'fleet-expiry-soon' : '';
}

/** The profile's name (a link to its full report) over its site or server, cut short with the whole host in its title. */
function ProfileCell({
  row,
  profile,
  navigate,
}: {
  row: FleetRow;
  profile: Profile | undefined;
  navigate: (route: Route) => void;
}) {
  const target = profile ? profileTarget(profile) : '';
  return (
    <>
      <RouteLink
        to={{ view: 'profiles', profileId: row.profileId }}
        navigate={navigate}
        label={`Full report of ${row.name}`}
        className="fleet-name"
      >
        {row.name}
      </RouteLink>
      {target && (
        <span className="fleet-host muted" title={target}>
          {target}
        </span>
      )}
    </>
  );
}

function EmptyFleet({ anyProfile }: { anyProfile: boolean }) {
  return (
    <p className="fleet-empty">
      {anyProfile
        ? 'No check has run yet. “Check all”, under Saved profiles, checks every profile and lists the results here.'
        : 'There is no saved profile to check yet: “Add profile” makes one.'}
    </p>
  );
}

/**
 * Every profile at a glance: "Check all" runs each profile's diagnosis in the background, politely
 * (lib/fleet), and the rows fill in as they finish, most urgent first, under one sentence that
 * counts them (lib/fleet/summary). Each row: the name (a link to its full report) over its host,
 * the verdict over the top finding, the expiry, the time checked. The table is `data-fleet`
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
  const byId = new Map(profiles.map((p) => [p.id, p]));
  const summary = fleetSummary(rows, now);
  const done = rows.filter((row) => row.state !== 'waiting' && row.state !== 'checking').length;

  return (
    <section className="card fleet" aria-labelledby="fleet-heading">
      <h2 id="fleet-heading" ref={headingRef} tabIndex={-1}>
        All profiles
      </h2>
      <p className="muted">
        “Check all”, under Saved profiles, checks every saved profile, at most two requests at a time per Atlassian host
        and six in all; a host that asks to slow down is left alone for as long as it asks.
      </p>
      {running && (
        <div className="fleet-controls">
          {run ? (
            <>
              <span role="status">
                {done} of {rows.length} checked
              </span>
              <button type="button" onClick={() => void cancel()}>
                Cancel
              </button>
            </>
          ) : (
            <span role="status">Starting…</span>
          )}
        </div>
      )}
      {ask.locked && !vault.unlocked && (
        <UnlockForm reason="The vault is locked. Unlock it once and every profile is checked." />
      )}
      {ask.error && !ask.locked && <p role="alert">{ask.error}</p>}
      {!run && !running && <EmptyFleet anyProfile={profiles.length > 0} />}
      {run && (
        <div data-fleet="" aria-busy={running ? 'true' : 'false'}>
          <p className="muted">
            {run.trigger === 'scheduled' ? 'Scheduled check' : 'Check all'} started {formatDateTime(run.startedAt)}
            {run.cancelled ? ' — cancelled' : ''}
          </p>
          {!running && rows.length > 0 && (
            <div className="fleet-summary-row">
              {summary && <p className="fleet-summary">{summary}</p>}
              <CopyButton
                what="fleet report"
                text={fleetMarkdown({ ...run, rows }, { profiles, reports, targetOf: profileTarget }, now)}
              />
            </div>
          )}
          {rows.length === 0 ? (
            <p className="fleet-empty">None of the profiles of this check is saved any more.</p>
          ) : (
            <table className="fleet-table">
              <caption>Most urgent first: fails, could not check, expires within a week, with warnings, works.</caption>
              <colgroup>
                <col className="fleet-col-profile" />
                <col />
                <col className="fleet-col-expiry" />
                <col className="fleet-col-checked" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">Profile</th>
                  <th scope="col">Verdict and top finding</th>
                  <th scope="col">Expiry</th>
                  <th scope="col">Checked</th>
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
                    <th scope="row">
                      <ProfileCell row={row} profile={byId.get(row.profileId)} navigate={navigate} />
                    </th>
                    <td>
                      <VerdictCell row={row} report={reports[row.profileId]} />
                      {row.title && <span className="fleet-finding">{row.title}</span>}
                      {row.note && <span className="fleet-note">{row.note}</span>}
                    </td>
                    <td className={row.expiry ? expiryClass(row.expiry, now) : undefined}>
                      {row.expiry ? expiryWords(row.expiry, now) : ''}
                    </td>
                    <td className="fleet-checked">
                      {row.checkedAt && (
                        <time dateTime={row.checkedAt} title={formatDateTime(row.checkedAt)}>
                          {formatTimeCompact(row.checkedAt, run.startedAt)}
                        </time>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
