import type { Metadata } from 'next';
import Link from 'next/link';
import { DemoBanner } from '@/components/demo-banner';
import { PlanOutline } from '@/components/plan-outline';
import { StatusSummary } from '@/components/status-summary';
import { requireUser } from '@/lib/data/current-user';
import { getPlanOverview } from '@/lib/data/plans';
import { formatMonthYear } from '@/lib/format';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ plan?: string }> }) {
  const { plan: planSlug } = await searchParams;
  const user = await requireUser('/dashboard');
  const overview = await getPlanOverview(user, planSlug);
  const { plan } = overview;
  return (
    <>
      {plan.demoProgress && <DemoBanner />}
      <main id="main" className="mx-auto max-w-6xl space-y-8 px-4 py-8">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <p className="text-sm font-medium text-slate-600">{plan.organizationName}</p>
            <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{plan.name}</h1>
            <p className="text-sm text-slate-600">
              {formatMonthYear(new Date(plan.cycleStart))} – {formatMonthYear(new Date(plan.cycleEnd))}
            </p>
          </div>
          {plan.published && (
            <Link href={`/scorecard/${plan.organizationSlug}/${plan.slug}`} className="btn-secondary">
              View public scorecard
            </Link>
          )}
        </div>
        <section aria-labelledby="health" className="space-y-3">
          <h2 id="health" className="text-lg font-semibold">
            {plan.labels.goals} by status
          </h2>
          <StatusSummary counts={overview.counts} label={`${plan.labels.goals} by status`} />
          <p className="text-xs text-slate-600">
            Status uses approved values only. Values awaiting review are shown with a dashed outline.
          </p>
        </section>
        <PlanOutline overview={overview} goalHref={(id) => `/goals/${id}`} showPending />
      </main>
    </>
  );
}
