// Public changes reach every process through PostgreSQL: publicTransaction() notifies inside the
// writing transaction, the listener drops what the change touched. Other processes are stood in
// for by plain connections of this test (a writer that is not this process's data layer, and a
// second listener); tests/e2e/instances.spec.ts runs two real app instances behind nginx.
// LISTEN needs a real PostgreSQL: the embedded one (PGlite over a socket) does not deliver
// notifications, and needs none (one app process, and the command line cannot run beside it), so
// vitest.config.ts runs this file only with DATABASE_URL (tests/support/requirements.ts).
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setPlanPublished } from '@/lib/data/plan/status';
import { invalidatePublicScorecard, publicCachesUsable, publicTransaction, PUBLIC_CHANNEL } from '@/lib/data/public-cache';
import { startPublicChangeListener, type PublicChangeListener } from '@/lib/data/public-changes';
import { getScorecardView, listPublishedScorecards } from '@/lib/data/scorecard';
import { getDb } from '@/lib/db';
import { actorFor } from '../support/fixtures';


async function until(check: () => boolean | Promise<boolean>, ms = 2_000): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Date.now() - started;
}

describe('public changes across processes (real PostgreSQL)', () => {
  let listener: PublicChangeListener;
  let observer: pg.Client;
  const heard: string[] = [];

  beforeAll(async () => {
    listener = startPublicChangeListener(process.env.DATABASE_URL!, () => {});
    await listener.ready;
    observer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await observer.connect();
    observer.on('notification', (n) => heard.push(n.payload ?? ''));
    await observer.query(`LISTEN ${PUBLIC_CHANNEL}`);
  });
  afterAll(async () => {
    await observer.end();
    await listener.stop();
  });
  beforeEach(() => {
    heard.length = 0;
    invalidatePublicScorecard('all');
  });

  /** The plan's name as the public sees it (from the cache when it has one). */
  async function planNameSeen(): Promise<string> {
    return (await getScorecardView('lacoe', '2022-2025', 'en')).plan.name.text;
  }

  it('a change committed by another process is seen here within a second, and not before its commit', async () => {
    expect(await planNameSeen()).toBe('Strategic Plan 2022–2025');
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      const { rows } = await other.query<{ id: string; organizationId: string }>(`SELECT "id", "organizationId" FROM "Plan" WHERE "slug" = '2022-2025'`);
      const plan = rows[0]!;
      await other.query('BEGIN');
      await other.query(`UPDATE "Plan" SET "name" = 'Strategic Plan, renamed elsewhere' WHERE "id" = $1`, [plan.id]);
      await other.query(`SELECT pg_notify($1, json_build_object('organizationId', $2::text, 'orgSlug', 'lacoe', 'planId', $3::text)::text)`, [
        PUBLIC_CHANNEL,
        plan.organizationId,
        plan.id,
      ]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      // Not committed: nothing was heard, and the cached page still shows the committed name.
      expect(await planNameSeen()).toBe('Strategic Plan 2022–2025');
      await other.query('COMMIT');
      const ms = await until(async () => (await planNameSeen()) === 'Strategic Plan, renamed elsewhere', 1_000);
      expect(ms).toBeLessThan(1_000);
      await other.query(`UPDATE "Plan" SET "name" = 'Strategic Plan 2022–2025' WHERE "id" = $1`, [plan.id]);
    } finally {
      await other.end();
    }
  });

  it('publicTransaction announces the organization and plan once it commits, and nothing when it rolls back', async () => {
    const admin = await actorFor('admin@example.org');
    const plan = await getDb().plan.findFirstOrThrow({ where: { slug: '2022-2025', organizationId: admin.organizationId } });
    await expect(
      publicTransaction(
        async (tx) => {
          await tx.plan.update({ where: { id: plan.id }, data: { name: 'never committed' } });
          throw new Error('refused');
        },
        { planId: plan.id },
      ),
    ).rejects.toThrow('refused');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard).toEqual([]);

    await setPlanPublished(admin, { planId: plan.id, published: false, confirm: true });
    await until(() => heard.length === 1);
    expect(JSON.parse(heard[0]!)).toEqual({ organizationId: admin.organizationId, orgSlug: 'lacoe', planId: null });
    // This process forgot the plan at once: the list no longer names it.
    expect((await listPublishedScorecards()).some((p) => p.slug === '2022-2025' && p.organization.slug === 'lacoe')).toBe(false);
    await setPlanPublished(admin, { planId: plan.id, published: true, confirm: true });
  });

  it('a lost listener connection turns the caches off until it is back, then starts from nothing', async () => {
    expect(publicCachesUsable()).toBe(true);
    await getDb().$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'northstar-public-listener'`;
    await until(() => !publicCachesUsable());
    expect(listener.state).toBe('connecting');
    // Meanwhile every read goes to the database: a change nobody announced is seen at once.
    const plan = await getDb().plan.findFirstOrThrow({ where: { slug: '2022-2025', organization: { slug: 'lacoe' } } });
    await getDb().plan.update({ where: { id: plan.id }, data: { name: 'Renamed while deaf' } });
    expect(await planNameSeen()).toBe('Renamed while deaf');
    await until(() => publicCachesUsable(), 5_000);
    expect(listener.state).toBe('listening');
    await getDb().plan.update({ where: { id: plan.id }, data: { name: 'Strategic Plan 2022–2025' } });
    invalidatePublicScorecard('all');
  });
});
