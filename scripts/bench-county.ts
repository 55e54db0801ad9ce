// `npm run bench:county`: Northstar at county scale (issue 12), measured, never asserted.
//   1. Builds `<DATABASE_URL database>_county` (dropped and recreated): the project's migrations,
//      the demo (lib/seed/demo.ts), then 80 organizations, each with an active, published
//      100-goal plan, 15 student groups, 12 quarters and values for every measure × group ×
//      quarter (~2.9 million observations), streamed in with COPY (scripts/bench/county-db.ts).
//   2. Starts the built app on it (building first when needed) and measures every row of the
//      issue's table; saving and approving an update are timed in-process through the data layer.
//   3. Prints one table, page | figure | goal | met?, and exits 0 whatever the figures.
// Options: --orgs N (80), --goals N (100), --quick (5 organizations, shorter loads),
// --skip-build-db (measure the county database the last run left), --skip-http (build only).
// Settings: BENCH_PORT (3900).
import { parseArgs } from 'node:util';
import { buildCountyDatabase, countyDatabaseUrl, type CountyDatabase } from './bench/county-db';
import { buildCountyStructure, countyEmail, CYCLE, leadOf, type CountyScale } from './bench/county-data';
import { load, measurePage, signIn, startApp, type LoadResult, type PageSize } from './bench/http-load';
import { benchSaveAndApprove, type SaveApproveResult } from './bench/save-approve';

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    orgs: { type: 'string' },
    goals: { type: 'string' },
    'skip-build-db': { type: 'boolean', default: false },
    'skip-http': { type: 'boolean', default: false },
  },
});
const quick = options.quick!;
const scale: CountyScale = { orgs: Number(options.orgs ?? (quick ? 5 : 80)), goals: Number(options.goals ?? 100) };
if (!Number.isInteger(scale.orgs) || scale.orgs < 1 || !Number.isInteger(scale.goals) || scale.goals < 1) {
  console.error('--orgs and --goals take whole numbers of at least 1');
  process.exit(2);
}
const SECONDS = quick ? 3 : 10;
const WARMUP = quick ? 1 : 3;
const ROUNDS = quick ? 5 : 30;
const PORT = Number(process.env.BENCH_PORT ?? 3900);
const log = (line: string) => console.log(line);

const ms = (n: number) => (Number.isFinite(n) ? `${n < 10 ? n.toFixed(1) : Math.round(n)} ms` : '—');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const rps = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} req/s`;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
};

interface Row {
  page: string;
  figure: string;
  goal: string;
  met: boolean | null;
}

const failuresNote = (r: LoadResult) => (r.failures ? ` (${r.failures} of ${r.requests} failed)` : '');
const latency = (r: LoadResult) => `p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, p99 ${ms(r.p99)}, ${rps(r.requestsPerSecond)}${failuresNote(r)}`;
const size = (s: PageSize) => `HTML ${kb(s.htmlBytes)} (inline page data ${kb(s.inlineDataBytes)}; RSC navigation ${kb(s.rscBytes)})`;

function printTable(rows: Row[]) {
  console.log('\n| page | figure | goal | met? |');
  console.log('| --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.page} | ${r.figure} | ${r.goal} | ${r.met === null ? '—' : r.met ? 'yes' : 'no'} |`);
}

/** Fails loudly when a page answers anything but the signed-in page (a redirect to /login, a 404). */
function expectPage(label: string, page: PageSize, text: string) {
  if (page.status !== 200 || !page.html.includes(text)) {
    throw new Error(`${label} answered ${page.status} without "${text}": is the account signed in, the address right?`);
  }
}

