// Next's instrumentation hooks, in each app process:
//   - register(): on a database server, start hearing public changes made by other processes
//     (lib/data/public-changes.ts);
//   - onRequestError(): every error Next.js catches on the server (a page, a route, an action)
//     is logged with the request id the proxy gave it and the digest the browser's error page
//     knows, so the reference on that page (components/error-reference.tsx) finds this line; and
//     one that failed because the database could not be reached puts it in doubt, so the next
//     pages answer "briefly unavailable" (503) until it answers again (lib/db/availability.ts).
import type { Instrumentation } from 'next';
import { REQUEST_ID_HEADER, requestIdFrom } from '@/lib/request-id';

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env } = await import('@/lib/env');
  const settings = env();
  if (!settings.DATABASE_URL || settings.NORTHSTAR_EMBEDDED) return;
  const { startPublicChangeListener } = await import('@/lib/data/public-changes');
  // Not awaited: until it listens, public pages are simply read fresh.
  startPublicChangeListener(settings.DATABASE_URL);
}

const summary = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim().slice(0, 500);

// Next reports an error of a page render once per phase (the component tree, then the HTML).
const logged = new WeakSet<object>();

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (typeof error === 'object' && error !== null) {
    if (logged.has(error)) return;
    logged.add(error);
  }
  const digest = typeof error === 'object' && error !== null && 'digest' in error ? String(error.digest) : '-';
  const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]) ?? '-';
  console.error(
    // Next.js logs the error and its stack itself, just before.
    `[northstar] request ${requestId} failed (digest ${digest}): ${request.method} ${request.path.slice(0, 300)} in ${context.routeType} ${context.routePath}: ${summary(error)}`,
  );
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { isDatabaseConnectionError, reportDatabaseTrouble } = await import('@/lib/db/availability');
  if (isDatabaseConnectionError(error)) reportDatabaseTrouble();
};
