import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const UNGUARDED = {
  group: ['@/lib/data/*/internal/*', '@/lib/data/*/internal'],
  message: 'Unguarded: pages, components and actions use the aggregate’s guarded functions, which check the acting user.',
};
const SEEDS = { group: ['@/lib/seed/*'], message: 'Seeds are for the demo and the command line; production code uses lib/data.' };
const ROUTES = { group: ['@/app/*', '@/app'], message: 'Import from the aggregate in lib/data/ (its actions.ts), not from a route.' };
const ACTIONS = ['lib/data/*/actions.ts', 'lib/data/*/actions/**'];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // Which module may import which: pages, components, the proxy and server actions reach data only
  // through an aggregate's guarded functions (its internal/ folder and the seeds are for scripts/ and
  // the data layer itself), and nothing imports upward from a route in app/.
  { files: ['app/**', 'proxy.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [UNGUARDED, SEEDS] }] } },
  {
    files: ['components/**', ...ACTIONS],
    rules: { 'no-restricted-imports': ['error', { patterns: [UNGUARDED, SEEDS, ROUTES] }] },
  },
  { files: ['lib/**'], ignores: ACTIONS, rules: { 'no-restricted-imports': ['error', { patterns: [ROUTES] }] } },
  globalIgnores([
    '.next/**',
    '.data/**',
    'node_modules/**',
    'lib/generated/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'test-reports/**',
  ]),
]);
