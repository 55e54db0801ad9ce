// Prisma CLI configuration. The app itself never reads this file: at run time the
// client connects through @prisma/adapter-pg (lib/db.ts), and migrations are applied
// by lib/db/migrate.ts so that no native engine download is needed.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgres://localhost:5432/northstar' },
});
