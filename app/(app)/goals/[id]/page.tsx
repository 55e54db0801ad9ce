import type { Metadata } from 'next';
import Link from 'next/link';
import { cache } from 'react';
import { notFound } from 'next/navigation';
import { DemoBanner } from '@/components/demo-banner';
import { GoalHistory } from '@/components/goal-history';
import { MeasureSection } from '@/components/measure-section';
import { ReopenForm } from '@/components/review-form';
import { StatusBadge, StatusIcon } from '@/components/status-badge';
import { UpdateTimeline } from '@/components/update-timeline';
import { requireUser } from '@/lib/data/current-user';
import { getGoalDetail } from '@/lib/data/goals';
import { getGoalHistory } from '@/lib/data/history';
import { listReopenable } from '@/lib/data/progress/review';
import { isAppError } from '@/lib/errors';
import { formatMonthYear, formatValue } from '@/lib/format';
import { can } from '@/lib/permissions';
import { assessmentGap, goalStatus, STATUS_LABELS } from '@/lib/status';
import { Section } from '@/components/layout/page-parts';

// One read per request, shared by the page and its title.
const load = cache(async (id: string) => {
  const user = await requireUser(`/goals/${id}`);
  const canReopen = can(user, 'progress:reopen', { organizationId: user.organizationId });
  try {
    const [detail, history, reopenable] = await Promise.all([
      getGoalDetail(user, id),
      getGoalHistory(user, id),
      canReopen ? listReopenable(user, id) : [],
    ]);
    return { ...detail, history, reopenable, canReopen };
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
});

/** The page is named by its goal, so tabs, history and screen readers tell goal pages apart. */
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { goal } = await load((await params).id);
  return { title: `${goal.code} ${goal.title}` };
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600">{term}</dt>
      <dd className="mt-0.5 text-sm text-slate-900">{children}</dd>
    </div>
  );
}

export default async function GoalPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const detail = await load(id);
  const { goal, plan } = detail;
  const computed = goalStatus(detail.measures.map((m) => m.summary.status.status));
  const latestReport = detail.updates.find((u) => u.reportedStatus && (u.state === 'APPROVED' || u.state === 'SUBMITTED'));
  const reported = latestReport?.reportedStatus ?? null;
  const gap = assessmentGap(reported, computed);
  const today = new Date(detail.readAt).getTime();
  return (
    <>
      {plan.demoProgress && <DemoBanner />}
      <main id="main" className="mx-auto max-w-6xl space-y-8 px-4 py-6 sm:py-8">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
            <ol className="flex flex-wrap items-center gap-1">
              <li>
                <Link href="/dashboard">{plan.name}</Link>
              </li>
              <li aria-hidden="true">/</li>
              <li>
                <Link href={`/dashboard?objective=${detail.objective.id}#goals`}>
                  {plan.labels.objective}: {detail.objective.name}
                </Link>
              </li>
              <li aria-hidden="true">/</li>
              <li>
                {plan.labels.priority}: {detail.priority.name}
              </li>
            </ol>
          </nav>
          <nav aria-label={`Other ${plan.labels.goal.toLowerCase()}s`} className="flex gap-2 text-sm">
            {detail.previous && (
              <Link href={`/goals/${detail.previous.id}`} rel="prev" className="btn-secondary !min-h-9 !px-3">
                <span aria-hidden="true">←</span> <span className="sr-only">Previous {plan.labels.goal.toLowerCase()}: </span>
                {detail.previous.title}
              </Link>
            )}
            {detail.next && (
              <Link href={`/goals/${detail.next.id}`} rel="next" className="btn-secondary !min-h-9 !px-3">
                <span className="sr-only">Next {plan.labels.goal.toLowerCase()}: </span>
                {detail.next.title} <span aria-hidden="true">→</span>
              </Link>
            )}
          </nav>
        </div>

        <header className="space-y-4">
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-bold sm:text-3xl">{goal.title}</h1>
            <StatusBadge status={computed} size="md" />
            <span className="text-sm text-slate-600">
              {plan.labels.goal} {goal.code}
            </span>
          </div>
          <p className="max-w-4xl text-lg text-slate-800">{goal.statement}</p>

          <Section headingId="smartie-heading" title="The goal in parts" hideTitle className="card p-4 sm:p-5">
            <dl className="grid gap-x-8 gap-y-4 sm:grid-cols-2 lg:grid-cols-3">
              <Fact term="What is measured">
                <ul className="space-y-0.5">
                  {detail.measures.map((m) => (
                    <li key={m.summary.id}>{m.summary.name}</li>
                  ))}
                  {detail.measures.length === 0 && <li>No measure yet</li>}
                </ul>
              </Fact>
              <Fact term="Baseline">
                <ul className="space-y-0.5">
                  {detail.measures.map((m) => (
                    <li key={m.summary.id}>
                      {m.baseline.value === null
                        ? 'Not stated in the plan'
                        : `${formatValue(m.baseline.value, m.summary.unit, m.summary.decimals)}${m.baseline.label ? ` in ${m.baseline.label}` : ''}${m.baseline.isDemo ? ' (demo baseline)' : ''}`}
                    </li>
                  ))}
                </ul>
              </Fact>
              <Fact term="Target and deadline">
                <ul className="space-y-0.5">
                  {detail.measures.map((m) => (
                    <li key={m.summary.id}>{m.summary.targetSentence}</li>
                  ))}
                </ul>
                {goal.deadline && <p className="mt-1 text-slate-600">Deadline: {formatMonthYear(new Date(goal.deadline))}</p>}
              </Fact>
              <Fact term="Who is included">{goal.inclusion || 'Not stated'}</Fact>
              <Fact term="Student groups in focus">
                {goal.equityFocus || 'Not stated'}
                {goal.focusGroups.length > 0 && <span className="mt-1 block text-slate-700">{goal.focusGroups.join(', ')}</span>}
              </Fact>
              <Fact term="Owning division">{goal.divisionName ?? 'Not assigned'}</Fact>
              <Fact term="Computed status">
                <StatusBadge status={computed} />
              </Fact>
              <Fact term="Division's reported status">
                {reported && latestReport ? (
                  <span className="flex flex-wrap items-center gap-2">
                    <StatusBadge status={reported} />
                    <span className="text-slate-600">{latestReport.periodLabel}</span>
                  </span>
                ) : (
                  'None reported'
                )}
                {gap && (
                  <p className="mt-1 flex items-center gap-1.5 font-medium text-atrisk">
                    <StatusIcon status="AT_RISK" />
                    {gap === 'better' ? 'Better than the data: they compute' : 'Worse than the data: they compute'} “{STATUS_LABELS[computed].toLowerCase()}”
                  </p>
                )}
              </Fact>
            </dl>
          </Section>
          {detail.canRecord && (
            <Link href={`/updates/${goal.id}`} className="btn-primary">
              Record progress
            </Link>
          )}
        </header>

        {detail.measures.map((measure) => (
          <MeasureSection key={measure.summary.id} measure={measure} today={today} />
        ))}

        <UpdateTimeline updates={detail.updates} />

        {detail.canReopen && (
          <Section headingId="reopen-heading" title="Reopen an approved update" className="card space-y-3 p-4">
            <p className="text-sm text-slate-700">
              Approved values are locked. Reopening sends the update back to the division; its values leave the public
              scorecard until it is approved again.
            </p>
            <ReopenForm updates={detail.reopenable} />
          </Section>
        )}

        <GoalHistory entries={detail.history} />
      </main>
    </>
  );
}
