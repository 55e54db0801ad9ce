// Turns plan rows and observations into what pages show: each measure's latest values,
// its target in words and its computed status, rolled up to goals. Pure: no I/O.
import { targetSentence, type MeasureUnit } from '@/lib/format';
import { goalStatus, measureStatus, type MeasureStatus, type StatusResult } from '@/lib/status';
import type { Direction, TargetKind, TargetSpec } from '@/lib/targets';

export type ReviewState = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED';

export interface MeasureRow {
  id: string;
  code: string;
  name: string;
  unit: MeasureUnit;
  direction: Direction;
  decimals: number;
  cadence: 'QUARTERLY' | 'ANNUAL';
  dataSource: string;
  baselineValue: number | null;
  baselineDate: Date | null;
  baselineLabel: string | null;
  baselineNote: string;
  baselineIsDemo: boolean;
  targetKind: TargetKind;
  targetAmount: number;
  targetDate: Date;
  interimTargets: { date: Date; value: number; label: string }[];
}

export interface ObservationRow {
  measureId: string;
  value: number;
  state: ReviewState;
  periodLabel: string;
  periodEnd: Date;
}

export interface ValuePoint {
  value: number;
  periodLabel: string;
  periodEnd: string;
  state: ReviewState;
}

export interface MeasureSummary {
  id: string;
  code: string;
  name: string;
  unit: MeasureUnit;
  decimals: number;
  direction: Direction;
  targetSentence: string;
  baselineIsDemo: boolean;
  latestApproved: ValuePoint | null;
  /** A newer value still in review (submitted or draft), shown apart from approved data. */
  latestPending: ValuePoint | null;
  status: StatusResult;
}

export function targetSpecOf(measure: MeasureRow): TargetSpec {
  return {
    kind: measure.targetKind,
    amount: measure.targetAmount,
    direction: measure.direction,
    baseline: measure.baselineValue,
    baselineDate: measure.baselineDate,
    deadline: measure.targetDate,
    interimTargets: measure.interimTargets.map((t) => ({ date: t.date, value: t.value, label: t.label })),
  };
}

const toPoint = (o: ObservationRow): ValuePoint => ({
  value: o.value,
  periodLabel: o.periodLabel,
  periodEnd: o.periodEnd.toISOString(),
  state: o.state,
});

/**
 * Observations must be for All students; any order. The target sentence is the measure's own
 * (the target now); the status judges the latest value against the target in force at its
 * period — `inForceAt` gives it where the target has a history (lib/target-history.ts).
 */
export function summarizeMeasure(
  measure: MeasureRow,
  observations: ObservationRow[],
  threshold: number,
  locale = 'en-US',
  inForceAt: (at: Date) => MeasureRow = () => measure,
): MeasureSummary {
  const sorted = [...observations].sort((a, b) => a.periodEnd.getTime() - b.periodEnd.getTime());
  const approved = sorted.filter((o) => o.state === 'APPROVED');
  const latestApproved = approved.at(-1) ?? null;
  const pending = sorted.filter((o) => o.state === 'SUBMITTED' || o.state === 'DRAFT' || o.state === 'RETURNED');
  const latestPendingRow = pending.at(-1) ?? null;
  const newerPending =
    latestPendingRow && (!latestApproved || latestPendingRow.periodEnd >= latestApproved.periodEnd) ? latestPendingRow : null;
  const spec = targetSpecOf(measure);
  return {
    id: measure.id,
    code: measure.code,
    name: measure.name,
    unit: measure.unit,
    decimals: measure.decimals,
    direction: measure.direction,
    targetSentence: targetSentence(
      { ...spec, unit: measure.unit, decimals: measure.decimals, baselineLabel: measure.baselineLabel },
      locale,
    ),
    baselineIsDemo: measure.baselineIsDemo,
    latestApproved: latestApproved ? toPoint(latestApproved) : null,
    latestPending: newerPending ? toPoint(newerPending) : null,
    status: measureStatus(
      latestApproved ? targetSpecOf(inForceAt(latestApproved.periodEnd)) : spec,
      latestApproved ? { value: latestApproved.value, date: latestApproved.periodEnd } : null,
      threshold,
    ),
  };
}

export function rollUpGoal(measures: MeasureSummary[]): MeasureStatus {
  return goalStatus(measures.map((m) => m.status.status));
}

export type StatusCounts = Record<MeasureStatus, number>;

export function countStatuses(statuses: MeasureStatus[]): StatusCounts {
  const counts: StatusCounts = { MET: 0, ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, NO_DATA: 0 };
  for (const s of statuses) counts[s] += 1;
  return counts;
}
