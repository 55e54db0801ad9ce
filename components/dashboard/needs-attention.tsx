// What the cabinet should look at first: goals that got worse since the previous period,
// divisions reporting "on track" against their own data, and reports not in on time.
import Link from 'next/link';
import { StatusBadge } from '@/components/status-badge';
import type { DashboardGoal, DashboardView } from '@/lib/dashboard-view';
import type { DashboardContext } from '@/lib/data/dashboard';
import { formatDate, REPORTED_STATUS_LABELS } from '@/lib/labels';

function GoalLink({ goal }: { goal: DashboardGoal }) {
  return (
    <Link href={`/goals/${goal.id}`} className="font-medium">
      {goal.title}
      <span className="sr-only"> ({goal.code})</span>
    </Link>
  );
}

function Panel({ id, title, hint, children }: { id: string; title: string; hint: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="card flex flex-col gap-3 p-4 sm:p-5">
      <div>
        <h3 id={id} className="text-base font-semibold text-slate-900">
          {title}
        </h3>
        <p className="text-xs text-slate-600">{hint}</p>
      </div>
      {children}
    </section>
  );
}

export function NeedsAttention({ context, view }: { context: DashboardContext; view: DashboardView }) {
  const { labels } = context.plan;
  const { worsened, disagreements, overdue } = view.attention;
  const since = context.previousPeriod ? `since the end of ${context.previousPeriod.label}` : 'since the previous period';
  const goals = labels.goals.toLowerCase();
  const filters = context.filters;
  const among = filters.objective || filters.division || filters.status ? ` among the ${goals} shown` : '';
  return (
    <section aria-labelledby="attention-heading" className="space-y-3">
      <h2 id="attention-heading" className="text-lg font-semibold text-slate-900">
        Needs attention
      </h2>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        <Panel id="attention-worsened" title={`Worse ${since}`} hint="Computed status fell to a lower level.">
          {worsened.length === 0 ? (
            <p className="text-sm text-slate-700">
              No {goals} worsened{among}.
            </p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {worsened.map((g) => (
                <li key={g.id} className="space-y-1 py-2 text-sm">
                  <GoalLink goal={g} />
                  <p className="flex flex-wrap items-center gap-1.5 text-xs text-slate-700">
                    {g.previousStatus && <StatusBadge status={g.previousStatus} />}
                    <span aria-hidden="true">→</span>
                    <span className="sr-only">now</span>
                    <StatusBadge status={g.status} />
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Panel>
        <Panel id="attention-disagree" title="Reported better than the data" hint="The division's own assessment is better than the status its approved data compute.">
          {disagreements.length === 0 ? (
            <p className="text-sm text-slate-700">No disagreement{among}: every assessment matches its data.</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {disagreements.map((g) => (
                <li key={g.id} className="space-y-1 py-2 text-sm">
                  <GoalLink goal={g} />
                  <p className="text-xs text-slate-700">{g.divisionName ?? 'No division'}</p>
                  <p className="flex flex-wrap items-center gap-1.5 text-xs text-slate-700">
                    Reported “{g.reported ? REPORTED_STATUS_LABELS[g.reported.status].toLowerCase() : ''}” ({g.reported?.periodLabel}); data:
                    <StatusBadge status={g.status} />
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Panel>
        <Panel
          id="attention-overdue"
          title={overdue ? `Updates missing or late for ${overdue.period.label}` : 'Updates missing or late'}
          hint={overdue ? `Due ${formatDate(overdue.period.dueDate)}. An update submitted after that counts, and is marked late.` : 'No reporting deadline has passed yet.'}
        >
          {!overdue || overdue.divisions.length === 0 ? (
            <p className="text-sm text-slate-700">Every division reported on time.</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {overdue.divisions.map((d) => (
                <li key={d.divisionId ?? 'none'} className="py-2 text-sm">
                  <details>
                    <summary className="cursor-pointer">
                      <span className="font-medium text-slate-900">{d.divisionName}</span>{' '}
                      <span className="tabular-nums text-slate-700">
                        {d.missing.length > 0 ? `${d.missing.length} of ${d.expected} missing` : `all ${d.expected} reported`}
                        {d.late.length > 0 && `, ${d.late.length} late`}
                      </span>
                    </summary>
                    <ul className="mt-1 list-disc space-y-0.5 pl-5 text-xs">
                      {d.missing.map((g) => (
                        <li key={g.id}>
                          <Link href={`/goals/${g.id}`}>{g.title}</Link> <span className="text-slate-600">— missing</span>
                        </li>
                      ))}
                      {d.late.map((g) => (
                        <li key={g.id}>
                          <Link href={`/goals/${g.id}`}>{g.title}</Link>{' '}
                          <span className="text-slate-600">
                            — submitted {g.daysLate} {g.daysLate === 1 ? 'day' : 'days'} late
                          </span>
                        </li>
                      ))}
                    </ul>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </Panel>
      </div>
    </section>
  );
}
