'use client';

// What a page shows when it fails on the server or in the browser: what happened in words, a way
// on, and the reference that finds the failure in the logs (components/error-reference.tsx).
// Refusals (a wrong input, a missing permission) never come here: the data layer answers them.
import Link from 'next/link';
import { ErrorReference } from '@/components/error-reference';

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <title>Something went wrong · Northstar</title>
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p className="mt-3 text-slate-700">Northstar could not show this page. Please try again.</p>
      <ErrorReference error={error} />
      <div className="mt-8 flex flex-wrap gap-3">
        <button type="button" className="btn-primary" onClick={() => retry()}>
          Try again
        </button>
        <Link href="/dashboard" className="btn-secondary">
          Go to the dashboard
        </Link>
      </div>
    </main>
  );
}
