// What the goal and measure forms open with: the item's current values, the plan's divisions
// and student groups to choose from, and a measure's target history.
import 'server-only';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertAdmin, type Actor } from '@/lib/permissions';
import { goalValues, measureValues, targetOf, type GoalInput, type MeasureValues } from '@/lib/data/structure/fields';
import type { EditorPlan } from '@/lib/data/structure/shared';
import { isoDay, editorPlan, findPlan, sentenceOf } from '@/lib/data/structure/shared';
import { LIVE } from '@/lib/data/core/archived';

export interface Option {
  id: string;
  name: string;
}

export interface GroupOption extends Option {
  isAll: boolean;
}

export interface GoalEditor {
  plan: EditorPlan;
  priorities: (Option & { objectiveName: string })[];
  divisions: Option[];
  studentGroups: GroupOption[];
  goal: (GoalInput & { id: string; measures: { id: string; code: string; name: string; baselineValue: number | null }[] }) | null;
}

async function editorOptions(actor: Actor, planId: string) {
  const db = getDb();
  const [priorities, divisions, groups] = await Promise.all([
    db.priority.findMany({
      where: { organizationId: actor.organizationId, ...LIVE, objective: { planId, ...LIVE } },
      orderBy: [{ objective: { position: 'asc' } }, { position: 'asc' }],
      include: { objective: { select: { name: true } } },
    }),
    db.division.findMany({ where: { organizationId: actor.organizationId }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    db.studentGroup.findMany({
      where: { organizationId: actor.organizationId },
      orderBy: { position: 'asc' },
      select: { id: true, name: true, isAll: true },
    }),
  ]);
  return {
    priorities: priorities.map((p) => ({ id: p.id, name: p.name, objectiveName: p.objective.name })),
    divisions,
    studentGroups: groups,
  };
}

/** A goal to edit (goalId) or the empty form of a new one (goalId null). */
export async function getGoalEditor(actor: Actor | null, planSlug: string, goalId: string | null): Promise<GoalEditor> {
  assertAdmin(actor);
  const plan = await findPlan(actor, planSlug);
  const options = await editorOptions(actor, plan.id);
  if (!goalId) return { plan: editorPlan(plan), ...options, goal: null };
  const goal = await getDb().goal.findFirst({
    where: { id: goalId, organizationId: actor.organizationId, planId: plan.id, ...LIVE },
    include: { focusGroups: true, measures: { where: LIVE, orderBy: { position: 'asc' } } },
  });
  if (!goal) throw new AppError('NOT_FOUND');
  return {
    plan: editorPlan(plan),
    ...options,
    goal: {
      id: goal.id,
      ...goalValues(goal, goal.focusGroups.map((f) => f.studentGroupId)),
      measures: goal.measures.map((m) => ({ id: m.id, code: m.code, name: m.name, baselineValue: m.baselineValue })),
    },
  };
}

/** The measure form's values: the measure's fields as the audit trail records them. */
export type MeasureFormValues = MeasureValues & { id: string | null };

export interface TargetVersionView {
  effectiveFrom: string | null;
  boardApprovedOn: string | null;
  reason: string;
  sentence: string;
}

export interface MeasureEditor {
  plan: EditorPlan;
  goals: (Option & { code: string })[];
  studentGroups: GroupOption[];
  measure: MeasureFormValues;
  /** Changing the baseline or target records a new version with a reason and board approval. */
  historyRequired: boolean;
  approvedValues: number;
  versions: TargetVersionView[];
}

/** A measure to edit, or the form of a new measure of goal `goalId`. */
export async function getMeasureEditor(
  actor: Actor | null,
  planSlug: string,
  target: { measureId: string } | { goalId: string },
): Promise<MeasureEditor> {
  assertAdmin(actor);
  const db = getDb();
  const plan = await findPlan(actor, planSlug);
  const [goals, studentGroups] = await Promise.all([
    db.goal.findMany({
      where: { organizationId: actor.organizationId, planId: plan.id, ...LIVE, priority: { ...LIVE, objective: LIVE } },
      orderBy: [{ priority: { objective: { position: 'asc' } } }, { priority: { position: 'asc' } }, { position: 'asc' }],
      select: { id: true, code: true, title: true },
    }),
    db.studentGroup.findMany({
      where: { organizationId: actor.organizationId },
      orderBy: { position: 'asc' },
      select: { id: true, name: true, isAll: true },
    }),
  ]);
  const goalOptions = goals.map((g) => ({ id: g.id, code: g.code, name: g.title }));
  if ('goalId' in target) {
    const goal = goals.find((g) => g.id === target.goalId);
    if (!goal) throw new AppError('NOT_FOUND');
    const end = plan.cycleEnd;
    return {
      plan: editorPlan(plan),
      goals: goalOptions,
      studentGroups,
      historyRequired: false,
      approvedValues: 0,
      versions: [],
      measure: {
        id: null,
        goalId: goal.id,
        code: '',
        name: '',
        nameEs: null,
        unit: 'PERCENT',
        direction: 'INCREASE',
        decimals: 1,
        cadence: 'ANNUAL',
        dataSource: '',
        baselineValue: null,
        baselineDate: null,
        baselineLabel: null,
        baselineNote: '',
        targetKind: 'VALUE',
        targetAmount: 0,
        targetDate: isoDay(end)!,
        interimTargets: [],
        disaggregated: false,
        studentGroupIds: [],
        focusGroupId: null,
        referenceGroupId: null,
        gapReductionPercent: null,
      },
    };
  }
  const m = await db.measure.findFirst({
    where: { id: target.measureId, organizationId: actor.organizationId, ...LIVE, goal: { planId: plan.id, ...LIVE } },
    include: {
      interimTargets: { orderBy: { date: 'asc' } },
      studentGroups: true,
      targetVersions: { orderBy: [{ effectiveFrom: { sort: 'asc', nulls: 'first' } }, { createdAt: 'asc' }] },
      _count: { select: { observations: { where: { state: 'APPROVED' } } } },
    },
  });
  if (!m) throw new AppError('NOT_FOUND');
  return {
    plan: editorPlan(plan),
    goals: goalOptions,
    studentGroups,
    historyRequired: plan.status !== 'DRAFT' || m._count.observations > 0 || m.targetVersions.length > 0,
    approvedValues: m._count.observations,
    versions: m.targetVersions.map((v) => ({
      effectiveFrom: isoDay(v.effectiveFrom),
      boardApprovedOn: isoDay(v.boardApprovedOn),
      reason: v.reason,
      sentence: sentenceOf({ ...m, ...v }),
    })),
    measure: { id: m.id, ...measureValues(m, targetOf(m), m.studentGroups.map((s) => s.studentGroupId)) },
  };
}
