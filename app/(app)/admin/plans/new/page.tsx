import type { Metadata } from 'next';
import { PlanCreateForm } from '@/components/plan-create-form';
import { requireAdmin } from '@/lib/data/current-user';
import { PageHeader } from '@/components/layout/page-parts';

export const metadata: Metadata = { title: 'New plan' };

export default async function NewPlanPage() {
  const user = await requireAdmin('/admin/plans/new');
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <PageHeader
        trail={[{ label: 'Administration', href: '/admin' }, { label: 'Plans', href: '/admin/plans' }]}
        title="New plan"
        intro={
          <>
            A new strategic plan of {user.organizationName}. To carry an ending plan’s structure and measures forward, use
            “Start the next cycle” on that plan instead.
          </>
        }
      />
      <section aria-label="New plan" className="card p-5">
        <PlanCreateForm />
      </section>
    </main>
  );
}
