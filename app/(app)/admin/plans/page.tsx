import type { Metadata } from 'next';
import Link from 'next/link';
import { PlanImportForm } from '@/components/plan-import-form';
import { requireAdmin } from '@/lib/data/current-user';
import { listPlansForAdmin } from '@/lib/data/plan/queries';
import { formatDate } from '@/lib/labels';
import { STATUS_WORDS } from '@/lib/data/plan/fields';
import { AdminPage, Section } from '@/components/layout/page-parts';

export const metadata: Metadata = { title: 'Plans' };

export default async function PlansAdminPage() {
  const user = await requireAdmin('/admin/plans');
  const plans = await listPlansForAdmin(user);
  return (
    <AdminPage
      title="Plans"
      intro={
        <>
          {user.organizationName}: create a plan, change its settings and structure, publish it, or download a whole plan as
          one JSON file — structure, targets, periods, updates and every value — and import one.
        </>
      }
      actions={
        <Link href="/admin/plans/new" className="btn-primary">
          New plan
        </Link>
      }
    >
      <Section headingId="plans-heading" title={<>Plans of {user.organizationName}</>} hideTitle className="card">
        <ul className="divide-y divide-slate-200">
          {plans.map((p) => (
            <li key={p.slug} className="space-y-3 p-4">
              <div>
                <h3 className="font-semibold">
                  <Link href={`/admin/plans/${p.slug}`}>{p.name}</Link>
                </h3>
                <p className="text-sm text-slate-600">
                  {STATUS_WORDS[p.status]} · {p.published ? 'published' : 'not published'} · {formatDate(p.cycleStart)} –{' '}
                  {formatDate(p.cycleEnd)} · {p.goals} {p.goals === 1 ? 'goal' : 'goals'} · <code>{p.slug}</code>
                </p>
              </div>
              <ul className="flex flex-wrap gap-2" aria-label={`Manage ${p.name}`}>
                <li>
                  <Link href={`/admin/plans/${p.slug}`} className="btn-secondary">
                    Settings<span className="sr-only"> of {p.name}</span>
                  </Link>
                </li>
                <li>
                  <Link href={`/admin/plans/${p.slug}/structure`} className="btn-secondary">
                    Edit structure<span className="sr-only"> of {p.name}</span>
                  </Link>
                </li>
                <li>
                  <Link href={`/admin/plans/${p.slug}/observations`} className="btn-secondary">
                    <span>
                      Import values<span className="sr-only"> into {p.name}</span> (CSV)
                    </span>
                  </Link>
                </li>
                <li>
                  <a href={`/admin/plans/${p.slug}/export.json`} className="btn-secondary" download>
                    <span>
                      Download<span className="sr-only"> {p.name}</span> (JSON)
                    </span>
                  </a>
                </li>
              </ul>
            </li>
          ))}
        </ul>
      </Section>
      <Section headingId="import-heading" title="Import a plan">
        <PlanImportForm />
      </Section>
    </AdminPage>
  );
}
