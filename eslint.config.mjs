import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // The operator's unguarded account tools are for scripts/ only; pages and actions use the guarded data layer.
    files: ['app/**', 'components/**', 'proxy.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib/data/operator', '@/lib/data/invitation-records'],
              message: 'Unguarded: use lib/data/invitations.ts, which checks the acting user.',
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
