import { useEffect, useRef } from 'react';
import type { AppStore } from '@/lib/store/types';
import { focusIsLost } from '../focus';
import { hashOf } from './hash-route';
import { StoreProvider } from '../store-context';
import { CheckRequestView } from './CheckRequestView';
import type { Route } from './hash-route';
import { ProfilesView } from './ProfilesView';
import { RouteLink } from './RouteLink';
import { SettingsView } from './SettingsView';
import { useHashRoute } from './use-hash-route';

const SECTIONS: { label: string; route: Route }[] = [
  { label: 'Profiles', route: { view: 'profiles' } },
  { label: 'Check a request', route: { view: 'check' } },
  { label: 'Settings', route: { view: 'settings' } },
];

function OptionsPage() {
  const [route, navigate] = useHashRoute();
  const mainRef = useRef<HTMLElement>(null);
  const shownHash = useRef(hashOf(route));
  // A move made from inside a view ("Save as profile" opens the new profile; a fleet row's
  // "Report") removes the control that had focus: focus goes to the new view's heading rather
  // than the page body. On load, and when focus is still somewhere, nothing moves.
  useEffect(() => {
    const hash = hashOf(route);
    if (hash === shownHash.current) return;
    shownHash.current = hash;
    if (!focusIsLost()) return;
    const heading = mainRef.current?.querySelector<HTMLElement>('.content h2, h2');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus();
  }, [route]);
  return (
    <div className="options-page">
      <header className="page-head">
        <h1 className="app-name">Token Doctor</h1>
        <nav aria-label="Sections">
          <ul className="tabs">
            {SECTIONS.map((section) => (
              <li key={section.label}>
                <RouteLink to={section.route} navigate={navigate} current={route.view === section.route.view}>
                  {section.label}
                </RouteLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main ref={mainRef}>
        {route.view === 'profiles' && <ProfilesView route={route} navigate={navigate} />}
        {route.view === 'check' && <CheckRequestView />}
        {route.view === 'settings' && <SettingsView />}
      </main>
    </div>
  );
}

export function OptionsApp({ store }: { store: AppStore }) {
  return (
    <StoreProvider store={store}>
      <OptionsPage />
    </StoreProvider>
  );
}
