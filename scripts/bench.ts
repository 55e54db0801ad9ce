// `npm run bench`: prints how fast Northstar answers, measured, never asserted.
//   1. The data layer against PostgreSQL: each read and write the pages use, timed over
//      many runs (p50 / p95 / max in milliseconds).
//   2. The built app over HTTP: signed-in pages under load with autocannon
//      (requests per second and latency percentiles).
// Uses a fresh `<DATABASE_URL database>_bench` when DATABASE_URL is set (the role needs
// CREATEDB), otherwise an in-memory embedded PostgreSQL. Options:
//   --quick            fewer runs and shorter loads (a smoke run)
//   --skip-http        data layer only
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import pg from 'pg';
import { createPrismaClient } from '@/lib/db/client';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@/lib/db/embedded-postgres';
import { applyMigrations } from '@/lib/db/migrate';
import { seedDemo } from '@/lib/seed/demo';
import { signIn } from './bench/http-load';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const RUNS = quick ? 10 : 60;
const LOAD_SECONDS = quick ? 3 : 10;
const CONNECTIONS = 10;
const PORT = Number(process.env.BENCH_PORT ?? 3190);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const ms = (n: number) => n.toFixed(1).padStart(7);

async function timeIt(label: string, fn: (i: number) => Promise<unknown>) {
  await fn(-1); // warm-up: connection pool, query plans
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(44)} ${ms(percentile(times, 50))} ${ms(percentile(times, 95))} ${ms(times.at(-1)!)}`);
}

async function benchDatabase(suffix: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    const embedded: EmbeddedPostgres = await startEmbeddedPostgres();
    return { url: embedded.url, stop: embedded.stop };
  }
  const target = new URL(base);
  const name = `${target.pathname.slice(1) || 'northstar'}_${suffix}`;
  const admin = new URL(base);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    stop: async () => {
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

async function dataLayer(url: string) {
  process.env.DATABASE_URL = url;
  // Imported after DATABASE_URL points at the bench database.
  const { getPlanOverview } = await import('@/lib/data/plan/queries');
  const { getGoalDetail } = await import('@/lib/data/goals');
  const { getGoalHistory } = await import('@/lib/data/history');
  const { listTodo, getWaitingCounts } = await import('@/lib/data/progress/inbox');
  const { getProgressForm } = await import('@/lib/data/progress/update-form');
  const { recordProgress } = await import('@/lib/data/progress/record-progress');
  const { listReviewQueue, reviewUpdate } = await import('@/lib/data/progress/review');
  const { getPublicScorecard } = await import('@/lib/data/scorecard');
  const { getDb } = await import('@/lib/db');
  const db = getDb();
  const actor = async (email: string) => {
    const u = await db.user.findUniqueOrThrow({ where: { email } });
    return { id: u.id, organizationId: u.organizationId, role: u.role, divisionId: u.divisionId };
  };
  const [cabinet, lead] = [await actor('cabinet@example.org'), await actor('lead@example.org')];
  // The demo's other plans reuse goal and period codes: time the LACOE 2022-25 ones.
  const plan = { slug: '2022-2025', organization: { slug: 'lacoe' } };
  const goal = await db.goal.findFirstOrThrow({ where: { code: 'SO-2', plan } });
  const q3 = await db.reportingPeriod.findFirstOrThrow({ where: { code: '2024-25-Q3', plan } });
  const q4 = await db.reportingPeriod.findFirstOrThrow({ where: { code: '2024-25-Q4', plan } });

  console.log(`\nData layer, ${RUNS} runs each (ms)            p50     p95     max`);
  await timeIt('dashboard overview (12 goals)', () => getPlanOverview(cabinet));
  await timeIt('goal page detail', () => getGoalDetail(cabinet, goal.id));
  await timeIt('goal history', () => getGoalHistory(cabinet, goal.id));
  await timeIt('public scorecard', () => getPublicScorecard('lacoe', '2022-2025'));
  await timeIt('to-do list of a division lead', () => listTodo(lead));
  await timeIt('header counts (cabinet)', () => getWaitingCounts(cabinet));
  await timeIt('update form', () => getProgressForm(lead, goal.id, q3.id));
  let version = 0;
  await timeIt('save a draft (narrative only)', async (i) => {
    const r = await recordProgress(lead, { goalId: goal.id, periodId: q3.id, intent: 'draft', version, narrative: `Draft ${i}` });
    version = r.version;
  });
  const measures = await db.measure.findMany({
    where: { goalId: goal.id },
    include: { studentGroups: true },
    orderBy: { position: 'asc' },
  });
  const year = await db.reportingPeriod.findFirstOrThrow({ where: { code: '2024-25', plan } });
  const groupValues = measures.flatMap((m) =>
    m.studentGroups.map((g, k) => ({ measureId: m.id, studentGroupId: g.studentGroupId, asOfPeriodId: year.id, value: String(2410 + k), n: '1200' })),
  );
  let q4Version = 0;
  await timeIt(`save ${groupValues.length} student-group values`, async () => {
    const r = await recordProgress(lead, { goalId: goal.id, periodId: q4.id, intent: 'draft', version: q4Version, values: groupValues, confirmJumps: true });
    q4Version = r.version;
  });
  await recordProgress(lead, { goalId: goal.id, periodId: q4.id, intent: 'submit', version: q4Version, values: groupValues, confirmJumps: true });
  await timeIt('review queue (cabinet)', () => listReviewQueue(cabinet));
  const update = await db.update.findFirstOrThrow({ where: { goalId: goal.id, periodId: q4.id } });
  const start = performance.now();
  await reviewUpdate(cabinet, { updateId: update.id, version: update.version, decision: 'approve' });
  console.log(`${'approve an update with its values (once)'.padEnd(44)} ${ms(performance.now() - start)}`);
  await benchObservationImport();
  await db.$disconnect();
}

/** The CSV observation import: preview and commit of a 5,000-row file into a plan made for it. */
async function benchObservationImport() {
  const { commitObservationImport, previewObservationImport } = await import('@/lib/data/progress/observation-import');
  const { importPlan } = await import('@/lib/data/plan/transfer');
  const { bulkObservationCsv, bulkPlanDocument } = await import('@/lib/seed/bulk-plan');
  const { getDb } = await import('@/lib/db');
  const u = await getDb().user.findUniqueOrThrow({ where: { email: 'admin@example.org' } });
  const admin = { id: u.id, organizationId: u.organizationId, role: u.role, divisionId: u.divisionId };
  const options = { slug: 'bench-import', goals: 10, measuresPerGoal: 7 };
  await importPlan(admin, bulkPlanDocument(options));
  const ROWS = 5_000;
  const file = bulkObservationCsv(options, ROWS);
  const kb = (Buffer.byteLength(file) / 1024).toFixed(0);
  console.log(`\nObservation import, a ${ROWS.toLocaleString('en-US')}-row file (${kb} KB)     ms  rows/s`);
  const line = (label: string, elapsed: number) =>
    console.log(`${label.padEnd(44)} ${ms(elapsed)} ${String(Math.round(ROWS / (elapsed / 1000))).padStart(7)}`);
  const runs = quick ? 2 : 5;
  const previews: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await previewObservationImport(admin, options.slug, file);
    previews.push(performance.now() - t);
  }
  previews.sort((a, b) => a - b);
  line(`preview, all new (median of ${runs})`, previews[Math.floor((runs - 1) / 2)]!);
  let t = performance.now();
  await commitObservationImport(admin, options.slug, file);
  line('commit, 5,000 new values', performance.now() - t);
  t = performance.now();
  await previewObservationImport(admin, options.slug, file);
  line('preview again, all unchanged', performance.now() - t);
  const changed = bulkObservationCsv(options, ROWS, 1);
  t = performance.now();
  await commitObservationImport(admin, options.slug, changed);
  line('commit, 5,000 changed values', performance.now() - t);
}

async function load(base: string, label: string, path: string, cookie?: string) {
  const result = await autocannon({
    url: `${base}${path}`,
    connections: CONNECTIONS,
    duration: LOAD_SECONDS,
    headers: cookie ? { cookie } : {},
  });
  const ok = result['2xx'];
  console.log(
    `${label.padEnd(30)} ${result.requests.average.toFixed(0).padStart(7)} ${ms(result.latency.p50)} ${ms(result.latency.p90)} ${ms(result.latency.p99)}   ${ok}/${result.requests.total} ok`,
  );
}

async function http(url: string) {
  const base = `http://127.0.0.1:${PORT}`;
  let server: ChildProcess | undefined;
  if (await fetch(`${base}/api/health`).then(() => true, () => false)) {
    throw new Error(`port ${PORT} is already in use: set BENCH_PORT to a free one`);
  }
  try {
    server = spawn('npx', ['tsx', 'scripts/serve.ts'], {
      env: { ...process.env, DATABASE_URL: url, PORT: String(PORT), NORTHSTAR_DATA_DIR: '.data/bench', NORTHSTAR_DEMO: '1', NEXTAUTH_URL: base },
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    });
    let exited = false;
    server.once('exit', () => (exited = true));
    for (let i = 0; ; i++) {
      if (i > 600 || exited) throw new Error('the app did not start (see the output above)');
      const up = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
      if (up) break;
      await sleep(1000);
    }
    const [cabinet, lead] = [await signIn(base, 'cabinet@example.org'), await signIn(base, 'lead@example.org')];
    console.log(`\nHTTP, ${CONNECTIONS} connections × ${LOAD_SECONDS}s       req/s     p50     p90     p99 (ms)`);
    await load(base, 'GET /api/health', '/api/health');
    await load(base, 'GET /scorecard (public)', '/scorecard/lacoe/2022-2025');
    await load(base, 'GET /dashboard (cabinet)', '/dashboard', cabinet);
    await load(base, 'GET /review (cabinet)', '/review', cabinet);
    await load(base, 'GET /updates (lead)', '/updates', lead);
  } finally {
    if (server?.pid && server.exitCode === null) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
    await sleep(1000);
  }
}

async function main() {
  const started = performance.now();
  const database = await benchDatabase('bench_data');
  try {
    await applyMigrations(database.url);
    const db = createPrismaClient(database.url, 2);
    await seedDemo(db);
    await db.$disconnect();
    console.log(`Northstar bench${quick ? ' (quick)' : ''}: ${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PostgreSQL'}, Node ${process.version}`);
    await dataLayer(database.url);
    if (!args.has('--skip-http')) {
      // The data-layer run changed the demo: the HTTP run starts from a fresh seed.
      const fresh = await benchDatabase('bench_http');
      try {
        await applyMigrations(fresh.url);
        const db2 = createPrismaClient(fresh.url, 2);
        await seedDemo(db2);
        await db2.$disconnect();
        await http(fresh.url);
      } finally {
        await fresh.stop();
      }
    }
  } finally {
    await database.stop();
  }
  console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(0)}s.`);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
