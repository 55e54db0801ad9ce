// The database invariants (issue 12): the migration adds them to a database already holding the
// demo data; rows that broke one before are kept and reported, not changed; new rows must keep
// them; and the demo data keeps every one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '@/lib/db/client';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@/lib/db/embedded-postgres';
import { findViolations } from '@/lib/db/invariants';
import { applyMigrations } from '@/lib/db/migrate';
import { seedDemo } from '@/lib/seed/demo';

const MIGRATION = '20261206215500_database_invariants';
const CHECKS = ['Observation_n_not_negative', 'Plan_cycle_end_after_start', 'ReportingPeriod_due_not_before_end', 'ReportingPeriod_end_not_before_start'];

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** An original target version (effectiveFrom null) for the first measure, by id. */
const ORIGINAL_VERSION = `INSERT INTO "MeasureTargetVersion" ("id", "organizationId", "measureId", "targetKind", "targetAmount", "targetDate")
  SELECT $1, "organizationId", "id", 'VALUE', 50, DATE '2025-06-30' FROM "Measure" ORDER BY "id" LIMIT 1`;

const violationsIn = (url: string) => withClient(url, (client) => findViolations(async (sql) => (await client.query(sql)).rows));

async function constraints(client: pg.Client): Promise<Record<string, boolean>> {
  const { rows } = await client.query<{ name: string; valid: boolean }>(`SELECT conname AS name, convalidated AS valid FROM pg_constraint WHERE conname = ANY($1)`, [CHECKS]);
  return Object.fromEntries(rows.map((r) => [r.name, r.valid]));
}

const hasOneOriginalIndex = async (client: pg.Client) =>
  (await client.query(`SELECT 1 FROM pg_indexes WHERE indexname = 'MeasureTargetVersion_one_original'`)).rowCount === 1;

describe('the database invariants', () => {
  it('hold on the demo data, each validated and enforced', async () => {
    const url = process.env.DATABASE_URL!;
    expect(await violationsIn(url)).toEqual([]);
    await withClient(url, async (client) => {
      expect(await constraints(client)).toEqual(Object.fromEntries(CHECKS.map((c) => [c, true])));
      expect(await hasOneOriginalIndex(client)).toBe(true);
      await expect(client.query(`UPDATE "Observation" SET "n" = -1 WHERE "id" = (SELECT "id" FROM "Observation" LIMIT 1)`)).rejects.toThrow(/Observation_n_not_negative/);
      await expect(client.query(`UPDATE "Plan" SET "cycleEnd" = "cycleStart" WHERE "id" = (SELECT "id" FROM "Plan" LIMIT 1)`)).rejects.toThrow(/Plan_cycle_end_after_start/);
      // One original target version per measure: a second is refused.
      await client.query(ORIGINAL_VERSION, ['first-original']);
      await expect(client.query(ORIGINAL_VERSION, ['second-original'])).rejects.toThrow(/MeasureTargetVersion_one_original/);
      await client.query(`DELETE FROM "MeasureTargetVersion" WHERE "id" = 'first-original'`);
    });
  });

  describe('added to a database whose rows already break them', () => {
    let embedded: EmbeddedPostgres;
    const before = fs.mkdtempSync(path.join(os.tmpdir(), 'northstar-migrations-'));
    const broken: Record<string, string> = {};

    beforeAll(async () => {
      // The history up to the migration before the invariants, and the demo data in it.
      fs.cpSync('prisma/migrations', before, { recursive: true });
      fs.rmSync(path.join(before, MIGRATION), { recursive: true });
      embedded = await startEmbeddedPostgres();
      await applyMigrations(embedded.url, { migrationsDir: before });
      const db = createPrismaClient(embedded.url, 2);
      await seedDemo(db);
      await db.$disconnect();
      await withClient(embedded.url, async (client) => {
        const one = async (sql: string) => {
          const row = (await client.query<{ id: string }>(sql)).rows[0];
          if (!row) throw new Error(`no row: ${sql}`);
          return row.id;
        };
        broken.observation = await one(`UPDATE "Observation" SET "n" = -5 WHERE "id" = (SELECT "id" FROM "Observation" WHERE "n" IS NOT NULL ORDER BY "id" LIMIT 1) RETURNING "id"`);
        broken.plan = await one(`UPDATE "Plan" SET "cycleEnd" = "cycleStart" - interval '1 day' WHERE "slug" = '2025-2028' RETURNING "id"`);
        broken.period = await one(`UPDATE "ReportingPeriod" SET "dueDate" = "endDate" - 1 WHERE "id" = (SELECT "id" FROM "ReportingPeriod" ORDER BY "id" LIMIT 1) RETURNING "id"`);
        await client.query(ORIGINAL_VERSION, ['first-original']);
        broken.measure = (await client.query<{ measureId: string }>(`${ORIGINAL_VERSION} RETURNING "measureId"`, ['second-original'])).rows[0]!.measureId;
        broken.goal = await one(`UPDATE "Goal" SET "organizationId" = (SELECT "id" FROM "Organization" WHERE "slug" = 'smcoe')
          WHERE "id" = (SELECT g."id" FROM "Goal" g JOIN "Organization" o ON o."id" = g."organizationId" WHERE o."slug" = 'lacoe' ORDER BY g."code" LIMIT 1) RETURNING "id"`);
      });
    }, 180_000);

    afterAll(async () => {
      await embedded?.stop();
      fs.rmSync(before, { recursive: true, force: true });
    });

    it('the migration applies, keeps those rows as they were, and db:check lists each one', async () => {
      const { applied } = await applyMigrations(embedded.url);
      expect(applied).toEqual([MIGRATION]);
      await withClient(embedded.url, async (client) => {
        // Kept as they were.
        expect((await client.query(`SELECT "n" FROM "Observation" WHERE "id" = $1`, [broken.observation])).rows[0].n).toBe(-5);
        // Added, but left unvalidated where existing rows break them; the index waits for the duplicate to go.
        expect(await constraints(client)).toEqual({
          Observation_n_not_negative: false,
          Plan_cycle_end_after_start: false,
          ReportingPeriod_due_not_before_end: false,
          ReportingPeriod_end_not_before_start: true,
        });
        expect(await hasOneOriginalIndex(client)).toBe(false);
        // New rows must keep them already.
        await expect(client.query(`UPDATE "Observation" SET "n" = -1 WHERE "id" <> $1 AND "n" IS NOT NULL AND "id" = (SELECT "id" FROM "Observation" WHERE "id" <> $1 AND "n" IS NOT NULL LIMIT 1)`, [broken.observation])).rejects.toThrow(
          /Observation_n_not_negative/,
        );
      });
      const violations = await violationsIn(embedded.url);
      const found = Object.fromEntries(violations.map((v) => [v.invariant.name, v.rows.map((r) => r.id)]));
      expect(found).toMatchObject({
        Observation_n_not_negative: [broken.observation],
        Plan_cycle_end_after_start: [broken.plan],
        ReportingPeriod_due_not_before_end: [broken.period],
        MeasureTargetVersion_one_original: [broken.measure],
        'Goal.organizationId = Plan.organizationId': [broken.goal],
      });
      expect(violations.find((v) => v.invariant.name === 'Observation_n_not_negative')?.rows[0]?.detail).toBe('n = -5');
    });
  });
});
