'use client';

// Pieces the goal page's charts share: time-axis ticks, number formatting and the tooltip.
import type { ChartRow } from '@/lib/chart-data';

export const monthYear = (t: number) =>
  new Date(t).toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

export function numberFormatter(decimals: number, unitSuffix: string) {
  return (v: number) => `${v.toLocaleString('en-US', { maximumFractionDigits: decimals })}${unitSuffix}`;
}

export const AXIS_TICK = { fontSize: 12, fill: '#334155' } as const;

/** Period, value, target and status of the point under the pointer. */
export function RowTooltip({
  active,
  row,
  fmt,
  valueLabel = 'Approved',
}: {
  active?: boolean;
  row?: ChartRow;
  fmt: (v: number) => string;
  valueLabel?: string;
}) {
  if (!active || !row) return null;
  return (
    <div className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-xs shadow-md">
      <p className="font-semibold text-slate-900">{row.label}</p>
      <dl className="mt-1 grid grid-cols-[auto_auto] gap-x-3 gap-y-0.5">
        {row.actual !== undefined && (
          <>
            <dt className="text-slate-600">{valueLabel}</dt>
            <dd className="font-semibold tabular-nums">{fmt(row.actual)}</dd>
          </>
        )}
        {row.pending !== undefined && (
          <>
            <dt className="text-slate-600">Awaiting review</dt>
            <dd className="tabular-nums">{fmt(row.pending)}</dd>
          </>
        )}
        {row.expected !== undefined && (
          <>
            <dt className="text-slate-600">{row.actual === undefined && row.pending === undefined ? 'Target' : 'Expected'}</dt>
            <dd className="tabular-nums">{fmt(row.expected)}</dd>
          </>
        )}
        {row.status && (
          <>
            <dt className="text-slate-600">Status</dt>
            <dd>{row.status}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
