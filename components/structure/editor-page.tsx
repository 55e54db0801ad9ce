// The frame of the structure editor's form pages: breadcrumbs back to the outline, and the title.
import Link from 'next/link';
import type { ReactNode } from 'react';

export function EditorPage({ planSlug, planName, title, intro, children }: { planSlug: string; planName: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <main id="main" className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      <div>
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href="/admin/plans">Plans</Link> <span aria-hidden="true">›</span>{' '}
          <Link href={`/admin/plans/${planSlug}/structure`}>Structure of {planName}</Link>
        </nav>
        <h1 className="mt-1 text-2xl font-bold sm:text-3xl">{title}</h1>
        {intro && <div className="mt-1 max-w-3xl text-slate-700">{intro}</div>}
      </div>
      {children}
    </main>
  );
}
