import type { Metadata } from 'next';
import { PlanCreateForm } from '@/components/plan-create-form';
import { requireAdmin } from '@/lib/data/current-user';
import { AdminPage } from '@/components/layout/page-parts';

export const metadata: Metadata = { title: 'New plan' };

export default async function NewPlanPage() {
  const user = await requireAdmin('/admin/plans/new');
  return (
    <AdminPage
      width="narrow"
      trail={[{ label: 'Plans', href: '/admin/plans' }]}
      title="New plan"
      intro={
        <>
          A new strategic plan of {user.organizationName}. To carry an ending plan’s structure and measures forward, use
          “Start the next cycle” on that plan instead.
        </>
      }
    >
      <section aria-label="New plan" className="card p-5">
        <PlanCreateForm />
      </section>
    </AdminPage>
  );
}
