// The embedded database for machines without PostgreSQL: PGlite served over the
// Postgres wire protocol on loopback, so the app uses the same pg adapter path.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  stop: () => Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Where the data lives; omit for an in-memory database (tests). */
  dataDir?: string;
  /** 0 picks a free port. */
  port?: number;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** One process at a time may own a data directory: PGlite is single-writer. */
function acquireLock(dataDir: string): () => void {
  const lockPath = path.join(dataDir, '..', `${path.basename(dataDir)}.lock`);
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  try {
    fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number(fs.readFileSync(lockPath, 'utf8'));
    if (Number.isInteger(holder) && holder !== process.pid && isProcessAlive(holder)) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by process ${holder}. Stop that process first.`,
      );
    }
    fs.writeFileSync(lockPath, String(process.pid));
  }
  return () => fs.rmSync(lockPath, { force: true });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const release = options.dataDir ? acquireLock(options.dataDir) : () => {};
  try {
    if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
    const db = await PGlite.create(options.dataDir);
    const port = options.port || (await freePort());
    const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: 64 });
    await server.start();
    let stopped = false;
    return {
      url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await server.stop();
        await db.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
