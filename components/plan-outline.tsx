import { GoalCard } from '@/components/goal-card';
import { StatusCountsInline } from '@/components/status-summary';
import type { PlanOverview } from '@/lib/data/structure/overview';

/** Objectives → priorities → goals, under the plan's own level names. */
export function PlanOutline({
  overview,
  goalHref,
  showPending,
}: {
  overview: PlanOverview;
  goalHref?: (goalId: string) => string;
  showPending: boolean;
}) {
  const { labels } = overview.plan;
  return (
    <div className="space-y-10">
      {overview.objectives.map((objective, index) => (
        <section key={objective.id} aria-labelledby={`objective-${objective.id}`} className="space-y-4">
          <div className="border-b border-slate-300 pb-3">
            <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
              {labels.objective} {index + 1}
            </p>
            <h2 id={`objective-${objective.id}`} className="text-xl font-bold text-slate-900 sm:text-2xl">
              {objective.name}
            </h2>
            {objective.description && <p className="mt-1 max-w-3xl text-sm text-slate-700">{objective.description}</p>}
            <div className="mt-2">
              <StatusCountsInline counts={objective.counts} />
            </div>
          </div>
          <div className="grid gap-4 lg:grid-cols-2">
            {objective.priorities.flatMap((priority) =>
              priority.goals.map((goal) => (
                <GoalCard
                  key={goal.id}
                  goal={goal}
                  href={goalHref?.(goal.id)}
                  showPending={showPending}
                  context={`${labels.priority}: ${priority.name}`}
                />
              )),
            )}
          </div>
        </section>
      ))}
    </div>
  );
}
