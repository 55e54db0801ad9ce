// Next's instrumentation hooks, in each app process:
//   - register(): on a database server, start hearing public changes made by other processes
//     (lib/data/public-changes.ts);
//   - onRequestError(): a request that failed because the database could not be reached puts it
//     in doubt, so the next pages answer "briefly unavailable" (503) until it answers again.
import type { Instrumentation } from 'next';

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env } = await import('@/lib/env');
  const settings = env();
  if (!settings.DATABASE_URL || settings.NORTHSTAR_EMBEDDED) return;
  const { startPublicChangeListener } = await import('@/lib/data/public-changes');
  // Not awaited: until it listens, public pages are simply read fresh.
  startPublicChangeListener(settings.DATABASE_URL);
}

export const onRequestError: Instrumentation.onRequestError = async (error) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { isDatabaseConnectionError, reportDatabaseTrouble } = await import('@/lib/db/availability');
  if (isDatabaseConnectionError(error)) reportDatabaseTrouble();
};
