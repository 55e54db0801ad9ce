'use client';

// A disaggregated measure by student group: one line per group the reader selects; All
// students is always shown. The focus and reference groups start selected.
import { useId, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, monthYear, numberFormatter } from '@/components/chart-parts';
import type { GroupChartRow, GroupChartSeries } from '@/lib/chart-data';

// Distinct hues with distinct dash patterns, so lines differ by more than colour.
const STYLES = [
  { stroke: '#b91c1c', dash: '6 3' },
  { stroke: '#047857', dash: '2 3' },
  { stroke: '#7c3aed', dash: '10 4' },
  { stroke: '#c2410c', dash: '4 2 1 2' },
  { stroke: '#0e7490', dash: '1 3' },
  { stroke: '#a21caf', dash: '8 2 2 2' },
];

export function GroupChart({
  groups,
  rows,
  unitSuffix,
  decimals,
  measureName,
}: {
  /** The lines, without their values: those are in `rows`, shaped on the server. */
  groups: GroupChartSeries[];
  rows: GroupChartRow[];
  unitSuffix: string;
  decimals: number;
  measureName: string;
}) {
  const id = useId();
  const others = groups.filter((g) => !g.isAll);
  const [selected, setSelected] = useState<string[]>(() => others.filter((g) => g.isFocus || g.isReference).map((g) => g.key));
  const fmt = numberFormatter(decimals, unitSuffix);
  const shown = groups.filter((g) => g.isAll || selected.includes(g.key));
  const nameOf = new Map(groups.map((g) => [g.key, g.name]));
  const toggle = (key: string, on: boolean) => setSelected((current) => (on ? [...current, key] : current.filter((x) => x !== key)));
  const styleOf = (key: string) => STYLES[others.findIndex((g) => g.key === key) % STYLES.length]!;
  const summary = `${measureName} by student group: ${shown.map((g) => g.name).join(', ')}. The table of values lists every group.`;
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_15rem]">
      <figure className="min-w-0">
        <div role="img" aria-label={summary} className="h-72 w-full">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={rows} margin={{ top: 12, right: 16, bottom: 4, left: 4 }}>
              <CartesianGrid stroke="#e2e8f0" vertical={false} />
              <XAxis dataKey="t" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={monthYear} tick={AXIS_TICK} minTickGap={24} />
              <YAxis tickFormatter={fmt} width={64} tick={AXIS_TICK} domain={['auto', 'auto']} />
              <Tooltip
                labelFormatter={(_, payload) => String(payload?.[0]?.payload?.label ?? '')}
                formatter={(value, name) => [fmt(Number(value)), nameOf.get(String(name)) ?? String(name)]}
              />
              <Legend wrapperStyle={{ fontSize: 12 }} formatter={(value) => nameOf.get(String(value)) ?? String(value)} />
              {shown.map((g) =>
                g.isAll ? (
                  <Line key={g.key} name={g.name} dataKey={g.key} stroke="#1e40af" strokeWidth={3} dot={{ r: 4, fill: '#1e40af' }} connectNulls isAnimationActive={false} />
                ) : (
                  <Line
                    key={g.key}
                    name={g.name}
                    dataKey={g.key}
                    stroke={styleOf(g.key).stroke}
                    strokeDasharray={styleOf(g.key).dash}
                    strokeWidth={2}
                    dot={{ r: 3, fill: styleOf(g.key).stroke }}
                    connectNulls
                    isAnimationActive={false}
                  />
                ),
              )}
            </LineChart>
          </ResponsiveContainer>
        </div>
        <figcaption className="sr-only">{summary}</figcaption>
      </figure>
      <fieldset className="min-w-0">
        <legend className="text-sm font-semibold text-slate-800">Student groups shown</legend>
        <ul className="mt-2 max-h-72 gap-x-6 space-y-1 overflow-y-auto pr-1 text-sm sm:columns-2 lg:columns-1">
          {groups.map((g) => (
            <li key={g.key} className="flex items-center gap-2">
              <input
                id={`${id}-${g.key}`}
                type="checkbox"
                className="h-4 w-4 accent-brand-700"
                checked={g.isAll || selected.includes(g.key)}
                disabled={g.isAll}
                onChange={(e) => toggle(g.key, e.target.checked)}
              />
              <label htmlFor={`${id}-${g.key}`} className="text-slate-800">
                {g.name}
                {g.isAll && <span className="text-slate-600"> (always shown)</span>}
                {/* A space inside each badge keeps the accessible name words apart ("… youth, focus group"). */}
                {g.isFocus && (
                  <span className="ml-1 rounded bg-amber-100 px-1 text-xs font-semibold text-amber-900">
                    <span className="sr-only">, </span>focus<span className="sr-only"> group</span>
                  </span>
                )}
                {g.isReference && !g.isAll && (
                  <span className="ml-1 rounded bg-slate-100 px-1 text-xs text-slate-700">
                    <span className="sr-only">, </span>reference<span className="sr-only"> group</span>
                  </span>
                )}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}
