import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Token Doctor for Atlassian',
    description:
      'Tells you whether an Atlassian credential works and, when it does not, exactly why and what to change.',
    permissions: ['storage'],
    host_permissions: ['https://*.atlassian.net/*', 'https://api.atlassian.com/*'],
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
