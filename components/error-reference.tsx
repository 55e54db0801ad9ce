'use client';

// The reference an error page shows, so whoever helps can find the failure in the logs.
// The root layout passes in its request's id (lib/request-security.ts). An error that comes with
// the page's first load failed in that request; one after a later navigation failed in a request
// whose id this page never saw, so its digest stands in (instrumentation.ts logs both together).
import { createContext, useContext, useEffect, useState } from 'react';

const RequestIdContext = createContext<string | null>(null);
const page = { started: false };

export function RequestIdProvider({ requestId, children }: { requestId: string | null; children: React.ReactNode }) {
  useEffect(() => {
    page.started = true;
  }, []);
  return <RequestIdContext value={requestId}>{children}</RequestIdContext>;
}

const digestOf = (error: unknown) =>
  typeof error === 'object' && error !== null && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;

/** The request id when the error came with the page's first load, otherwise the error's digest. */
export function useErrorReference(error: unknown): string | null {
  const requestId = useContext(RequestIdContext);
  // Fixed at the error page's first render: a later re-render must not switch it.
  const [reference] = useState(() => (!page.started && requestId ? requestId : digestOf(error)));
  return reference;
}

export function ErrorReference({ error }: { error: unknown }) {
  const reference = useErrorReference(error);
  if (!reference) return null;
  return (
    <p className="mt-6 text-slate-700">
      If it keeps happening, give this reference to your administrator:{' '}
      <code className="rounded bg-slate-200 px-1.5 py-0.5 font-mono font-bold text-slate-900">{reference}</code>
    </p>
  );
}
