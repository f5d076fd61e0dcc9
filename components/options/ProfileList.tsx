import { useMemo } from 'react';
import { profileTarget } from '@/lib/profiles/describe';
import { sortProfiles } from '@/lib/profiles/order';
import { latestReport } from '@/lib/store/selectors';
import { checkedLabel, verdictLabel } from '../verdict';
import { formatDateTime, formatTimeCompact } from '../format';
import { useAppStore } from '../store-context';
import { VerdictChip } from '../VerdictChip';
import type { Route } from './hash-route';
import { RouteLink } from './RouteLink';

interface Props {
  currentId: string | undefined;
  navigate: (route: Route) => void;
  onAdd: () => void;
  /** "Check all": every profile, shown in the fleet table. */
  onCheckAll: () => void;
  checkingAll: boolean;
}

/** The saved profiles to choose from, each with its last verdict and when it was checked. */
export function ProfileList({ currentId, navigate, onAdd, onCheckAll, checkingAll }: Props) {
  const stored = useAppStore((s) => s.profiles);
  // Storage already reads them in this order; sorting here keeps the list right whatever fills the store.
  const profiles = useMemo(() => sortProfiles(stored), [stored]);
  const reports = useAppStore((s) => s.reports);
  return (
    <section className="profile-list" aria-labelledby="profile-list-heading">
      <h2 id="profile-list-heading">Saved profiles</h2>
      {/* "Add profile" first: reachable at once, however long the list. */}
      <div className="profile-list-actions">
        <button type="button" onClick={onAdd} data-add-profile="">
          Add profile
        </button>
        {profiles.length > 0 && (
          <button type="button" onClick={onCheckAll} disabled={checkingAll}>
            Check all
          </button>
        )}
      </div>
      {profiles.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <ul>
          {profiles.map((profile) => {
            const report = latestReport({ reports }, profile.id);
            return (
              <li key={profile.id}>
                <RouteLink
                  to={{ view: 'profiles', profileId: profile.id }}
                  navigate={navigate}
                  current={profile.id === currentId}
                  className="profile-link"
                >
                  <span className="profile-name">{profile.name}</span>
                  <span className="profile-host">{profileTarget(profile) || 'no site URL'}</span>
                  {report ? (
                    <span className="profile-verdict">
                      {/* No data-verdict here: that attribute belongs to the report (UI contract). */}
                      <VerdictChip verdict={report.verdict} mark={false} label={verdictLabel(report)} />{' '}
                      {/* Short, so that it stays on the chip's line: the time alone today, else the day too. */}
                      <span className="muted">
                        {checkedLabel(report)}{' '}
                        <time dateTime={report.finishedAt} title={formatDateTime(report.finishedAt)}>
                          {formatTimeCompact(report.finishedAt, new Date().toISOString())}
                        </time>
                      </span>
                    </span>
                  ) : (
                    <span className="muted">Not checked yet</span>
                  )}
                </RouteLink>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
