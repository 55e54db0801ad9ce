// lib/db/migrate.ts against a database that starts empty: Prisma-compatible history, idempotence,
// refusal of edited or failed history, rollback of a failing script, and concurrent runners.
// The shared setup hands each file a seeded database, so this file makes empty ones of its own:
// on the PostgreSQL at TEST_PG_ADMIN_URL when set, otherwise in an in-memory PGlite.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres';
import { applyMigrations, checksumMatches, readMigrations } from '@/lib/db/migrate';
import { migrationHistoryStatus } from '@/scripts/db/schema-engine';

const migrationsDir = path.resolve('prisma/migrations');
const schemaFiles = [{ path: path.resolve('prisma/schema.prisma'), content: fs.readFileSync('prisma/schema.prisma', 'utf8') }];
const cleanups: (() => Promise<void>)[] = [];

async function emptyDatabase(): Promise<string> {
  const admin = process.env.TEST_PG_ADMIN_URL;
  if (!admin) {
    const embedded = await startEmbeddedPostgres();
    cleanups.push(embedded.stop);
    return embedded.url;
  }
  const name = `ns_migrate_test_${crypto.randomBytes(4).toString('hex')}`;
  await adminQuery(admin, `CREATE DATABASE "${name}"`);
  cleanups.push(() => adminQuery(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** A copy of the migrations folder to edit, plus optional extra migrations after it. */
function migrationsCopy(edit: (name: string, sql: string) => string = (_, sql) => sql, extra: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'northstar-migrations-'));
  cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  for (const m of readMigrations(migrationsDir)) {
    fs.mkdirSync(path.join(dir, m.name));
    fs.writeFileSync(path.join(dir, m.name, 'migration.sql'), edit(m.name, m.sql));
  }
  for (const [name, sql] of Object.entries(extra)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe('applyMigrations on an empty database', () => {
  const migrations = readMigrations(migrationsDir);
  let url: string;

  beforeAll(async () => {
    url = await emptyDatabase();
  });

  it('creates the schema and records each migration as Prisma does', async () => {
    expect(migrations.length).toBeGreaterThan(0);
    const { applied } = await applyMigrations(url);
    expect(applied).toEqual(migrations.map((m) => m.name));

    const rows = await query<{
      id: string;
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
      logs: string | null;
      applied_steps_count: number;
    }>(url, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
    expect(rows.map((r) => r.migration_name)).toEqual(applied);
    for (const row of rows) {
      const sql = fs.readFileSync(path.join(migrationsDir, row.migration_name, 'migration.sql'), 'utf8');
      expect(row.checksum).toBe(crypto.createHash('sha256').update(sql).digest('hex'));
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }

    const tables = await query<{ tablename: string }>(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
    const models = [...schemaFiles[0]!.content.matchAll(/^model (\w+)/gm)].map((m) => m[1]);
    expect(tables.map((t) => t.tablename).sort()).toEqual([...models, '_prisma_migrations'].sort());
  });

  it('leaves a history that Prisma Migrate itself reads as applied and unedited', async () => {
    expect(await migrationHistoryStatus(url, migrationsDir, schemaFiles)).toEqual({
      editedMigrationNames: [],
      failedMigrationNames: [],
      unappliedMigrationNames: [],
      diagnostic: null,
    });
  });

  it('applies nothing the second time', async () => {
    expect(await applyMigrations(url)).toEqual({ applied: [] });
  });

  it('refuses to run when a recorded checksum differs from the file', async () => {
    const first = migrations[0]!;
    await query(url, 'UPDATE "_prisma_migrations" SET checksum = $1 WHERE migration_name = $2', ['0'.repeat(64), first.name]);
    try {
      await expect(applyMigrations(url)).rejects.toThrow(
        new RegExp(`Refusing to migrate: migration ${first.name} was changed after it was applied`),
      );
    } finally {
      await query(url, 'UPDATE "_prisma_migrations" SET checksum = $1 WHERE migration_name = $2', [first.checksum, first.name]);
    }
  });

  it('refuses an applied migration whose file was edited, but accepts one git gave CRLF line endings', async () => {
    const edited = migrationsCopy((_, sql) => `${sql}\n-- edited\n`);
    await expect(applyMigrations(url, { migrationsDir: edited })).rejects.toThrow(/was changed after it was applied/);
    const crlf = migrationsCopy((_, sql) => sql.replaceAll('\n', '\r\n'));
    expect(await applyMigrations(url, { migrationsDir: crlf })).toEqual({ applied: [] });
  });

  it('rolls back a failing migration and records nothing for it', async () => {
    const dir = migrationsCopy(undefined, {
      '99990101000000_broken': 'CREATE TABLE "Half" (id int);\nSELECT * FROM no_such_table;\n',
    });
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/99990101000000_broken failed and was rolled back/);
    expect(await query(url, "SELECT 1 FROM pg_tables WHERE tablename = 'Half'")).toEqual([]);
    expect(await query(url, `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '99990101000000_broken'`)).toEqual([]);
  });

  it('records a script that committed part of itself before failing, and then refuses to go on', async () => {
    const dir = migrationsCopy(undefined, {
      '99990101000000_partial': 'BEGIN;\nCREATE TABLE "Partial" (id int);\nCOMMIT;\nSELECT * FROM no_such_table;\n',
    });
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/failed after committing part of its changes/);
    const [row] = await query<{ finished_at: Date | null; logs: string | null }>(
      url,
      `SELECT finished_at, logs FROM "_prisma_migrations" WHERE migration_name = '99990101000000_partial'`,
    );
    expect(row?.finished_at).toBeNull();
    expect(row?.logs).toMatch(/no_such_table/);
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(
      /Refusing to migrate: migration 99990101000000_partial started earlier but never finished/,
    );

    // Once marked rolled back (as `prisma migrate resolve --rolled-back` does), a fixed script applies.
    await query(url, 'DROP TABLE "Partial"');
    await query(url, `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '99990101000000_partial'`);
    fs.writeFileSync(path.join(dir, '99990101000000_partial', 'migration.sql'), 'CREATE TABLE "Partial" (id int);\n');
    expect(await applyMigrations(url, { migrationsDir: dir })).toEqual({ applied: ['99990101000000_partial'] });
  });
});

describe('concurrent runners', () => {
  it('apply each migration exactly once, even one that commits part-way as Prisma enum rewrites do', async () => {
    const url = await emptyDatabase();
    const dir = migrationsCopy(undefined, {
      '99990101000000_enum_rewrite': [
        '-- AlterEnum',
        'BEGIN;',
        `CREATE TYPE "Cadence_new" AS ENUM ('QUARTERLY', 'ANNUAL', 'MONTHLY');`,
        'ALTER TABLE "Measure" ALTER COLUMN "cadence" TYPE "Cadence_new" USING ("cadence"::text::"Cadence_new");',
        'ALTER TYPE "Cadence" RENAME TO "Cadence_old";',
        'ALTER TYPE "Cadence_new" RENAME TO "Cadence";',
        'DROP TYPE "Cadence_old";',
        'COMMIT;',
        '',
      ].join('\n'),
    });
    const runs = await Promise.all([1, 2, 3].map(() => applyMigrations(url, { migrationsDir: dir })));
    const names = readMigrations(dir).map((m) => m.name);
    expect(runs.flatMap((r) => r.applied).sort()).toEqual(names);
    const rows = await query<{ migration_name: string; finished_at: Date | null }>(
      url,
      'SELECT migration_name, finished_at FROM "_prisma_migrations"',
    );
    expect(rows.map((r) => r.migration_name).sort()).toEqual(names);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });
});

describe('checksumMatches', () => {
  it("accepts Prisma's unpadded checksums from old engine versions", () => {
    // sha256("hello") has no byte below 0x10; find a script whose digest has one.
    const script = Array.from({ length: 50 }, (_, i) => `SELECT ${i};`).find((s) =>
      crypto.createHash('sha256').update(s).digest().some((byte) => byte < 0x10),
    )!;
    const digest = crypto.createHash('sha256').update(script).digest();
    const unpadded = Array.from(digest, (byte) => byte.toString(16)).join('');
    expect(unpadded.length).toBeLessThan(64);
    expect(checksumMatches(script, unpadded)).toBe(true);
    expect(checksumMatches(script, digest.toString('hex'))).toBe(true);
    expect(checksumMatches(`${script} `, unpadded)).toBe(false);
  });
});
