// `npm run db:migrate`: applies prisma/migrations to the database in DATABASE_URL.
// Reads only DATABASE_URL, so unrelated settings cannot stop a migration.
import { applyMigrations } from '@/lib/db/migrate';

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is not set. Usage: DATABASE_URL=postgres://user@host:5432/db npm run db:migrate');
    return 2;
  }
  const { applied } = await applyMigrations(url, { log: console.log });
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'No pending migrations.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
