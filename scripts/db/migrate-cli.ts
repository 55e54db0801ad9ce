// `npm run db:migrate`: applies prisma/migrations to the database in DATABASE_URL.
import { applyMigrations } from '@/lib/db/migrate';
import { databaseUrl } from '@/lib/env';

applyMigrations(databaseUrl(), { log: console.log })
  .then(({ applied }) => console.log(applied.length ? `Applied ${applied.length} migration(s).` : 'Already up to date.'))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
