// The dashboard's filters as a GET form, so every view is a URL that can be shared.
import Form from 'next/form';
import Link from 'next/link';
import type { DashboardContext } from '@/lib/data/dashboard';
import { statusLabel } from '@/lib/status';
import { MEASURE_STATUSES } from '@/lib/validations/dashboard';

export function DashboardFilters({ context }: { context: DashboardContext }) {
  const { filters, plan } = context;
  const active = Boolean(filters.period || filters.objective || filters.division || filters.status);
  return (
    <Form action="/dashboard" aria-label="Filters" className="card grid gap-3 p-4 sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto]">
      {filters.plan && <input type="hidden" name="plan" value={filters.plan} />}
      <div>
        <label htmlFor="filter-period" className="field-label">
          As of
        </label>
        <select id="filter-period" name="period" defaultValue={filters.period ?? ''} className="field-input">
          <option value="">Latest (today)</option>
          {context.periodOptions.map((p) => (
            <option key={p.code} value={p.code}>
              End of {p.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-objective" className="field-label">
          {plan.labels.objective}
        </label>
        <select id="filter-objective" name="objective" defaultValue={filters.objective ?? ''} className="field-input">
          <option value="">All {plan.labels.objectives.toLowerCase()}</option>
          {context.objectiveOptions.map((o, i) => (
            <option key={o.id} value={o.id}>
              {i + 1}. {o.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-division" className="field-label">
          Division
        </label>
        <select id="filter-division" name="division" defaultValue={filters.division ?? ''} className="field-input">
          <option value="">All divisions</option>
          {context.divisionOptions.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-status" className="field-label">
          Status
        </label>
        <select id="filter-status" name="status" defaultValue={filters.status ?? ''} className="field-input">
          <option value="">Any status</option>
          {MEASURE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-1">
        <button type="submit" className="btn-primary">
          Apply
        </button>
        {active && (
          <Link href={filters.plan ? `/dashboard?plan=${filters.plan}` : '/dashboard'} className="btn-secondary">
            Clear
          </Link>
        )}
      </div>
    </Form>
  );
}
