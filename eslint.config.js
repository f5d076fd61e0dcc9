// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const browserApiMessage =
  'lib/ is the pure engine: no browser extension API outside lib/platform (design.md, style.md §1).';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', '.demo/**', '.bench/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: {
        console: 'readonly', fetch: 'readonly', Request: 'readonly', Response: 'readonly', Headers: 'readonly',
        URL: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly', DOMException: 'readonly',
        TextEncoder: 'readonly', TextDecoder: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
        crypto: 'readonly', btoa: 'readonly', atob: 'readonly', process: 'readonly', structuredClone: 'readonly',
        document: 'readonly', window: 'readonly', navigator: 'readonly', Blob: 'readonly', performance: 'readonly',
        ReadableStream: 'readonly', queueMicrotask: 'readonly', setInterval: 'readonly', clearInterval: 'readonly',
        Buffer: 'readonly', HTMLElement: 'readonly', HTMLInputElement: 'readonly', HTMLSelectElement: 'readonly',
        HTMLTextAreaElement: 'readonly', KeyboardEvent: 'readonly', MouseEvent: 'readonly', Event: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.tsx', 'components/**', 'entrypoints/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The engine stays pure: no React, no extension API, no DOM (style.md "A pure engine").
    files: ['lib/**/*.ts'],
    ignores: ['lib/platform/**', 'lib/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'No React in lib/.' },
            { name: 'react-dom', message: 'No React in lib/.' },
            { name: 'wxt/browser', message: browserApiMessage },
            { name: 'webextension-polyfill', message: browserApiMessage },
          ],
          patterns: [
            { group: ['**/platform/*', '**/platform'], message: browserApiMessage },
            { group: ['**/store/*', 'zustand', 'zustand/*'], message: 'The engine does not know about UI stores.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: browserApiMessage },
        { name: 'browser', message: browserApiMessage },
        { name: 'document', message: 'No DOM in lib/.' },
        { name: 'window', message: 'No DOM in lib/.' },
        { name: 'localStorage', message: 'Storage goes through lib/platform.' },
      ],
    },
  },
  {
    // Stores may use zustand and lib/platform, but not React.
    files: ['lib/store/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'react', message: 'Stores are React-free; hooks live in components/.' }] }],
    },
  },
);
