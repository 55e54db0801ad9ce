import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { PlanImportForm } from '@/components/plan-import-form';
import { requireUser } from '@/lib/data/current-user';
import { listPlansForUser } from '@/lib/data/plans';
import { can } from '@/lib/permissions';

export const metadata: Metadata = { title: 'Plans' };

const STATUS_WORDS = { DRAFT: 'Draft', ACTIVE: 'Active', ARCHIVED: 'Archived' } as const;

export default async function PlansAdminPage() {
  const user = await requireUser('/admin/plans');
  if (!can(user, 'plan:manage', { organizationId: user.organizationId })) redirect('/dashboard');
  const plans = await listPlansForUser(user);
  return (
    <main id="main" className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      <div>
        <h1 className="text-2xl font-bold sm:text-3xl">Plans</h1>
        <p className="mt-1 text-slate-700">
          {user.organizationName}: download a whole plan as one JSON file — structure, targets, periods, updates and every
          value — or import one.
        </p>
      </div>
      <section aria-labelledby="plans-heading" className="card">
        <h2 id="plans-heading" className="sr-only">
          Plans of {user.organizationName}
        </h2>
        <ul className="divide-y divide-slate-200">
          {plans.map((p) => (
            <li key={p.slug} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div>
                <p className="font-semibold">{p.name}</p>
                <p className="text-sm text-slate-600">
                  {STATUS_WORDS[p.status]} · {p.published ? 'published' : 'not published'} · <code>{p.slug}</code>
                </p>
              </div>
              <div className="flex flex-wrap gap-2">
                <Link href={`/admin/plans/${p.slug}/observations`} className="btn-secondary">
                  <span>
                    Import values<span className="sr-only"> into {p.name}</span> (CSV)
                  </span>
                </Link>
                <a href={`/admin/plans/${p.slug}/export.json`} className="btn-secondary" download>
                  Download {p.name} (JSON)
                </a>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="import-heading" className="card space-y-3 p-5">
        <h2 id="import-heading" className="text-lg font-semibold">
          Import a plan
        </h2>
        <PlanImportForm />
      </section>
    </main>
  );
}
