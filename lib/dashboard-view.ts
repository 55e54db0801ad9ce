// The cabinet dashboard's figures: goal statuses as of a period rolled up per objective and
// per division × objective, what needs attention, and the filtered goal list. Pure: the data
// layer loads rows in a fixed number of queries and hands them here.
import { approvedAsOf, targetInForce, updatesAsOf, type Cutoff, type TargetVersion } from '@/lib/as-of';
import {
  countStatuses,
  rollUpGoal,
  summarizeMeasure,
  type MeasureRow,
  type MeasureSummary,
  type ReviewState,
  type StatusCounts,
} from '@/lib/plan-view';
import { assessmentGap, compareStatus, type MeasureStatus } from '@/lib/status';

export type ReportedStatus = 'MET' | 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK';

export interface DashboardFilters {
  period?: string;
  objective?: string;
  division?: string;
  status?: MeasureStatus;
}

export interface TreeGoal {
  id: string;
  code: string;
  title: string;
  statement: string;
  deadline: Date | null;
  divisionId: string | null;
  division: { id: string; name: string } | null;
  measures: MeasureRow[];
}

export interface TreeObjective {
  id: string;
  name: string;
  priorities: { id: string; name: string; goals: TreeGoal[] }[];
}

export interface DashboardObservation {
  measureId: string;
  value: number;
  state: ReviewState;
  approvedAt: Date | null;
  periodLabel: string;
  periodEnd: Date;
}

export interface DashboardUpdate {
  goalId: string;
  periodId: string;
  periodLabel: string;
  periodEnd: Date;
  state: ReviewState;
  reportedStatus: ReportedStatus | null;
  submittedAt: Date | null;
}

export interface DashboardPeriod {
  id: string;
  code: string;
  label: string;
  endDate: Date;
  dueDate: Date;
}

export interface DashboardGoal {
  id: string;
  code: string;
  title: string;
  statement: string;
  deadline: string | null;
  lastApprovedAt: string | null;
  objectiveId: string;
  objectiveName: string;
  priorityName: string;
  divisionId: string | null;
  divisionName: string | null;
  status: MeasureStatus;
  previousStatus: MeasureStatus | null;
  measures: MeasureSummary[];
  reported: { status: ReportedStatus; periodLabel: string } | null;
}

/** Measure rows with the targets in force at the cut-off (one version each until issue 6). */
export type TargetVersionsOf = (measure: MeasureRow) => TargetVersion<MeasureRow>[];
export const currentTargetsOnly: TargetVersionsOf = (measure) => [{ effectiveFrom: null, target: measure }];

/**
 * A goal's status as of a cut-off: each measure's latest approved value then, against the
 * target then. With `pending`, submitted values are carried along (shown apart, never counted).
 */
export function goalStatusAsOf(
  goal: Pick<TreeGoal, 'measures'>,
  observationsByMeasure: Map<string, DashboardObservation[]>,
  cutoff: Cutoff,
  threshold: number,
  targetVersions: TargetVersionsOf = currentTargetsOnly,
  pending = false,
): { status: MeasureStatus; measures: MeasureSummary[]; lastApprovedAt: Date | null } {
  let lastApprovedAt: Date | null = null;
  const measures = goal.measures.map((measure) => {
    const versions = targetVersions(measure);
    const inForce = targetInForce(versions, cutoff.periodEnd) ?? measure;
    const all = observationsByMeasure.get(measure.id) ?? [];
    const rows = approvedAsOf(all, cutoff);
    for (const r of rows) if (r.approvedAt && (!lastApprovedAt || r.approvedAt > lastApprovedAt)) lastApprovedAt = r.approvedAt;
    const submitted = pending ? all.filter((o) => o.state === 'SUBMITTED') : [];
    return summarizeMeasure(inForce, [...rows, ...submitted], threshold, 'en-US', (at) => targetInForce(versions, at) ?? inForce);
  });
  return { status: rollUpGoal(measures), measures, lastApprovedAt };
}

/** Worse now than at the previous period; a first value (no data before) is not a worsening. */
export function worsened(previous: MeasureStatus | null, current: MeasureStatus): boolean {
  if (previous === null || previous === 'NO_DATA' || current === 'NO_DATA') return false;
  return compareStatus(current, previous) < 0;
}

/** The division reported a better status than its approved data compute (lib/status.ts, assessmentGap). */
export function reportDisagrees(reported: ReportedStatus | null, computed: MeasureStatus): boolean {
  return assessmentGap(reported, computed) === 'better';
}

export function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

export interface GridCell {
  objectiveId: string;
  counts: StatusCounts;
  total: number;
}

export interface GridRow {
  divisionId: string | null;
  divisionName: string;
  cells: GridCell[];
  total: number;
}

