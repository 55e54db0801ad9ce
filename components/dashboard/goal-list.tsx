// The goals behind the current filters, grouped by objective, each opening its goal page.
import { GoalCard } from '@/components/goal-card';
import type { DashboardView } from '@/lib/dashboard-view';
import type { DashboardContext } from '@/lib/data/dashboard';

export function GoalList({ context, view }: { context: DashboardContext; view: DashboardView }) {
  const { labels } = context.plan;
  const groups = context.objectiveOptions
    .map((o, index) => ({ ...o, index, goals: view.goals.filter((g) => g.objectiveId === o.id) }))
    .filter((o) => o.goals.length > 0);
  return (
    <section aria-labelledby="goals-heading" className="scroll-mt-4 space-y-4" id="goals">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="goals-heading" className="text-lg font-semibold text-slate-900">
          {labels.goals} ({view.goals.length})
        </h2>
        <p className="text-xs text-slate-600">
          Status uses approved values only{context.period ? '' : '; values awaiting review have a dashed outline'}.
        </p>
      </div>
      {groups.length === 0 && (
        <p className="card p-4 text-slate-700">
          {context.goalCount === 0
            ? `The plan states no ${labels.goals.toLowerCase()} yet.`
            : `No ${labels.goals.toLowerCase()} match these filters.`}
        </p>
      )}
      {groups.map((o) => (
        <div key={o.id} className="space-y-3">
          <h3 className="border-b border-slate-300 pb-2 text-base font-semibold text-slate-900">
            <span className="mr-2 text-xs font-semibold uppercase tracking-wide text-brand-700">
              {labels.objective} {o.index + 1}
            </span>
            {o.name}
          </h3>
          <div className="grid gap-4 lg:grid-cols-2">
            {o.goals.map((goal) => (
              <GoalCard
                key={goal.id}
                goal={goal}
                href={`/goals/${goal.id}`}
                showPending={!context.period}
                context={`${labels.priority}: ${goal.priorityName}`}
              />
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}
