// Division × objective: the status mix of the goals each division owns under each objective;
// every cell links to those goals.
import Link from 'next/link';
import { StatusBar, StatusCountList } from '@/components/dashboard/status-mix';
import type { DashboardView } from '@/lib/dashboard-view';
import type { DashboardContext } from '@/lib/data/dashboard';
import { dashboardHref } from '@/lib/validations/dashboard';
import { NO_DIVISION } from '@/lib/dashboard-view';

export function DivisionGrid({ context, view }: { context: DashboardContext; view: DashboardView }) {
  const { labels } = context.plan;
  const { filters } = context;
  const objectiveNumber = (id: string) => context.objectiveOptions.findIndex((o) => o.id === id) + 1;
  return (
    <section aria-labelledby="grid-heading" className="space-y-3">
      <h2 id="grid-heading" className="text-lg font-semibold text-slate-900">
        Division × {labels.objective.toLowerCase()}
      </h2>
      {view.grid.length === 0 ? (
        <p className="card p-4 text-slate-700">No {labels.goals.toLowerCase()} match these filters.</p>
      ) : (
        <div className="card relative overflow-x-auto">
          <table className="data-table min-w-[40rem] table-fixed">
            <caption className="sr-only">
              Status of each division&apos;s {labels.goals.toLowerCase()} under each {labels.objective.toLowerCase()}; each cell links
              to its {labels.goals.toLowerCase()}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="w-48">
                  Division
                </th>
                {view.objectives.map((o) => (
                  <th key={o.id} scope="col" className="align-bottom">
                    <span className="block text-xs font-semibold uppercase tracking-wide text-brand-700">
                      {labels.objective} {objectiveNumber(o.id)}
                    </span>
                    <span className="line-clamp-2 text-xs font-medium text-slate-700" title={o.name}>
                      {o.name}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.grid.map((row) => (
                <tr key={row.divisionId ?? NO_DIVISION}>
                  <th scope="row" className="!bg-white text-sm font-medium text-slate-900">
                    {row.divisionName}
                  </th>
                  {row.cells.map((cell) => {
                    const objectiveName = view.objectives.find((o) => o.id === cell.objectiveId)?.name ?? '';
                    return (
                      <td key={cell.objectiveId}>
                        {cell.total === 0 ? (
                          <span className="text-slate-500">
                            <span aria-hidden="true">—</span>
                            <span className="sr-only">None</span>
                          </span>
                        ) : (
                          <Link
                            href={dashboardHref(
                              { ...filters, division: row.divisionId ?? NO_DIVISION, objective: cell.objectiveId },
                              '/dashboard',
                              '#goals',
                            )}
                            className="block space-y-1.5 rounded-md p-1 no-underline hover:bg-brand-50 hover:no-underline"
                          >
                            <span className="sr-only">
                              {row.divisionName}, {objectiveName}:{' '}
                            </span>
                            <StatusBar counts={cell.counts} />
                            <StatusCountList counts={cell.counts} compact />
                          </Link>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
