// Is the database there? Asked before every page while there is reason to doubt it, so that an
// outage answers a clear 503 "briefly unavailable" page (proxy.ts, lib/unavailable-page.ts)
// instead of an error. Doubt comes from the public-change listener losing its connection (the
// first sign of a restart: the server ends every session at once) and from any request that
// failed with a connection error (instrumentation.ts). While in doubt, one probe at a time
// (SELECT 1, at most 1.5 s) answers for 500 ms; a probe that succeeds ends the doubt.
import 'server-only';
import { getDb } from '@/lib/db';

const PROBE_TIMEOUT_MS = 1_500;
const PROBE_FRESH_MS = 500;

interface Doubt {
  since: number | null;
  checkedAt: number;
  ok: boolean;
  probe?: Promise<boolean>;
}

const holder = globalThis as unknown as { northstarDbDoubt?: Doubt };
const doubt = (): Doubt => (holder.northstarDbDoubt ??= { since: null, checkedAt: 0, ok: true });

// Connection-level failures: refused, reset, ended by the server (admin shutdown, crash,
// starting up), a socket timeout, or Prisma's "can't reach the database".
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', 'P1001', 'P1002', 'P1017']);
const CONNECTION_MESSAGE = /ECONNREFUSED|ECONNRESET|Connection terminated|terminating connection|the database system is (starting up|shutting down)|Can't reach database server|Client has encountered a connection error|Connection refused|timeout exceeded when trying to connect/i;

/** Whether `error` (or what it wraps) says the database could not be reached, rather than that a query was wrong. */
export function isDatabaseConnectionError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { code, message, cause, originalCode } = error as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
  if (typeof originalCode === 'string' && CONNECTION_CODES.has(originalCode)) return true;
  if (typeof message === 'string' && CONNECTION_MESSAGE.test(message)) return true;
  return isDatabaseConnectionError(cause, depth + 1);
}

/** Something suggests the database is gone: check before the next pages. */
export function reportDatabaseTrouble(): void {
  const state = doubt();
  state.since ??= Date.now();
  state.checkedAt = 0;
}

async function probe(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      getDb().$queryRaw`SELECT 1`,
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('probe timed out')), PROBE_TIMEOUT_MS))),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** True unless the database is in doubt and a probe just failed. Costs nothing while all is well. */
export async function databaseAvailable(now = Date.now()): Promise<boolean> {
  const state = doubt();
  if (state.since === null) return true;
  if (now - state.checkedAt < PROBE_FRESH_MS) return state.ok;
  state.probe ??= probe().then((ok) => {
    state.ok = ok;
    state.checkedAt = Date.now();
    state.probe = undefined;
    if (ok) state.since = null;
    return ok;
  });
  return state.probe;
}
