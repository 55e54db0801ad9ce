import Link from 'next/link';

/** Not found inside the signed-in app: keeps the app's header and points back to the dashboard. */
export default function SignedInNotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3 text-slate-700">This page does not exist, or it belongs to another organization.</p>
      <p className="mt-6">
        <Link href="/dashboard" className="btn-primary">
          Go to the dashboard
        </Link>
      </p>
    </main>
  );
}
