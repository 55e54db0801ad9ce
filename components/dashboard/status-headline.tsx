// The ten-second answer: how many goals are met, on track, at risk, off track or without
// data, for the whole plan and per objective (under the plan's own level names).
import Link from 'next/link';
import { StatusBar, StatusCountList, STATUS_SEQUENCE, STATUS_TONE } from '@/components/dashboard/status-mix';
import { StatusIcon } from '@/components/status-badge';
import { statusLabel } from '@/lib/status';
import type { DashboardView } from '@/lib/dashboard-view';
import type { DashboardContext } from '@/lib/data/dashboard';
import { dashboardHref } from '@/lib/validations/dashboard';

export function StatusHeadline({ context, view }: { context: DashboardContext; view: DashboardView }) {
  const { labels } = context.plan;
  const { filters } = context;
  const total = STATUS_SEQUENCE.reduce((sum, s) => sum + view.counts[s], 0);
  return (
    <section aria-labelledby="headline-heading" className="space-y-4">
      <h2 id="headline-heading" className="text-lg font-semibold text-slate-900">
        {total} {total === 1 ? labels.goal.toLowerCase() : labels.goals.toLowerCase()} by status
      </h2>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {STATUS_SEQUENCE.map((s) => {
          const selected = filters.status === s;
          return (
            <li key={s}>
              <Link
                href={dashboardHref({ ...filters, status: selected ? undefined : s }, '/dashboard', '#goals')}
                aria-current={selected ? 'true' : undefined}
                className="card flex h-full flex-col gap-1 px-4 py-3 text-slate-900 no-underline hover:border-brand-600 hover:no-underline aria-[current=true]:border-brand-700 aria-[current=true]:ring-2 aria-[current=true]:ring-brand-600"
              >
                <span className={`flex items-center gap-1.5 text-sm font-semibold ${STATUS_TONE[s]}`}>
                  <StatusIcon status={s} className="h-4 w-4" />
                  {statusLabel(s)}
                </span>
                <span className="text-3xl font-bold tabular-nums">{view.counts[s]}</span>
                <span className="sr-only">{labels.goals.toLowerCase()}: show them</span>
              </Link>
            </li>
          );
        })}
      </ul>
      <div className="card relative overflow-x-auto">
        <table className="data-table">
          <caption className="sr-only">
            {labels.goals} by status for each {labels.objective.toLowerCase()}
          </caption>
          <thead>
            <tr>
              <th scope="col">{labels.objective}</th>
              <th scope="col" className="w-[40%]">
                Status mix
              </th>
              <th scope="col" className="text-right">
                {labels.goals}
              </th>
            </tr>
          </thead>
          <tbody>
            {view.objectives.map((o) => {
              const index = context.objectiveOptions.findIndex((x) => x.id === o.id);
              return (
                <tr key={o.id}>
                  <th scope="row" className="!bg-white font-normal">
                    <span className="block text-xs font-semibold uppercase tracking-wide text-brand-700">
                      {labels.objective} {index + 1}
                    </span>
                    <Link href={dashboardHref({ ...filters, objective: o.id }, '/dashboard', '#goals')} className="font-medium">
                      {o.name}
                    </Link>
                  </th>
                  <td className="space-y-1.5">
                    <StatusBar counts={o.counts} />
                    <StatusCountList counts={o.counts} compact />
                  </td>
                  <td className="text-right text-lg font-semibold tabular-nums">{o.total}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
