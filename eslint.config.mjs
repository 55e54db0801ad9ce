import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Unguarded data functions (an aggregate's internal/) and the seeds are for scripts/ and the data layer
    // itself; pages, components and the proxy go through the guarded functions.
    files: ['app/**', 'components/**', 'proxy.ts', 'lib/data/*/actions.ts', 'lib/data/*/actions/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib/data/*/internal/*', '@/lib/data/*/internal'],
              message: 'Unguarded: pages, components and actions use the aggregate’s guarded functions, which check the acting user.',
            },
            {
              group: ['@/lib/seed/*'],
              message: 'Seeds are for the demo and the command line; production code uses lib/data.',
            },
          ],
        },
      ],
    },
  },
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