async function measure(db: CountyDatabase): Promise<Row[]> {
  const org = db.structure.orgs[0]!;
  const goalId = org.goalIds[1]!;
  const app = await startApp(db.url, PORT, log);
  const rows: Row[] = [];
  try {
    const [cabinet, demoCabinet, lead] = [
      await signIn(app.base, countyEmail(org.index, 'cabinet')),
      await signIn(app.base, 'cabinet@example.org'),
      await signIn(app.base, countyEmail(org.index, leadOf(0))),
    ];
    const conn = { connections: 10, seconds: SECONDS, warmup: WARMUP };
    const url = (path: string) => `${app.base}${path}`;
    log(`\nHTTP: ${conn.connections} connections × ${SECONDS} s after ${WARMUP} s of warm-up, on ${app.base}`);

    const dashboard = await measurePage(url('/dashboard'), cabinet);
    expectPage('/dashboard (county)', dashboard, 'Strategic Plan 2023–2026');
    const dashboardLoad = await load(url('/dashboard'), { ...conn, cookie: cabinet });
    log(`  /dashboard, ${scale.goals} goals: ${latency(dashboardLoad)}; ${size(dashboard)}`);
    rows.push({
      page: `\`/dashboard\` (${scale.goals}-goal plan), 10 connections`,
      figure: `${latency(dashboardLoad)}; ${size(dashboard)}`,
      goal: 'p95 < 300 ms, ≥ 30 req/s, HTML + page data < 150 KB',
      met: dashboardLoad.p95 < 300 && dashboardLoad.requestsPerSecond >= 30 && dashboard.htmlBytes < 150 * 1024 && !dashboardLoad.failures,
    });

    const demo = await measurePage(url('/dashboard'), demoCabinet);
    expectPage('/dashboard (demo)', demo, 'Strategic Plan 2022–2025');
    const demoLoad = await load(url('/dashboard'), { ...conn, cookie: demoCabinet });
    log(`  /dashboard, demo: ${latency(demoLoad)}; ${size(demo)}`);
    rows.push({
      page: '`/dashboard` of the 12-goal demo plan, 10 connections',
      figure: `${latency(demoLoad)}; HTML ${kb(demo.htmlBytes)}`,
      goal: '≥ 150 req/s, p95 < 100 ms',
      met: demoLoad.requestsPerSecond >= 150 && demoLoad.p95 < 100 && !demoLoad.failures,
    });

    const goal = await measurePage(url(`/goals/${goalId}`), cabinet);
    expectPage('/goals/[id]', goal, 'Measure');
    const goalLoad = await load(url(`/goals/${goalId}`), { ...conn, cookie: cabinet });
    log(`  /goals/[id]: ${latency(goalLoad)}; ${size(goal)}`);
    rows.push({
      page: '`/goals/[id]`, 2 measures × 15 groups × 12 quarters',
      figure: `${latency(goalLoad)}; HTML ${kb(goal.htmlBytes)}`,
      goal: 'p95 < 150 ms',
      met: goalLoad.p95 < 150 && !goalLoad.failures,
    });

    await measurePage(url('/dashboard/report'), cabinet); // warm-up
    const reports: PageSize[] = [];
    for (let i = 0; i < (quick ? 2 : 5); i++) reports.push(await measurePage(url('/dashboard/report'), cabinet));
    expectPage('/dashboard/report', reports[0]!, 'Strategic Plan 2023–2026');
    const ttlb = percentile(reports.map((r) => r.lastByteMs), 50);
    const ttfb = percentile(reports.map((r) => r.firstByteMs), 50);
    log(`  /dashboard/report: first byte ${ms(ttfb)}, last byte ${ms(ttlb)} (median of ${reports.length}), ${kb(reports[0]!.htmlBytes)}`);
    rows.push({
      page: '`/dashboard/report` (print)',
      figure: `last byte ${ms(ttlb)}, first byte ${ms(ttfb)} (median of ${reports.length} single requests); ${kb(reports[0]!.htmlBytes)}`,
      goal: '< 1 s, streamed by objective',
      // Streamed: the first bytes come well before the last (counted as met from half the time on).
      met: ttlb < 1000 && ttfb < ttlb / 2,
    });

    const review = await measurePage(url('/review'), cabinet);
    expectPage('/review', review, 'Review');
    const reviewLoad = await load(url('/review'), { ...conn, cookie: cabinet });
    log(`  /review (cabinet): ${latency(reviewLoad)}; HTML ${kb(review.htmlBytes)}`);
    rows.push({ page: '`/review` (cabinet)', figure: `${latency(reviewLoad)}; HTML ${kb(review.htmlBytes)}`, goal: 'p95 < 100 ms', met: reviewLoad.p95 < 100 && !reviewLoad.failures });

    const updates = await measurePage(url('/updates'), lead);
    expectPage('/updates', updates, 'pdates');
    const updatesLoad = await load(url('/updates'), { ...conn, cookie: lead });
    log(`  /updates (lead): ${latency(updatesLoad)}; HTML ${kb(updates.htmlBytes)}`);
    rows.push({ page: '`/updates` (division lead)', figure: `${latency(updatesLoad)}; HTML ${kb(updates.htmlBytes)}`, goal: 'p95 < 100 ms', met: updatesLoad.p95 < 100 && !updatesLoad.failures });

    const scorecardPath = `/scorecard/${org.slug}/${CYCLE.slug}`;
    const scorecard = await measurePage(url(scorecardPath));
    expectPage('public scorecard', scorecard, 'Strategic Plan 2023–2026');
    const scorecardLoad = await load(url(scorecardPath), { connections: 50, seconds: SECONDS, warmup: WARMUP });
    log(`  ${scorecardPath} (public, 50 connections): ${latency(scorecardLoad)}; HTML ${kb(scorecard.htmlBytes)}`);
    rows.push({
      page: `public scorecard (\`${scorecardPath}\`), 50 connections`,
      figure: `${latency(scorecardLoad)}; HTML ${kb(scorecard.htmlBytes)}`,
      goal: '≥ 1,000 req/s',
      met: scorecardLoad.requestsPerSecond >= 1000 && !scorecardLoad.failures,
    });

    const demoScorecardPath = '/scorecard/lacoe/2022-2025';
    const demoScorecard = await measurePage(url(demoScorecardPath));
    expectPage('demo scorecard', demoScorecard, 'Strategic Plan 2022–2025');
    const demoScorecardLoad = await load(url(demoScorecardPath), { connections: 50, seconds: SECONDS, warmup: WARMUP });
    log(`  ${demoScorecardPath} (public, 50 connections): ${latency(demoScorecardLoad)}; HTML ${kb(demoScorecard.htmlBytes)}`);
    rows.push({
      page: `public scorecard of the demo plan (\`${demoScorecardPath}\`), 50 connections`,
      figure: `${latency(demoScorecardLoad)}; HTML ${kb(demoScorecard.htmlBytes)}`,
      goal: '≥ 1,000 req/s',
      met: demoScorecardLoad.requestsPerSecond >= 1000 && !demoScorecardLoad.failures,
    });

    const growth = dashboardLoad.p50 / demoLoad.p50;
    rows.push({
      page: 'growth',
      figure: `${growth.toFixed(1)}× (${scale.goals}-goal p50 ${ms(dashboardLoad.p50)} / 12-goal p50 ${ms(demoLoad.p50)})`,
      goal: '≤ 2×',
      met: growth <= 2,
    });
  } finally {
    await app.stop();
  }

  // After the app is stopped, so the load above does not share the machine with it.
  log(`\nSaving and approving, in-process through the data layer, ${ROUNDS} rounds`);
  const writes: SaveApproveResult = await benchSaveAndApprove(db.url, org, ROUNDS);
  const write = (label: string, times: number[]) => {
    const p50 = percentile(times, 50);
    const p95 = percentile(times, 95);
    log(`  ${label}: p50 ${ms(p50)}, p95 ${ms(p95)}, max ${ms(Math.max(...times))}`);
    return { figure: `p50 ${ms(p50)}, p95 ${ms(p95)} (${times.length} rounds, data layer in-process)`, met: p95 < 150 };
  };
  const save = write(`save ${writes.values} values`, writes.save);
  const approve = write('approve', writes.approve);
  rows.splice(rows.length - 3, 0,
    { page: `saving an update with ${writes.values} group values`, goal: 'p95 < 150 ms', ...save },
    { page: 'approving it', goal: 'p95 < 150 ms', ...approve },
  );
  return rows;
}

