'use client';

// When the root layout itself fails: its own document, in the app's styles (app/error.tsx is the
// usual error page, inside the layout).
import './globals.css';
import { ErrorReference } from '@/components/error-reference';

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <main id="main" className="mx-auto max-w-xl px-4 py-16">
          <title>Something went wrong · Northstar</title>
          <h1 className="text-3xl font-bold">Something went wrong</h1>
          <p className="mt-3 text-slate-700">Northstar could not show this page. Please try again.</p>
          <ErrorReference error={error} />
          <p className="mt-8">
            <button type="button" className="btn-primary" onClick={() => retry()}>
              Try again
            </button>
          </p>
        </main>
      </body>
    </html>
  );
}
