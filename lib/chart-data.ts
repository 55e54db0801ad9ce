// Shapes a measure's target path and values into chart rows, and says in one sentence
// what the chart shows (its text alternative). Pure.
import type { GapDetail, GoalMeasureDetail, GroupSeries } from '@/lib/data/goals';
import { formatValue } from '@/lib/format';
import { statusLabel } from '@/lib/status';

export interface ChartRow {
  t: number;
  label: string;
  actual?: number;
  pending?: number;
  target?: number;
  /** The target path's value at this date, for the tooltip. */
  expected?: number;
  /** The status of the approved value, in words, for the tooltip. */
  status?: string;
}

type PathPoint = { date: string; value: number; kind: 'baseline' | 'interim' | 'final' | 'change' };

const PATH_LABELS = { interim: 'Interim target', final: 'Final target', change: 'Target changed' } as const;

function pathRows(path: PathPoint[], baselineLabel: string | null): Map<number, ChartRow> {
  const rows = new Map<number, ChartRow>();
  for (const p of path) {
    const t = new Date(p.date).getTime();
    const label = p.kind === 'baseline' ? `Baseline ${baselineLabel ?? ''}`.trim() : PATH_LABELS[p.kind];
    rows.set(t, { t, label, target: p.value, expected: p.value });
  }
  return rows;
}

const sorted = (rows: Map<number, ChartRow>) => [...rows.values()].sort((a, b) => a.t - b.t);

export function measureChartRows(measure: GoalMeasureDetail): ChartRow[] {
  const rows = pathRows(measure.path, measure.baseline.label);
  for (const v of measure.values) {
    const t = new Date(v.periodEnd).getTime();
    const r = rows.get(t) ?? { t, label: v.periodLabel };
    r.label = v.periodLabel;
    if (v.expected !== null) r.expected = v.expected;
    if (v.state === 'APPROVED') {
      r.actual = v.value;
      if (v.status) r.status = statusLabel(v.status);
    } else r.pending = v.value;
    rows.set(t, r);
  }
  return sorted(rows);
}

/** One line of the group chart: the series' key in the rows, and how the legend and list name it. */
export interface GroupChartSeries {
  key: string;
  name: string;
  isAll: boolean;
  isFocus: boolean;
  isReference: boolean;
}

export type GroupChartRow = { t: number; label: string; [key: string]: number | string };

/**
 * What the group chart draws, shaped on the server: one line per group, keyed `g0`, `g1`, … in
 * the groups' order, and rows by time with one column per group; approved values only.
 */
export function groupChartData(groups: GroupSeries[]): { series: GroupChartSeries[]; rows: GroupChartRow[] } {
  const rows = new Map<number, GroupChartRow>();
  const series = groups.map((g, index) => {
    const key = `g${index}`;
    for (const p of g.points) {
      if (p.state !== 'APPROVED') continue;
      const t = new Date(p.periodEnd).getTime();
      const row = rows.get(t) ?? { t, label: p.periodLabel };
      row[key] = p.value;
      rows.set(t, row);
    }
    return { key, name: g.name, isAll: g.isAll, isFocus: g.isFocus, isReference: g.isReference };
  });
  return { series, rows: [...rows.values()].sort((a, b) => a.t - b.t) };
}

export function gapChartRows(gap: GapDetail): ChartRow[] {
  const rows = pathRows(gap.path, gap.points[0]?.periodLabel ?? null);
  for (const p of gap.points) {
    const t = new Date(p.periodEnd).getTime();
    const r = rows.get(t) ?? { t, label: p.periodLabel };
    r.label = p.periodLabel;
    r.actual = p.gap;
    if (p.expected !== null) r.expected = p.expected;
    rows.set(t, r);
  }
  return sorted(rows);
}

export function unitSuffix(unit: string): string {
  return unit === 'PERCENT' ? '%' : '';
}

/** "31.0% in 2023-24 Q2 against an expected 30.1%: at risk." */
export function measureSentence(measure: GoalMeasureDetail): string {
  const s = measure.summary;
  const latest = s.latestApproved;
  if (!latest) return `${s.name}: no approved value yet. Target: ${s.targetSentence}.`;
  const value = formatValue(latest.value, s.unit, s.decimals);
  const expected = s.status.expected;
  const against = expected === null ? '' : ` against an expected ${formatValue(expected, s.unit, s.decimals)}`;
  return `${s.name}: ${value} in ${latest.periodLabel}${against}: ${statusLabel(s.status.status).toLowerCase()}.`;
}
