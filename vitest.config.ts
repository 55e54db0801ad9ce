import path from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';
import { filesToLeaveOut } from './tests/support/requirements';

// Files that need more of the machine than Node (tests/support/requirements.ts).
const leftOut = filesToLeaveOut(
  {
    'tests/integration/public-changes.test.ts': ['a real PostgreSQL (DATABASE_URL)'],
    'tests/integration/read-replicas.test.ts': ['a real PostgreSQL (DATABASE_URL)', 'PostgreSQL server binaries (initdb, pg_ctl, pg_basebackup)'],
  },
  'vitest',
);

const alias = {
  '@': path.resolve(import.meta.dirname),
  // 'server-only' throws outside React Server Components; in tests the data layer runs in plain Node.
  'server-only': path.resolve(import.meta.dirname, 'tests/support/empty-module.ts'),
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...leftOut],
          environment: 'node',
          // The suite runs on the demo accounts; tests of demo-off behaviour switch it off themselves.
          env: { NORTHSTAR_DEMO: '1' },
          globalSetup: ['tests/support/global-setup.ts'],
          setupFiles: ['tests/support/database.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
