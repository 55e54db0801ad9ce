// Shapes a measure's target path and values into chart rows, and says in one sentence
// what the chart shows (its text alternative). Pure.
import type { GoalMeasureDetail } from '@/lib/data/goals';
import { formatValue } from '@/lib/format';
import { statusLabel } from '@/lib/status';

export interface ChartRow {
  t: number;
  label: string;
  actual?: number;
  pending?: number;
  target?: number;
}

export function measureChartRows(measure: GoalMeasureDetail): ChartRow[] {
  const rows = new Map<number, ChartRow>();
  const row = (iso: string, label: string) => {
    const t = new Date(iso).getTime();
    const existing = rows.get(t);
    if (existing) return existing;
    const created: ChartRow = { t, label };
    rows.set(t, created);
    return created;
  };
  for (const p of measure.path) {
    const label =
      p.kind === 'baseline' ? `Baseline ${measure.baseline.label ?? ''}`.trim() : p.kind === 'final' ? 'Final target' : 'Interim target';
    row(p.date, label).target = p.value;
  }
  for (const v of measure.values) {
    const r = row(v.periodEnd, v.periodLabel);
    r.label = v.periodLabel;
    if (v.state === 'APPROVED') r.actual = v.value;
    else r.pending = v.value;
  }
  return [...rows.values()].sort((a, b) => a.t - b.t);
}

export function unitSuffix(unit: string): string {
  return unit === 'PERCENT' ? '%' : '';
}

/** "31.0% in 2023-24 against an expected 30.1%: at risk." */
export function measureSentence(measure: GoalMeasureDetail): string {
  const s = measure.summary;
  const latest = s.latestApproved;
  if (!latest) return `${s.name}: no approved value yet. Target: ${s.targetSentence}.`;
  const value = formatValue(latest.value, s.unit, s.decimals);
  const expected = s.status.expected;
  const against = expected === null ? '' : ` against an expected ${formatValue(expected, s.unit, s.decimals)}`;
  return `${s.name}: ${value} in ${latest.periodLabel}${against}: ${statusLabel(s.status.status).toLowerCase()}.`;
}
