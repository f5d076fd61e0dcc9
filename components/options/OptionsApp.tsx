import type { AppStore } from '@/lib/store/types';
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
      <main>
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
