// The goals behind the current filters, grouped by objective, each opening its goal page. A
// long list (a county district's 100 goals) shows each objective's first goals and links to
// the rest, so the page stays small; filtering by an objective lists all of its goals.
import Link from 'next/link';
import { GoalCard } from '@/components/goal-card';
import type { DashboardView } from '@/lib/dashboard-view';
import type { DashboardContext } from '@/lib/data/dashboard';
import { dashboardHref } from '@/lib/validations/dashboard';

/** Above this many goals shown, each objective lists only its first few. */
export const FULL_LIST_LIMIT = 30;
export const FIRST_GOALS_PER_OBJECTIVE = 4;

export function GoalList({ context, view }: { context: DashboardContext; view: DashboardView }) {
  const { labels } = context.plan;
  const shortened = view.goals.length > FULL_LIST_LIMIT && !context.filters.objective;
  const groups = context.objectiveOptions
    .map((o, index) => ({ ...o, index, goals: view.goals.filter((g) => g.objectiveId === o.id) }))
    .filter((o) => o.goals.length > 0);
  const goalsWord = labels.goals.toLowerCase();
  return (
    <section aria-labelledby="goals-heading" className="scroll-mt-4 space-y-4" id="goals">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="goals-heading" className="text-lg font-semibold text-slate-900">
          {labels.goals} ({view.goals.length})
        </h2>
        <p className="text-xs text-slate-600">
          {shortened && `The first ${FIRST_GOALS_PER_OBJECTIVE} of each ${labels.objective.toLowerCase()}; its link lists all. `}
          Status uses approved values only{context.period ? '' : '; values awaiting review have a dashed outline'}.
        </p>
      </div>
      {groups.length === 0 && (
        <p className="card p-4 text-slate-700">
          {context.goalCount === 0 ? `The plan states no ${goalsWord} yet.` : `No ${goalsWord} match these filters.`}
        </p>
      )}
      {groups.map((o) => {
        const shown = shortened ? o.goals.slice(0, FIRST_GOALS_PER_OBJECTIVE) : o.goals;
        return (
          <div key={o.id} className="space-y-3">
            <h3 className="border-b border-slate-300 pb-2 text-base font-semibold text-slate-900">
              <span className="mr-2 text-xs font-semibold uppercase tracking-wide text-brand-700">
                {labels.objective} {o.index + 1}
              </span>
              {o.name}
            </h3>
            <div className="grid gap-4 lg:grid-cols-2">
              {shown.map((goal) => (
                <GoalCard
                  key={goal.id}
                  goal={goal}
                  href={`/goals/${goal.id}`}
                  showPending={!context.period}
                  context={`${labels.priority}: ${goal.priorityName}`}
                />
              ))}
            </div>
            {shown.length < o.goals.length && (
              <p>
                <Link href={dashboardHref({ ...context.filters, objective: o.id }, '/dashboard', '#goals')} className="btn-secondary">
                  All {o.goals.length} {goalsWord} of {labels.objective.toLowerCase()} {o.index + 1}
                  <span className="sr-only">: {o.name}</span>
                </Link>
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
