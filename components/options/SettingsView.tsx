import { ExportProfiles } from '../vault/ExportProfiles';
import { ImportProfiles } from '../vault/ImportProfiles';
import { VaultSettings } from '../vault/VaultSettings';
import { extensionHomepage, extensionVersion } from '@/lib/store/extension';
import { PrivacyPolicy } from './PrivacyPolicy';
import { useAppStore } from '../store-context';
import { WatchSelect } from './WatchSelect';
import { usePageTitle } from './use-page-title';

/** Where the data is kept, said plainly; the passphrase lock; the version. */
export function SettingsView() {
  const locked = useAppStore((s) => s.vault.enabled);
  usePageTitle('Settings');
  return (
    <section className="card settings">
      <h2>Settings</h2>
      <h3>Where your data is kept</h3>
      <ul>
        <li>
          Profiles, with their tokens, are kept in this browser&apos;s own storage for extensions, on this computer
          only.
        </li>
        <li>They are never synced to your other browsers or devices.</li>
        <li>
          {locked
            ? 'The tokens are encrypted with your passphrase; names, sites and emails are not.'
            : 'The tokens are not encrypted: anyone who can use this browser profile, or read its files, can read them. Turn on the passphrase lock below, and delete a profile when you no longer need it.'}
        </li>
        <li>
          The last report of each profile is kept beside it, cut to a few kilobytes. Reports show a fingerprint of the
          token, never the token itself.
        </li>
      </ul>
      <VaultSettings />
      <h3>Watch</h3>
      <WatchSelect />
      <h3>Export and import</h3>
      <ExportProfiles />
      <ImportProfiles />
      <h3>About</h3>
      <dl className="facts">
        <dt>Version</dt>
        <dd>{extensionVersion()}</dd>
        {extensionHomepage() && (
          <>
            <dt>Home page</dt>
            <dd>
              <a href={extensionHomepage()} target="_blank" rel="noreferrer">
                {extensionHomepage()}
              </a>
            </dd>
          </>
        )}
        <dt>Licence</dt>
        <dd>MIT</dd>
      </dl>
      <PrivacyPolicy />
    </section>
  );
}
