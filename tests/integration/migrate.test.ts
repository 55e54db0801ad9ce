import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres';
import { applyMigrations, readMigrations } from '@/lib/db/migrate';

// A database of its own: these tests start from nothing rather than the seeded copy.
const embedded = await startEmbeddedPostgres();
afterAll(() => embedded.stop());

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: embedded.url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('applying migrations', () => {
  const migrations = readMigrations(path.resolve('prisma/migrations'));

  it('creates the schema and records each migration the way Prisma does', async () => {
    const { applied } = await applyMigrations(embedded.url);
    expect(applied).toEqual(migrations.map((m) => m.name));
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(applied);
    for (const [i, row] of rows.entries()) {
      const sql = fs.readFileSync(path.resolve('prisma/migrations', row.migration_name, 'migration.sql'), 'utf8');
      expect(row.checksum).toBe(crypto.createHash('sha256').update(sql).digest('hex'));
      expect(row.checksum).toBe(migrations[i]!.checksum);
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    const tables = await query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
    expect(tables.map((t) => t.tablename)).toEqual(expect.arrayContaining(['Plan', 'Goal', 'Measure', 'Observation', 'Update', 'AuditEvent']));
  });

  it('applies nothing the second time', async () => {
    expect(await applyMigrations(embedded.url)).toEqual({ applied: [] });
  });

  it('refuses a migration that was edited after it was applied', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'northstar-migrations-'));
    for (const m of migrations) {
      fs.mkdirSync(path.join(dir, m.name));
      fs.writeFileSync(path.join(dir, m.name, 'migration.sql'), `${m.sql}\n-- edited\n`);
    }
    await expect(applyMigrations(embedded.url, { migrationsDir: dir })).rejects.toThrow(/was changed after it was applied/);
  });

  it('rolls back a failing migration and records nothing for it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'northstar-migrations-'));
    for (const m of migrations) {
      fs.mkdirSync(path.join(dir, m.name));
      fs.writeFileSync(path.join(dir, m.name, 'migration.sql'), m.sql);
    }
    fs.mkdirSync(path.join(dir, '99999999999999_broken'));
    fs.writeFileSync(path.join(dir, '99999999999999_broken', 'migration.sql'), 'CREATE TABLE "Half" (id int);\nSELECT * FROM no_such_table;');
    await expect(applyMigrations(embedded.url, { migrationsDir: dir })).rejects.toThrow(/failed and was rolled back/);
    expect(await query("SELECT 1 FROM pg_tables WHERE tablename = 'Half'")).toEqual([]);
    expect(await query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '99999999999999_broken'`)).toEqual([]);
  });
});
