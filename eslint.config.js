// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const browserApiMessage =
  'lib/ is the pure engine: no browser extension API outside lib/platform, which is the only folder that touches browser APIs.';

/** The import rules of the engine, shared by every lib/ folder (a later block replaces, not merges, a rule). */
const engineImportPaths = [
  { name: 'react', message: 'No React in lib/.' },
  { name: 'react-dom', message: 'No React in lib/.' },
  { name: 'wxt/browser', message: browserApiMessage },
  { name: 'webextension-polyfill', message: browserApiMessage },
];
const enginePatterns = [
  { group: ['**/platform/*', '**/platform'], message: browserApiMessage },
  { group: ['**/store/*', '**/store', 'zustand', 'zustand/*'], message: 'The engine does not know about UI stores.' },
];
const LIB_FOLDERS = [
  'model',
  'atlassian',
  'findings',
  'probe',
  'kinds',
  'diagnose',
  'scopes',
  'requests',
  'report',
  'profiles',
  'vault',
  'messages',
  'services',
  'platform',
  'store',
];
/** folder → the lib folders it may import (besides itself). */
const MAY_IMPORT = {
  model: [],
  atlassian: ['model'],
  // A fix's corrected request is built by the same URL builders as the probe (lib/atlassian/urls).
  findings: ['model', 'atlassian'],
  probe: ['model', 'atlassian'],
};
/**
 * The one exception to MAY_IMPORT: the catalogue merges the kinds' words (`lib/kinds/words`),
 * which are data standing on lib/model and lib/findings (the block `kindWords` below).
 */
const ALSO_MAY_IMPORT = { findings: { kinds: '/words' } };
/** An import of one of these lib folders, relative (`../scopes/x`) or by alias (`@/lib/scopes/x`). */
const folderImport = (folders, except = {}) =>
  `^((\\.\\./)+|@/lib/)(${folders.map((f) => (except[f] ? `${f}(?!${except[f]}$)` : f)).join('|')})(/|$)`;
const layerMessage = (folder, allowed) =>
  `Layers: lib/${folder} may import ${allowed.length ? allowed.map((f) => `lib/${f}`).join(', ') : 'nothing outside itself'}: each folder imports only the folders below it.`;
function layers() {
  const blocks = Object.entries(MAY_IMPORT).map(([folder, allowed]) => {
    const forbidden = LIB_FOLDERS.filter((f) => f !== folder && !allowed.includes(f));
    return {
      files: [`lib/${folder}/**/*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: engineImportPaths,
            patterns: [
              ...enginePatterns,
              {
                regex: folderImport(forbidden, ALSO_MAY_IMPORT[folder]),
                message: layerMessage(folder, allowed),
              },
              {
                group: ['@/components/*', '**/components/*', '**/entrypoints/*'],
                message: 'lib/ never imports the UI.',
              },
            ],
          },
        ],
      },
    };
  });
  const twoEngines = (folder, other) => ({
    files: [`lib/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: engineImportPaths,
          patterns: [
            ...enginePatterns,
            {
              regex: folderImport([other]),
              message: `Layers: lib/${folder} and lib/${other} both stand on lib/probe and never import each other.`,
            },
          ],
        },
      ],
    },
  });
  // A kind's words (and lib/kinds/words, which merges them) are catalogue data: they import only
  // lib/model, lib/findings and other words files, never their kind's engine files, so the
  // catalogue can import them without depending on the engine.
  const kindWords = (files, insideKinds) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: engineImportPaths,
          patterns: [
            ...enginePatterns,
            {
              regex: folderImport(LIB_FOLDERS.filter((f) => f !== 'model' && f !== 'findings')),
              message: "Layers: a kind's words import only lib/model and lib/findings.",
            },
            { regex: insideKinds, message: "Layers: a kind's words import no engine file of a kind, only words." },
            { group: ['@/components/*', '**/components/*', '**/entrypoints/*'], message: 'lib/ never imports the UI.' },
          ],
        },
      ],
    },
  });
  blocks.push(
    // lib/kinds/<kind>/words.ts: `./x` and `../<other kind>/x` are kind files; only `words` may be imported.
    kindWords(['lib/kinds/*/words.ts'], '^\\./(?!words$)|^\\.\\./(?!\\.\\./)(?![\\w-]+/words$)(?!words$)'),
    // lib/kinds/words.ts: `./<kind>/words` only.
    kindWords(['lib/kinds/words.ts'], '^\\./(?![\\w-]+/words$)'),
  );
  blocks.push(twoEngines('diagnose', 'scopes'), twoEngines('scopes', 'diagnose'));
  blocks.push({
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/lib/platform', '**/lib/platform/*'],
              message:
                'Components talk to the extension through lib/store (the one background client), never lib/platform.',
            },
          ],
        },
      ],
    },
  });
  return blocks;
}

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', '.demo/**', '.bench/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        fetch: 'readonly',
        Request: 'readonly',
        Response: 'readonly',
        Headers: 'readonly',
        URL: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        DOMException: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        crypto: 'readonly',
        btoa: 'readonly',
        atob: 'readonly',
        process: 'readonly',
        structuredClone: 'readonly',
        document: 'readonly',
        window: 'readonly',
        navigator: 'readonly',
        Blob: 'readonly',
        performance: 'readonly',
        ReadableStream: 'readonly',
        queueMicrotask: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        Buffer: 'readonly',
        HTMLElement: 'readonly',
        HTMLInputElement: 'readonly',
        HTMLSelectElement: 'readonly',
        HTMLTextAreaElement: 'readonly',
        KeyboardEvent: 'readonly',
        MouseEvent: 'readonly',
        Event: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Type-aware rules that find bugs; the purely stylistic ones of strictTypeChecked are off.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/require-await': 'off',
      // zustand actions and the fake browser's methods are arrow functions or bound; this rule cannot see it.
      '@typescript-eslint/unbound-method': 'off',
      // Off: it fights deliberate runtime guards where the types cannot know better (a test's
      // afterAll after a failed setup, values read back from storage or from another extension page).
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // The emulator rejects like fetch does: with the abort signal's own reason, whatever it is.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowNullish: true },
      ],
    },
  },
  {
    files: ['**/*.tsx', 'components/**', 'entrypoints/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // Text is rendered by React, never as HTML: what Atlassian answers is shown, not run (and
      // the store reviewers' linter may rightly ask why a page sets innerHTML).
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text with React, never HTML.',
        },
        {
          selector: 'AssignmentExpression > MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Render text with React, never HTML.',
        },
      ],
    },
  },
  {
    // The engine stays pure: no React, no extension API, no DOM, so it runs and is tested in plain Node.
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
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'react', message: 'Stores are React-free; hooks live in components/.' }] },
      ],
    },
  },
  // Layers: each folder imports only the folders below it.
  ...layers(),
  {
    // Tests use vitest's asymmetric matchers (typed any), String() on fetch inputs and casts of
    // sockets; product code keeps these rules.
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
    },
  },
  // Config files are plain JavaScript, outside the TypeScript project.
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
