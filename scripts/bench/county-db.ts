// Builds the county database for `npm run bench:county`: a fresh `<name>_county` next to the
// database in DATABASE_URL, migrated with the project's migrations, the demo seeded through
// Prisma (as `npm start` does), then the county's organizations streamed in with COPY.
import { hashPassword } from '@/lib/auth/passwords';
import pg from 'pg';
import { createPrismaClient } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrate';
import { DEMO_PASSWORD } from '@/lib/seed/demo-data';
import { seedDemo } from '@/lib/seed/demo';
import { copyInto, copyObjects, restoreKeys, setAsideKeys } from './copy';
import { buildCountyStructure, observationRows, OBSERVATION_COLUMNS, type CountyScale, type CountyStructure } from './county-data';
import { recreateDatabase } from '../db/recreate';

export interface Phase {
  name: string;
  seconds: number;
  detail?: string;
}

export interface CountyDatabase {
  url: string;
  structure: CountyStructure;
  phases: Phase[];
  counts: { table: string; rows: number }[];
}

/** `<database>_county` on the server in DATABASE_URL. */
export function countyDatabaseUrl(base: string): string {
  const url = new URL(base);
  url.pathname = `/${decodeURIComponent(url.pathname.slice(1)) || 'northstar'}_county`;
  return url.toString();
}

async function connect(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // A bulk load: no need to wait for each commit's WAL flush; indexes get room to sort.
  await client.query(`SET synchronous_commit = off; SET maintenance_work_mem = '256MB'; SET max_parallel_maintenance_workers = 0`);
  return client;
}

export async function buildCountyDatabase(baseUrl: string, scale: CountyScale, log: (line: string) => void): Promise<CountyDatabase> {
  const url = countyDatabaseUrl(baseUrl);
  const phases: Phase[] = [];
  const phase = async <T>(name: string, fn: () => Promise<T>, detail?: (result: T) => string): Promise<T> => {
    const started = performance.now();
    const result = await fn();
    const seconds = (performance.now() - started) / 1000;
    const entry = { name, seconds, detail: detail?.(result) };
    phases.push(entry);
    log(`  ${name.padEnd(46)} ${seconds.toFixed(1).padStart(6)} s${entry.detail ? `  ${entry.detail}` : ''}`);
    return result;
  };

  log(`Building ${new URL(url).pathname.slice(1)}: ${scale.orgs} organizations × ${scale.goals} goals, and the demo`);
  await phase('recreate the database', () => recreateDatabase(url));
  await phase('migrate (lib/db/migrate.ts)', () => applyMigrations(url), (r) => `${r.applied.length} migrations`);
  await phase('seed the demo (lib/seed/demo.ts, Prisma)', async () => {
    const db = createPrismaClient(url, 2);
    try {
      await seedDemo(db);
    } finally {
      await db.$disconnect();
    }
  });
  // One hash for every county account (the demo's password): they sign in like the demo's.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const structure = await phase('generate the county plans (in memory)', async () => buildCountyStructure(scale, passwordHash), (s) =>
    `${s.tables.reduce((n, t) => n + t.rows.length, 0).toLocaleString('en-US')} rows`,
  );

  const clients = [await connect(url), await connect(url)];
  const [main] = clients as [pg.Client, pg.Client];
  try {
    await phase('COPY structure, accounts and updates', async () => {
      let rows = 0;
      for (const table of structure.tables) rows += await copyObjects(main, table.name, table.rows);
      return rows;
    }, (rows) => `${rows.toLocaleString('en-US')} rows in ${structure.tables.length} tables`);
    const aside = await phase('set aside Observation keys', () => setAsideKeys(main, 'Observation'), (a) => `${a.indexes.length} indexes, ${a.constraints.length} constraints`);
    // Two streams, one per core: the organizations split in halves.
    await phase('COPY observations', async () => {
      const halves = [structure.orgs.filter((o) => o.index % 2 === 0), structure.orgs.filter((o) => o.index % 2 === 1)];
      const counts = await Promise.all(
        halves.map((orgs, k) =>
          copyInto(clients[k]!, 'Observation', OBSERVATION_COLUMNS, (function* () {
            for (const org of orgs) yield* observationRows(org);
          })()),
        ),
      );
      return counts[0]! + counts[1]!;
    }, (rows) => `${rows.toLocaleString('en-US')} rows`);
    await phase('rebuild Observation indexes and keys', () => restoreKeys(clients, aside));
    await phase('VACUUM ANALYZE', () => main.query('VACUUM ANALYZE'));
    const counts = await phase('count rows', async () => {
      const { rows: tables } = await main.query<{ name: string }>(
        `SELECT relname AS name FROM pg_stat_user_tables WHERE relname <> '_prisma_migrations' ORDER BY relname`,
      );
      const counts = [];
      for (const { name } of tables) {
        const { rows } = await main.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${name}"`);
        counts.push({ table: name, rows: Number(rows[0]!.n) });
      }
      return counts.sort((a, b) => b.rows - a.rows);
    });
    const { rows: size } = await main.query<{ size: string }>(`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`);
    log(`  database size ${size[0]!.size}`);
    return { url, structure, phases, counts };
  } finally {
    for (const c of clients) await c.end().catch(() => {});
  }
}
