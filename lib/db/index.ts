// The app's Prisma singleton. Server-only: no client component may import the database.
import 'server-only';
import { createPrismaClient, type Db } from '@/lib/db/client';
import { databaseUrl, env } from '@/lib/env';

const globalForDb = globalThis as unknown as { northstarDb?: Db };

export function getDb(): Db {
  // Created lazily so that `next build` never needs a database.
  globalForDb.northstarDb ??= createPrismaClient(databaseUrl(), env().NORTHSTAR_DB_POOL_SIZE);
  return globalForDb.northstarDb;
}