async function main() {
  const started = performance.now();
  const base = process.env.DATABASE_URL;
  if (!base) {
    console.error('bench:county builds its database on a real PostgreSQL: set DATABASE_URL (its role needs CREATEDB).');
    process.exit(2);
  }
  console.log(`Northstar county bench${quick ? ' (quick)' : ''}: Node ${process.version}`);
  let db: CountyDatabase;
  if (options['skip-build-db']) {
    // The same deterministic structure, to find the ids; the database is the last run's.
    db = { url: countyDatabaseUrl(base), structure: buildCountyStructure(scale, ''), phases: [], counts: [] };
    console.log(`Using the existing ${new URL(db.url).pathname.slice(1)} (built at ${scale.orgs} × ${scale.goals}, it is assumed)`);
  } else {
    db = await buildCountyDatabase(base, scale, log);
    const total = db.phases.reduce((s, p) => s + p.seconds, 0);
    console.log(`  database built in ${total.toFixed(0)} s\n\nRows:`);
    for (const c of db.counts) console.log(`  ${c.table.padEnd(22)} ${c.rows.toLocaleString('en-US').padStart(10)}`);
  }
  if (!options['skip-http']) {
    const rows = await measure(db);
    console.log(`\nCounty bench: ${scale.orgs} organizations × ${scale.goals} goals${quick ? ' (quick)' : ''}. Figures, not assertions:`);
    printTable(rows);
  }
  console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
