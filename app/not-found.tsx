import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3 text-slate-700">The page you asked for does not exist or is not public.</p>
      <p className="mt-6">
        <Link href="/" className="btn-primary">
          Go to the home page
        </Link>
      </p>
    </main>
  );
}
