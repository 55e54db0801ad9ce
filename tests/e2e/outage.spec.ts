// Faults survived (issue 13), on a PostgreSQL cluster of this test's own (the machine's server is
// left alone): two instances started together on an empty database (one seeds, the other waits
// for it), behind nginx. Killing one instance under load loses no request; stopping the database
// for 8 seconds under load answers a "briefly unavailable" 503 page, never a 500, and the app
// comes back by itself when the database does.
import pg from 'pg';
import { expect, test } from '@playwright/test';
import { get, healthy, kill, load, Processes } from './processes';
import { expectNoAxeViolations, signInAsDemo } from './support';
import type { PgCluster } from '../support/pg-cluster';

test.describe.configure({ mode: 'serial' });

const BASE = Number(process.env.E2E_PORT ?? 3100) + 20;
const PG_PORT = BASE;
const PORTS = [BASE + 1, BASE + 2];
const BALANCER = `http://localhost:${BASE + 3}`;
const direct = (i: number) => `http://localhost:${PORTS[i]}`;
const SCORECARD = '/scorecard/lacoe/2022-2025';

const processes = new Processes();
let cluster: PgCluster;
const instances: ReturnType<Processes['startInstance']>[] = [];

test.beforeAll(async () => {
  test.setTimeout(300_000);
  cluster = processes.startCluster(PG_PORT);
  const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${PG_PORT}/postgres` });
  await admin.connect();
  await admin.query('CREATE DATABASE northstar');
  await admin.end();
  const env = {
    ...process.env,
    DATABASE_URL: `postgres://postgres@127.0.0.1:${PG_PORT}/northstar`,
    NORTHSTAR_DEMO: '1',
    NORTHSTAR_INSTANCES: '2',
    NEXTAUTH_URL: BALANCER,
    NEXTAUTH_SECRET: 'e2e-outage-session-key-not-secret',
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString('base64'),
  };
  // Both at once, on an empty database: the seed lock lets one seed while the other waits.
  PORTS.forEach((port, i) => instances.push(processes.startInstance(port, env, `outage-${i + 1}`)));
  processes.startNginx(BASE + 3, PORTS);
  await Promise.all(PORTS.map((_, i) => healthy(direct(i))));
  await healthy(BALANCER);
  const seeded = [processes.log('outage-1.log'), processes.log('outage-2.log')].filter((log) => log.includes('loading the demo'));
  expect(seeded).toHaveLength(1);
});

test.afterAll(async () => {
  await processes.stopAll();
});

test('an instance killed under load: nginx sends its requests to the other, none is lost', async () => {
  test.setTimeout(120_000);
  const running = load(`${BALANCER}${SCORECARD}`, { connections: 10, seconds: 20 });
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  kill(instances[1]!, 'SIGKILL');
  const result = await running;
  console.log(`[outage] one instance killed after 5 s of 20: ${result.requests} requests, ${JSON.stringify(result.statuses)}, ${result.errors} without an answer`);
  expect(result.errors).toBe(0);
  expect(Object.keys(result.statuses)).toEqual(['200']);
  expect(result.requests).toBeGreaterThan(100);
});

test('the database stopped for 8 s under load: 503 "briefly unavailable", never a 500, and back by itself', async ({ browser }) => {
  test.setTimeout(180_000);
  // A signed-in session on the instance left.
  const context = await browser.newContext({ baseURL: direct(0) });
  const page = await context.newPage();
  await signInAsDemo(page, 'cabinet@example.org');
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');

  const publicLoad = load(`${direct(0)}${SCORECARD}`, { connections: 5, seconds: 20 });
  const signedInLoad = load(`${direct(0)}/dashboard`, { connections: 5, seconds: 20, headers: { cookie } });
  await new Promise((resolve) => setTimeout(resolve, 4_000));
  cluster.ctl('stop');
  const stoppedAt = Date.now();

  // While it is down: the health check says so, and a page explains, in both languages.
  await expect.poll(async () => (await get(`${direct(0)}/api/health`)).status, { timeout: 5_000 }).toBe(503);
  expect(await (await get(`${direct(0)}/api/health`)).json()).toMatchObject({ database: 'down' });
  const unavailable = await page.goto('/dashboard');
  expect(unavailable?.status()).toBe(503);
  expect(unavailable?.headers()['retry-after']).toBe('10');
  await expect(page.getByRole('heading', { level: 1, name: 'Northstar is briefly unavailable' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Northstar no está disponible por un momento' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: test.info().outputPath('unavailable.png'), fullPage: true });
  const spanish = await get(`${direct(0)}/es${SCORECARD}`);
  expect(spanish.status).toBe(503);
  expect(await spanish.text()).toMatch(/<html lang="es">[\s\S]*<h1>Northstar no está disponible por un momento<\/h1>/);

  await new Promise((resolve) => setTimeout(resolve, Math.max(0, 8_000 - (Date.now() - stoppedAt))));
  cluster.ctl('start');
  const restartedAt = Date.now();
  const [publicResult, signedInResult] = await Promise.all([publicLoad, signedInLoad]);

  // Back without restarting anything: the open "unavailable" page loads the dashboard by itself.
  await expect(page.getByRole('heading', { name: 'Northstar is briefly unavailable' })).toBeHidden({ timeout: 20_000 });
  await expect(page).toHaveURL(/\/dashboard$/);
  expect((await get(`${direct(0)}/dashboard`, { headers: { cookie }, redirect: 'manual' })).status).toBe(200);
  expect((await get(`${direct(0)}${SCORECARD}`)).status).toBe(200);
  for (const [label, result] of [['public', publicResult], ['signed-in', signedInResult]] as const) {
    console.log(`[outage] ${label} load across an 8 s database stop: ${result.requests} requests, ${JSON.stringify(result.statuses)}, ${result.errors} without an answer`);
    console.log(`[outage] ${label}: answers other than 200/503 at ${JSON.stringify(result.unexpected.map((u) => ({ status: u.status, msAfterStop: u.at - stoppedAt, msAfterRestart: u.at - restartedAt })))}`);
    expect(result.statuses['503'] ?? 0).toBeGreaterThan(0);
    expect(result.statuses['200'] ?? 0).toBeGreaterThan(0);
    expect(result.errors).toBe(0);
    const firstOk = result.okAt.find((at) => at > restartedAt);
    console.log(`[outage] ${label}: first 200 ${firstOk ? firstOk - restartedAt : 'never'} ms after the database was back`);
    expect(firstOk).toBeDefined();
    // Only a request already being rendered when the database went away can fail otherwise (at
    // most one per connection): every request that arrives later is answered 503, then 200.
    expect(result.unexpected.length).toBeLessThanOrEqual(5);
    for (const { at } of result.unexpected) expect(at - stoppedAt).toBeLessThan(1_000);
  }
  await context.close();
});
