// One goal in full for signed-in readers: measures with their target path and every
// value (approved and in review), the goal's updates, and what the reader may do.
import 'server-only';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertCan, can, type Actor } from '@/lib/permissions';
import { summarizeMeasure, targetSpecOf, type MeasureSummary, type ReviewState } from '@/lib/plan-view';
import { finalTarget, targetPath } from '@/lib/targets';

export interface GoalMeasureDetail {
  summary: MeasureSummary;
  cadence: 'QUARTERLY' | 'ANNUAL';
  dataSource: string;
  baseline: { value: number | null; label: string | null; date: string | null; note: string; isDemo: boolean };
  finalTarget: number | null;
  targetDate: string;
  path: { date: string; value: number; kind: 'baseline' | 'interim' | 'final' }[];
  values: { periodLabel: string; periodEnd: string; reportedIn: string; value: number; state: ReviewState }[];
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
  const db = getDb();
  const goal = await db.goal.findFirst({
    where: { id: goalId, organizationId: actor.organizationId },
    include: {
      plan: true,
      division: true,
      priority: { include: { objective: true } },
      focusGroups: { include: { studentGroup: true } },
      measures: { orderBy: { position: 'asc' }, include: { interimTargets: { orderBy: { date: 'asc' } } } },
      updates: {
        orderBy: { period: { endDate: 'desc' } },
        include: { period: true, updatedBy: { select: { name: true } } },
      },
    },
  });
  if (!goal) throw new AppError('NOT_FOUND');

  const observations = await db.observation.findMany({
    where: { organizationId: actor.organizationId, measure: { goalId: goal.id }, studentGroup: { isAll: true } },
    include: { period: true, reportedPeriod: true },
    orderBy: { period: { endDate: 'asc' } },
  });

  const measures = goal.measures.map((measure): GoalMeasureDetail => {
    const rows = observations.filter((o) => o.measureId === measure.id);
    const spec = targetSpecOf(measure);
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
        goal.plan.atRiskThreshold,
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
      path: targetPath(spec).map((p) => ({ date: p.date.toISOString(), value: p.value, kind: p.kind })),
      values: rows.map((o) => ({
        periodLabel: o.period.label,
        periodEnd: o.period.endDate.toISOString(),
        reportedIn: o.reportedPeriod.label,
        value: o.value,
        state: o.state,
      })),
    };
  });

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
    measures,
    updates: goal.updates.map((u) => ({
      id: u.id,
      periodLabel: u.period.label,
      state: u.state,
      narrative: u.narrative,
      reportedStatus: u.reportedStatus,
      updatedAt: u.updatedAt.toISOString(),
      authorName: u.updatedBy?.name ?? null,
      isDemo: u.isDemo,
    })),
    canRecord: can(actor, 'progress:draft', { organizationId: goal.organizationId, divisionId: goal.divisionId }),
    readAt: new Date().toISOString(),
  };
}
