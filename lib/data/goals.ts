// One goal in full for signed-in readers: measures with their target path and every
// value the reader may see (approved and in review; drafts and returned values only for the
// owning division), student-group series and the focus-group gap, the goal's updates, its
// neighbours in the plan, and what the reader may do.
import 'server-only';
import { readDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { gapSeries, gapTargetSpec } from '@/lib/gaps';
import { assertCan, can, type Actor } from '@/lib/permissions';
import { summarizeMeasure, targetSpecOf, type MeasureSummary, type ReviewState } from '@/lib/plan-view';
import { measureStatus, type MeasureStatus } from '@/lib/status';
import { measureInForce, pathInForce, targetChanges } from '@/lib/target-history';
import { expectedValueAt, finalTarget, targetPath } from '@/lib/targets';
import { targetSentence, type MeasureUnit } from '@/lib/format';

export interface ValueRow {
  periodLabel: string;
  periodEnd: string;
  reportedIn: string;
  value: number;
  state: ReviewState;
  /** The target path's value at the period's end. */
  expected: number | null;
  /** The status this value gives (approved values only). */
  status: MeasureStatus | null;
}

export interface GroupSeries {
  id: string;
  name: string;
  isAll: boolean;
  isFocus: boolean;
  isReference: boolean;
  points: { periodLabel: string; periodEnd: string; value: number; n: number | null; state: ReviewState }[];
}

export interface GapDetail {
  focusName: string;
  referenceName: string;
  points: { periodLabel: string; periodEnd: string; gap: number; focus: number; reference: number; expected: number | null }[];
  targetSentence: string | null;
  path: { date: string; value: number; kind: 'baseline' | 'interim' | 'final' }[];
  status: MeasureStatus;
  /** The plan's own gap target (percent of the first gap to close); null: the default applies. */
  statedReductionPercent: number | null;
}

export interface GoalNeighbour {
  id: string;
  code: string;
  title: string;
}

export interface GoalMeasureDetail {
  summary: MeasureSummary;
  cadence: 'QUARTERLY' | 'ANNUAL';
  dataSource: string;
  baseline: { value: number | null; label: string | null; date: string | null; note: string; isDemo: boolean };
  finalTarget: number | null;
  targetDate: string;
  /** The target path the plan ran: each target version up to the next change. */
  path: { date: string; value: number; kind: 'baseline' | 'interim' | 'final' | 'change' }[];
  /** Changes the board made to the baseline or target, oldest first. */
  targetChanges: {
    effectiveFrom: string;
    boardApprovedOn: string | null;
    reason: string;
    before: string;
    after: string;
    baselineChanged: boolean;
    targetChanged: boolean;
  }[];
  values: ValueRow[];
  /** One series per student group, for a disaggregated measure; empty otherwise. */
  groups: GroupSeries[];
  gap: GapDetail | null;
}

export interface GoalDetail {
  plan: { id: string; name: string; demoProgress: boolean; labels: { objective: string; priority: string; goal: string } };
  objective: { id: string; name: string };
  priority: { id: string; name: string };
  goal: {
    id: string;
    code: string;
    title: string;
    statement: string;
    inclusion: string;
    equityFocus: string;
    deadline: string | null;
    divisionName: string | null;
    focusGroups: string[];
  };
  previous: GoalNeighbour | null;
  next: GoalNeighbour | null;
  measures: GoalMeasureDetail[];
  updates: {
    id: string;
    periodLabel: string;
    state: ReviewState;
    narrative: string;
    reportedStatus: 'MET' | 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | null;
    updatedAt: string;
    authorName: string | null;
    isDemo: boolean;
  }[];
  canRecord: boolean;
  /** When this was read: charts mark "today" with it. */
  readAt: string;
}

export async function getGoalDetail(actor: Actor | null, goalId: string): Promise<GoalDetail> {
  assertCan(actor, 'plan:read');
  const db = await readDb();
  const goal = await db.goal.findFirst({
    where: { id: goalId, organizationId: actor.organizationId, archivedAt: null },
    include: {
      plan: true,
      division: true,
      priority: { include: { objective: true } },
      focusGroups: { include: { studentGroup: true } },
      measures: {
        where: { archivedAt: null },
        orderBy: { position: 'asc' },
        include: { interimTargets: { orderBy: { date: 'asc' } }, targetVersions: true },
      },
      updates: {
        orderBy: { period: { endDate: 'desc' } },
        include: { period: true, updatedBy: { select: { name: true } } },
      },
    },
  });
  if (!goal) throw new AppError('NOT_FOUND');

  // The owning division sees its own drafts and returned values; everyone else sees only
  // what has been submitted for review or approved.
  const canRecord = can(actor, 'progress:draft', { organizationId: goal.organizationId, divisionId: goal.divisionId });
  const visibleStates: ReviewState[] = canRecord ? ['APPROVED', 'SUBMITTED', 'DRAFT', 'RETURNED'] : ['APPROVED', 'SUBMITTED'];
  const [observations, neighbours] = await Promise.all([
    db.observation.findMany({
      where: { organizationId: actor.organizationId, measure: { goalId: goal.id, archivedAt: null }, state: { in: visibleStates } },
      include: {
        period: true,
        reportedPeriod: true,
        studentGroup: { select: { id: true, name: true, isAll: true, position: true } },
      },
      orderBy: { period: { endDate: 'asc' } },
    }),
    db.goal.findMany({
      where: { organizationId: actor.organizationId, planId: goal.planId, archivedAt: null },
      orderBy: [{ priority: { objective: { position: 'asc' } } }, { priority: { position: 'asc' } }, { position: 'asc' }],
      select: { id: true, code: true, title: true },
    }),
  ]);
  const threshold = goal.plan.atRiskThreshold;

  const measures = goal.measures.map((measure): GoalMeasureDetail => {
    const ofMeasure = observations.filter((o) => o.measureId === measure.id);
    const rows = ofMeasure.filter((o) => o.studentGroup.isAll);
    const spec = targetSpecOf(measure);
    const inForceAt = (at: Date) => targetSpecOf(measureInForce(measure, measure.targetVersions, at));
    const groups = measure.disaggregated ? groupSeries(ofMeasure, measure.focusGroupId, measure.referenceGroupId) : [];
    return {
      summary: summarizeMeasure(
        measure,
        rows.map((o) => ({
          measureId: o.measureId,
          value: o.value,
          state: o.state,
          periodLabel: o.period.label,
          periodEnd: o.period.endDate,
        })),
        threshold,
        'en-US',
        (at) => measureInForce(measure, measure.targetVersions, at),
      ),
      cadence: measure.cadence,
      dataSource: measure.dataSource,
      baseline: {
        value: measure.baselineValue,
        label: measure.baselineLabel,
        date: measure.baselineDate?.toISOString() ?? null,
        note: measure.baselineNote,
        isDemo: measure.baselineIsDemo,
      },
      finalTarget: finalTarget(spec),
      targetDate: measure.targetDate.toISOString(),
      path: pathInForce(measure, measure.targetVersions).map((p) => ({ date: p.date.toISOString(), value: p.value, kind: p.kind })),
      targetChanges: targetChanges(measure, measure.targetVersions).map((c) => ({
        effectiveFrom: c.effectiveFrom.toISOString(),
        boardApprovedOn: c.boardApprovedOn?.toISOString() ?? null,
        reason: c.reason,
        before: c.before.sentence,
        after: c.after.sentence,
        baselineChanged: c.baselineChanged,
        targetChanged: c.targetChanged,
      })),
      values: rows.map((o) => ({
        periodLabel: o.period.label,
        periodEnd: o.period.endDate.toISOString(),
        reportedIn: o.reportedPeriod.label,
        value: o.value,
        state: o.state,
        expected: expectedValueAt(inForceAt(o.period.endDate), o.period.endDate),
        status:
          o.state === 'APPROVED'
            ? measureStatus(inForceAt(o.period.endDate), { value: o.value, date: o.period.endDate }, threshold).status
            : null,
      })),
      groups,
      gap: gapDetail(measure, groups, threshold),
    };
  });

  const index = neighbours.findIndex((g) => g.id === goal.id);

  return {
    plan: {
      id: goal.plan.id,
      name: goal.plan.name,
      demoProgress: goal.plan.demoProgress,
      labels: { objective: goal.plan.objectiveLabel, priority: goal.plan.priorityLabel, goal: goal.plan.goalLabel },
    },
    objective: { id: goal.priority.objective.id, name: goal.priority.objective.name },
    priority: { id: goal.priority.id, name: goal.priority.name },
    goal: {
      id: goal.id,
      code: goal.code,
      title: goal.title,
      statement: goal.statement,
      inclusion: goal.inclusion,
      equityFocus: goal.equityFocus,
      deadline: goal.deadline?.toISOString() ?? null,
      divisionName: goal.division?.name ?? null,
      focusGroups: goal.focusGroups.map((f) => f.studentGroup.name),
    },
    previous: neighbours[index - 1] ?? null,
    next: neighbours[index + 1] ?? null,
    measures,
    updates: goal.updates.filter((u) => visibleStates.includes(u.state)).map((u) => ({
      id: u.id,
      periodLabel: u.period.label,
      state: u.state,
      narrative: u.narrative,
      reportedStatus: u.reportedStatus,
      updatedAt: u.updatedAt.toISOString(),
      authorName: u.updatedBy?.name ?? null,
      isDemo: u.isDemo,
    })),
    canRecord,
    readAt: new Date().toISOString(),
  };
}

type GroupObservation = {
  value: number;
  n: number | null;
  state: ReviewState;
  period: { label: string; endDate: Date };
  studentGroup: { id: string; name: string; isAll: boolean; position: number };
};

/** One series per student group (All students first, then the plan's order). */
function groupSeries(rows: GroupObservation[], focusId: string | null, referenceId: string | null): GroupSeries[] {
  const byGroup = new Map<string, GroupSeries>();
  const positions = new Map<string, number>();
  for (const o of rows) {
    const g = o.studentGroup;
    let series = byGroup.get(g.id);
    if (!series) {
      series = { id: g.id, name: g.name, isAll: g.isAll, isFocus: g.id === focusId, isReference: g.id === referenceId, points: [] };
      byGroup.set(g.id, series);
      positions.set(g.id, g.position);
    }
    series.points.push({ periodLabel: o.period.label, periodEnd: o.period.endDate.toISOString(), value: o.value, n: o.n, state: o.state });
  }
  return [...byGroup.values()]
    .sort((a, b) => Number(b.isAll) - Number(a.isAll) || (positions.get(a.id) ?? 0) - (positions.get(b.id) ?? 0));
}

/** The focus group's gap to the reference group, from approved values only, with its target. */
function gapDetail(
  measure: {
    direction: 'INCREASE' | 'DECREASE';
    unit: MeasureUnit;
    decimals: number;
    targetDate: Date;
    gapReductionPercent: number | null;
  },
  groups: GroupSeries[],
  threshold: number,
): GapDetail | null {
  const focus = groups.find((g) => g.isFocus);
  const reference = groups.find((g) => g.isReference);
  if (!focus || !reference || focus.id === reference.id) return null;
  const approved = (g: GroupSeries) =>
    g.points.filter((p) => p.state === 'APPROVED').map((p) => ({ periodEnd: new Date(p.periodEnd), periodLabel: p.periodLabel, value: p.value }));
  const series = gapSeries(measure.direction, approved(focus), approved(reference));
  const spec = gapTargetSpec(series, measure.targetDate, measure.gapReductionPercent ?? undefined);
  const latest = series.at(-1);
  return {
    focusName: focus.name,
    referenceName: reference.name,
    points: series.map((p) => ({
      periodLabel: p.periodLabel,
      periodEnd: p.periodEnd.toISOString(),
      gap: p.gap,
      focus: p.focus,
      reference: p.reference,
      expected: spec ? expectedValueAt(spec, p.periodEnd) : null,
    })),
    targetSentence: spec
      ? targetSentence({ ...spec, unit: measure.unit, decimals: measure.decimals, baselineLabel: series[0]!.periodLabel })
      : null,
    path: spec ? targetPath(spec).map((p) => ({ date: p.date.toISOString(), value: p.value, kind: p.kind })) : [],
    status: spec && latest ? measureStatus(spec, { value: latest.gap, date: latest.periodEnd }, threshold).status : 'NO_DATA',
    statedReductionPercent: measure.gapReductionPercent,
  };
}