export interface OverdueDivision {
  divisionId: string | null;
  divisionName: string;
  /** Goals with no update submitted at all. */
  missing: { id: string; code: string; title: string }[];
  /** Goals whose update came after the deadline: reported, and counted, but late. */
  late: { id: string; code: string; title: string; daysLate: number }[];
  expected: number;
}

export interface DashboardView {
  counts: StatusCounts;
  objectives: { id: string; name: string; counts: StatusCounts; total: number }[];
  grid: GridRow[];
  goals: DashboardGoal[];
  attention: {
    worsened: DashboardGoal[];
    disagreements: DashboardGoal[];
    /** Null when no reporting deadline has passed yet at the cut-off. */
    overdue: { period: DashboardPeriod; divisions: OverdueDivision[] } | null;
  };
}

export interface DashboardViewInput {
  objectives: TreeObjective[];
  threshold: number;
  observations: DashboardObservation[];
  updates: DashboardUpdate[];
  cutoff: Cutoff;
  /** The cut-off of the period before, for "worsened since"; null when there is none. */
  previousCutoff: Cutoff | null;
  /** The period whose updates are checked for being overdue; null when none is due yet. */
  duePeriod: DashboardPeriod | null;
  /** The instant the check runs at: a due date still ahead is not overdue. */
  now: Date;
  /** Show submitted values awaiting review beside the approved ones (the "latest" view). */
  includePending?: boolean;
  filters: DashboardFilters;
  targetVersions?: TargetVersionsOf;
  /** The goals' statuses from `goalStatusesOf` on the same input, when another view has them already. */
  statuses?: GoalStatuses;
}

/** Each goal's status at the view's cut-off, and its status at the previous one, by goal id. */
export type GoalStatuses = Map<string, { now: ReturnType<typeof goalStatusAsOf>; before: MeasureStatus | null }>;

type StatusInput = Pick<DashboardViewInput, 'objectives' | 'threshold' | 'observations' | 'cutoff' | 'previousCutoff' | 'includePending' | 'targetVersions'>;

/**
 * The costly part of a view, which needs no updates: the dashboard computes it once and shares
 * it between the widgets that show statuses and the one that adds the updates.
 */
export function goalStatusesOf(input: StatusInput): GoalStatuses {
  const { threshold, cutoff, previousCutoff } = input;
  const observationsByMeasure = groupBy(input.observations, (o) => o.measureId);
  const statuses: GoalStatuses = new Map();
  for (const objective of input.objectives) {
    for (const priority of objective.priorities) {
      for (const goal of priority.goals) {
        statuses.set(goal.id, {
          now: goalStatusAsOf(goal, observationsByMeasure, cutoff, threshold, input.targetVersions, input.includePending),
          before: previousCutoff ? goalStatusAsOf(goal, observationsByMeasure, previousCutoff, threshold, input.targetVersions).status : null,
        });
      }
    }
  }
  return statuses;
}

export const NO_DIVISION = 'none';

export function buildDashboardView(input: DashboardViewInput): DashboardView {
  const { filters, cutoff } = input;
  const statuses = input.statuses ?? goalStatusesOf(input);
  const updatesByGoal = groupBy(updatesAsOf(input.updates, cutoff), (u) => u.goalId);

  const allGoals: DashboardGoal[] = [];
  for (const objective of input.objectives) {
    for (const priority of objective.priorities) {
      for (const goal of priority.goals) {
        const { now, before } = statuses.get(goal.id)!;
        const latestUpdate = (updatesByGoal.get(goal.id) ?? [])
          .filter((u) => u.reportedStatus !== null)
          .sort((a, b) => b.periodEnd.getTime() - a.periodEnd.getTime())[0];
        allGoals.push({
          id: goal.id,
          code: goal.code,
          title: goal.title,
          statement: goal.statement,
          deadline: goal.deadline?.toISOString() ?? null,
          lastApprovedAt: now.lastApprovedAt?.toISOString() ?? null,
          objectiveId: objective.id,
          objectiveName: objective.name,
          priorityName: priority.name,
          divisionId: goal.divisionId,
          divisionName: goal.division?.name ?? null,
          status: now.status,
          previousStatus: before,
          measures: now.measures,
          reported: latestUpdate?.reportedStatus
            ? { status: latestUpdate.reportedStatus, periodLabel: latestUpdate.periodLabel }
            : null,
        });
      }
    }
  }

  const inScope = allGoals.filter(
    (g) =>
      (!filters.objective || g.objectiveId === filters.objective) &&
      (!filters.division || (g.divisionId ?? NO_DIVISION) === filters.division),
  );
  const listed = inScope.filter((g) => !filters.status || g.status === filters.status);

  const objectives = input.objectives
    .filter((o) => !filters.objective || o.id === filters.objective)
    .map((o) => {
      const statuses = inScope.filter((g) => g.objectiveId === o.id).map((g) => g.status);
      return { id: o.id, name: o.name, counts: countStatuses(statuses), total: statuses.length };
    });

  const divisions = new Map<string, string>();
  for (const g of inScope) divisions.set(g.divisionId ?? NO_DIVISION, g.divisionName ?? 'No division');
  const grid: GridRow[] = [...divisions.entries()]
    .sort((a, b) => a[1].localeCompare(b[1]))
    .map(([divisionKey, divisionName]) => {
      const ofDivision = inScope.filter((g) => (g.divisionId ?? NO_DIVISION) === divisionKey);
      return {
        divisionId: divisionKey === NO_DIVISION ? null : divisionKey,
        divisionName,
        total: ofDivision.length,
        cells: objectives.map((o) => {
          const statuses = ofDivision.filter((g) => g.objectiveId === o.id).map((g) => g.status);
          return { objectiveId: o.id, counts: countStatuses(statuses), total: statuses.length };
        }),
      };
    });

  const byWorst = (a: DashboardGoal, b: DashboardGoal) => compareStatus(a.status, b.status) || a.code.localeCompare(b.code);
  return {
    counts: countStatuses(inScope.map((g) => g.status)),
    objectives,
    grid,
    goals: listed,
    attention: {
      worsened: listed.filter((g) => worsened(g.previousStatus, g.status)).sort(byWorst),
      disagreements: listed.filter((g) => g.reported && reportDisagrees(g.reported.status, g.status)).sort(byWorst),
      overdue: input.duePeriod ? overdueByDivision(inScope, input.updates, input.duePeriod, input.now) : null,
    },
  };
}

