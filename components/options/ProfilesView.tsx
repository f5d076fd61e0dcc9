import { useCallback, useEffect, useRef, useState } from 'react';
import type { Profile } from '@/lib/model/profile';
import { sortProfiles } from '@/lib/profiles/order';
import { chosenProfile } from '@/lib/store/selectors';
import { useAppStore } from '../store-context';
import { hashOf, type Route } from './hash-route';
import { ProfileEditor } from './ProfileEditor';
import { ProfileList } from './ProfileList';
import { QuarantinedList } from './QuarantinedList';
import { UndoDelete, type DeletedProfile } from '../vault/UndoDelete';
import { ScopesSection } from '../scopes/ScopesSection';
import { FleetView } from './FleetView';
import { isRunning } from '@/lib/fleet/types';
import { usePageTitle } from './use-page-title';

/** The profile after `id` in the listed order (else the one before it): where focus goes once `id` is deleted. */
function nextInList(profiles: readonly Profile[], id: string | undefined): Profile | undefined {
  const listed = sortProfiles(profiles);
  const at = listed.findIndex((p) => p.id === id);
  if (at < 0) return undefined;
  return listed[at + 1] ?? listed[at - 1];
}

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

  const shown = route.fleet
    ? undefined
    : route.isNew
      ? profiles.find((p) => p.id === newId)
      : route.profileId !== undefined
        ? profiles.find((p) => p.id === route.profileId)
        : chosen;
  const shownId = shown?.id;
  const missing = !route.fleet && !route.isNew && route.profileId !== undefined && !shown;

  usePageTitle(
    status !== 'ready'
      ? ''
      : route.fleet
        ? 'All profiles'
        : missing
          ? 'Profile not found'
          : (shown?.name ?? 'New profile'),
    'Profiles',
  );
  // After a delete, focus goes to the profile that took its place in the list, or to "Add
  // profile" when none is left; after Undo, to the restored profile: never to the page body
  // (the focused button is gone).
  const listRef = useRef<HTMLElement>(null);
  const [focusInList, setFocusInList] = useState<{ id: string | undefined }>();
  useEffect(() => {
    if (!focusInList) return;
    const list = listRef.current;
    if (!list) return;
    const href = focusInList.id === undefined ? undefined : hashOf({ view: 'profiles', profileId: focusInList.id });
    const link = [...list.querySelectorAll<HTMLElement>('.profile-list a')].find(
      (a) => a.getAttribute('href') === href,
    );
    // The list follows storage: wait for the render that shows the link.
    if (href !== undefined && !link && profiles.some((p) => p.id === focusInList.id)) return;
    (link ?? list.querySelector<HTMLElement>('[data-add-profile]'))?.focus();
    setFocusInList(undefined);
  }, [focusInList, profiles]);
  const onUndoDone = useCallback(
    (restored: boolean) => {
      const id = deleted?.profile?.id;
      setDeleted(undefined);
      if (restored && id) {
        setFocusInList({ id });
        navigate({ view: 'profiles', profileId: id });
      } else setFocusInList({ id: shownId });
    },
    [deleted, navigate, shownId],
  );

  if (status === 'loading') return <p className="muted">Loading profiles…</p>;
  if (status === 'failed') return <p role="alert">The saved profiles could not be read: {loadError}</p>;

  function addProfile() {
    setNewId(crypto.randomUUID());
    navigate({ view: 'profiles', isNew: true });
  }

  return (
    <div className="profiles-view">
      <aside className="sidebar" ref={listRef}>
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
        {deleted && <UndoDelete deleted={deleted} onDone={clearDeleted} onClosedByUser={onUndoDone} />}
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
              const next = nextInList(profiles, gone.profile?.id ?? shown?.id);
              setFocusInList({ id: next?.id });
              navigate(next ? { view: 'profiles', profileId: next.id } : { view: 'profiles' });
            }}
          />
        )}
        {!route.fleet && !missing && shown && <ScopesSection key={`scopes-${shown.id}`} profile={shown} />}
      </div>
    </div>
  );
}
