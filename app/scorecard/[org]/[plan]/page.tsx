import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { DemoBanner } from '@/components/demo-banner';
import { PlanOutline } from '@/components/plan-outline';
import { PublicHeader } from '@/components/public-header';
import { StatusSummary } from '@/components/status-summary';
import { getPublicScorecard } from '@/lib/data/scorecard';
import { isAppError } from '@/lib/errors';
import { formatMonthYear } from '@/lib/format';

type Params = Promise<{ org: string; plan: string }>;

const load = cache(async (org: string, plan: string) => {
  await connection();
  try {
    return await getPublicScorecard(org, plan);
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { org, plan } = await params;
  const overview = await load(org, plan);
  return {
    title: `${overview.plan.name} — ${overview.plan.organizationShortName} scorecard`,
    description: `Progress on ${overview.plan.organizationName}'s ${overview.plan.name}.`,
  };
}

export default async function ScorecardPage({ params }: { params: Params }) {
  const { org, plan: planSlug } = await params;
  const overview = await load(org, planSlug);
  const { plan } = overview;
  return (
    <>
      <PublicHeader />
      {plan.demoProgress && <DemoBanner />}
      <main id="main" className="mx-auto max-w-6xl space-y-8 px-4 py-8">
        <header className="space-y-3">
          <p className="text-sm font-medium text-slate-600">{plan.organizationName}</p>
          <h1 className="text-2xl font-bold sm:text-4xl">{plan.name}</h1>
          <p className="text-sm text-slate-600">
            Public scorecard · {formatMonthYear(new Date(plan.cycleStart))} – {formatMonthYear(new Date(plan.cycleEnd))}
          </p>
          <dl className="grid gap-4 pt-2 md:grid-cols-2">
            {plan.vision && (
              <div className="card p-4">
                <dt className="text-xs font-semibold uppercase tracking-wide text-brand-700">Vision</dt>
                <dd className="mt-1 text-slate-800">{plan.vision}</dd>
              </div>
            )}
            {plan.mission && (
              <div className="card p-4">
                <dt className="text-xs font-semibold uppercase tracking-wide text-brand-700">Mission</dt>
                <dd className="mt-1 text-slate-800">{plan.mission}</dd>
              </div>
            )}
          </dl>
        </header>
        <section aria-labelledby="health" className="space-y-3">
          <h2 id="health" className="text-lg font-semibold">
            {plan.labels.goals} at a glance
          </h2>
          <StatusSummary counts={overview.counts} label={`${plan.labels.goals} by status`} />
        </section>
        <details className="card p-4 text-sm text-slate-800">
          <summary className="cursor-pointer font-semibold">How to read this page</summary>
          <div className="mt-2 space-y-2">
            <p>
              Each {plan.labels.goal.toLowerCase()} is measured against a baseline and a target set by the plan. Only values
              reviewed and approved by the organization appear here.
            </p>
            <p>
              <strong>Met</strong>: the latest value reaches the final target. <strong>On track</strong>: it reaches the value
              expected by now on a straight path from the baseline to the target. <strong>At risk</strong>: it has made at
              least 80% of the expected progress. <strong>Off track</strong>: less than that. <strong>No data</strong>: no
              approved value yet. A {plan.labels.goal.toLowerCase()} shows the worst status among its measures.
            </p>
          </div>
        </details>
        <PlanOutline overview={overview} showPending={false} />
      </main>
    </>
  );
}
