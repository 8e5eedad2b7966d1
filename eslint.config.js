// Layer rules follow VS Code's model: each runtime folder imports only downward.
//   shared/        common: pure TypeScript, no node:, no DOM-only APIs, no electron
//   main/core      node: may import shared/ (never electron, never main/shell)
//   main/host      node: browser-mode transport; may import main/core and shared/
//   main/shell     electron-main: the only place (with preload/) that imports 'electron'
//   renderer/      browser: may import shared/ only
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
      'release/**',
      'node_modules/**',
      'coverage/**',
      'reports/**',
      'test-results/**',
      'shared/api/openapi.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
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
    rules: restrict(noNode, noElectron, noUp(['main', 'preload', 'central-api'])),
  },
  {
    files: ['main/core/**/*.ts'],
    rules: restrict(noElectron, noUp(['shell', 'host', 'renderer', 'preload'])),
  },
  {
    files: ['main/host/**/*.ts'],
    rules: restrict(noElectron, noUp(['shell', 'renderer', 'preload'])),
  },
  { files: ['main/shell/**/*.ts'], rules: restrict(noUp(['host', 'renderer', 'central-api'])) },
  {
    files: ['preload/**/*.ts'],
    rules: restrict(noNode, noUp(['main', 'renderer', 'central-api'])),
  },
  {
    files: ['central-api/**/*.ts'],
    rules: restrict(noElectron, noUp(['main', 'renderer', 'preload'])),
  },
);
