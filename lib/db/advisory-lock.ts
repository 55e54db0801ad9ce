// Runs work while holding a PostgreSQL advisory lock on its own connection, so that several app
// instances starting together on one database take turns (the first seeds, the others then find
// the data there). On PGlite every connection shares one session and the lock excludes nobody,
// but only one process can open an embedded database anyway.
import pg from 'pg';

/** Lock keys, one per kind of start-up work (migrations use their own, in lib/db/migrate.ts). */
export const SEED_LOCK_KEY = 72_707_302;

export async function withAdvisoryLock<T>(connectionString: string, key: number, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString, application_name: 'northstar-start' });
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => {});
    }
  } finally {
    await client.end().catch(() => {});
  }
}