/**
 * Per owning division, the goals with no update submitted for the due period (missing) and those
 * whose update came after its due date (late, with the days: reported and counted, but said).
 * While the due date is still ahead nothing is overdue.
 */
export function overdueByDivision(
  goals: Pick<DashboardGoal, 'id' | 'code' | 'title' | 'divisionId' | 'divisionName'>[],
  updates: Pick<DashboardUpdate, 'goalId' | 'periodId' | 'state' | 'submittedAt'>[],
  period: DashboardPeriod,
  now: Date,
): { period: DashboardPeriod; divisions: OverdueDivision[] } {
  const deadline = new Date(period.dueDate.getTime() + 86_400_000 - 1);
  if (now.getTime() <= deadline.getTime()) return { period, divisions: [] };
  const day = 86_400_000;
  // When each goal's update for the period was submitted (a returned one is not reported).
  const submitted = new Map(
    updates
      .filter((u) => u.periodId === period.id && (u.state === 'SUBMITTED' || u.state === 'APPROVED') && u.submittedAt !== null)
      .map((u) => [u.goalId, u.submittedAt!.getTime()]),
  );
  const byDivision = groupBy(goals, (g) => g.divisionId ?? NO_DIVISION);
  const divisions: OverdueDivision[] = [];
  for (const [key, ofDivision] of byDivision) {
    const missing = ofDivision.filter((g) => !submitted.has(g.id)).map(({ id, code, title }) => ({ id, code, title }));
    const late = ofDivision.flatMap(({ id, code, title }) => {
      const at = submitted.get(id);
      return at !== undefined && at > deadline.getTime() ? [{ id, code, title, daysLate: Math.ceil((at - deadline.getTime()) / day) }] : [];
    });
    if (missing.length === 0 && late.length === 0) continue;
    divisions.push({
      divisionId: key === NO_DIVISION ? null : key,
      divisionName: ofDivision[0]!.divisionName ?? 'No division',
      missing,
      late,
      expected: ofDivision.length,
    });
  }
  return { period, divisions: divisions.sort((a, b) => b.missing.length - a.missing.length || a.divisionName.localeCompare(b.divisionName)) };
}

/**
 * The period chosen in the URL (by code) among quarters that have ended, the one before it,
 * and the period whose reports are checked for lateness. Without a choice: "latest" — now,
 * compared with the last quarter whose due date has passed.
 */
export function choosePeriods(
  quarters: DashboardPeriod[],
  code: string | undefined,
  now: Date,
): { selected: DashboardPeriod | null; previous: DashboardPeriod | null; due: DashboardPeriod | null; options: DashboardPeriod[] } {
  const sorted = [...quarters].sort((a, b) => a.endDate.getTime() - b.endDate.getTime());
  const options = sorted.filter((p) => p.endDate.getTime() <= now.getTime());
  const index = code ? options.findIndex((p) => p.code === code) : -1;
  if (index >= 0) {
    return { selected: options[index]!, previous: options[index - 1] ?? null, due: options[index]!, options };
  }
  const pastDue = options.filter((p) => p.dueDate.getTime() + 86_400_000 <= now.getTime());
  const lastDue = pastDue.at(-1) ?? null;
  return { selected: null, previous: lastDue, due: lastDue, options };
}
