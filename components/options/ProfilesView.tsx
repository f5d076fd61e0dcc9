import { useCallback, useState } from 'react';
import { chosenProfile } from '@/lib/store/selectors';
import { useAppStore } from '../store-context';
import type { Route } from './hash-route';
import { ProfileEditor } from './ProfileEditor';
import { ProfileList } from './ProfileList';
import { QuarantinedList } from './QuarantinedList';
import { UndoDelete, type DeletedProfile } from '../vault/UndoDelete';
import { ScopesSection } from '../scopes/ScopesSection';
import { FleetView } from './FleetView';
import { isRunning } from '@/lib/fleet/types';

type ProfilesRoute = Extract<Route, { view: 'profiles' }>;

/**
 * The Profiles view: the list on one side, the profile being shown on the other. Which profile
 * is shown comes from the URL (`#profile=<id>`, `#new`), else the popup's selection, else the
 * first one; with no profiles, the form for a new one.
 */
export function ProfilesView({ route, navigate }: { route: ProfilesRoute; navigate: (route: Route) => void }) {
  const status = useAppStore((s) => s.status);
  const loadError = useAppStore((s) => s.loadError);
  const profiles = useAppStore((s) => s.profiles);
  const chosen = useAppStore(chosenProfile);
  const checkAll = useAppStore((s) => s.checkAll);
  const checkingAll = useAppStore((s) => s.fleetAsk.asking || isRunning(s.fleet.run, Date.now()));
  // The id a new profile will be saved under. The form is keyed by it and keeps it once the new
  // profile is saved, so the user's focus and state survive the switch from "new" to "saved";
  // only "Add profile" starts another one.
  const [newId, setNewId] = useState(() => crypto.randomUUID());
  // The last delete, undoable for a few seconds; kept here because the editor it came from is gone.
  const [deleted, setDeleted] = useState<DeletedProfile>();
  const clearDeleted = useCallback(() => setDeleted(undefined), []);

  if (status === 'loading') return <p className="muted">Loading profiles…</p>;
  if (status === 'failed') return <p role="alert">The saved profiles could not be read: {loadError}</p>;

  const shown = route.fleet
    ? undefined
    : route.isNew
      ? profiles.find((p) => p.id === newId)
      : route.profileId !== undefined
        ? profiles.find((p) => p.id === route.profileId)
        : chosen;
  const missing = !route.fleet && !route.isNew && route.profileId !== undefined && !shown;

  function addProfile() {
    setNewId(crypto.randomUUID());
    navigate({ view: 'profiles', isNew: true });
  }

  return (
    <div className="profiles-view">
      <aside className="sidebar">
        <ProfileList
          currentId={shown?.id}
          navigate={navigate}
          onAdd={addProfile}
          checkingAll={checkingAll}
          onCheckAll={() => {
            navigate({ view: 'profiles', fleet: true });
            void checkAll();
          }}
        />
        <QuarantinedList />
      </aside>
      <div className="content">
        {deleted && <UndoDelete deleted={deleted} onDone={clearDeleted} />}
        {route.fleet ? (
          <FleetView navigate={navigate} />
        ) : missing ? (
          <section className="card">
            <h2>Profile not found</h2>
            <p>There is no saved profile with this id: it may have been deleted, here or in another tab.</p>
          </section>
        ) : (
          <ProfileEditor
            key={shown?.id ?? newId}
            id={shown?.id ?? newId}
            profile={shown}
            onCreated={(id) => navigate({ view: 'profiles', profileId: id })}
            onDeleted={(gone) => {
              setDeleted(gone);
              navigate({ view: 'profiles' });
            }}
          />
        )}
        {!route.fleet && !missing && shown && <ScopesSection key={`scopes-${shown.id}`} profile={shown} />}
      </div>
    </div>
  );
}
