// Read replicas (DATABASE_REPLICA_URLS) on a real streaming replica: a primary and a replica
// cluster this test makes with initdb and pg_basebackup on ports of its own. With the replica's
// replay paused, what a signed-in page shows tells which server it read: the dashboard reads
// the replica, a write still lands on the primary, the author's pinned reads and the public
// pages read the primary, and when the replica stops the pages keep working from the primary.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDashboard } from '@/lib/data/dashboard';
import { getScorecardView, invalidatePublicScorecard } from '@/lib/data/scorecard';
import type { Db } from '@/lib/db/client';
import { getDb, readDb } from '@/lib/db';
import { reloadEnv } from '@/lib/env';
import { PgCluster } from '../support/pg-cluster';
import { actorFor } from '../support/fixtures';

// Needs a real PostgreSQL for this file's database (copied into the primary) and the server
// binaries: vitest.config.ts runs it only where both are (tests/support/requirements.ts).
const PORT = 5600 + (process.pid % 200) * 2;

describe('read replicas on a real streaming replica', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'northstar-replica-'));
  const holder = globalThis as unknown as { northstarDb?: Db; northstarReadDb?: Db | null };
  const saved = { url: process.env.DATABASE_URL, db: holder.northstarDb, readDb: holder.northstarReadDb };
  let primary: PgCluster;
  let replica: PgCluster;

  const sql = async (url: string, text: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(text, values)).rows;
    } finally {
      await client.end();
    }
  };
  const goalTitle = async () => (await getDashboard(await actorFor('cabinet@example.org'), {})).goals.find((g) => g.code === 'SO-1')?.title;

  beforeAll(async () => {
    primary = PgCluster.create(path.join(work, 'primary'), PORT);
    await sql(primary.url(), 'CREATE DATABASE northstar');
    // This file's own seeded database, copied (faster than seeding again).
    const copy = spawnSync('bash', ['-o', 'pipefail', '-c', `pg_dump --no-owner --no-privileges "${saved.url}" | psql -q -v ON_ERROR_STOP=1 "${primary.url('northstar')}"`], { encoding: 'utf8' });
    if (copy.status !== 0) throw new Error(`copying the test database failed: ${copy.stderr}`);
    replica = primary.replica(path.join(work, 'replica'), PORT + 1);
    for (let tries = 0; ; tries++) {
      const rows = await sql(replica.url('northstar'), 'SELECT count(*)::int AS n FROM "Goal"').catch(() => [{ n: 0 }]);
      if (rows[0].n > 0) break;
      if (tries > 300) throw new Error('the replica never caught up');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    process.env.DATABASE_URL = primary.url('northstar');
    process.env.DATABASE_REPLICA_URLS = replica.url('northstar');
    reloadEnv();
    holder.northstarDb = undefined;
    holder.northstarReadDb = undefined;
  }, 120_000);

  afterAll(async () => {
    await holder.northstarReadDb?.$disconnect().catch(() => {});
    await holder.northstarDb?.$disconnect().catch(() => {});
    process.env.DATABASE_URL = saved.url;
    delete process.env.DATABASE_REPLICA_URLS;
    reloadEnv();
    holder.northstarDb = saved.db;
    holder.northstarReadDb = saved.readDb;
    replica?.stopQuietly();
    primary?.stopQuietly();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('signed-in pages read the replica; writes, pinned reads and public pages use the primary', async () => {
    expect(await goalTitle()).toBe('Literacy');
    await sql(replica.url('northstar'), 'SELECT pg_wal_replay_pause()');
    // A write through the app lands on the primary (the replica would refuse it: it is read-only).
    await getDb().goal.updateMany({ where: { code: 'SO-1' }, data: { title: 'Literacy, renamed on the primary' } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The replica has not replayed it: the dashboard, reading the replica, shows the old title.
    expect(await goalTitle()).toBe('Literacy');
    // The author of a write reads the primary.
    expect((await (await readDb(true)).goal.findFirst({ where: { code: 'SO-1' } }))?.title).toBe('Literacy, renamed on the primary');
    // The public scorecard reads the primary: a change it is told of is never undone by a lagging replica.
    invalidatePublicScorecard('all');
    const view = await getScorecardView('lacoe', '2022-2025', 'en');
    expect(view.objectives.flatMap((o) => o.goals).find((g) => g.code === 'SO-1')?.title.text).toBe('Literacy, renamed on the primary');
    // Replay resumes: the replica catches up.
    await sql(replica.url('northstar'), 'SELECT pg_wal_replay_resume()');
    await expect.poll(goalTitle, { timeout: 10_000 }).toBe('Literacy, renamed on the primary');
    const [stats] = await sql(replica.url('northstar'), `SELECT xact_commit::int AS commits FROM pg_stat_database WHERE datname = 'northstar'`);
    expect(stats.commits).toBeGreaterThan(0);
  });

  it('keeps working from the primary when the replica stops', async () => {
    await getDb().goal.updateMany({ where: { code: 'SO-1' }, data: { title: 'Literacy' } });
    replica.ctl('stop');
    expect(await goalTitle()).toBe('Literacy');
    // …and keeps doing so without trying the stopped replica on every read.
    expect(await goalTitle()).toBe('Literacy');
  });
});
