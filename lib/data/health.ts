// Liveness and database reachability for /api/health.
import 'server-only';
import { getDb } from '@/lib/db';

export interface Health {
  status: 'ok' | 'degraded';
  app: 'up';
  database: 'up' | 'down';
  time: string;
}

export async function checkHealth(): Promise<Health> {
  let database: Health['database'] = 'down';
  try {
    await getDb().$queryRaw`SELECT 1`;
    database = 'up';
  } catch {
    database = 'down';
  }
  return { status: database === 'up' ? 'ok' : 'degraded', app: 'up', database, time: new Date().toISOString() };
}
