import { browser } from '@/lib/platform/browser';

function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

/** Where the data is kept, said plainly, and the version. */
export function SettingsView() {
  return (
    <section className="card settings">
      <h2>Settings</h2>
      <h3>Where your data is kept</h3>
      <ul>
        <li>
          Profiles, with their API tokens, are kept in this browser&apos;s extension storage (<code>storage.local</code>), on
          this computer only.
        </li>
        <li>
          They are never synced to your other browsers or devices: Token Doctor does not use <code>storage.sync</code>.
        </li>
        <li>
          They are not encrypted yet: anyone who can use this browser profile, or read its files, can read them. Delete a
          profile when you no longer need it.
        </li>
        <li>
          The last report of each profile is kept beside it. Reports show a fingerprint of the token, never the token
          itself.
        </li>
      </ul>
      <h3>About</h3>
      <dl className="facts">
        <dt>Version</dt>
        <dd>{extensionVersion()}</dd>
      </dl>
    </section>
  );
}
