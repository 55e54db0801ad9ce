'use client';

// One measure over time: approved actuals (solid line), values in review (hollow points),
// the baseline (reference line), the target path to the deadline (dashed) and today.
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
import type { ChartRow } from '@/lib/chart-data';

export interface MeasureChartProps {
  rows: ChartRow[];
  baseline: number | null;
  unitSuffix: string;
  decimals: number;
  today: number;
  summary: string;
}

const monthYear = (t: number) =>
  new Date(t).toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

export function MeasureChart({ rows, baseline, unitSuffix, decimals, today, summary }: MeasureChartProps) {
  const fmt = (v: number) => `${v.toLocaleString('en-US', { maximumFractionDigits: decimals })}${unitSuffix}`;
  const times = rows.map((r) => r.t);
  const min = Math.min(...times, today);
  const max = Math.max(...times, today);
  return (
    <figure className="w-full">
      <div role="img" aria-label={summary} className="h-72 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={rows} margin={{ top: 12, right: 16, bottom: 4, left: 4 }}>
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis
              dataKey="t"
              type="number"
              scale="time"
              domain={[min, max]}
              tickFormatter={monthYear}
              tick={{ fontSize: 12, fill: '#334155' }}
              minTickGap={24}
            />
            <YAxis
              tickFormatter={fmt}
              width={64}
              tick={{ fontSize: 12, fill: '#334155' }}
              domain={['auto', 'auto']}
            />
            <Tooltip
              labelFormatter={(_, payload) => String(payload?.[0]?.payload?.label ?? '')}
              formatter={(value, name) => [fmt(Number(value)), String(name)]}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {baseline !== null && (
              <ReferenceLine
                y={baseline}
                stroke="#64748b"
                strokeDasharray="2 4"
                label={{ value: 'Baseline', position: 'insideTopLeft', fontSize: 11, fill: '#334155' }}
              />
            )}
            <ReferenceLine
              x={today}
              stroke="#94a3b8"
              label={{ value: 'Today', position: 'insideTopRight', fontSize: 11, fill: '#334155' }}
            />
            <Line
              name="Target path"
              dataKey="target"
              stroke="#b45309"
              strokeDasharray="6 4"
              strokeWidth={2}
              dot={{ r: 3, fill: '#b45309' }}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              name="Approved"
              dataKey="actual"
              stroke="#1e40af"
              strokeWidth={2.5}
              dot={{ r: 4, fill: '#1e40af' }}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              name="Awaiting review"
              dataKey="pending"
              stroke="none"
              dot={{ r: 5, fill: '#ffffff', stroke: '#1e40af', strokeWidth: 2 }}
              legendType="circle"
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">{summary}</figcaption>
    </figure>
  );
}
