'use client';

// One measure over time: approved actuals (solid line with points), values in review
// (hollow diamonds), the baseline (reference line), the target path to the deadline
// (dashed, interim targets as points) and today.
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { AXIS_TICK, monthYear, numberFormatter, RowTooltip } from '@/components/chart-parts';
import type { ChartRow } from '@/lib/chart-data';

export interface MeasureChartProps {
  rows: ChartRow[];
  baseline: number | null;
  unitSuffix: string;
  decimals: number;
  today: number;
  summary: string;
  /** Smaller, without legend: the board report's thumbnails. */
  compact?: boolean;
  actualLabel?: string;
  targetLabel?: string;
  /** Days a board change to the target took effect: the path follows the new target from each. */
  targetChanges?: number[];
}

function Diamond({ cx, cy }: { cx?: number; cy?: number }) {
  if (cx === undefined || cy === undefined) return null;
  return <path d={`M${cx} ${cy - 6}L${cx + 6} ${cy}L${cx} ${cy + 6}L${cx - 6} ${cy}Z`} fill="#ffffff" stroke="#7c3aed" strokeWidth={2} />;
}

export function MeasureChart({
  rows,
  baseline,
  unitSuffix,
  decimals,
  today,
  summary,
  compact = false,
  actualLabel = 'Approved',
  targetLabel = 'Target path',
  targetChanges = [],
}: MeasureChartProps) {
  const fmt = numberFormatter(decimals, unitSuffix);
  const times = rows.map((r) => r.t);
  const showToday = !compact && times.length > 0;
  const min = Math.min(...times, ...(showToday ? [today] : []));
  const max = Math.max(...times, ...(showToday ? [today] : []));
  const hasPending = rows.some((r) => r.pending !== undefined);
  return (
    <figure className="w-full">
      <div role="img" aria-label={summary} className={compact ? 'h-36 w-full' : 'h-72 w-full'}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={rows} margin={{ top: 12, right: 16, bottom: 4, left: 4 }}>
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis
              dataKey="t"
              type="number"
              scale="time"
              domain={[min, max]}
              tickFormatter={monthYear}
              tick={compact ? { ...AXIS_TICK, fontSize: 10 } : AXIS_TICK}
              minTickGap={24}
            />
            <YAxis tickFormatter={fmt} width={compact ? 52 : 64} tick={compact ? { ...AXIS_TICK, fontSize: 10 } : AXIS_TICK} domain={['auto', 'auto']} />
            {!compact && (
              <Tooltip content={({ active, payload }) => <RowTooltip active={active} row={payload?.[0]?.payload as ChartRow | undefined} fmt={fmt} valueLabel={actualLabel} />} />
            )}
            {!compact && <Legend wrapperStyle={{ fontSize: 12 }} />}
            {baseline !== null && (
              <ReferenceLine
                y={baseline}
                stroke="#64748b"
                strokeDasharray="2 4"
                label={compact ? undefined : { value: 'Baseline', position: 'insideBottomRight', fontSize: 11, fill: '#334155' }}
              />
            )}
            {showToday && (
              <ReferenceLine x={today} stroke="#94a3b8" label={{ value: 'Today', position: 'insideTopRight', fontSize: 11, fill: '#334155' }} />
            )}
            {targetChanges.map((t) => (
              <ReferenceLine
                key={t}
                x={t}
                stroke="#b45309"
                strokeDasharray="1 3"
                label={compact ? undefined : { value: 'Target changed', position: 'insideTopLeft', fontSize: 11, fill: '#92400e' }}
              />
            ))}
            <Line
              name={targetLabel}
              dataKey="target"
              stroke="#b45309"
              strokeDasharray="6 4"
              strokeWidth={2}
              dot={{ r: 3, fill: '#b45309' }}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              name={actualLabel}
              dataKey="actual"
              stroke="#1e40af"
              strokeWidth={2.5}
              dot={{ r: compact ? 2.5 : 4, fill: '#1e40af' }}
              connectNulls
              isAnimationActive={false}
            />
            {hasPending && (
              <Line
                name="Submitted, awaiting review"
                dataKey="pending"
                stroke="none"
                dot={<Diamond />}
                activeDot={<Diamond />}
                legendType="diamond"
                isAnimationActive={false}
              />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">{summary}</figcaption>
    </figure>
  );
}
