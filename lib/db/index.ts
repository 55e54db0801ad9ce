// The app's Prisma clients. Server-only: no client component may import the database.
//   - getDb(): the primary, for every write, every transaction, and reads that must be current
//     (the session check, the public pages: see readDb());
//   - readDb(): for the read-only queries of signed-in pages. With DATABASE_REPLICA_URLS set
//     they go to a read replica (@prisma/extension-read-replicas picks one per query; writes
//     and transactions still go to the primary), except for a user who has just written: a
//     successful server action sets a short-lived cookie (pinToPrimary()), and their reads stay
//     on the primary until the replicas have surely caught up. A replica that cannot be reached
//     is left alone for 10 s and its reads run on the primary.
// The public pages read the primary on purpose: they are cached and read again the moment a
// change is announced, and a replica a few milliseconds behind would put the old page back.
import 'server-only';
import { readReplicas } from '@prisma/extension-read-replicas';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { isDatabaseConnectionError } from '@/lib/db/availability';
import { databaseUrl, env } from '@/lib/env';

const globalForDb = globalThis as unknown as { northstarDb?: Db; northstarReadDb?: Db | null };

export function getDb(): Db {
  // Created lazily so that `next build` never needs a database.
  globalForDb.northstarDb ??= createPrismaClient(databaseUrl(), env().NORTHSTAR_DB_POOL_SIZE);
  return globalForDb.northstarDb;
}

/** The cookie that keeps a user who has just written on the primary. */
export const PRIMARY_PIN_COOKIE = 'northstar-primary';
/** How long after a write its author reads from the primary (replication lag is far shorter). */
export const PRIMARY_PIN_SECONDS = 10;

const REPLICA_RETRY_MS = 10_000;

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** A replica's client whose failed connections hand the query to the primary. */
function replicaClient(url: string, primary: Db): Db {
  let downUntil = 0;
  const replica = createPrismaClient(url, env().NORTHSTAR_DB_POOL_SIZE);
  const onPrimary = (model: string, operation: string, args: unknown) =>
    (primary as unknown as Record<string, Record<string, (args: unknown) => Promise<unknown>>>)[lowerFirst(model)]![operation]!(args);
  return replica.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          if (Date.now() < downUntil) return onPrimary(model, operation, args);
          try {
            return await query(args);
          } catch (error) {
            if (!isDatabaseConnectionError(error)) throw error;
            if (Date.now() >= downUntil) console.warn(`[northstar] A read replica is unreachable (${error instanceof Error ? error.message : String(error)}); reading from the primary for ${REPLICA_RETRY_MS / 1000} s.`);
            downUntil = Date.now() + REPLICA_RETRY_MS;
            return onPrimary(model, operation, args);
          }
        },
      },
    },
  }) as unknown as Db;
}

/** The primary with the replicas of DATABASE_REPLICA_URLS attached, or null when there are none. */
function replicatedDb(): Db | null {
  if (globalForDb.northstarReadDb !== undefined) return globalForDb.northstarReadDb;
  const urls = env().DATABASE_REPLICA_URLS;
  const primary = getDb();
  globalForDb.northstarReadDb = urls.length
    ? (primary.$extends(readReplicas({ replicas: urls.map((url) => replicaClient(url, primary)) as never })) as unknown as Db)
    : null;
  return globalForDb.northstarReadDb;
}

/**
 * The client for a signed-in page's read-only queries: a replica when there are any and this
 * request's user has not just written, else the primary. `pinned` overrides the cookie (tests).
 */
export async function readDb(pinned?: boolean): Promise<Db> {
  const replicated = replicatedDb();
  if (!replicated) return getDb();
  if (pinned ?? (await pinnedByCookie())) return getDb();
  return replicated;
}

async function pinnedByCookie(): Promise<boolean> {
  try {
    const { cookies } = await import('next/headers');
    return (await cookies()).has(PRIMARY_PIN_COOKIE);
  } catch {
    // Outside a request (the command line, a test): nobody has just written.
    return false;
  }
}

/** After a successful write: this user's reads stay on the primary for PRIMARY_PIN_SECONDS. */
export async function pinToPrimary(): Promise<void> {
  if (!replicatedDb()) return;
  const { cookies } = await import('next/headers');
  (await cookies()).set(PRIMARY_PIN_COOKIE, '1', { maxAge: PRIMARY_PIN_SECONDS, httpOnly: true, sameSite: 'lax', path: '/' });
}
