// Two app instances on one PostgreSQL behind nginx behave like one (issue 13): a session made on
// one works on the other, a form rendered by one posts to the other, and a public change made on
// one — or by the command line — is seen on every instance within a second, an unpublished plan
// answering 404 everywhere. The instances are `npm start -- --no-build` on the build the other
// browser tests use, on their database; nginx (Debian's package) runs the configuration that
// `npm run nginx:config` prints, with a test-only header that pins a request to one instance.
// Needs a real PostgreSQL (DATABASE_URL) and nginx: CI has both; elsewhere playwright.config.ts
// leaves this file out, saying so (tests/support/requirements.ts).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { bulkObservationCsv, bulkPlanDocument } from '../../lib/seed/bulk-plan';
import { get, healthy, Processes } from './processes';
import { e2eDatabaseUrl } from './servers';
import { signInAsDemo } from './support';

const DATABASE_URL = e2eDatabaseUrl();

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100) + 10;
const INSTANCES = [BASE_PORT, BASE_PORT + 1];
const BALANCER = `http://localhost:${BASE_PORT + 2}`;
const direct = (i: number) => `http://localhost:${INSTANCES[i]}`;
// Its own plan; a new name each time the file loads (a retried worker imports it again).
const RUN = Date.now().toString(36);
const PLAN = { slug: `two-instances-${RUN}`, name: `Two instances check ${RUN}`, goals: 1, measuresPerGoal: 1 };
const PUBLIC_PATHS = [`/scorecard/lacoe/${PLAN.slug}`, `/es/scorecard/lacoe/${PLAN.slug}`, `/scorecard/lacoe/${PLAN.slug}/data.json`];

const processes = new Processes();
const work = processes.work;
const env = {
  ...process.env,
  DATABASE_URL,
  NORTHSTAR_DEMO: '1',
  NORTHSTAR_INSTANCES: '2',
  NORTHSTAR_TRUST_PROXY: '1',
  NEXTAUTH_URL: BALANCER,
  NEXTAUTH_SECRET: 'e2e-two-instances-session-key',
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
};

function cli(args: string[]) {
  const result = spawnSync('npx', ['tsx', '--conditions=react-server', ...args], { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}${result.stdout}`);
}

/** Milliseconds until `check` holds (polled every 25 ms); fails after `limit`. */
async function within(limit: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > limit) throw new Error(`not within ${limit} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return Date.now() - started;
}

const statusOf = async (url: string) => (await get(url, { redirect: 'manual' })).status;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const document = bulkPlanDocument(PLAN);
  document.plan = { ...document.plan, name: PLAN.name, status: 'ACTIVE', published: false };
  const file = path.join(work, 'plan.json');
  fs.writeFileSync(file, JSON.stringify(document));
  cli(['scripts/plan-cli.ts', 'import', file, '--org', 'lacoe']);

  INSTANCES.forEach((port, i) => processes.startInstance(port, env, `instance-${i + 1}`));
  processes.startNginx(BASE_PORT + 2, INSTANCES, true);
  await Promise.all(INSTANCES.map((_, i) => healthy(direct(i))));
  await healthy(BALANCER);
});

test.afterAll(async ({ browser }) => {
  // Leave the public lists as they were.
  const page = await signedInOn(browser, 1).catch(() => null);
  if (page) {
    await page.goto(`/admin/plans/${PLAN.slug}`);
    if (await page.getByRole('main').getByRole('button', { name: 'Unpublish…' }).isVisible()) await setPublished(page, false);
    await page.context().close();
  }
  // …and LACOE's active plans: other tests list them ("Also active: …").
  const db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  await db.query(`UPDATE "Plan" SET "status" = 'ARCHIVED', "published" = false WHERE "slug" = $1`, [PLAN.slug]);
  await db.end();
  await processes.stopAll();
});

