import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PeriodDueDateForm } from '@/components/period-due-date-form';
import { PeriodForm } from '@/components/period-form';
import { requireUser } from '@/lib/data/current-user';
import { listPlanPeriods } from '@/lib/data/organization/periods';
import { formatDate } from '@/lib/labels';
import { can } from '@/lib/permissions';
import { AdminPage, Section } from '@/components/layout/page-parts';

export const metadata: Metadata = { title: 'Reporting periods' };

export default async function PeriodsPage({ searchParams }: { searchParams: Promise<{ plan?: string }> }) {
  const { plan: planSlug } = await searchParams;
  const user = await requireUser('/admin/periods');
  if (!can(user, 'period:manage', { organizationId: user.organizationId })) redirect('/dashboard');
  const data = await listPlanPeriods(user, planSlug);
  const quarters = data.periods.filter((p) => p.kind === 'QUARTER');
  return (
    <AdminPage
      width="wide"
      title="Reporting periods"
      intro={
        <>
          {data.plan.name}: school-year quarters, each due 15 days after it ends unless you change its due date. Close a quarter
          when its reporting is done; divisions can then no longer change its updates. Reopening needs a reason, and both are
          recorded.
        </>
      }
      actions={
        data.plans.length > 1 && (
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
        )
      }
    >
      <Section headingId="quarters-heading" title={<>Reporting quarters of {data.plan.name}</>} hideTitle className="card">
        <ul className="divide-y divide-slate-200">
          {quarters.map((p) => (
            <li
              key={p.id}
              className="grid gap-3 p-4 md:grid-cols-[9rem_minmax(0,1fr)_minmax(0,1.2fr)_15rem] md:items-start"
            >
              <div className="flex items-center justify-between gap-2 md:block">
                <h3 className="font-semibold whitespace-nowrap">{p.label}</h3>
                <span className="inline-flex items-center gap-1.5 text-sm font-medium">
                  <svg viewBox="0 0 16 16" className="h-4 w-4" aria-hidden="true" focusable="false">
                    {p.closed ? (
                      <path d="M4 7V5a4 4 0 018 0v2h1v8H3V7zm2 0h4V5a2 2 0 00-4 0z" fill="currentColor" />
                    ) : (
                      <path d="M4 7V5a4 4 0 017.7-1.5l-1.8.8A2 2 0 006 5v2h7v8H3V7z" fill="currentColor" />
                    )}
                  </svg>
                  {p.closed ? 'Closed' : 'Open'}
                </span>
              </div>
              <dl className="grid grid-cols-[4rem_minmax(0,1fr)] gap-x-2 text-sm">
                <dt className="text-slate-600">Dates</dt>
                <dd>
                  {formatDate(p.startDate)} – {formatDate(p.endDate)}
                </dd>
                <dt className="text-slate-600">Due</dt>
                <dd>{formatDate(p.dueDate)}</dd>
              </dl>
              <p className="text-sm text-slate-700">
                <span className="sr-only">Updates of {data.goalCount} goals: </span>
                {p.updates.approved} approved · {p.updates.submitted} submitted · {p.updates.returned} returned ·{' '}
                {p.updates.draft} draft
                <span className="block text-slate-600">
                  {data.goalCount - p.updates.approved - p.updates.submitted - p.updates.returned - p.updates.draft} of{' '}
                  {data.goalCount} goals not started
                </span>
              </p>
              <div className="space-y-2 md:justify-self-end">
                <PeriodForm periodId={p.id} label={p.label} closed={p.closed} />
                <PeriodDueDateForm periodId={p.id} label={p.label} dueDate={p.dueDate} endDate={p.endDate} />
              </div>
            </li>
          ))}
        </ul>
      </Section>
    </AdminPage>
  );
}
