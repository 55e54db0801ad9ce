// Applies prisma/migrations to a PostgreSQL database without Prisma's native schema engine,
// keeping the history in Prisma's own _prisma_migrations table (same columns, same checksums,
// same lock) so that `prisma migrate deploy` run later sees every migration as applied.
// Plain module: used by the start script, the db scripts and the tests, never by the browser.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export interface ApplyMigrationsOptions {
  /** Defaults to prisma/migrations under the current working directory. */
  migrationsDir?: string;
  log?: (message: string) => void;
}

export interface MigrationFile {
  /** The folder name, e.g. 20261122134500_init. */
  name: string;
  sql: string;
  /** sha256 of the script, lowercase hex, as Prisma records it. */
  checksum: string;
}

interface MigrationRow {
  id: string;
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

// Prisma Migrate's own advisory lock key, so this runner and `prisma migrate deploy` also
// exclude each other.
const ADVISORY_LOCK_KEY = 72_707_369;
const LOCK_WAIT = '10min';

// Prisma's definition of the table, column for column.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

function sha256(script: string): Buffer {
  return crypto.createHash('sha256').update(script, 'utf8').digest();
}

export function migrationChecksum(script: string): string {
  return sha256(script).toString('hex');
}

/**
 * Prisma's comparison: a script matches whatever line endings git gave it, and rows written by
 * old Prisma versions hold hex without zero padding (prisma-engines#1887).
 */
export function checksumMatches(script: string, recorded: string): boolean {
  const variants = [script, script.replaceAll('\r\n', '\n'), script.replaceAll('\n', '\r\n')];
  const legacy = recorded.length !== 64;
  return variants.some((variant) => {
    const digest = sha256(variant);
    const rendered = legacy ? Array.from(digest, (byte) => byte.toString(16)).join('') : digest.toString('hex');
    return rendered === recorded;
  });
}

/** The names of the migration folders, in the order Prisma applies them (by name). */
export function migrationFolderNames(migrationsDir: string): string[] {
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Every migration folder, in the order Prisma applies them (by folder name). */
export function readMigrations(migrationsDir: string): MigrationFile[] {
  if (!fs.existsSync(migrationsDir)) return [];
  const lockFile = path.join(migrationsDir, 'migration_lock.toml');
  if (fs.existsSync(lockFile)) {
    const provider = /^\s*provider\s*=\s*"([^"]*)"/m.exec(fs.readFileSync(lockFile, 'utf8'))?.[1];
    if (provider && provider !== 'postgresql') {
      throw new Error(`${lockFile} is for provider "${provider}"; these migrations are not for PostgreSQL.`);
    }
  }
  return migrationFolderNames(migrationsDir).map((name) => {
    const file = path.join(migrationsDir, name, 'migration.sql');
    // Prisma refuses a migration folder without its script rather than skipping it.
    if (!fs.existsSync(file)) throw new Error(`Migration folder ${name} has no migration.sql (${file}).`);
    const sql = fs.readFileSync(file, 'utf8');
    return { name, sql, checksum: migrationChecksum(sql) };
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function acquireLock(client: pg.Client, log: (message: string) => void) {
  // Outside a transaction only simple (unparameterised) queries are sent: PGlite's socket server
  // schedules connections message by message there, and a parameterised query spans several.
  const { rows } = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(${ADVISORY_LOCK_KEY}) AS locked`);
  if (rows[0]?.locked) return;
  log('Another migration run holds the migration lock; waiting for it to finish');
  // lock_timeout bounds advisory-lock waits too, so a leaked lock fails loudly instead of hanging.
  await client.query(`SET lock_timeout = '${LOCK_WAIT}'`);
  try {
    await client.query(`SELECT pg_advisory_lock(${ADVISORY_LOCK_KEY})`);
  } catch (error) {
    if ((error as { code?: string }).code !== '55P03') throw error;
    throw new Error(
      `Timed out after ${LOCK_WAIT} waiting for the migration lock (pg_advisory_lock(${ADVISORY_LOCK_KEY})). ` +
        'Another migration run, or a connection it leaked, still holds it.',
    );
  } finally {
    await client.query('RESET lock_timeout').catch(() => {});
  }
}

function assertHistoryUsable(rows: MigrationRow[], migrations: MigrationFile[]) {
  const failed = rows.filter((r) => r.finished_at === null && r.rolled_back_at === null);
  if (failed.length > 0) {
    const names = failed.map((r) => r.migration_name).join(', ');
    throw new Error(
      `Refusing to migrate: migration ${names} started earlier but never finished (finished_at is null in _prisma_migrations). ` +
        'Repair the database by hand, then set rolled_back_at on that row (or run `prisma migrate resolve --rolled-back`).',
    );
  }
  const files = new Map(migrations.map((m) => [m.name, m]));
  for (const row of rows) {
    const file = files.get(row.migration_name);
    if (row.rolled_back_at !== null || !file) continue;
    if (!checksumMatches(file.sql, row.checksum)) {
      throw new Error(
        `Refusing to migrate: migration ${row.migration_name} was changed after it was applied ` +
          `(recorded checksum ${row.checksum}, file now ${file.checksum}). ` +
          'Never edit an applied migration: restore it and add a new migration instead.',
      );
    }
  }
}

/**
 * Applies every migration not yet recorded as applied, each in its own transaction, and returns
 * their names. Throws, changing nothing further, on an edited or failed migration in the history.
 */
export async function applyMigrations(
  connectionString: string,
  options: ApplyMigrationsOptions = {},
): Promise<{ applied: string[] }> {
  const migrationsDir = options.migrationsDir ?? path.resolve(process.cwd(), 'prisma/migrations');
  const log = options.log ?? (() => {});
  const migrations = readMigrations(migrationsDir);
  const applied: string[] = [];

  const client = new pg.Client({ connectionString });
  // Without a listener a dropped connection would crash the process instead of failing the query.
  client.on('error', (error) => log(`Migration connection error: ${error.message}`));
  await client.connect();
  let locked = false;
  try {
    await acquireLock(client, log);
    locked = true;
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<MigrationRow>(
      'SELECT id, migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
    );
    assertHistoryUsable(rows, migrations);
    const done = new Set(rows.filter((r) => r.rolled_back_at === null).map((r) => r.migration_name));

    for (const migration of migrations) {
      if (done.has(migration.name)) continue;
      if (await applyOne(client, migration, log)) applied.push(migration.name);
    }
  } finally {
    if (locked) await client.query(`SELECT pg_advisory_unlock(${ADVISORY_LOCK_KEY})`).catch(() => {});
    await client.end().catch(() => {});
  }
  return { applied };
}

/** Returns false when another runner applied the migration first. */
async function applyOne(client: pg.Client, migration: MigrationFile, log: (message: string) => void): Promise<boolean> {
  await client.query('BEGIN');
  let recorded: MigrationRow[];
  try {
    // Checked again inside the transaction: on PGlite every connection shares one session, so
    // the advisory lock never excludes anyone there, but transactions do run one at a time.
    recorded = (
      await client.query<MigrationRow>(
        'SELECT id, migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE migration_name = $1 AND rolled_back_at IS NULL',
        [migration.name],
      )
    ).rows;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
  if (recorded.length > 0) {
    await client.query('ROLLBACK');
    assertHistoryUsable(recorded, [migration]);
    return false;
  }

  log(`Applying migration ${migration.name}`);
  const id = crypto.randomUUID();
  // Sent with the script as one message so that, should the script COMMIT part-way (Prisma
  // writes BEGIN/COMMIT around enum rewrites), no other PGlite connection can run before the
  // row is finished. The id is a UUID we made, safe to inline.
  const finish = `UPDATE "_prisma_migrations" SET applied_steps_count = applied_steps_count + 1, finished_at = now() WHERE id = '${id}'`;
  try {
    await client.query(
      'INSERT INTO "_prisma_migrations" (id, checksum, started_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 0)',
      [id, migration.checksum, migration.name],
    );
    await client.query(`${migration.sql}\n;\n${finish};`);
    await client.query('COMMIT');
    return true;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    // A script with its own COMMIT ended our transaction early, so part of it stays applied
    // and the row proves it. Record the error there as Prisma would: the next run then refuses
    // until someone repairs the database.
    const stillRecorded = await client
      .query(`UPDATE "_prisma_migrations" SET logs = ${client.escapeLiteral(messageOf(error))} WHERE id = '${id}' AND finished_at IS NULL`)
      .then((result) => (result.rowCount ?? 0) > 0)
      .catch(() => false);
    if (stillRecorded) {
      throw new Error(
        `Migration ${migration.name} failed after committing part of its changes: ${messageOf(error)}. ` +
          'It is recorded as failed in _prisma_migrations; repair the database by hand before migrating again.',
      );
    }
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${messageOf(error)}`);
  }
}
