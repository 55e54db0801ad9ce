// PostgreSQL clusters a test makes for itself on ports of its own, so that stopping, restarting
// or replicating them leaves the machine's server alone: Debian's server binaries, run as the
// postgres user when the test runs as root (initdb refuses root).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { POSTGRES_BIN } from './requirements';

function run(command: string, args: string[]): string {
  const [cmd, argv] = process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const result = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}${result.stdout}`);
  return result.stdout;
}

function ownDirectory(dir: string) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.getuid?.() === 0) {
    // The postgres user must reach it: every parent readable, the directory its own.
    for (let parent = path.dirname(dir); parent !== path.dirname(parent); parent = path.dirname(parent)) {
      if (parent.startsWith('/tmp/')) fs.chmodSync(parent, 0o755);
    }
    spawnSync('chown', ['postgres:postgres', dir]);
  }
}

export { POSTGRES_BIN };

export class PgCluster {
  constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  /** A new cluster in `dir` on `port`: trust authentication, loopback only, started. */
  static create(dir: string, port: number): PgCluster {
    if (!POSTGRES_BIN) throw new Error('PostgreSQL server binaries are not installed');
    ownDirectory(dir);
    run(path.join(POSTGRES_BIN, 'initdb'), ['-D', dir, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    const cluster = new PgCluster(dir, port);
    cluster.ctl('start');
    return cluster;
  }

  /** A streaming replica of this cluster in `dir` on `port` (pg_basebackup -R), started. */
  replica(dir: string, port: number): PgCluster {
    ownDirectory(dir);
    run(path.join(POSTGRES_BIN!, 'pg_basebackup'), ['-h', '127.0.0.1', '-p', String(this.port), '-U', 'postgres', '-D', dir, '-R', '-X', 'stream', '--checkpoint=fast', '--no-sync']);
    const replica = new PgCluster(dir, port);
    replica.ctl('start');
    return replica;
  }

  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  ctl(action: 'start' | 'stop' | 'restart') {
    const options = action === 'stop' ? [] : ['-o', `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`];
    run(path.join(POSTGRES_BIN!, 'pg_ctl'), ['-D', this.dir, '-l', path.join(this.dir, 'server.log'), '-w', '-m', 'fast', action, ...options]);
  }

  stopQuietly() {
    try {
      this.ctl('stop');
    } catch {
      // already stopped
    }
  }
}
