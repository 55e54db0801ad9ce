import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { DashboardFilters } from '@/components/dashboard/dashboard-filters';
import { DivisionGrid } from '@/components/dashboard/division-grid';
import { GoalList } from '@/components/dashboard/goal-list';
import { NeedsAttention } from '@/components/dashboard/needs-attention';
import { HeaderSkeleton, WidgetSkeleton } from '@/components/dashboard/skeletons';
import { StatusHeadline } from '@/components/dashboard/status-headline';
import { DemoBanner } from '@/components/demo-banner';
import { requireUser } from '@/lib/data/current-user';
import { loadDashboard, type DashboardContext, type DashboardParts } from '@/lib/data/dashboard';
import type { DashboardView } from '@/lib/dashboard-view';
import { isAppError } from '@/lib/errors';
import { formatMonthYear } from '@/lib/format';
import { formatDate } from '@/lib/labels';
import { dashboardHref, parseDashboardFilters } from '@/lib/validations/dashboard';

export const metadata: Metadata = { title: 'Dashboard' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function context(parts: DashboardParts): Promise<DashboardContext> {
  try {
    return await parts.context;
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

async function PlanHeading({ parts }: { parts: DashboardParts }) {
  const ctx = await context(parts);
  const { plan, period } = ctx;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm font-medium text-slate-600">{plan.organizationName}</p>
          <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{plan.name}</h1>
          <p className="text-sm text-slate-600">
            {formatMonthYear(new Date(plan.cycleStart))} – {formatMonthYear(new Date(plan.cycleEnd))} ·{' '}
            <strong className="font-semibold text-slate-800">
              {period
                ? `As it stood at the end of ${period.label} (approved by ${formatDate(period.dueDate)})`
                : 'Latest approved data'}
            </strong>
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href={dashboardHref(ctx.filters, '/dashboard/report')} className="btn-secondary">
            Board report
          </Link>
          {plan.published && (
            <Link href={`/scorecard/${plan.organizationSlug}/${plan.slug}`} className="btn-secondary">
              Public scorecard
            </Link>
          )}
        </div>
      </div>
      <DashboardFilters context={ctx} />
    </div>
  );
}

async function PlanBanner({ parts }: { parts: DashboardParts }) {
  const ctx = await parts.context.catch(() => null);
  return ctx?.plan.demoProgress ? <DemoBanner /> : null;
}

/** One widget: waits for its own data only, so a slow query never blanks the rest. */
async function Widget({
  parts,
  data,
  render: Render,
}: {
  parts: DashboardParts;
  data: 'status' | 'attention';
  render: (props: { context: DashboardContext; view: DashboardView }) => React.ReactNode;
}) {
  // Both reads are already under way; the context first, so that an unknown plan is a 404.
  const ctx = await context(parts);
  const view = await parts[data];
  return <Render context={ctx} view={view} />;
}

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const search = parseDashboardFilters(await searchParams);
  const user = await requireUser('/dashboard');
  const parts = loadDashboard(user, search);
  return (
    <>
    <Suspense fallback={null}>
      <PlanBanner parts={parts} />
    </Suspense>
    <main id="main" className="mx-auto max-w-6xl space-y-8 px-4 py-6 sm:py-8">
      <Suspense fallback={<HeaderSkeleton />}>
        <PlanHeading parts={parts} />
      </Suspense>
      <Suspense fallback={<WidgetSkeleton label="status counts" rows={2} />}>
        <Widget parts={parts} data="status" render={StatusHeadline} />
      </Suspense>
      <Suspense fallback={<WidgetSkeleton label="needs attention" rows={3} />}>
        <Widget parts={parts} data="attention" render={NeedsAttention} />
      </Suspense>
      <Suspense fallback={<WidgetSkeleton label="the division grid" rows={5} />}>
        <Widget parts={parts} data="status" render={DivisionGrid} />
      </Suspense>
      <Suspense fallback={<WidgetSkeleton label="goals" rows={4} />}>
        <Widget parts={parts} data="status" render={GoalList} />
      </Suspense>
    </main>
    </>
  );
}
