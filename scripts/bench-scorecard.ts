// `npm run bench:scorecard`: how close the public scorecard comes to a static file.
//  1. starts the built app (`npm start` with --fresh) on a PostgreSQL database of its own,
//     next to the one in DATABASE_URL (<name>_bench, recreated);
//  2. loads the scorecard with autocannon: BENCH_CONNECTIONS (50) connections for
//     BENCH_SECONDS (20) seconds, after a short warm-up;
//  3. serves the very same HTML bytes from a plain Node static server and loads it the same way;
//  4. with nginx installed, starts a second instance on the same database and loads the page
//     through nginx in front of one instance, then of both (issue 13);
//  5. prints every throughput, p50/p95/p99 latencies and the ratios.
// Settings: BENCH_PATH (/scorecard/lacoe/2022-2025), BENCH_PORT (3350), BENCH_STATIC_PORT (3351).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import nodePath from 'node:path';
import autocannon from 'autocannon';
import { nginxConfig } from '@/lib/nginx-config';
import { percentile } from './bench/http-load';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));

const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const path = process.env.BENCH_PATH ?? '/scorecard/lacoe/2022-2025';
const appPort = Number(process.env.BENCH_PORT ?? 3350);
const staticPort = Number(process.env.BENCH_STATIC_PORT ?? 3351);

function benchDatabaseUrl(): string {
  const base = process.env.DATABASE_URL;
  if (!base) {
    console.error('bench:scorecard measures the app on a real PostgreSQL: set DATABASE_URL (its role needs CREATEDB).');
    process.exit(2);
  }
  const url = new URL(base);
  url.pathname = `/${url.pathname.slice(1) || 'northstar'}_bench`;
  return url.toString();
}

async function waitFor(url: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

interface Result {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
}

async function load(label: string, url: string, duration: number): Promise<Result> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    label,
    requestsPerSecond: result.requests.total / duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

async function main() {
  const databaseUrl = benchDatabaseUrl();
  console.log(`Starting the app on :${appPort} with a fresh database (${new URL(databaseUrl).pathname.slice(1)})…`);
  const app = spawn('npx', ['tsx', 'scripts/serve.ts', '--fresh'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(appPort), NORTHSTAR_DATA_DIR: '.data/bench', NORTHSTAR_DEMO: '1', NEXTAUTH_URL: `http://localhost:${appPort}` },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const others: ChildProcess[] = [];
  const stopApp = () => {
    for (const child of [app, ...others]) {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  process.on('exit', stopApp);
  let server: http.Server | undefined;
  try {
    await waitFor(`http://localhost:${appPort}/api/health`, 600_000);
    const appUrl = `http://localhost:${appPort}${path}`;
    const page = await fetch(appUrl);
    if (!page.ok) throw new Error(`${appUrl} answered ${page.status}`);
    const html = Buffer.from(await page.arrayBuffer());
    const contentType = page.headers.get('content-type') ?? 'text/html; charset=utf-8';
    console.log(`Page: ${path}, ${(html.length / 1024).toFixed(1)} KB of HTML.`);

    // Warm-up: the first requests fill the cache and let the JIT settle; they are not counted.
    await load('warm-up', appUrl, 3);
    const appResult = await load('Next.js app (real PostgreSQL)', appUrl, seconds);

    server = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': contentType, 'Content-Length': html.length });
      res.end(html);
    });
    await new Promise<void>((resolve) => server!.listen(staticPort, resolve));
    const staticUrl = `http://localhost:${staticPort}${path}`;
    const same = Buffer.from(await (await fetch(staticUrl)).arrayBuffer());
    if (!same.equals(html)) throw new Error('The static server does not serve the same bytes');
    await load('warm-up', staticUrl, 3);
    const staticResult = await load('Static Node server, same bytes', staticUrl, seconds);

    const balanced: Result[] = [];
    if (NGINX) {
      // A second instance on the same database and build, then nginx in front of one and of both.
      const secondPort = appPort + 2;
      others.push(
        spawn('npx', ['tsx', 'scripts/serve.ts', '--no-build'], {
          env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(secondPort), NORTHSTAR_DATA_DIR: '.data/bench-2', NORTHSTAR_DEMO: '1', NEXTAUTH_URL: `http://localhost:${secondPort}` },
          stdio: ['ignore', 'ignore', 'inherit'],
          detached: true,
        }),
      );
      await waitFor(`http://localhost:${secondPort}/api/health`, 300_000);
      const work = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'northstar-bench-nginx-'));
      for (const [label, upstreams, port] of [
        ['nginx → 1 instance', [appPort], appPort + 3],
        ['nginx → 2 instances', [appPort, secondPort], appPort + 4],
      ] as const) {
        const prefix = nodePath.join(work, String(port));
        fs.mkdirSync(prefix);
        fs.writeFileSync(`${prefix}.conf`, nginxConfig({ listen: `127.0.0.1:${port}`, upstreams: upstreams.map((p) => `127.0.0.1:${p}`), prefix }));
        const nginx = spawn(NGINX, ['-p', prefix, '-c', `${prefix}.conf`, '-g', 'daemon off;'], { stdio: 'inherit', detached: true });
        others.push(nginx);
        const url = `http://localhost:${port}${path}`;
        await waitFor(url, 30_000);
        await load('warm-up', url, 3);
        balanced.push(await load(label, url, seconds));
        process.kill(-nginx.pid!, 'SIGTERM');
      }
      fs.rmSync(work, { recursive: true, force: true });
    } else {
      console.log('nginx is not installed: the two-instance comparison is left out.');
    }

    const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');
    console.log(`\n${connections} connections, ${seconds} s each, ${path}\n`);
    console.log('| server | requests/s | p50 ms | p95 ms | p99 ms | requests | errors | non-2xx |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of [appResult, staticResult, ...balanced]) {
      console.log(`| ${r.label} | ${fmt(r.requestsPerSecond)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${r.requests} | ${r.errors} | ${r.non2xx} |`);
    }
    const ratio = staticResult.requestsPerSecond / appResult.requestsPerSecond;
    console.log(`\nThroughput ratio static / app: ${ratio.toFixed(2)}× (app reaches ${((1 / ratio) * 100).toFixed(1)}% of static)`);
    if (balanced.length === 2) {
      console.log(`Two instances behind nginx / one behind nginx: ${(balanced[1]!.requestsPerSecond / balanced[0]!.requestsPerSecond).toFixed(2)}× (on ${os.cpus().length} cores, shared with the load generator)`);
    }
    if ([appResult, ...balanced].some((r) => r.errors || r.non2xx)) process.exitCode = 1;
  } finally {
    server?.close();
    stopApp();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
