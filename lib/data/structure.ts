// The structure editor: an administrator builds and amends a plan's outline — objectives,
// priorities, goals, measures — creating, editing, reordering, moving and removing them.
// Everything is scoped to the actor's organization (another tenant's id is NOT_FOUND and
// writes nothing); every write validates, runs in one transaction and leaves an audit event.
// Removing an item with approved values archives it (with everything under it) instead of
// deleting it; a measure's target, once it is history, changes by a new MeasureTargetVersion.
import 'server-only';
import { invalidatePublicScorecard } from '@/lib/data/public-cache';
import { parseOrThrow } from '@/lib/data/progress';
import { getDb } from '@/lib/db';
import type { Tx } from '@/lib/db/client';
import { AppError, type FieldErrors } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { assertCan, type Actor } from '@/lib/permissions';
import { smartieFlags, type SmartieFlag } from '@/lib/smartie';
import { measureTargetSentence } from '@/lib/target-sentence';
import {
  createObjectiveSchema,
  createPrioritySchema,
  goalInputSchema,
  measureInputSchema,
  moveSchema,
  removeSchema,
  reorderSchema,
  updateGoalSchema,
  updateMeasureSchema,
  updateObjectiveSchema,
  updatePrioritySchema,
  type MeasureInput,
  type StructureLevel,
} from '@/lib/validations/structure';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const live = { archivedAt: null };

function requireAdmin(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  assertCan(actor, 'plan:manage', { organizationId: actor.organizationId });
}

function invalid(fieldErrors: FieldErrors, message?: string): never {
  throw new AppError('VALIDATION', message, fieldErrors);
}

async function audit(
  tx: Tx,
  actor: Actor,
  action: string,
  entityType: string,
  entityId: string,
  before: Prisma.InputJsonValue | null,
  after: Prisma.InputJsonValue | null,
) {
  await tx.auditEvent.create({
    data: {
      organizationId: actor.organizationId,
      actorId: actor.id,
      action,
      entityType,
      entityId,
      before: before ?? Prisma.DbNull,
      after: after ?? Prisma.DbNull,
    },
  });
}

// ---------------------------------------------------------------------------------------
// Reads

export interface PlanLabels {
  objective: string;
  objectives: string;
  priority: string;
  priorities: string;
  goal: string;
  goals: string;
}

export interface EditorPlan {
  id: string;
  slug: string;
  name: string;
  status: 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
  published: boolean;
  labels: PlanLabels;
}

export interface OutlineMeasure {
  id: string;
  code: string;
  name: string;
  targetSentence: string;
}

export interface OutlineGoal {
  id: string;
  code: string;
  title: string;
  divisionName: string | null;
  flags: SmartieFlag[];
  measures: OutlineMeasure[];
}

export interface OutlinePriority {
  id: string;
  name: string;
  description: string;
  nameEs: string | null;
  descriptionEs: string | null;
  goals: OutlineGoal[];
}

export interface OutlineObjective {
  id: string;
  name: string;
  description: string;
  nameEs: string | null;
  descriptionEs: string | null;
  priorities: OutlinePriority[];
}

export interface StructureOutline {
  plan: EditorPlan;
  objectives: OutlineObjective[];
}

type PlanRow = {
  id: string;
  slug: string;
  name: string;
  status: 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
  published: boolean;
  objectiveLabel: string;
  objectiveLabelPlural: string;
  priorityLabel: string;
  priorityLabelPlural: string;
  goalLabel: string;
  goalLabelPlural: string;
};

const editorPlan = (p: PlanRow): EditorPlan => ({
  id: p.id,
  slug: p.slug,
  name: p.name,
  status: p.status,
  published: p.published,
  labels: {
    objective: p.objectiveLabel,
    objectives: p.objectiveLabelPlural,
    priority: p.priorityLabel,
    priorities: p.priorityLabelPlural,
    goal: p.goalLabel,
    goals: p.goalLabelPlural,
  },
});

async function findPlan(actor: Actor, planSlug: string) {
  const plan = await getDb().plan.findFirst({ where: { organizationId: actor.organizationId, slug: planSlug } });
  if (!plan) throw new AppError('NOT_FOUND');
  return plan;
}

type MeasureTargetRow = {
  code: string;
  unit: MeasureInput['unit'];
  decimals: number;
  direction: MeasureInput['direction'];
  targetKind: MeasureInput['targetKind'];
  targetAmount: number;
  targetDate: Date;
  baselineValue: number | null;
  baselineDate: Date | null;
  baselineLabel: string | null;
  interimTargets: { date: Date; value: number; label: string }[];
};

function sentenceOf(m: MeasureTargetRow): string {
  return measureTargetSentence({
    kind: m.targetKind,
    amount: m.targetAmount,
    direction: m.direction,
    baseline: m.baselineValue,
    baselineDate: m.baselineDate,
    baselineLabel: m.baselineLabel,
    deadline: m.targetDate,
    unit: m.unit,
    decimals: m.decimals,
    interimTargets: m.interimTargets,
  });
}

