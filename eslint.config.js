import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Import directions of DESIGN.md, enforced: surfaces → hosts/store/auth → domain; domain imports nothing.
const adapters = [
  '**/store/local/**',
  '**/store/graph/**',
  '**/hosts/outlook/**',
  '**/hosts/teams/**',
  '**/hosts/browser/**',
];
const sdks = ['@azure/msal-browser', '@microsoft/teams-js', '@microsoft/microsoft-graph-client', 'idb'];

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist', 'dist-package', 'build-report', 'node_modules', 'coverage', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: restrict(
      [
        '**/store/**',
        '**/hosts/**',
        '**/auth/**',
        '**/ui/**',
        '**/surfaces/**',
        '**/app/**',
        'react',
        'react-dom',
        '@fluentui/*',
        ...sdks,
        'windows-iana',
      ],
      'src/domain is pure: no I/O, no UI, nothing else of ours.',
    ),
  },
  {
    files: ['src/store/**'],
    rules: restrict(
      [
        '**/hosts/**',
        '**/auth/**',
        '**/ui/**',
        '**/surfaces/**',
        '**/app/**',
        'react',
        'react-dom',
        '@fluentui/*',
        '@azure/msal-browser',
        '@microsoft/teams-js',
      ],
      'A store knows the domain and its own library only; auth comes in as a TokenProvider.',
    ),
  },
  {
    files: ['src/auth/**', 'src/hosts/**'],
    rules: restrict(
      ['**/store/**', '**/ui/**', '**/surfaces/**', '**/app/**', 'react', 'react-dom', '@fluentui/*'],
      'auth and hosts import no other src folder except domain types.',
    ),
  },
  {
    files: ['src/ui/**', 'src/surfaces/**'],
    rules: restrict(
      [...adapters, '**/auth/**', '**/app/**', ...sdks, 'office-js'],
      'Surfaces get the store and host through props/context from app/, never an adapter or SDK.',
    ),
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['scripts/**', 'tests/e2e/**', 'bench/**', '*.config.*'],
    rules: { 'no-console': 'off' },
  },
);
