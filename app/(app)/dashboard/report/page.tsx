import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DemoBanner } from '@/components/demo-banner';
import { StatusCountList } from '@/components/dashboard/status-mix';
import { PrintButton } from '@/components/print-button';
import { Sparkline } from '@/components/sparkline';
import { StatusBadge } from '@/components/status-badge';
import { requireUser } from '@/lib/data/current-user';
import { getBoardReport } from '@/lib/data/dashboard';
import { isAppError } from '@/lib/errors';
import { formatValue } from '@/lib/format';
import { formatDate } from '@/lib/labels';
import { dashboardHref, parseDashboardFilters } from '@/lib/validations/dashboard';

export const metadata: Metadata = { title: 'Board report' };

export default async function BoardReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const search = parseDashboardFilters(await searchParams);
  const user = await requireUser('/dashboard/report');
  const report = await getBoardReport(user, search).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const { plan, period } = report;
  const { labels } = plan;
  return (
    <>
      {plan.demoProgress && <DemoBanner compact />}
      <main id="main" className="mx-auto max-w-5xl space-y-8 px-4 py-6 print:max-w-none print:space-y-4 print:p-0">
        <header className="space-y-3 border-b-2 border-slate-800 pb-4">
          <div className="flex flex-wrap items-start justify-between gap-4">
            <div>
              <p className="text-sm font-medium text-slate-600">{plan.organizationName}</p>
              <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">Board report: {plan.name}</h1>
              <p className="text-sm text-slate-700">
                {period ? `As it stood at the end of ${period.label} (values approved by ${formatDate(period.dueDate)})` : 'Latest approved data'} ·
                Prepared {formatDate(new Date())}
              </p>
            </div>
            <div className="no-print flex flex-wrap gap-2">
              <PrintButton />
              <a href={dashboardHref(report.filters, '/dashboard/report/csv')} className="btn-secondary" download>
                Download CSV
              </a>
              <Link href={dashboardHref(report.filters)} className="btn-secondary">
                Back to dashboard
              </Link>
            </div>
          </div>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            <span className="font-semibold">{labels.goals}:</span>
            <StatusCountList counts={report.counts} />
          </div>
        </header>

        {report.objectives.map((o, index) => (
          <section
            key={o.id}
            aria-labelledby={`report-objective-${o.id}`}
            className={`space-y-4 ${index > 0 ? 'print:break-before-page' : ''}`}
          >
            <div className="border-b border-slate-300 pb-2">
              <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
                {labels.objective} {o.number}
              </p>
              <h2 id={`report-objective-${o.id}`} className="text-xl font-bold text-slate-900">
                {o.name}
              </h2>
              <div className="mt-1">
                <StatusCountList counts={o.counts} compact />
              </div>
            </div>
            {o.goals.length === 0 && <p className="text-sm text-slate-700">No {labels.goals.toLowerCase()} match the filters.</p>}
            {o.goals.map((g) => (
              <article key={g.id} aria-labelledby={`report-goal-${g.id}`} className="card space-y-3 p-4 break-inside-avoid print:rounded-none print:border-slate-400 print:shadow-none">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <h3 id={`report-goal-${g.id}`} className="text-base font-semibold text-slate-900">
                      {g.title} <span className="text-xs font-normal text-slate-600">{g.code}</span>
                    </h3>
                    <p className="text-xs text-slate-600">
                      {labels.priority}: {g.priorityName} · {g.divisionName ?? 'No division'}
                    </p>
                  </div>
                  <StatusBadge status={g.status} />
                </div>
                <table className="data-table table-fixed">
                  <caption className="sr-only">Measures of {g.title}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="w-[30%]">
                        Measure
                      </th>
                      <th scope="col" className="w-[17%]">
                        Latest value
                      </th>
                      <th scope="col">Target</th>
                      <th scope="col" className="w-[244px]">
                        Trend
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {g.measures.map((m) => (
                      <tr key={m.id}>
                        <td>
                          <span className="font-medium">{m.name}</span>
                          <span className="mt-1 block">
                            <StatusBadge status={m.status} />
                          </span>
                        </td>
                        <td className="whitespace-nowrap tabular-nums">
                          {m.latest ? (
                            <>
                              <span className="font-semibold">{formatValue(m.latest.value, m.unit, m.decimals)}</span>
                              <span className="block text-xs text-slate-600">{m.latest.periodLabel}</span>
                              {m.expected !== null && (
                                <span className="block text-xs text-slate-600">expected {formatValue(m.expected, m.unit, m.decimals)}</span>
                              )}
                            </>
                          ) : (
                            'No approved value'
                          )}
                        </td>
                        <td className="text-xs">{m.targetSentence}</td>
                        <td>
                          <Sparkline
                            points={m.points}
                            path={m.path}
                            label={`${m.name}: approved values (solid) against the target path (dashed)`}
                          />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {g.narrative ? (
                  <div className="text-sm">
                    <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">Latest narrative, {g.narrative.periodLabel}</p>
                    <p className="whitespace-pre-line text-slate-800">{g.narrative.text}</p>
                  </div>
                ) : (
                  <p className="text-sm text-slate-600">No narrative reported yet.</p>
                )}
              </article>
            ))}
          </section>
        ))}
      </main>
    </>
  );
}
