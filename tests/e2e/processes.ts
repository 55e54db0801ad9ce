// Processes the several-instance browser tests start for themselves: a PostgreSQL cluster of their
// own (so stopping or restarting it leaves the machine's server alone), app instances
// (`npm start -- --no-build`), nginx in front, and a bounded load. Each is stopped by stopAll().
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { expect } from '@playwright/test';
import { nginxConfig } from '../../lib/nginx-config';
import { PgCluster } from '../support/pg-cluster';
import { NGINX } from '../support/requirements';

export { NGINX };


export class Processes {
  readonly work = fs.mkdtempSync(path.join(os.tmpdir(), 'northstar-processes-'));
  private readonly children: ChildProcess[] = [];
  private readonly clusters: PgCluster[] = [];

  constructor() {
    fs.chmodSync(this.work, 0o755);
  }

  /** A new PostgreSQL cluster of this test's own on `port`, started. */
  startCluster(port: number): PgCluster {
    const cluster = PgCluster.create(path.join(this.work, `pg-${port}`), port);
    this.clusters.push(cluster);
    return cluster;
  }

  /** A long-running process in its own process group, its output in `<log>` under the work directory. */
  start(command: string, args: string[], env: NodeJS.ProcessEnv, log: string): ChildProcess {
    const out = fs.openSync(path.join(this.work, log), 'a');
    const child = spawn(command, args, { env, detached: true, stdio: ['ignore', out, out] });
    this.children.push(child);
    return child;
  }

  /** `npm start -- --no-build` on `port`: the build the other browser tests made. */
  startInstance(port: number, env: NodeJS.ProcessEnv, name: string): ChildProcess {
    return this.start('npx', ['tsx', 'scripts/serve.ts', '--no-build'], { ...env, PORT: String(port), NORTHSTAR_DATA_DIR: `.data/e2e-${name}` }, `${name}.log`);
  }

  startNginx(listenPort: number, upstreamPorts: number[], pinning = false): ChildProcess {
    const conf = path.join(this.work, `nginx-${listenPort}.conf`);
    const prefix = path.join(this.work, `nginx-${listenPort}`);
    fs.mkdirSync(prefix);
    fs.writeFileSync(conf, nginxConfig({ listen: `127.0.0.1:${listenPort}`, upstreams: upstreamPorts.map((p) => `127.0.0.1:${p}`), prefix, pinning }));
    return this.start(NGINX ?? 'nginx', ['-p', prefix, '-c', conf, '-g', 'daemon off;'], process.env, `nginx-${listenPort}.log`);
  }

  log(name: string): string {
    const file = path.join(this.work, name);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  }

  async stopAll() {
    for (const child of this.children) kill(child, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    for (const child of this.children) kill(child, 'SIGKILL');
    for (const cluster of this.clusters) cluster.stopQuietly();
    fs.rmSync(this.work, { recursive: true, force: true });
  }
}

/** Ends a started process and everything it started (its process group). */
export function kill(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

export async function healthy(url: string, timeout = 180_000) {
  await expect
    .poll(async () => (await fetch(`${url}/api/health`).catch(() => null))?.status ?? 0, { timeout, intervals: [500] })
    .toBe(200);
}

export interface LoadResult {
  requests: number;
  /** Responses by status code. */
  statuses: Record<string, number>;
  /** Requests that got no HTTP answer at all (connection refused or reset, timeout). */
  errors: number;
  /** When (Date.now()) each answer other than 200 and 503 arrived, with its status. */
  unexpected: { status: number; at: number }[];
  /** When (Date.now()) each 200 arrived. */
  okAt: number[];
}

/** `connections` clients asking for `url` for `seconds`, counted by answer. */
export function load(url: string, { connections = 10, seconds = 20, headers = {} }: { connections?: number; seconds?: number; headers?: Record<string, string> } = {}): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const statuses: Record<string, number> = {};
    const unexpected: LoadResult['unexpected'] = [];
    const okAt: number[] = [];
    const instance = autocannon({ url, connections, duration: seconds, headers, timeout: 10 }, (error, result) => {
      if (error) return reject(error);
      resolve({ requests: result.requests.total, statuses, errors: result.errors + result.timeouts, unexpected, okAt });
    });
    instance.on('response', (_client: unknown, status: number) => {
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status === 200) okAt.push(Date.now());
      else if (status !== 503) unexpected.push({ status, at: Date.now() });
    });
  });
}

/**
 * A GET, asked once more if the connection failed before any answer: Node's fetch reuses a
 * kept-alive connection that the server may have just closed for idleness (Next.js closes them
 * after 5 s), a race of the test's client, not the app's.
 */
export async function get(url: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}