/** A browser whose requests nginx sends to instance `n` (1-based), signed in there as the demo administrator. */
async function signedInOn(browser: import('@playwright/test').Browser, n: number): Promise<Page> {
  const context = await browser.newContext({ baseURL: BALANCER, extraHTTPHeaders: { 'x-northstar-instance': String(n) } });
  const page = await context.newPage();
  await signInAsDemo(page, 'admin@example.org');
  return page;
}

async function setPublished(page: Page, published: boolean) {
  await page.goto(`/admin/plans/${PLAN.slug}`);
  const main = page.getByRole('main');
  await main.getByRole('button', { name: published ? 'Publish…' : 'Unpublish…' }).click();
  await main.getByRole('button', { name: published ? 'Confirm: publish' : 'Confirm: unpublish' }).click();
  await expect(
    main.getByRole('status').filter({ hasText: published ? `Published: ${PLAN.name} is on the public scorecard.` : `Unpublished: ${PLAN.name} is no longer public.` }),
  ).toBeVisible();
}

async function upstreamOf(request: APIRequestContext, url: string, n: number): Promise<{ status: number; upstream: string | undefined; body: string }> {
  const response = await request.get(url, { headers: { 'x-northstar-instance': String(n) }, maxRedirects: 0 });
  return { status: response.status(), upstream: response.headers()['x-northstar-upstream'], body: await response.text() };
}

test('a session made on one instance works on the other, and a form rendered by one posts to the other', async ({ browser }) => {
  const page = await signedInOn(browser, 1);
  const onB = await upstreamOf(page.context().request, `${BALANCER}/dashboard`, 2);
  expect(onB).toMatchObject({ status: 200, upstream: `127.0.0.1:${INSTANCES[1]}` });
  expect(onB.body).toContain('Dashboard');

  // The plan page is rendered by instance 1; its publish form posts to instance 2.
  await page.route('**/*', (route) =>
    route.request().method() === 'POST'
      ? route.continue({ headers: { ...route.request().headers(), 'x-northstar-instance': '2' } })
      : route.continue(),
  );
  const posted = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes(`/admin/plans/${PLAN.slug}`));
  await setPublished(page, true);
  const post = await posted;
  expect(post.status()).toBe(200);
  expect(post.headers()['x-northstar-upstream']).toBe(`127.0.0.1:${INSTANCES[1]}`);
  await page.unroute('**/*');
  // Both instances, and the balancer, now serve the plan.
  for (const base of [direct(0), direct(1), BALANCER]) expect(await statusOf(`${base}${PUBLIC_PATHS[0]}`)).toBe(200);
  await page.context().close();
});

test('unpublished on one instance, the plan answers 404 on the other within a second', async ({ browser }) => {
  const page = await signedInOn(browser, 1);
  // Instance 2 has the public pages and the download cached.
  for (const p of PUBLIC_PATHS) {
    expect(await statusOf(`${direct(1)}${p}`)).toBe(200);
    expect(await statusOf(`${direct(1)}${p}`)).toBe(200);
  }
  await setPublished(page, false);
  const ms = await within(1_000, async () => (await Promise.all(PUBLIC_PATHS.map((p) => statusOf(`${direct(1)}${p}`)))).every((s) => s === 404));
  console.log(`[instances] unpublished on instance 1: 404 on instance 2 after ${ms} ms`);
  expect(await statusOf(`${BALANCER}${PUBLIC_PATHS[0]}`)).toBe(404);
  await setPublished(page, true);
  await page.context().close();
});

