import { defineConfig } from 'wxt';

/**
 * Data Center servers are not known in advance: each origin is requested at run time from the
 * user's click on "Save profile". Only the optional permission is declared here.
 */
const DATA_CENTER_ORIGINS = ['https://*/*', 'http://*/*'];

/**
 * `wxt build --mode test` (→ .output/chrome-mv3-test) is the same extension with the emulator's
 * Data Center hosts already granted, because headless Chromium cannot answer the permission
 * prompt. It is never shipped.
 */
const TEST_DATA_CENTER_HOSTS = [
  'https://jira.internal.example/*',
  'https://jira-ctx.internal.example/*',
  'https://jira-locked.internal.example/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, mode }) => ({
    name: 'Token Doctor for Atlassian',
    description:
      'Tells you whether an Atlassian credential works and, when it does not, exactly why and what to change.',
    // alarms: the passphrase lock locks again after the idle time the user sets (lib/platform/idle-lock.ts),
    // and the watch checks every profile daily or weekly (lib/platform/fleet-watch.ts).
    permissions: ['storage', 'alarms'],
    // notifications: asked only when the user turns the watch on (Settings → "Check all profiles").
    optional_permissions: ['notifications', ...(browser === 'firefox' ? DATA_CENTER_ORIGINS : [])],
    host_permissions: [
      'https://*.atlassian.net/*',
      'https://api.atlassian.com/*',
      ...(mode === 'test' ? TEST_DATA_CENTER_HOSTS : []),
    ],
    // MV2 (Firefox) has no optional_host_permissions: there, origins go in optional_permissions.
    ...(browser === 'firefox' ? {} : { optional_host_permissions: DATA_CENTER_ORIGINS }),
    action: { default_title: 'Token Doctor' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'token-doctor@token-doctor.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
