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
      <FilterSelect name="period" label="As of" value={filters.period} any="Latest (today)" options={context.periodOptions.map((p) => [p.code, `End of ${p.label}`])} />
      <FilterSelect
        name="objective"
        label={plan.labels.objective}
        value={filters.objective}
        any={`All ${plan.labels.objectives.toLowerCase()}`}
        options={context.objectiveOptions.map((o, i) => [o.id, `${i + 1}. ${o.name}`])}
      />
      <FilterSelect name="division" label="Division" value={filters.division} any="All divisions" options={context.divisionOptions.map((d) => [d.id, d.name])} />
      <FilterSelect name="status" label="Status" value={filters.status} any="Any status" options={MEASURE_STATUSES.map((s) => [s, statusLabel(s)])} />
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

function FilterSelect({
  name,
  label,
  value,
  any,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  any: string;
  options: [value: string, label: string][];
}) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="field-label">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ''} className="field-input">
        <option value="">{any}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
