// The frame of the pages a person sees before they have an account to sign in with (first-run
// setup, invitation), matching the sign-in page: the logo on the brand colour, one white card.
import Link from 'next/link';
import { Logo } from '@/components/site-header';

export function AccountShell({ title, intro, wide = false, children }: { title: string; intro?: React.ReactNode; wide?: boolean; children: React.ReactNode }) {
  const width = wide ? 'max-w-2xl' : 'max-w-md';
  return (
    <div className="flex min-h-screen flex-col bg-brand-900">
      <header className={`mx-auto w-full ${width} px-4 pt-10`}>
        <Link href="/" className="no-underline hover:no-underline">
          <Logo />
        </Link>
      </header>
      <main id="main" className={`mx-auto w-full ${width} flex-1 px-4 py-8`}>
        <div className="card p-6 sm:p-8">
          <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
          {intro && <div className="mt-2 space-y-2 text-sm text-slate-700">{intro}</div>}
          <div className="mt-6">{children}</div>
        </div>
      </main>
    </div>
  );
}

/** A link that cannot be used: what happened and what to do, and no form. */
export function LinkProblem({ children }: { children: React.ReactNode }) {
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm font-medium text-red-900">
      {children}
    </div>
  );
}
