import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { PlanCreateForm } from '@/components/plan-create-form';
import { requireUser } from '@/lib/data/current-user';
import { can } from '@/lib/permissions';

export const metadata: Metadata = { title: 'New plan' };

export default async function NewPlanPage() {
  const user = await requireUser('/admin/plans/new');
  if (!can(user, 'plan:manage', { organizationId: user.organizationId })) redirect('/dashboard');
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <div>
        <p className="text-sm">
          <Link href="/admin/plans">Plans</Link>
        </p>
        <h1 className="text-2xl font-bold sm:text-3xl">New plan</h1>
        <p className="mt-1 text-slate-700">
          A new strategic plan of {user.organizationName}. To carry an ending plan’s structure and measures forward, use
          “Start the next cycle” on that plan instead.
        </p>
      </div>
      <section aria-label="New plan" className="card p-5">
        <PlanCreateForm />
      </section>
    </main>
  );
}
