// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The dependency direction is enforced here, not by goodwill: the core imports nothing of the app and
 * nothing that needs a DOM, a clock or randomness it does not own.
 */
const coreRestrictions = {
  patterns: [
    { group: ['**/ui/**', '**/store/**', '**/bridge/**', '**/worker/**', '**/cli/**', '**/protocol/**'], message: 'src/core is pure: it imports nothing of the app.' },
    { group: ['react', 'react-dom', 'react/*', '@xyflow/*', 'zustand', 'zustand/*', 'elkjs', 'elkjs/*', '@codemirror/*'], message: 'src/core is pure: no UI or layout libraries.' },
    { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/core runs in a browser worker too: no Node APIs.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use a string literal union or an as-const object, not enum.' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**/*.ts', 'src/store/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/core/**/*.ts', 'src/protocol/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', coreRestrictions],
      'no-restricted-globals': ['error', 'window', 'document', 'setTimeout', 'setInterval', 'requestAnimationFrame', 'performance', 'localStorage', 'fetch'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator in src/core/util/hash.ts.' },
        { object: 'Date', property: 'now', message: 'Time is an input to the core (simulated milliseconds).' },
      ],
      'no-console': 'error',
    },
  },
  {
    // The service worker is compiled on its own (build/service-worker.ts) and runs with no page: it sees the
    // service worker's globals only and imports nothing outside its folder.
    files: ['src/service-worker/**/*.ts'],
    ignores: ['src/service-worker/register.ts', 'src/**/*.test.ts'],
    languageOptions: { globals: { ...globals.serviceworker } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../*', '@/*'], message: 'The service worker imports only its own folder: it is bundled alone into sw.js.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage'],
    },
  },
);
