// The built app under load, for the benches: starting it on a database (building first when the
// sources changed, as `npm start` does), signing in as a demo or county account, loading a page
// with autocannon (every response's latency kept, for exact percentiles), and measuring one
// request's size and time to first and last byte.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { DEMO_PASSWORD } from '@/lib/seed/demo-data';

export interface App {
  base: string;
  stop: () => Promise<void>;
}

/** `scripts/serve.ts` on the database, in demo mode (so the demo's accounts sign in too). */
export async function startApp(databaseUrl: string, port: number, log: (line: string) => void): Promise<App> {
  const base = `http://127.0.0.1:${port}`;
  if (await fetch(`${base}/api/health`).then(() => true, () => false)) {
    throw new Error(`port ${port} is already in use: set BENCH_PORT to a free one`);
  }
  const child: ChildProcess = spawn('npx', ['tsx', 'scripts/serve.ts'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NORTHSTAR_DATA_DIR: '.data/bench-county', NORTHSTAR_DEMO: '1', NEXTAUTH_URL: base },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  // The start script's own lines (building, starting) are worth showing; Next's are not.
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line.startsWith('[northstar]') || /error/i.test(line)) log(`  ${line}`);
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  const stop = async () => {
    if (child.pid && !exited) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      for (let i = 0; i < 50 && !exited; i++) await sleep(100);
    }
  };
  const until = Date.now() + 20 * 60_000; // a first build on a busy 2-core machine takes minutes
  while (!(await fetch(`${base}/api/health`).then((r) => r.ok, () => false))) {
    if (exited || Date.now() > until) {
      await stop();
      throw new Error('the app did not start (see the output above)');
    }
    await sleep(1000);
  }
  return { base, stop };
}

/** A next-auth session cookie for an account with the demo password. */
export async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: 'true' }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c?.includes('session-token'));
  if (!session) throw new Error(`could not sign in as ${email}`);
  return session;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  /** Errors, timeouts and non-2xx answers. */
  failures: number;
}

/** The p-th percentile of ascending latencies (nearest rank); NaN for none. */
export const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;

function run(url: string, connections: number, seconds: number, cookie?: string) {
  const latencies: number[] = [];
  return new Promise<{ result: autocannon.Result; latencies: number[] }>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, headers: cookie ? { cookie } : {}, timeout: 30 }, (error, result) =>
      error ? reject(error) : resolve({ result, latencies }),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
}

function runCount(url: string, connections: number, amount: number, cookie?: string) {
  const latencies: number[] = [];
  const started = performance.now();
  return new Promise<{ result: autocannon.Result; latencies: number[]; seconds: number }>((resolve, reject) => {
    const instance = autocannon({ url, connections, amount, headers: cookie ? { cookie } : {}, timeout: 60 }, (error, result) =>
      error ? reject(error) : resolve({ result, latencies, seconds: (performance.now() - started) / 1000 }),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
}

/**
 * `connections` connections for `seconds` seconds after a short warm-up that is not counted.
 * A page so slow that the time ends before two answers per connection is loaded instead
 * until it has given them (autocannon drops the requests still in flight at the end).
 */
export async function load(url: string, options: { connections: number; seconds: number; warmup: number; cookie?: string }): Promise<LoadResult> {
  if (options.warmup > 0) await run(url, options.connections, options.warmup, options.cookie);
  let { result, latencies } = await run(url, options.connections, options.seconds, options.cookie);
  let seconds = options.seconds;
  if (latencies.length < options.connections * 2) {
    ({ result, latencies, seconds } = await runCount(url, options.connections, options.connections * 2, options.cookie));
  }
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

export interface PageSize {
  status: number;
  /** The whole HTML document, uncompressed. */
  htmlBytes: number;
  /** Of which the page data React sends inline (the `self.__next_f.push` scripts). */
  inlineDataBytes: number;
  /** The page data a client-side navigation fetches (`RSC: 1`). */
  rscBytes: number;
  firstByteMs: number;
  lastByteMs: number;
  html: string;
}

/** One request, read to its last byte: its size and timings. */
export async function measurePage(url: string, cookie?: string): Promise<PageSize> {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const started = performance.now();
  const res = await fetch(url, { headers, redirect: 'manual' });
  const reader = res.body!.getReader();
  let firstByteMs = NaN;
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (Number.isNaN(firstByteMs)) firstByteMs = performance.now() - started;
    chunks.push(value);
  }
  const lastByteMs = performance.now() - started;
  const body = Buffer.concat(chunks);
  const html = body.toString('utf8');
  let inlineDataBytes = 0;
  for (const match of html.matchAll(/<script>self\.__next_f\.push\([\s\S]*?<\/script>/g)) inlineDataBytes += Buffer.byteLength(match[0]);
  // Next answers a bare RSC request with a redirect to its cache-busting `?_rsc=` address.
  const rsc = await fetch(url, { headers: { ...headers, RSC: '1' } });
  const rscBytes = (await rsc.arrayBuffer()).byteLength;
  return { status: res.status, htmlBytes: body.length, inlineDataBytes, rscBytes, firstByteMs, lastByteMs, html };
}
