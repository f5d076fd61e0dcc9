import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';

const packageJson = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  homepage: string;
};

/** The oldest Chromium major the browser tests cover (`npm test` runs Debian's chromium). */
const MINIMUM_CHROME_VERSION = '156';

/**
 * Data Center servers are not known in advance: each origin is requested at run time from the
 * user's click on "Save profile". Only the optional permission is declared here.
 */
const DATA_CENTER_ORIGINS = ['https://*/*', 'http://*/*'];

/**
 * Atlassian Government Cloud sites and gateway: not granted at install (most users never need
 * them); requested on "Save profile" like a Data Center origin, and named here so that the
 * manifest says which Atlassian hosts may be asked for.
 */
const GOVERNMENT_CLOUD_ORIGINS = ['https://*.atlassian-us-gov-mod.net/*', 'https://api.atlassian-us-gov-mod.com/*'];

/**
 * `wxt build --mode test` (→ .output/chrome-mv3-test; with `-b firefox` → .output/firefox-mv2-test,
 * which the Firefox smoke suite installs) is the same extension with the emulator's
 * Data Center hosts and the Government Cloud hosts already granted, because headless Chromium cannot answer the permission
 * prompt. It is never shipped.
 */
const TEST_DATA_CENTER_HOSTS = [
  'https://jira.internal.example/*',
  'https://jira-ctx.internal.example/*',
  'https://jira-locked.internal.example/*',
  'https://confluence.internal.example/*',
  'https://jira-busy.internal.example/*',
  // A Cloud site's custom domain and legacy *.jira.com name (emulator/custom-domain-scenario.ts).
  'https://jira.globex.example/*',
  'https://globex.jira.com/*',
];

export default defineConfig({
  // The browser's own promise-based API, without webextension-polyfill (lib/platform/browser.ts says why).
  modules: ['@wxt-dev/module-react'],
  // No modulepreload polyfill or preload helper: extension pages load their chunks from disk, and
  // every page, the popup first, would carry the helper's code for nothing.
  vite: () => ({ build: { modulePreload: false } }),
  manifest: ({ browser, mode }) => ({
    // Name and summary come from public/_locales/en/messages.json (the stores read them there).
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    homepage_url: packageJson.homepage,
    // The oldest Chromium the browser tests run (Debian's chromium); raise it with them.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: MINIMUM_CHROME_VERSION }),
    // alarms: the passphrase lock locks again after the idle time the user sets (lib/platform/idle-lock.ts),
    // and the watch checks every profile daily or weekly (lib/platform/fleet-watch.ts).
    permissions: ['storage', 'alarms'],
    host_permissions: [
      'https://*.atlassian.net/*',
      'https://api.atlassian.com/*',
      // Bitbucket Cloud's REST API: one fixed host, known in advance, so no prompt (README: Bitbucket).
      'https://api.bitbucket.org/*',
      ...(mode === 'test' ? [...TEST_DATA_CENTER_HOSTS, ...GOVERNMENT_CLOUD_ORIGINS] : []),
    ],
    // MV2 (Firefox) has no optional_host_permissions: there, origins go in optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: ['notifications', ...GOVERNMENT_CLOUD_ORIGINS, ...DATA_CENTER_ORIGINS] }
      : {
          // notifications: asked only when the user turns the watch on (Settings → "Check all profiles").
          optional_permissions: ['notifications'],
          optional_host_permissions: [...GOVERNMENT_CLOUD_ORIGINS, ...DATA_CENTER_ORIGINS],
        }),
    action: { default_title: '__MSG_extShortName__' },
    // Popup: a keyboard shortcut opens it (MV3 names the command _execute_action, MV2 Firefox
    // _execute_browser_action); users can change it in the browser's shortcut settings. Firefox's
    // toolbar placement (default_area) is set in entrypoints/popup/index.html, where WXT reads it.
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+T', mac: 'Alt+Shift+T' },
        description: 'Open Token Doctor',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'token-doctor@token-doctor.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android: below 142, AMO's linter (web-ext lint) warns that manifest keys
            // used here are not supported (KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
