// The gap between a disaggregated measure's focus group and its reference group, as its own
// series with its own target. Pure.
//
// The gap is measured in the measure's direction so that a positive gap always means the
// focus group trails: for an increase, reference − focus; for a decrease, focus − reference.
// Its baseline is the first period with approved values for both groups. Plans do not yet
// state gap targets (no field in the model): until they do, a gap's target is a
// DEFAULT_GAP_REDUCTION_PERCENT reduction of its baseline gap by the measure's deadline —
// the same reading the plan itself uses for its demographic-gap goal (CC-3, "decrease … by 10%").
import { sign, type Direction, type TargetSpec } from '@/lib/targets';

export const DEFAULT_GAP_REDUCTION_PERCENT = 10;

export interface GroupValue {
  periodEnd: Date;
  periodLabel: string;
  value: number;
}

export interface GapPoint {
  periodEnd: Date;
  periodLabel: string;
  focus: number;
  reference: number;
  gap: number;
}

/** The gap at every period where both groups have a value, in date order. */
export function gapSeries(direction: Direction, focus: GroupValue[], reference: GroupValue[]): GapPoint[] {
  const referenceByTime = new Map(reference.map((r) => [r.periodEnd.getTime(), r]));
  const d = sign(direction);
  return focus
    .flatMap((f) => {
      const r = referenceByTime.get(f.periodEnd.getTime());
      if (!r) return [];
      return [{ periodEnd: f.periodEnd, periodLabel: f.periodLabel, focus: f.value, reference: r.value, gap: d * (r.value - f.value) }];
    })
    .sort((a, b) => a.periodEnd.getTime() - b.periodEnd.getTime());
}

/** The gap's target: narrowing from its first observed value by the deadline; null without data. */
export function gapTargetSpec(series: GapPoint[], deadline: Date, reductionPercent = DEFAULT_GAP_REDUCTION_PERCENT): TargetSpec | null {
  const first = series[0];
  if (!first || first.periodEnd.getTime() >= deadline.getTime()) return null;
  return {
    kind: 'PERCENT_CHANGE',
    amount: reductionPercent,
    direction: 'DECREASE',
    baseline: first.gap,
    baselineDate: first.periodEnd,
    deadline,
  };
}
