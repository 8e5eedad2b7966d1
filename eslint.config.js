// Layer rules follow VS Code's model: each runtime folder imports only downward.
//   shared/        common: pure TypeScript, no node:, no DOM-only APIs, no electron
//   main/core      node: may import shared/ (never electron, never main/shell)
//   main/host      node: browser-mode transport; may import main/core and shared/
//   main/shell     electron-main: the only place (with preload/) that imports 'electron'
//   renderer/      browser: may import shared/ only; the design system only in renderer/ui
//   central-api/   its own server: never imported by main/core; the entries start it embedded
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeMessage = 'No Node built-ins here: this layer runs in the browser or must stay pure.';
// Bare built-in names ('fs', 'events') must match exactly, or './events' would be caught too.
const nodeBuiltinPaths = builtinModules.map((name) => ({ name, message: nodeMessage }));
const noNode = { group: ['node:*'], message: nodeMessage };
const noElectron = {
  group: ['electron', 'electron/*'],
  message: "'electron' is imported only in main/shell and preload/.",
};
const noUp = (folders) => ({
  group: folders.flatMap((f) => [`**/${f}/**`, `**/${f}`]),
  message: `This layer must not import ${folders.join(', ')} (layers import only downward).`,
});
const noDesignSystem = {
  group: ['@codegouvfr/react-dsfr', '@codegouvfr/react-dsfr/*'],
  message:
    'Only renderer/ui imports the design system (our thin layer, so the theme can be swapped).',
};
// The entries (main/index.ts, main/host/index.ts) start the embedded central API through its one
// public module and hand it to main/core; nothing else in main reaches into the server's code.
const centralApiEntryOnly = {
  regex: '(^|/)central-api(/(?!src/index$)|$)',
  message: "main imports the central API only as '…/central-api/src/index' (the embedded start).",
};
const consoleNotServer = {
  group: ['**/central-api/src/**', '../../src/**', '../../../src/**'],
  message: 'The console reaches the central API over HTTP only, never by importing its code.',
};
const restrict = (...patterns) => ({
  'no-restricted-imports': [
    'error',
    { patterns, paths: patterns.includes(noNode) ? nodeBuiltinPaths : [] },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'central-api/console/dist/**',
      'release/**',
      'node_modules/**',
      'coverage/**',
      'reports/**',
      'test-results/**',
      'shared/api/openapi.d.ts',
    ],
  },
  js.configs.recommended,
  // Rules that read types: a promise nobody awaits loses its error (a refused submission shown as
  // sent), and an async function where a void callback is expected runs unawaited the same way.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        // One program over every TypeScript file (tsconfig.eslint.json): three per-runtime
        // programs type-checked shared/ twice and made the lint a third slower.
        project: ['./tsconfig.eslint.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Contract handlers and Fastify routes are async by contract; one without an await is that
      // shape, not a forgotten await (no-floating-promises catches those).
      '@typescript-eslint/require-await': 'off',
      // Props and store actions are declared with method syntax and passed around unbound by
      // design (React props, zustand actions): every finding was such a callback.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Tests read reply bodies and fake modules as untyped values on purpose, to poke at them.
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(noNode, noElectron, noUp(['main', 'renderer', 'preload', 'central-api'])),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/ui/**'],
    rules: restrict(noNode, noElectron, noUp(['main', 'preload', 'central-api']), noDesignSystem),
  },
  {
    files: ['renderer/ui/**/*.{ts,tsx}'],
    rules: restrict(noNode, noElectron, noUp(['main', 'preload', 'central-api'])),
  },
  {
    files: ['main/core/**/*.ts'],
    rules: restrict(noElectron, noUp(['shell', 'host', 'renderer', 'preload', 'central-api'])),
  },
  {
    files: ['main/host/**/*.ts'],
    rules: restrict(noElectron, noUp(['shell', 'renderer', 'preload']), centralApiEntryOnly),
  },
  {
    files: ['main/index.ts'],
    rules: restrict(noElectron, noUp(['host', 'renderer', 'preload']), centralApiEntryOnly),
  },
  { files: ['main/shell/**/*.ts'], rules: restrict(noUp(['host', 'renderer', 'central-api'])) },
  {
    files: ['preload/**/*.ts'],
    rules: restrict(noNode, noUp(['main', 'renderer', 'central-api'])),
  },
  {
    files: ['central-api/**/*.ts'],
    ignores: ['central-api/console/**'],
    rules: restrict(noElectron, noUp(['main', 'renderer', 'preload'])),
  },
  {
    // The staff console runs in an agency's browser: it talks to the server over HTTP only and
    // never imports its code (central-api/src), Node or the kiosk's layers.
    files: ['central-api/console/**/*.{ts,tsx}'],
    ignores: ['central-api/console/vite.config.ts'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(noNode, noElectron, noUp(['main', 'renderer', 'preload']), consoleNotServer),
    },
  },
);
