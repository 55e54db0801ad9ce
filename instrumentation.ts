// Every error Next.js catches on the server (a page, a route, an action) is logged with the
// request id the proxy gave it and the digest the browser's error page knows, so the reference
// on that page (components/error-reference.tsx) finds this line.
import type { Instrumentation } from 'next';
import { REQUEST_ID_HEADER, requestIdFrom } from '@/lib/request-id';

const summary = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim().slice(0, 500);

// Next reports an error of a page render once per phase (the component tree, then the HTML).
const logged = new WeakSet<object>();

export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
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
};