test('values imported from the command line are on every instance within a second', async ({ request }) => {
  const goalPage = `/scorecard/lacoe/${PLAN.slug}/goals/bulk-1`;
  const data = `/scorecard/lacoe/${PLAN.slug}/data.json`;
  const rowsOn = async (base: string) => ((await (await get(`${base}${data}`)).json()) as { rows: unknown[] }).rows.length;
  const before = await Promise.all(INSTANCES.map(async (_, i) => ({ rows: await rowsOn(direct(i)), page: await (await get(`${direct(i)}${goalPage}`)).text() })));
  expect(before[0]!.rows).toBe(before[1]!.rows);

  const csv = path.join(work, 'values.csv');
  fs.writeFileSync(csv, bulkObservationCsv(PLAN, 15));
  cli(['scripts/observations-cli.ts', csv, '--org', 'lacoe', '--plan', PLAN.slug]);
  const ms = await within(1_000, async () => {
    const seen = await Promise.all(
      INSTANCES.map(async (_, i) => (await rowsOn(direct(i))) > before[i]!.rows && (await (await get(`${direct(i)}${goalPage}`)).text()) !== before[i]!.page),
    );
    return seen.every(Boolean);
  });
  console.log(`[instances] command-line import: on both instances after ${ms} ms`);
  const through = await upstreamOf(request, `${BALANCER}${data}`, 1);
  expect(JSON.parse(through.body).rows.length).toBeGreaterThan(before[0]!.rows);
});

test('approved on one instance, the value is public on the other and through nginx within a second', async ({ browser }) => {
  // A submitted update waiting for review, as a lead would have left it (written straight to the database).
  const db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  const periodLabel = await (async () => {
    try {
      const [row] = (
        await db.query<{ organizationId: string; goalId: string; measureId: string; periodId: string; label: string; groupId: string }>(
          `SELECT g."organizationId", g."id" AS "goalId", m."id" AS "measureId", p."id" AS "periodId", p."label", s."id" AS "groupId"
           FROM "Goal" g JOIN "Plan" pl ON pl."id" = g."planId" JOIN "Measure" m ON m."goalId" = g."id"
           JOIN "ReportingPeriod" p ON p."planId" = pl."id" AND p."kind" = 'QUARTER'
           JOIN "StudentGroup" s ON s."organizationId" = g."organizationId" AND s."isAll"
           WHERE pl."slug" = $1 AND g."code" = 'BULK-1' AND m."code" = 'M1-1'
             AND NOT EXISTS (SELECT 1 FROM "Observation" o WHERE o."measureId" = m."id" AND o."periodId" = p."id")
           ORDER BY p."endDate" DESC LIMIT 1`,
          [PLAN.slug],
        )
      ).rows;
      if (!row) throw new Error('no free quarter in the test plan');
      const updateId = `e2e-update-${Date.now()}`;
      await db.query(
        `INSERT INTO "Update" ("id", "organizationId", "goalId", "periodId", "state", "narrative", "submittedAt", "updatedAt") VALUES ($1, $2, $3, $4, 'SUBMITTED', 'Reviewed across instances.', now(), now())`,
        [updateId, row.organizationId, row.goalId, row.periodId],
      );
      await db.query(
        `INSERT INTO "Observation" ("id", "organizationId", "measureId", "periodId", "reportedPeriodId", "studentGroupId", "updateId", "value", "n", "state", "updatedAt") VALUES ($1, $2, $3, $4, $4, $5, $6, 77.7, 500, 'SUBMITTED', now())`,
        [`${updateId}-all`, row.organizationId, row.measureId, row.periodId, row.groupId, updateId],
      );
      return row.label;
    } finally {
      await db.end();
    }
  })();
  const data = `/scorecard/lacoe/${PLAN.slug}/data.json`;
  const hasValue = async (base: string) => JSON.stringify(await (await get(`${base}${data}`)).json()).includes('77.7');
  // Instance 2 has the download cached, without the submitted value.
  expect(await hasValue(direct(1))).toBe(false);
  expect(await hasValue(direct(1))).toBe(false);

  const page = await signedInOn(browser, 1);
  await page.goto('/review');
  const item = page.getByRole('article', { name: new RegExp(`Bulk goal 1 — ${periodLabel}`) });
  await item.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Approved: Bulk goal 1, ${periodLabel}.` })).toBeVisible();
  const ms = await within(1_000, async () => (await hasValue(direct(1))) && (await hasValue(BALANCER)));
  console.log(`[instances] approved on instance 1: public on instance 2 and through nginx after ${ms} ms`);
  await page.context().close();
});

