import Link from 'next/link';
import { Logo } from '@/components/site-header';

export function PublicHeader() {
  return (
    <header className="no-print bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="rounded text-white no-underline hover:no-underline">
          <Logo />
        </Link>
        <Link
          href="/login"
          className="inline-flex min-h-10 items-center rounded-md border border-white/30 px-3 text-sm font-medium text-white no-underline hover:bg-white/10 hover:no-underline"
        >
          Staff sign in
        </Link>
      </div>
    </header>
  );
}
