// The parts every signed-in page is built from, so pages say only what is their own: the header
// (where you are, the title, what the page is for) and titled sections.
import Link from 'next/link';
import type { ReactNode } from 'react';

export interface Crumb {
  label: ReactNode;
  href?: string;
}

/** Where the page sits, its title, and a sentence on what it is for; `actions` sit beside it on wide screens. */
export function PageHeader({ trail, title, intro, actions }: { trail?: Crumb[]; title: ReactNode; intro?: ReactNode; actions?: ReactNode }) {
  const header = (
    <div>
      {trail && trail.length > 0 && (
        <nav aria-label="Breadcrumb" className="text-sm">
          <ol className="flex flex-wrap items-center gap-x-1.5">
            {trail.map((crumb, i) => (
              <li key={i} className="flex items-center gap-x-1.5">
                {i > 0 && <span aria-hidden="true">›</span>}
                {crumb.href ? <Link href={crumb.href}>{crumb.label}</Link> : <span aria-current="page">{crumb.label}</span>}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <h1 className="mt-1 text-2xl font-bold sm:text-3xl">{title}</h1>
      {intro && <p className="mt-1 max-w-3xl text-slate-700">{intro}</p>}
    </div>
  );
  if (!actions) return header;
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      {header}
      {actions}
    </div>
  );
}

/**
 * A titled part of a page, labelled by its heading for screen readers. `hideTitle` keeps the
 * heading for them only (a list whose page title already says what it is).
 */
export function Section({
  headingId,
  title,
  hideTitle = false,
  className = 'card space-y-3 p-5',
  children,
}: {
  headingId: string;
  title: ReactNode;
  hideTitle?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={headingId} className={className}>
      <h2 id={headingId} className={hideTitle ? 'sr-only' : 'text-lg font-semibold'}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** What just happened (a deletion, a saved change), announced to screen readers. */
export function DoneNotice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="rounded-lg border border-green-300 bg-green-50 px-4 py-3 text-sm font-medium text-green-900">
      {children}
    </p>
  );
}

/** The crumbs from the plans list to a plan's page, for the pages under it. */
export const planCrumbs = (plan: { name: string; slug: string }): Crumb[] => [
  { label: 'Plans', href: '/admin/plans' },
  { label: plan.name, href: `/admin/plans/${plan.slug}` },
];

const PAGE_WIDTHS = { narrow: 'max-w-3xl', medium: 'max-w-4xl', normal: 'max-w-5xl', wide: 'max-w-6xl' } as const;

/**
 * An administration page: its main landmark at the page's width and its header, the trail
 * starting at Administration (`trail` adds the crumbs between it and this page).
 */
export function AdminPage({
  width = 'normal',
  trail = [],
  children,
  ...header
}: {
  width?: keyof typeof PAGE_WIDTHS;
  trail?: Crumb[];
  title: ReactNode;
  intro?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <main id="main" className={`mx-auto ${PAGE_WIDTHS[width]} space-y-6 px-4 py-8`}>
      <PageHeader trail={[{ label: 'Administration', href: '/admin' }, ...trail]} {...header} />
      {children}
    </main>
  );
}