/** The plan's outline as the editor shows it: live items only, each goal with its SMARTIE flags. */
export async function getStructureOutline(actor: Actor | null, planSlug: string): Promise<StructureOutline> {
  requireAdmin(actor);
  const plan = await getDb().plan.findFirst({
    where: { organizationId: actor.organizationId, slug: planSlug },
    include: {
      objectives: {
        where: live,
        orderBy: { position: 'asc' },
        include: {
          priorities: {
            where: live,
            orderBy: { position: 'asc' },
            include: {
              goals: {
                where: live,
                orderBy: { position: 'asc' },
                include: {
                  division: { select: { name: true } },
                  _count: { select: { focusGroups: true } },
                  measures: { where: live, orderBy: { position: 'asc' }, include: { interimTargets: { orderBy: { date: 'asc' } } } },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!plan) throw new AppError('NOT_FOUND');
  return {
    plan: editorPlan(plan),
    objectives: plan.objectives.map((o) => ({
      id: o.id,
      name: o.name,
      description: o.description,
      nameEs: o.nameEs,
      descriptionEs: o.descriptionEs,
      priorities: o.priorities.map((p) => ({
        id: p.id,
        name: p.name,
        description: p.description,
        nameEs: p.nameEs,
        descriptionEs: p.descriptionEs,
        goals: p.goals.map((g) => ({
          id: g.id,
          code: g.code,
          title: g.title,
          divisionName: g.division?.name ?? null,
          flags: smartieFlags({
            deadline: g.deadline,
            divisionId: g.divisionId,
            equityFocus: g.equityFocus,
            focusGroupCount: g._count.focusGroups,
            measures: g.measures,
          }),
          measures: g.measures.map((m) => ({ id: m.id, code: m.code, name: m.name, targetSentence: sentenceOf(m) })),
        })),
      })),
    })),
  };
}

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
  goal: {
    id: string;
    priorityId: string;
    code: string;
    title: string;
    statement: string;
    titleEs: string | null;
    statementEs: string | null;
    divisionId: string | null;
    deadline: string | null;
    inclusion: string;
    equityFocus: string;
    focusGroupIds: string[];
    measures: { id: string; code: string; name: string; baselineValue: number | null }[];
  } | null;
}

async function editorOptions(actor: Actor, planId: string) {
  const db = getDb();
  const [priorities, divisions, groups] = await Promise.all([
    db.priority.findMany({
      where: { organizationId: actor.organizationId, ...live, objective: { planId, ...live } },
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
  requireAdmin(actor);
  const plan = await findPlan(actor, planSlug);
  const options = await editorOptions(actor, plan.id);
  if (!goalId) return { plan: editorPlan(plan), ...options, goal: null };
  const goal = await getDb().goal.findFirst({
    where: { id: goalId, organizationId: actor.organizationId, planId: plan.id, ...live },
    include: { focusGroups: true, measures: { where: live, orderBy: { position: 'asc' } } },
  });
  if (!goal) throw new AppError('NOT_FOUND');
  return {
    plan: editorPlan(plan),
    ...options,
    goal: {
      id: goal.id,
      priorityId: goal.priorityId,
      code: goal.code,
      title: goal.title,
      statement: goal.statement,
      titleEs: goal.titleEs,
      statementEs: goal.statementEs,
      divisionId: goal.divisionId,
      deadline: isoDay(goal.deadline),
      inclusion: goal.inclusion,
      equityFocus: goal.equityFocus,
      focusGroupIds: goal.focusGroups.map((f) => f.studentGroupId),
      measures: goal.measures.map((m) => ({ id: m.id, code: m.code, name: m.name, baselineValue: m.baselineValue })),
    },
  };
}

export interface MeasureFormValues {
  id: string | null;
  goalId: string;
  code: string;
  name: string;
  nameEs: string;
  unit: MeasureInput['unit'];
  direction: MeasureInput['direction'];
  decimals: number;
  cadence: MeasureInput['cadence'];
  dataSource: string;
  baselineValue: number | null;
  baselineDate: string | null;
  baselineLabel: string;
  baselineNote: string;
  targetKind: MeasureInput['targetKind'];
  targetAmount: number;
  targetDate: string;
  interimTargets: { date: string; label: string; value: number }[];
  disaggregated: boolean;
  studentGroupIds: string[];
  focusGroupId: string | null;
  referenceGroupId: string | null;
  gapReductionPercent: number | null;
}

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
  requireAdmin(actor);
  const db = getDb();
  const plan = await findPlan(actor, planSlug);
  const [goals, studentGroups] = await Promise.all([
    db.goal.findMany({
      where: { organizationId: actor.organizationId, planId: plan.id, ...live, priority: { ...live, objective: live } },
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
        nameEs: '',
        unit: 'PERCENT',
        direction: 'INCREASE',
        decimals: 1,
        cadence: 'ANNUAL',
        dataSource: '',
        baselineValue: null,
        baselineDate: null,
        baselineLabel: '',
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
    where: { id: target.measureId, organizationId: actor.organizationId, ...live, goal: { planId: plan.id, ...live } },
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
      sentence: sentenceOf({ ...m, ...v, interimTargets: versionInterims(v.interimTargets) }),
    })),
    measure: {
      id: m.id,
      goalId: m.goalId,
      code: m.code,
      name: m.name,
      nameEs: m.nameEs ?? '',
      unit: m.unit,
      direction: m.direction,
      decimals: m.decimals,
      cadence: m.cadence,
      dataSource: m.dataSource,
      baselineValue: m.baselineValue,
      baselineDate: isoDay(m.baselineDate),
      baselineLabel: m.baselineLabel ?? '',
      baselineNote: m.baselineNote,
      targetKind: m.targetKind,
      targetAmount: m.targetAmount,
      targetDate: isoDay(m.targetDate)!,
      interimTargets: m.interimTargets.map((t) => ({ date: isoDay(t.date)!, label: t.label, value: t.value })),
      disaggregated: m.disaggregated,
      studentGroupIds: m.studentGroups.map((s) => s.studentGroupId),
      focusGroupId: m.focusGroupId,
      referenceGroupId: m.referenceGroupId,
      gapReductionPercent: m.gapReductionPercent,
    },
  };
}

function versionInterims(json: Prisma.JsonValue): { date: Date; label: string; value: number }[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((t) => {
    const row = t as { date?: unknown; label?: unknown; value?: unknown };
    return typeof row.date === 'string' && typeof row.value === 'number'
      ? [{ date: day(row.date), label: String(row.label ?? ''), value: row.value }]
      : [];
  });
}

// ---------------------------------------------------------------------------------------
// Objectives and priorities

const textOf = (x: { name: string; description: string; nameEs: string | null; descriptionEs: string | null }) => ({
  name: x.name,
  description: x.description,
  nameEs: x.nameEs,
  descriptionEs: x.descriptionEs,
});

async function nextPosition(count: Promise<{ _max: { position: number | null } }>): Promise<number> {
  const { _max } = await count;
  return (_max.position ?? -1) + 1;
}

export async function createObjective(actor: Actor | null, raw: unknown): Promise<{ id: string }> {
  requireAdmin(actor);
  const input = parseOrThrow(createObjectiveSchema, raw);
  const result = await getDb().$transaction(async (tx) => {
    const plan = await tx.plan.findFirst({ where: { id: input.planId, organizationId: actor.organizationId } });
    if (!plan) throw new AppError('NOT_FOUND');
    const position = await nextPosition(tx.objective.aggregate({ where: { planId: plan.id }, _max: { position: true } }));
    const row = await tx.objective.create({ data: { organizationId: actor.organizationId, planId: plan.id, position, ...textOf(input) } });
    await audit(tx, actor, 'objective.create', 'Objective', row.id, null, { planId: plan.id, ...textOf(row) });
    return { id: row.id, planId: plan.id };
  });
  invalidatePublicScorecard({ planId: result.planId });
  return { id: result.id };
}

export async function updateObjective(actor: Actor | null, raw: unknown): Promise<void> {
  requireAdmin(actor);
  const input = parseOrThrow(updateObjectiveSchema, raw);
  const planId = await getDb().$transaction(async (tx) => {
    const before = await tx.objective.findFirst({ where: { id: input.id, organizationId: actor.organizationId, ...live } });
    if (!before) throw new AppError('NOT_FOUND');
    const after = await tx.objective.update({ where: { id: before.id }, data: textOf(input) });
    await audit(tx, actor, 'objective.update', 'Objective', before.id, textOf(before), textOf(after));
    return before.planId;
  });
  invalidatePublicScorecard({ planId });
}

export async function createPriority(actor: Actor | null, raw: unknown): Promise<{ id: string }> {
  requireAdmin(actor);
  const input = parseOrThrow(createPrioritySchema, raw);
  const result = await getDb().$transaction(async (tx) => {
    const objective = await tx.objective.findFirst({ where: { id: input.objectiveId, organizationId: actor.organizationId, ...live } });
    if (!objective) throw new AppError('NOT_FOUND');
    const position = await nextPosition(tx.priority.aggregate({ where: { objectiveId: objective.id }, _max: { position: true } }));
    const row = await tx.priority.create({
      data: { organizationId: actor.organizationId, objectiveId: objective.id, position, ...textOf(input) },
    });
    await audit(tx, actor, 'priority.create', 'Priority', row.id, null, { objectiveId: objective.id, ...textOf(row) });
    return { id: row.id, planId: objective.planId };
  });
  invalidatePublicScorecard({ planId: result.planId });
  return { id: result.id };
}

/** Edits a priority; a different objectiveId (of the same plan) moves it there, at the end. */
export async function updatePriority(actor: Actor | null, raw: unknown): Promise<void> {
  requireAdmin(actor);
  const input = parseOrThrow(updatePrioritySchema, raw);
  const planId = await getDb().$transaction(async (tx) => {
    const before = await tx.priority.findFirst({
      where: { id: input.id, organizationId: actor.organizationId, ...live },
      include: { objective: { select: { planId: true } } },
    });
    if (!before) throw new AppError('NOT_FOUND');
    const { objectiveId } = input;
    let position = before.position;
    if (objectiveId !== before.objectiveId) {
      await liveObjectiveOfPlan(tx, actor, objectiveId, before.objective.planId, 'objectiveId');
      position = await nextPosition(tx.priority.aggregate({ where: { objectiveId }, _max: { position: true } }));
    }
    const after = await tx.priority.update({ where: { id: before.id }, data: { ...textOf(input), objectiveId, position } });
    await audit(
      tx,
      actor,
      objectiveId !== before.objectiveId ? 'priority.move' : 'priority.update',
      'Priority',
      before.id,
      { objectiveId: before.objectiveId, ...textOf(before) },
      { objectiveId: after.objectiveId, ...textOf(after) },
    );
    return before.objective.planId;
  });
  invalidatePublicScorecard({ planId });
}

async function liveObjectiveOfPlan(tx: Tx, actor: Actor, objectiveId: string, planId: string, field: string) {
  const objective = await tx.objective.findFirst({ where: { id: objectiveId, organizationId: actor.organizationId, planId, ...live } });
  if (!objective) invalid({ [field]: ['Choose one of this plan’s items.'] });
  return objective;
}

async function livePriorityOfPlan(tx: Tx, actor: Actor, priorityId: string, planId: string | null, field: string) {
  const priority = await tx.priority.findFirst({
    where: {
      id: priorityId,
      organizationId: actor.organizationId,
      ...live,
      objective: { ...live, ...(planId ? { planId } : {}) },
    },
    include: { objective: { select: { planId: true } } },
  });
  if (!priority) {
    // A priority id of another organization, or of no plan, is simply not there.
    if (!planId) throw new AppError('NOT_FOUND');
    invalid({ [field]: ['Choose one of this plan’s items.'] });
  }
  return priority;
}

async function liveGoalOfPlan(tx: Tx, actor: Actor, goalId: string, planId: string | null, field: string) {
  const goal = await tx.goal.findFirst({
    where: {
      id: goalId,
      organizationId: actor.organizationId,
      ...live,
      ...(planId ? { planId } : {}),
      priority: { ...live, objective: live },
    },
    include: { plan: { select: { status: true } } },
  });
  if (!goal) {
    if (!planId) throw new AppError('NOT_FOUND');
    invalid({ [field]: ['Choose one of this plan’s goals.'] });
  }
  return goal;
}

// ---------------------------------------------------------------------------------------
// Goals

type GoalRow = {
  priorityId: string;
  code: string;
  title: string;
  statement: string;
  titleEs: string | null;
  statementEs: string | null;
  divisionId: string | null;
  deadline: Date | null;
  inclusion: string;
  equityFocus: string;
};

const goalSnapshot = (g: GoalRow, focusGroupIds: string[]) => ({
  priorityId: g.priorityId,
  code: g.code,
  title: g.title,
  statement: g.statement,
  titleEs: g.titleEs,
  statementEs: g.statementEs,
  divisionId: g.divisionId,
  deadline: isoDay(g.deadline),
  inclusion: g.inclusion,
  equityFocus: g.equityFocus,
  focusGroupIds: [...focusGroupIds].sort(),
});

async function checkGoalReferences(
  tx: Tx,
  actor: Actor,
  input: { code: string; divisionId: string | null; focusGroupIds: string[] },
  planId: string,
  goalId: string | null,
) {
  const errors: FieldErrors = {};
  const clash = await tx.goal.findFirst({ where: { planId, code: input.code, ...(goalId ? { id: { not: goalId } } : {}) } });
  if (clash) {
    errors.code = [
      clash.archivedAt
        ? `An archived goal of this plan already uses the code ${input.code}: choose another.`
        : `Another goal of this plan (${clash.title}) already uses the code ${input.code}: choose another.`,
    ];
  }
  if (input.divisionId) {
    const division = await tx.division.findFirst({ where: { id: input.divisionId, organizationId: actor.organizationId } });
    if (!division) errors.divisionId = ['Choose a division of your organization.'];
  }
  if (input.focusGroupIds.length) {
    const count = await tx.studentGroup.count({ where: { id: { in: input.focusGroupIds }, organizationId: actor.organizationId } });
    if (count !== input.focusGroupIds.length) errors.focusGroupIds = ['Choose student groups of your organization.'];
  }
  if (Object.keys(errors).length) invalid(errors);
}

function goalData(input: Omit<GoalRow, 'deadline'> & { deadline: string | null }) {
  return {
    priorityId: input.priorityId,
    code: input.code,
    title: input.title,
    statement: input.statement,
    titleEs: input.titleEs,
    statementEs: input.statementEs,
    divisionId: input.divisionId,
    deadline: input.deadline ? day(input.deadline) : null,
    inclusion: input.inclusion,
    equityFocus: input.equityFocus,
  };
}

function uniqueClash(error: unknown, field: string, message: string): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') invalid({ [field]: [message] });
  throw error;
}

/** Creates a goal under a priority of the plan; the priority decides the plan. */
export async function createGoal(actor: Actor | null, raw: unknown): Promise<{ id: string }> {
  requireAdmin(actor);
  const input = parseOrThrow(goalInputSchema, raw);
  try {
    const result = await getDb().$transaction(async (tx) => {
      const priority = await livePriorityOfPlan(tx, actor, input.priorityId, null, 'priorityId');
      const planId = priority.objective.planId;
      await checkGoalReferences(tx, actor, input, planId, null);
      const position = await nextPosition(tx.goal.aggregate({ where: { priorityId: priority.id }, _max: { position: true } }));
      const goal = await tx.goal.create({
        data: {
          organizationId: actor.organizationId,
          planId,
          position,
          ...goalData(input),
          focusGroups: { create: input.focusGroupIds.map((studentGroupId) => ({ studentGroupId })) },
        },
      });
      await audit(tx, actor, 'goal.create', 'Goal', goal.id, null, goalSnapshot(goal, input.focusGroupIds));
      return { id: goal.id, planId };
    });
    invalidatePublicScorecard({ planId: result.planId });
    return { id: result.id };
  } catch (error) {
    uniqueClash(error, 'code', `Another goal of this plan already uses the code ${input.code}: choose another.`);
  }
}

/** Edits a goal; a different priorityId (of the same plan) moves it there, at the end. */
export async function updateGoal(actor: Actor | null, raw: unknown): Promise<void> {
  requireAdmin(actor);
  const input = parseOrThrow(updateGoalSchema, raw);
  try {
    const planId = await getDb().$transaction(async (tx) => {
      const before = await tx.goal.findFirst({
        where: { id: input.id, organizationId: actor.organizationId, ...live },
        include: { focusGroups: true },
      });
      if (!before) throw new AppError('NOT_FOUND');
      let position = before.position;
      if (input.priorityId !== before.priorityId) {
        await livePriorityOfPlan(tx, actor, input.priorityId, before.planId, 'priorityId');
        position = await nextPosition(tx.goal.aggregate({ where: { priorityId: input.priorityId }, _max: { position: true } }));
      }
      await checkGoalReferences(tx, actor, input, before.planId, before.id);
      const after = await tx.goal.update({
        where: { id: before.id },
        data: {
          ...goalData(input),
          position,
          focusGroups: { deleteMany: {}, create: input.focusGroupIds.map((studentGroupId) => ({ studentGroupId })) },
        },
      });
      await audit(
        tx,
        actor,
        input.priorityId !== before.priorityId ? 'goal.move' : 'goal.update',
        'Goal',
        before.id,
        goalSnapshot(before, before.focusGroups.map((f) => f.studentGroupId)),
        goalSnapshot(after, input.focusGroupIds),
      );
      return before.planId;
    });
    invalidatePublicScorecard({ planId });
  } catch (error) {
    uniqueClash(error, 'code', `Another goal of this plan already uses the code ${input.code}: choose another.`);
  }
}

// ---------------------------------------------------------------------------------------
// Measures

type StoredInterim = { date: string; label: string; value: number };

type MeasureRowForHistory = {
  baselineValue: number | null;
  baselineDate: Date | null;
  baselineLabel: string | null;
  targetKind: MeasureInput['targetKind'];
  targetAmount: number;
  targetDate: Date;
};

/** The parts of a measure that are its target: a change to any of them is a target change. */
function targetKey(m: {
  baselineValue: number | null;
  baselineDate: string | null;
  baselineLabel: string | null;
  targetKind: string;
  targetAmount: number;
  targetDate: string;
  interimTargets: StoredInterim[];
}): string {
  const interims = [...m.interimTargets].sort((a, b) => a.date.localeCompare(b.date)).map((t) => [t.date, t.label, t.value]);
  return JSON.stringify([m.baselineValue, m.baselineDate, m.baselineLabel ?? null, m.targetKind, m.targetAmount, m.targetDate, interims]);
}

function storedTarget(m: MeasureRowForHistory, interims: { date: Date; label: string; value: number }[]) {
  return {
    baselineValue: m.baselineValue,
    baselineDate: isoDay(m.baselineDate),
    baselineLabel: m.baselineLabel,
    targetKind: m.targetKind,
    targetAmount: m.targetAmount,
    targetDate: isoDay(m.targetDate)!,
    interimTargets: interims.map((t) => ({ date: isoDay(t.date)!, label: t.label, value: t.value })),
  };
}

function inputTarget(input: MeasureInput) {
  return {
    baselineValue: input.baselineValue,
    baselineDate: input.baselineDate,
    baselineLabel: input.baselineLabel,
    targetKind: input.targetKind,
    targetAmount: input.targetAmount,
    targetDate: input.targetDate,
    interimTargets: input.interimTargets,
  };
}

/**
 * Checks the code and the student groups of a measure; returns the groups it is reported for
 * (a disaggregated measure always includes All students), or none when it is not disaggregated.
 */
async function checkMeasureReferences(tx: Tx, actor: Actor, input: MeasureInput, measureId: string | null): Promise<string[]> {
  const errors: FieldErrors = {};
  const clash = await tx.measure.findFirst({
    where: { goalId: input.goalId, code: input.code, ...(measureId ? { id: { not: measureId } } : {}) },
  });
  if (clash) {
    errors.code = [
      clash.archivedAt
        ? `An archived measure of this goal already uses the code ${input.code}: choose another.`
        : `Another measure of this goal (${clash.name}) already uses the code ${input.code}: choose another.`,
    ];
  }
  const allGroup = await tx.studentGroup.findFirst({ where: { organizationId: actor.organizationId, isAll: true }, select: { id: true } });
  const groups = input.disaggregated ? [...new Set([...(allGroup ? [allGroup.id] : []), ...input.studentGroupIds])] : [];
  const mentioned = [...new Set([...input.studentGroupIds, input.focusGroupId, input.referenceGroupId].filter((x): x is string => !!x))];
  if (mentioned.length) {
    const count = await tx.studentGroup.count({ where: { id: { in: mentioned }, organizationId: actor.organizationId } });
    if (count !== mentioned.length) errors.studentGroupIds = ['Choose student groups of your organization.'];
  }
  if (!errors.studentGroupIds) {
    if (input.focusGroupId && !groups.includes(input.focusGroupId)) errors.focusGroupId = ['The focus group must be one of the groups it is reported for.'];
    if (input.referenceGroupId && !groups.includes(input.referenceGroupId)) {
      errors.referenceGroupId = ['The reference group must be one of the groups it is reported for.'];
    }
  }
  if (Object.keys(errors).length) invalid(errors);
  return groups;
}

function measureData(input: MeasureInput) {
  return {
    goalId: input.goalId,
    code: input.code,
    name: input.name,
    nameEs: input.nameEs,
    unit: input.unit,
    direction: input.direction,
    decimals: input.decimals,
    cadence: input.cadence,
    dataSource: input.dataSource,
    baselineValue: input.baselineValue,
    baselineDate: input.baselineDate ? day(input.baselineDate) : null,
    baselineLabel: input.baselineLabel,
    baselineNote: input.baselineNote,
    targetKind: input.targetKind,
    targetAmount: input.targetAmount,
    targetDate: day(input.targetDate),
    disaggregated: input.disaggregated,
    focusGroupId: input.disaggregated ? input.focusGroupId : null,
    referenceGroupId: input.disaggregated ? input.referenceGroupId : null,
    gapReductionPercent: input.disaggregated ? input.gapReductionPercent : null,
  };
}

type MeasureSnapshotSource = {
  goalId: string;
  code: string;
  name: string;
  nameEs: string | null;
  unit: string;
  direction: string;
  decimals: number;
  cadence: string;
  dataSource: string;
  baselineNote: string;
  disaggregated: boolean;
  focusGroupId: string | null;
  referenceGroupId: string | null;
  gapReductionPercent: number | null;
};

/** A measure as the audit trail records it: its definition, target and groups. */
function measureSnapshot(m: MeasureSnapshotSource, target: ReturnType<typeof inputTarget>, groups: string[]) {
  return {
    goalId: m.goalId,
    code: m.code,
    name: m.name,
    nameEs: m.nameEs,
    unit: m.unit,
    direction: m.direction,
    decimals: m.decimals,
    cadence: m.cadence,
    dataSource: m.dataSource,
    baselineNote: m.baselineNote,
    ...target,
    disaggregated: m.disaggregated,
    studentGroupIds: [...groups].sort(),
    focusGroupId: m.focusGroupId,
    referenceGroupId: m.referenceGroupId,
    gapReductionPercent: m.gapReductionPercent,
  };
}

export async function createMeasure(actor: Actor | null, raw: unknown): Promise<{ id: string }> {
  requireAdmin(actor);
  const input = parseOrThrow(measureInputSchema, raw);
  try {
    const result = await getDb().$transaction(async (tx) => {
      const goal = await liveGoalOfPlan(tx, actor, input.goalId, null, 'goalId');
      const groups = await checkMeasureReferences(tx, actor, input, null);
      const position = await nextPosition(tx.measure.aggregate({ where: { goalId: goal.id }, _max: { position: true } }));
      const data = measureData(input);
      const measure = await tx.measure.create({
        data: {
          organizationId: actor.organizationId,
          position,
          ...data,
          interimTargets: {
            create: input.interimTargets.map((t) => ({ organizationId: actor.organizationId, date: day(t.date), label: t.label, value: t.value })),
          },
          studentGroups: { create: groups.map((studentGroupId) => ({ studentGroupId })) },
        },
      });
      await audit(tx, actor, 'measure.create', 'Measure', measure.id, null, measureSnapshot(data, inputTarget(input), groups));
      return { id: measure.id, planId: goal.planId };
    });
    invalidatePublicScorecard({ planId: result.planId });
    return { id: result.id };
  } catch (error) {
    uniqueClash(error, 'code', `Another measure of this goal already uses the code ${input.code}: choose another.`);
  }
}

export type MeasureUpdateResult = { versioned: boolean };

/**
 * Edits a measure. When its plan is not a draft, or it has approved values, or its target has
 * changed before, a change to its baseline or target is history: it needs a reason and the
 * board-approval date, and is recorded as a MeasureTargetVersion taking effect on
 * `effectiveFrom` (default: the approval date). The first such change also records the
 * original version (effectiveFrom null). Otherwise the edit simply overwrites.
 */
export async function updateMeasure(actor: Actor | null, raw: unknown): Promise<MeasureUpdateResult> {
  requireAdmin(actor);
  const input = parseOrThrow(updateMeasureSchema, raw);
  try {
    const result = await getDb().$transaction(async (tx) => {
      const before = await tx.measure.findFirst({
        where: { id: input.id, organizationId: actor.organizationId, ...live, goal: live },
        include: {
          goal: { include: { plan: { select: { id: true, status: true } } } },
          interimTargets: { orderBy: { date: 'asc' } },
          studentGroups: true,
          targetVersions: { orderBy: [{ effectiveFrom: { sort: 'asc', nulls: 'first' } }, { createdAt: 'asc' }] },
        },
      });
      if (!before) throw new AppError('NOT_FOUND');
      const planId = before.goal.plan.id;
      if (input.goalId !== before.goalId) await liveGoalOfPlan(tx, actor, input.goalId, planId, 'goalId');
      const groups = await checkMeasureReferences(tx, actor, input, before.id);

      const previous = storedTarget(before, before.interimTargets);
      const next = inputTarget(input);
      const targetChanged = targetKey(previous) !== targetKey(next);
      const approved = await tx.observation.count({ where: { measureId: before.id, state: 'APPROVED' } });
      const historyRequired = before.goal.plan.status !== 'DRAFT' || approved > 0 || before.targetVersions.length > 0;
      const versioned = targetChanged && historyRequired;

      if (versioned) {
        const { reason, boardApprovedOn } = input.change;
        const effectiveFrom = input.change.effectiveFrom ?? boardApprovedOn;
        const errors: FieldErrors = {};
        if (!reason) errors['change.reason'] = ['Say why the target changed; readers see it beside the new target.'];
        if (!boardApprovedOn) errors['change.boardApprovedOn'] = ['Enter the date the board approved the change.'];
        const lastEffective = before.targetVersions.map((v) => isoDay(v.effectiveFrom)).filter((d): d is string => !!d).pop();
        if (effectiveFrom && lastEffective && effectiveFrom <= lastEffective) {
          errors['change.effectiveFrom'] = [`The change must take effect after the previous one (${lastEffective}).`];
        }
        if (Object.keys(errors).length) {
          invalid(errors, 'This measure’s target is on record: a change needs its reason and the board’s approval date.');
        }
        if (before.targetVersions.length === 0) {
          await tx.measureTargetVersion.create({
            data: {
              organizationId: actor.organizationId,
              measureId: before.id,
              effectiveFrom: null,
              ...versionData(previous),
            },
          });
        }
        await tx.measureTargetVersion.create({
          data: {
            organizationId: actor.organizationId,
            measureId: before.id,
            effectiveFrom: day(effectiveFrom!),
            ...versionData(next),
            reason,
            boardApprovedOn: day(boardApprovedOn!),
            createdById: actor.id,
          },
        });
      }

      let position = before.position;
      if (input.goalId !== before.goalId) {
        position = await nextPosition(tx.measure.aggregate({ where: { goalId: input.goalId }, _max: { position: true } }));
      }
      const data = measureData(input);
      // A demo baseline stays marked as demo only while it is unchanged.
      const baselineIsDemo = before.baselineIsDemo && before.baselineValue === input.baselineValue;
      await tx.measure.update({
        where: { id: before.id },
        data: {
          ...data,
          position,
          baselineIsDemo,
          interimTargets: {
            deleteMany: {},
            create: input.interimTargets.map((t) => ({ organizationId: actor.organizationId, date: day(t.date), label: t.label, value: t.value })),
          },
          studentGroups: { deleteMany: {}, create: groups.map((studentGroupId) => ({ studentGroupId })) },
        },
      });
      await audit(
        tx,
        actor,
        versioned ? 'measure.target-change' : input.goalId !== before.goalId ? 'measure.move' : 'measure.update',
        'Measure',
        before.id,
        measureSnapshot(before, previous, before.studentGroups.map((g) => g.studentGroupId)),
        {
          ...measureSnapshot(data, next, groups),
          ...(versioned ? { change: { ...input.change, effectiveFrom: input.change.effectiveFrom ?? input.change.boardApprovedOn } } : {}),
        },
      );
      return { planId, versioned };
    });
    invalidatePublicScorecard({ planId: result.planId });
    return { versioned: result.versioned };
  } catch (error) {
    uniqueClash(error, 'code', `Another measure of this goal already uses the code ${input.code}: choose another.`);
  }
}

function versionData(t: ReturnType<typeof inputTarget>) {
  return {
    baselineValue: t.baselineValue,
    baselineDate: t.baselineDate ? day(t.baselineDate) : null,
    baselineLabel: t.baselineLabel,
    targetKind: t.targetKind,
    targetAmount: t.targetAmount,
    targetDate: day(t.targetDate),
    interimTargets: t.interimTargets,
  };
}

// ---------------------------------------------------------------------------------------
// Reorder, move, remove

interface Located {
  id: string;
  planId: string;
  parentId: string;
  name: string;
}

async function locate(tx: Tx, actor: Actor, level: StructureLevel, id: string): Promise<Located> {
  const where = { id, organizationId: actor.organizationId, ...live };
  switch (level) {
    case 'objective': {
      const o = await tx.objective.findFirst({ where });
      if (o) return { id: o.id, planId: o.planId, parentId: o.planId, name: o.name };
      break;
    }
    case 'priority': {
      const p = await tx.priority.findFirst({ where, include: { objective: { select: { planId: true } } } });
      if (p) return { id: p.id, planId: p.objective.planId, parentId: p.objectiveId, name: p.name };
      break;
    }
    case 'goal': {
      const g = await tx.goal.findFirst({ where });
      if (g) return { id: g.id, planId: g.planId, parentId: g.priorityId, name: `${g.code} ${g.title}` };
      break;
    }
    case 'measure': {
      const m = await tx.measure.findFirst({ where, include: { goal: { select: { planId: true } } } });
      if (m) return { id: m.id, planId: m.goal.planId, parentId: m.goalId, name: `${m.code} ${m.name}` };
      break;
    }
  }
  throw new AppError('NOT_FOUND');
}

async function siblings(tx: Tx, level: StructureLevel, parentId: string): Promise<{ id: string; position: number }[]> {
  const args = { where: { ...live }, orderBy: [{ position: 'asc' as const }, { id: 'asc' as const }], select: { id: true, position: true } };
  switch (level) {
    case 'objective':
      return tx.objective.findMany({ ...args, where: { ...args.where, planId: parentId } });
    case 'priority':
      return tx.priority.findMany({ ...args, where: { ...args.where, objectiveId: parentId } });
    case 'goal':
      return tx.goal.findMany({ ...args, where: { ...args.where, priorityId: parentId } });
    case 'measure':
      return tx.measure.findMany({ ...args, where: { ...args.where, goalId: parentId } });
  }
}

async function setPosition(tx: Tx, level: StructureLevel, id: string, position: number) {
  const args = { where: { id }, data: { position } };
  switch (level) {
    case 'objective':
      return tx.objective.update(args);
    case 'priority':
      return tx.priority.update(args);
    case 'goal':
      return tx.goal.update(args);
    case 'measure':
      return tx.measure.update(args);
  }
}

const ENTITY: Record<StructureLevel, string> = { objective: 'Objective', priority: 'Priority', goal: 'Goal', measure: 'Measure' };

/** Moves an item one place up or down among its live siblings; at either end, nothing changes. */
export async function reorderItem(actor: Actor | null, raw: unknown): Promise<{ moved: boolean }> {
  requireAdmin(actor);
  const input = parseOrThrow(reorderSchema, raw);
  const result = await getDb().$transaction(async (tx) => {
    const item = await locate(tx, actor, input.level, input.id);
    const list = await siblings(tx, input.level, item.parentId);
    const from = list.findIndex((s) => s.id === item.id);
    const to = input.direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= list.length) return { moved: false, planId: item.planId };
    const order = list.map((s) => s.id);
    [order[from], order[to]] = [order[to]!, order[from]!];
    // Renumber the whole list, so equal or sparse positions cannot make a swap a no-op.
    for (const [i, sid] of order.entries()) {
      if (list.find((s) => s.id === sid)!.position !== i) await setPosition(tx, input.level, sid, i);
    }
    await audit(tx, actor, `${input.level}.reorder`, ENTITY[input.level], item.id, { position: from }, { position: to });
    return { moved: true, planId: item.planId };
  });
  if (result.moved) invalidatePublicScorecard({ planId: result.planId });
  return { moved: result.moved };
}

/** Moves a priority to another objective, a goal to another priority, a measure to another goal (same plan). */
export async function moveItem(actor: Actor | null, raw: unknown): Promise<void> {
  requireAdmin(actor);
  const input = parseOrThrow(moveSchema, raw);
  const planId = await getDb().$transaction(async (tx) => {
    const item = await locate(tx, actor, input.level, input.id);
    if (input.parentId === item.parentId) invalid({ parentId: ['It is already there: choose another place.'] });
    let position: number;
    switch (input.level) {
      case 'priority':
        await liveObjectiveOfPlan(tx, actor, input.parentId, item.planId, 'parentId');
        position = await nextPosition(tx.priority.aggregate({ where: { objectiveId: input.parentId }, _max: { position: true } }));
        await tx.priority.update({ where: { id: item.id }, data: { objectiveId: input.parentId, position } });
        break;
      case 'goal':
        await livePriorityOfPlan(tx, actor, input.parentId, item.planId, 'parentId');
        position = await nextPosition(tx.goal.aggregate({ where: { priorityId: input.parentId }, _max: { position: true } }));
        await tx.goal.update({ where: { id: item.id }, data: { priorityId: input.parentId, position } });
        break;
      case 'measure': {
        await liveGoalOfPlan(tx, actor, input.parentId, item.planId, 'parentId');
        const measure = await tx.measure.findUniqueOrThrow({ where: { id: item.id } });
        const clash = await tx.measure.findFirst({ where: { goalId: input.parentId, code: measure.code } });
        if (clash) invalid({ parentId: [`That goal already has a measure with the code ${measure.code}.`] });
        position = await nextPosition(tx.measure.aggregate({ where: { goalId: input.parentId }, _max: { position: true } }));
        await tx.measure.update({ where: { id: item.id }, data: { goalId: input.parentId, position } });
        break;
      }
    }
    await audit(tx, actor, `${input.level}.move`, ENTITY[input.level], item.id, { parentId: item.parentId }, { parentId: input.parentId });
    return item.planId;
  });
  invalidatePublicScorecard({ planId });
}

export interface RemovalImpact {
  priorities: number;
  goals: number;
  measures: number;
  updates: number;
  observations: number;
  approvedObservations: number;
}

/** Ids of the goals and measures at or under an item (archived ones included: they go with it). */
async function subtree(tx: Tx, level: StructureLevel, id: string) {
  const priorityIds =
    level === 'objective' ? (await tx.priority.findMany({ where: { objectiveId: id }, select: { id: true } })).map((p) => p.id) : level === 'priority' ? [id] : [];
  const goalIds =
    level === 'goal'
      ? [id]
      : priorityIds.length
        ? (await tx.goal.findMany({ where: { priorityId: { in: priorityIds } }, select: { id: true } })).map((g) => g.id)
        : [];
  const measureIds =
    level === 'measure'
      ? [id]
      : goalIds.length
        ? (await tx.measure.findMany({ where: { goalId: { in: goalIds } }, select: { id: true } })).map((m) => m.id)
        : [];
  return { priorityIds, goalIds, measureIds };
}

async function impactOf(tx: Tx, level: StructureLevel, id: string) {
  const tree = await subtree(tx, level, id);
  const [updates, observations, approvedObservations] = await Promise.all([
    tree.goalIds.length && level !== 'measure' ? tx.update.count({ where: { goalId: { in: tree.goalIds } } }) : 0,
    tx.observation.count({ where: { measureId: { in: tree.measureIds } } }),
    tx.observation.count({ where: { measureId: { in: tree.measureIds }, state: 'APPROVED' } }),
  ]);
  const impact: RemovalImpact = {
    priorities: level === 'objective' ? tree.priorityIds.length : 0,
    goals: level === 'goal' ? 0 : tree.goalIds.length,
    measures: level === 'measure' ? 0 : tree.measureIds.length,
    updates,
    observations,
    approvedObservations,
  };
  return { tree, impact };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What removing an item takes with it, in words: "2 goals, 3 measures, 4 updates and 12 values". */
export function describeImpact(impact: RemovalImpact, labels: PlanLabels): string {
  const parts = [
    impact.priorities && plural(impact.priorities, labels.priority.toLowerCase(), labels.priorities.toLowerCase()),
    impact.goals && plural(impact.goals, labels.goal.toLowerCase(), labels.goals.toLowerCase()),
    impact.measures && plural(impact.measures, 'measure', 'measures'),
    impact.updates && plural(impact.updates, 'quarterly update', 'quarterly updates'),
    impact.observations && plural(impact.observations, 'reported value', 'reported values'),
  ].filter((p): p is string => !!p);
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export type RemovalOutcome = { outcome: 'deleted' | 'archived'; impact: RemovalImpact };

/**
 * Removes an item. Anything with approved values under it is archived, with everything under
 * it (hidden everywhere, its data kept); anything else is deleted. Unless `confirmed`, an item
 * with anything under it — or any data — is refused with NEEDS_CONFIRMATION and a message
 * that states what would be lost (or archived).
 */
export async function removeItem(actor: Actor | null, raw: unknown): Promise<RemovalOutcome> {
  requireAdmin(actor);
  const input = parseOrThrow(removeSchema, raw);
  const result = await getDb().$transaction(async (tx) => {
    const item = await locate(tx, actor, input.level, input.id);
    const plan = await tx.plan.findUniqueOrThrow({ where: { id: item.planId } });
    const labels = editorPlan(plan).labels;
    const { tree, impact } = await impactOf(tx, input.level, item.id);
    const archive = impact.approvedObservations > 0;
    const hasAnything = impact.priorities + impact.goals + impact.measures + impact.updates + impact.observations > 0;
    const what = describeImpact(impact, labels);
    if (!input.confirmed && (archive || hasAnything)) {
      throw new AppError(
        'NEEDS_CONFIRMATION',
        archive
          ? `“${item.name}” has ${plural(impact.approvedObservations, 'approved value', 'approved values')}, so it will be archived, not deleted: it and everything under it (${what}) will be hidden everywhere, and the data kept. Confirm to archive it.`
          : `Deleting “${item.name}” also deletes ${what}. This cannot be undone. Confirm to delete it.`,
      );
    }
    const before = { name: item.name, parentId: item.parentId, impact: { ...impact } };
    if (archive) {
      const now = new Date();
      if (input.level === 'objective') await tx.objective.updateMany({ where: { id: item.id, ...live }, data: { archivedAt: now } });
      if (tree.priorityIds.length) await tx.priority.updateMany({ where: { id: { in: tree.priorityIds }, ...live }, data: { archivedAt: now } });
      if (tree.goalIds.length) await tx.goal.updateMany({ where: { id: { in: tree.goalIds }, ...live }, data: { archivedAt: now } });
      if (tree.measureIds.length) await tx.measure.updateMany({ where: { id: { in: tree.measureIds }, ...live }, data: { archivedAt: now } });
      await audit(tx, actor, `${input.level}.archive`, ENTITY[input.level], item.id, before, { archivedAt: now.toISOString() });
    } else {
      switch (input.level) {
        case 'objective':
          await tx.objective.delete({ where: { id: item.id } });
          break;
        case 'priority':
          await tx.priority.delete({ where: { id: item.id } });
          break;
        case 'goal':
          await tx.goal.delete({ where: { id: item.id } });
          break;
        case 'measure':
          await tx.measure.delete({ where: { id: item.id } });
          break;
      }
      await audit(tx, actor, `${input.level}.delete`, ENTITY[input.level], item.id, before, null);
    }
    return { outcome: archive ? ('archived' as const) : ('deleted' as const), impact, planId: item.planId };
  });
  invalidatePublicScorecard({ planId: result.planId });
  return { outcome: result.outcome, impact: result.impact };
}
