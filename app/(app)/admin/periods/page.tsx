import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PeriodForm } from '@/components/period-form';
import { requireUser } from '@/lib/data/current-user';
import { listPlanPeriods } from '@/lib/data/periods';
import { formatDate } from '@/lib/labels';
import { can } from '@/lib/permissions';

export const metadata: Metadata = { title: 'Reporting periods' };

export default async function PeriodsPage({ searchParams }: { searchParams: Promise<{ plan?: string }> }) {
  const { plan: planSlug } = await searchParams;
  const user = await requireUser('/admin/periods');
  if (!can(user, 'period:manage', { organizationId: user.organizationId })) redirect('/dashboard');
  const data = await listPlanPeriods(user, planSlug);
  const quarters = data.periods.filter((p) => p.kind === 'QUARTER');
  return (
    <main id="main" className="mx-auto max-w-6xl space-y-6 px-4 py-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold sm:text-3xl">Reporting periods</h1>
          <p className="mt-1 max-w-3xl text-slate-700">
            {data.plan.name}: school-year quarters, each due 15 days after it ends. Close a quarter when its reporting is
            done; divisions can then no longer change its updates. Reopening needs a reason, and both are recorded.
          </p>
        </div>
        {data.plans.length > 1 && (
          <form method="get" className="flex items-end gap-2">
            <div>
              <label htmlFor="plan" className="field-label">
                Plan
              </label>
              <select id="plan" name="plan" defaultValue={data.plan.slug} className="field-input">
                {data.plans.map((p) => (
                  <option key={p.slug} value={p.slug}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn-secondary">
              Show
            </button>
          </form>
        )}
      </div>
      <div className="card overflow-x-auto">
        <table className="data-table">
          <caption className="sr-only">Reporting quarters of {data.plan.name}</caption>
          <thead>
            <tr>
              <th scope="col">Quarter</th>
              <th scope="col">Dates</th>
              <th scope="col">Due</th>
              <th scope="col">Updates of {data.goalCount} goals</th>
              <th scope="col">State</th>
              <th scope="col">
                <span className="sr-only">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {quarters.map((p) => (
              <tr key={p.id}>
                <th scope="row" className="whitespace-nowrap !bg-transparent font-semibold">
                  {p.label}
                </th>
                <td className="whitespace-nowrap">
                  {formatDate(p.startDate)} – {formatDate(p.endDate)}
                </td>
                <td className="whitespace-nowrap">{formatDate(p.dueDate)}</td>
                <td className="text-slate-700">
                  {p.updates.approved} approved · {p.updates.submitted} submitted · {p.updates.returned} returned ·{' '}
                  {p.updates.draft} draft
                </td>
                <td>
                  <span className="inline-flex items-center gap-1.5 font-medium">
                    <svg viewBox="0 0 16 16" className="h-4 w-4" aria-hidden="true" focusable="false">
                      {p.closed ? (
                        <path d="M4 7V5a4 4 0 018 0v2h1v8H3V7zm2 0h4V5a2 2 0 00-4 0z" fill="currentColor" />
                      ) : (
                        <path d="M4 7V5a4 4 0 017.7-1.5l-1.8.8A2 2 0 006 5v2h7v8H3V7z" fill="currentColor" />
                      )}
                    </svg>
                    {p.closed ? 'Closed' : 'Open'}
                  </span>
                </td>
                <td className="min-w-56">
                  <PeriodForm periodId={p.id} label={p.label} closed={p.closed} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}
