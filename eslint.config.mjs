import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

// Layers import downward only: app/ → components/ → lib/ → db/ (docs/architecture.md#layers).
// Server actions live in lib/actions/, so a component imports them from there, never from app/.
const upward = (layer, why) => [
  { group: [`@/${layer}`, `@/${layer}/**`], message: why },
  { regex: `^(\\.\\./)+${layer}(/|$)`, message: why },
];
const layerRule = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns: patterns.flat() }] });
const noApp = upward('app', 'app/ holds routes only; import from lib/ (server actions live in lib/actions/).');
const noComponents = upward('components', 'lib/ and db/ must not depend on React components.');
const tests = ['**/*.test.ts', '**/*.test.tsx'];

const config = [
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.next-*/**',
      'public/uploads/**',
      'test-results*/**',
      '.data/**',
      'db/migrations/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
    },
  },
  { files: ['components/**'], ignores: tests, rules: layerRule(noApp) },
  {
    files: ['lib/**', 'inngest/**'],
    ignores: tests,
    rules: layerRule(noApp, noComponents, {
      group: ['@/inngest/functions', '@/inngest/functions/**'],
      message: 'Inngest functions are a door onto lib/, not something lib/ calls.',
    }),
  },
  {
    // The seed is a script over the services; the schema and the client know tables and env only.
    files: ['db/**'],
    ignores: ['db/seed/**', ...tests],
    rules: layerRule(noApp, noComponents, {
      group: ['@/lib/**', '!@/lib/env'],
      message: 'db/ knows tables: it may read lib/env.ts and nothing else of lib/.',
    }),
  },
];

export default config;
