// Plans as their organization's administrators manage them: list, create a draft with its
// reporting periods, edit settings (cycle changes add periods and never drop one that holds
// data), move between draft, active and archived, and publish or unpublish with a summary of
// what visitors will see. Tenant-scoped, validated, one transaction and one audit event each.
import { DEFAULT_AT_RISK_THRESHOLD } from '@/lib/status';
import 'server-only';
import { recordAudit } from '@/lib/data/audit';
import { parseOrThrow, textareaLines } from '@/lib/data/core/validation';
import { invalidatePublicScorecard } from '@/lib/data/public-cache';
import { getDb } from '@/lib/db';
import type { Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { assertAdmin, type Actor } from '@/lib/permissions';
import {
  blockedPeriodsMessage,
  reconcilePeriods,
  statusChangeProblem,
  statusChanges,
  STATUS_WORDS,
  type PlanStatus,
  type StatusChange,
} from '@/lib/data/plan/rules';
import { createPlanFromDocument } from '@/lib/data/plan/internal/create-from-document';
import { smartieFlags } from '@/lib/smartie';
import { createPlanSchema, planPublishSchema, planSettingsSchema, planStatusSchema } from '@/lib/data/plan/fields';
import { PLAN_DOCUMENT_VERSION, type PlanDocument } from '@/lib/data/plan/document';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export interface AdminPlanRow {
  id: string;
  slug: string;
  name: string;
  status: PlanStatus;
  published: boolean;
  cycleStart: string;
  cycleEnd: string;
  goals: number;
}

/** Every plan of the actor's organization: the one in force first, then by cycle. */
export async function listPlansForAdmin(actor: Actor | null): Promise<AdminPlanRow[]> {
  assertAdmin(actor);
  const plans = await getDb().plan.findMany({
    where: { organizationId: actor.organizationId },
    orderBy: [{ status: 'asc' }, { cycleStart: 'desc' }],
    select: {
      id: true,
      slug: true,
      name: true,
      status: true,
      published: true,
      cycleStart: true,
      cycleEnd: true,
      _count: { select: { goals: { where: { archivedAt: null } } } },
    },
  });
  // Enum order puts DRAFT first; the plan in force leads the list instead.
  const rank = { ACTIVE: 0, DRAFT: 1, ARCHIVED: 2 } as const;
  plans.sort((a, b) => rank[a.status] - rank[b.status]);
  return plans.map((p) => ({
    id: p.id,
    slug: p.slug,
    name: p.name,
    status: p.status,
    published: p.published,
    cycleStart: isoDay(p.cycleStart),
    cycleEnd: isoDay(p.cycleEnd),
    goals: p._count.goals,
  }));
}

async function assertSlugFree(tx: Tx, organizationId: string, slug: string) {
  const taken = await tx.plan.findFirst({ where: { organizationId, slug }, select: { name: true } });
  if (taken) throw new AppError('VALIDATION', undefined, { slug: [`“${taken.name}” already uses this address; choose another.`] });
}

function slugTaken(error: unknown): AppError | null {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
    return new AppError('VALIDATION', undefined, { slug: ['Another plan of your organization already uses this address; choose another.'] });
  }
  return null;
}

/** Creates a draft, unpublished plan with its reporting periods (quarters and school years of the cycle). */
export async function createPlan(actor: Actor | null, raw: unknown): Promise<{ planId: string; slug: string; periods: number }> {
  assertAdmin(actor);
  const input = parseOrThrow(createPlanSchema, raw);
  // The plan goes in as a plan document with no structure yet: the same path as import and the
  // seeds, so its periods are generated the one way (lib/periods.ts).
  const doc: PlanDocument = {
    schemaVersion: PLAN_DOCUMENT_VERSION,
    plan: {
      slug: input.slug,
      name: input.name,
      cycleStart: input.cycleStart,
      cycleEnd: input.cycleEnd,
      vision: input.vision,
      mission: input.mission,
      values: [],
      overarchingGoal: '',
      corePractices: [],
      equityStatement: '',
      status: 'DRAFT',
      published: false,
      atRiskThreshold: DEFAULT_AT_RISK_THRESHOLD,
      demoProgress: false,
      periods: [],
      levels: {
        objective: { singular: input.objectiveLabel, plural: input.objectiveLabelPlural },
        priority: { singular: input.priorityLabel, plural: input.priorityLabelPlural },
        goal: { singular: input.goalLabel, plural: input.goalLabelPlural },
      },
      objectives: [],
    },
  };
  try {
    return await getDb().$transaction(async (tx) => {
      await assertSlugFree(tx, actor.organizationId, input.slug);
      const { planId } = await createPlanFromDocument(tx, doc, {
        organizationId: actor.organizationId,
        divisionIdsByCode: new Map(),
        studentGroupIdsByCode: new Map(),
      });
      const periods = await tx.reportingPeriod.count({ where: { planId } });
      await recordAudit(tx, actor, {
        action: 'plan.create',
        entityType: 'Plan',
        entityId: planId,
        after: { ...input, status: 'DRAFT', published: false, periods },
      });
      return { planId, slug: input.slug, periods };
    });
  } catch (error) {
    throw slugTaken(error) ?? error;
  }
}

export interface PlanSettings {
  id: string;
  slug: string;
  version: string;
  name: string;
  nameEs: string | null;
  cycleStart: string;
  cycleEnd: string;
  vision: string;
  visionEs: string | null;
  mission: string;
  missionEs: string | null;
  values: string[];
  overarchingGoal: string;
  corePractices: string[];
  equityStatement: string;
  status: PlanStatus;
  published: boolean;
  publishedAt: string | null;
  atRiskPercent: number;
  labels: Record<
    | 'objectiveLabel'
    | 'objectiveLabelPlural'
    | 'priorityLabel'
    | 'priorityLabelPlural'
    | 'goalLabel'
    | 'goalLabelPlural',
    string
  >;
  labelsEs: Record<
    | 'objectiveLabelEs'
    | 'objectiveLabelPluralEs'
    | 'priorityLabelEs'
    | 'priorityLabelPluralEs'
    | 'goalLabelEs'
    | 'goalLabelPluralEs',
    string | null
  >;
  periods: { quarters: number; first: string | null; last: string | null };
  updates: number;
  /** Status changes open to the plan, with what each does. */
  statusChanges: StatusChange[];
  /** Other plans of the organization that are active: activating this one makes several. */
  otherActivePlans: string[];
  organizationSlug: string;
}

/** One plan's settings, by slug, for its organization's administrators. */
export async function getPlanSettings(actor: Actor | null, slug: string): Promise<PlanSettings> {
  assertAdmin(actor);
  const db = getDb();
  const plan = await db.plan.findFirst({
    where: { organizationId: actor.organizationId, slug },
    include: { organization: { select: { slug: true } } },
  });
  if (!plan) throw new AppError('NOT_FOUND');
  const [quarters, updates, others] = await Promise.all([
    db.reportingPeriod.findMany({
      where: { planId: plan.id, kind: 'QUARTER' },
      orderBy: { endDate: 'asc' },
      select: { label: true },
    }),
    db.update.count({ where: { goal: { planId: plan.id } } }),
    db.plan.findMany({
      where: { organizationId: actor.organizationId, status: 'ACTIVE', id: { not: plan.id } },
      select: { name: true },
    }),
  ]);
  return {
    id: plan.id,
    slug: plan.slug,
    version: plan.updatedAt.toISOString(),
    name: plan.name,
    nameEs: plan.nameEs,
    cycleStart: isoDay(plan.cycleStart),
    cycleEnd: isoDay(plan.cycleEnd),
    vision: plan.vision,
    visionEs: plan.visionEs,
    mission: plan.mission,
    missionEs: plan.missionEs,
    values: plan.values,
    overarchingGoal: plan.overarchingGoal,
    corePractices: plan.corePractices,
    equityStatement: plan.equityStatement,
    status: plan.status,
    published: plan.published,
    publishedAt: plan.publishedAt?.toISOString() ?? null,
    atRiskPercent: Math.round(plan.atRiskThreshold * 1000) / 10,
    labels: {
      objectiveLabel: plan.objectiveLabel,
      objectiveLabelPlural: plan.objectiveLabelPlural,
      priorityLabel: plan.priorityLabel,
      priorityLabelPlural: plan.priorityLabelPlural,
      goalLabel: plan.goalLabel,
      goalLabelPlural: plan.goalLabelPlural,
    },
    labelsEs: {
      objectiveLabelEs: plan.objectiveLabelEs,
      objectiveLabelPluralEs: plan.objectiveLabelPluralEs,
      priorityLabelEs: plan.priorityLabelEs,
      priorityLabelPluralEs: plan.priorityLabelPluralEs,
      goalLabelEs: plan.goalLabelEs,
      goalLabelPluralEs: plan.goalLabelPluralEs,
    },
    periods: { quarters: quarters.length, first: quarters[0]?.label ?? null, last: quarters.at(-1)?.label ?? null },
    updates,
    statusChanges: statusChanges(plan.status, updates > 0),
    otherActivePlans: others.map((o) => o.name),
    organizationSlug: plan.organization.slug,
  };
}

// The fields a settings save writes, as the audit event records them.
const SETTINGS_FIELDS = [
  'name',
  'nameEs',
  'vision',
  'visionEs',
  'mission',
  'missionEs',
  'values',
  'overarchingGoal',
  'corePractices',
  'equityStatement',
  'objectiveLabel',
  'objectiveLabelPlural',
  'priorityLabel',
  'priorityLabelPlural',
  'goalLabel',
  'goalLabelPlural',
  'objectiveLabelEs',
  'objectiveLabelPluralEs',
  'priorityLabelEs',
  'priorityLabelPluralEs',
  'goalLabelEs',
  'goalLabelPluralEs',
  'atRiskThreshold',
  'cycleStart',
  'cycleEnd',
] as const;

type Snapshot = Record<string, Prisma.InputJsonValue | null>;

function settingsSnapshot(plan: Record<(typeof SETTINGS_FIELDS)[number], unknown>): Snapshot {
  const out: Snapshot = {};
  for (const key of SETTINGS_FIELDS) {
    const value = plan[key];
    out[key] = value instanceof Date ? isoDay(value) : (value as Prisma.InputJsonValue | null);
  }
  return out;
}

export interface SettingsResult {
  periodsAdded: string[];
  periodsRemoved: string[];
}

/**
 * Saves a plan's settings. A changed cycle adds the reporting periods it now needs and
 * removes the empty ones it no longer covers; a period that holds updates or values is never
 * removed — the save is refused and names it. A save over someone else's newer one is refused.
 */
export async function updatePlanSettings(actor: Actor | null, raw: unknown): Promise<SettingsResult> {
  assertAdmin(actor);
  const input = parseOrThrow(planSettingsSchema, raw, textareaLines(['values', 'corePractices']));
  const result = await getDb().$transaction(async (tx) => {
    const plan = await tx.plan.findFirst({ where: { id: input.planId, organizationId: actor.organizationId } });
    if (!plan) throw new AppError('NOT_FOUND');
    if (plan.updatedAt.toISOString() !== input.version) throw new AppError('STALE');

    const cycleStart = day(input.cycleStart);
    const cycleEnd = day(input.cycleEnd);
    let periodsAdded: string[] = [];
    let periodsRemoved: string[] = [];
    if (cycleStart.getTime() !== plan.cycleStart.getTime() || cycleEnd.getTime() !== plan.cycleEnd.getTime()) {
      const periods = await tx.reportingPeriod.findMany({ where: { planId: plan.id }, select: { id: true, code: true, label: true } });
      const counts = await Promise.all(
        periods.map(async (p) => ({
          ...p,
          updates: await tx.update.count({ where: { periodId: p.id } }),
          values: await tx.observation.count({ where: { OR: [{ periodId: p.id }, { reportedPeriodId: p.id }] } }),
        })),
      );
      const change = reconcilePeriods(counts, cycleStart, cycleEnd);
      if (change.blocked.length > 0) {
        const message = blockedPeriodsMessage(change.blocked);
        throw new AppError('VALIDATION', `${message} Nothing was changed.`, { cycleStart: [message], cycleEnd: [message] });
      }
      if (change.remove.length > 0) {
        await tx.reportingPeriod.deleteMany({ where: { planId: plan.id, code: { in: change.remove } } });
      }
      if (change.add.length > 0) {
        await tx.reportingPeriod.createMany({
          data: change.add.map((p) => ({ ...p, organizationId: plan.organizationId, planId: plan.id })),
        });
      }
      periodsAdded = change.add.filter((p) => p.kind === 'QUARTER').map((p) => p.label);
      periodsRemoved = counts.filter((p) => change.remove.includes(p.code) && p.code.includes('-Q')).map((p) => p.label);
    }

    const updated = await tx.plan.update({
      where: { id: plan.id },
      data: {
        name: input.name,
        nameEs: input.nameEs,
        vision: input.vision,
        visionEs: input.visionEs,
        mission: input.mission,
        missionEs: input.missionEs,
        values: input.values,
        overarchingGoal: input.overarchingGoal,
        corePractices: input.corePractices,
        equityStatement: input.equityStatement,
        objectiveLabel: input.objectiveLabel,
        objectiveLabelPlural: input.objectiveLabelPlural,
        priorityLabel: input.priorityLabel,
        priorityLabelPlural: input.priorityLabelPlural,
        goalLabel: input.goalLabel,
        goalLabelPlural: input.goalLabelPlural,
        objectiveLabelEs: input.objectiveLabelEs,
        objectiveLabelPluralEs: input.objectiveLabelPluralEs,
        priorityLabelEs: input.priorityLabelEs,
        priorityLabelPluralEs: input.priorityLabelPluralEs,
        goalLabelEs: input.goalLabelEs,
        goalLabelPluralEs: input.goalLabelPluralEs,
        atRiskThreshold: input.atRiskPercent / 100,
        cycleStart,
        cycleEnd,
      },
    });
    const before = settingsSnapshot(plan);
    const after = settingsSnapshot(updated);
    const changed = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    await recordAudit(tx, actor, {
      action: 'plan.update',
      entityType: 'Plan',
      entityId: plan.id,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: { ...Object.fromEntries(changed.map((k) => [k, after[k]])), periodsAdded, periodsRemoved },
    });
    return { periodsAdded, periodsRemoved, published: plan.published };
  });
  if (result.published) invalidatePublicScorecard({ organizationId: actor.organizationId });
  return { periodsAdded: result.periodsAdded, periodsRemoved: result.periodsRemoved };
}

/** Moves a plan between draft, active and archived; confirmed beforehand, audited. */
export async function changePlanStatus(actor: Actor | null, raw: unknown): Promise<{ status: PlanStatus }> {
  assertAdmin(actor);
  const input = parseOrThrow(planStatusSchema, raw);
  const result = await getDb().$transaction(async (tx) => {
    const plan = await tx.plan.findFirst({ where: { id: input.planId, organizationId: actor.organizationId } });
    if (!plan) throw new AppError('NOT_FOUND');
    const updates = await tx.update.count({ where: { goal: { planId: plan.id } } });
    const problem = statusChangeProblem(plan.status, input.status, updates);
    if (problem) throw new AppError('INVALID_STATE', problem);
    await tx.plan.update({ where: { id: plan.id }, data: { status: input.status } });
    const otherActive = await tx.plan.count({
      where: { organizationId: actor.organizationId, status: 'ACTIVE', id: { not: plan.id } },
    });
    await recordAudit(tx, actor, {
      action: 'plan.status',
      entityType: 'Plan',
      entityId: plan.id,
      before: { status: plan.status, name: plan.name },
      after: { status: input.status, name: plan.name, otherActivePlans: otherActive },
    });
    return { status: input.status, published: plan.published };
  });
  if (result.published) invalidatePublicScorecard({ organizationId: actor.organizationId });
  return { status: result.status };
}

export interface PublishPreview {
  planId: string;
  name: string;
  status: PlanStatus;
  statusWord: string;
  published: boolean;
  counts: { objectives: number; priorities: number; goals: number; measures: number };
  /** The plan's level names, one and several, lower case: "pillar" / "pillars". */
  labels: Record<'objectives' | 'priorities' | 'goals', { one: string; many: string }>;
  approvedValues: number;
  /** Approved values of student groups under 11 students: shown as "*" publicly. */
  suppressedValues: number;
  goals: { code: string; title: string }[];
  /** Goals that are not yet fully SMARTIE, with what each lacks (advice: publishing is still allowed). */
  smartieGaps: { code: string; title: string; missing: string[] }[];
  publicPath: string;
}

async function loadPublishPreview(tx: Tx, organizationId: string, where: { id: string } | { slug: string }): Promise<PublishPreview> {
  const plan = await tx.plan.findFirst({
    where: { organizationId, ...where },
    include: { organization: { select: { slug: true } } },
  });
  if (!plan) throw new AppError('NOT_FOUND');
  const live = { archivedAt: null };
  const [objectives, priorities, goals, measures, approvedValues, suppressedValues] = await Promise.all([
    tx.objective.count({ where: { planId: plan.id, ...live } }),
    tx.priority.count({ where: { objective: { planId: plan.id, ...live }, ...live } }),
    tx.goal.findMany({
      where: { planId: plan.id, ...live, priority: { ...live, objective: live } },
      orderBy: [{ priority: { objective: { position: 'asc' } } }, { priority: { position: 'asc' } }, { position: 'asc' }],
      select: {
        code: true,
        title: true,
        deadline: true,
        divisionId: true,
        equityFocus: true,
        _count: { select: { focusGroups: true } },
        measures: { where: live, orderBy: { position: 'asc' }, select: { code: true, baselineValue: true } },
      },
    }),
    tx.measure.count({ where: { goal: { planId: plan.id, ...live }, ...live } }),
    tx.observation.count({ where: { organizationId, state: 'APPROVED', measure: { goal: { planId: plan.id } } } }),
    tx.observation.count({
      where: { organizationId, state: 'APPROVED', n: { lt: 11 }, studentGroup: { isAll: false }, measure: { goal: { planId: plan.id } } },
    }),
  ]);
  return {
    planId: plan.id,
    name: plan.name,
    status: plan.status,
    statusWord: STATUS_WORDS[plan.status],
    published: plan.published,
    counts: { objectives, priorities, goals: goals.length, measures },
    labels: {
      objectives: { one: plan.objectiveLabel.toLowerCase(), many: plan.objectiveLabelPlural.toLowerCase() },
      priorities: { one: plan.priorityLabel.toLowerCase(), many: plan.priorityLabelPlural.toLowerCase() },
      goals: { one: plan.goalLabel.toLowerCase(), many: plan.goalLabelPlural.toLowerCase() },
    },
    approvedValues,
    suppressedValues,
    goals: goals.map((g) => ({ code: g.code, title: g.title })),
    smartieGaps: goals.flatMap((g) => {
      const flags = smartieFlags({
        deadline: g.deadline,
        divisionId: g.divisionId,
        equityFocus: g.equityFocus,
        focusGroupCount: g._count.focusGroups,
        measures: g.measures,
      });
      return flags.length ? [{ code: g.code, title: g.title, missing: flags.map((f) => f.short) }] : [];
    }),
    publicPath: `/scorecard/${plan.organization.slug}/${plan.slug}`,
  };
}

/** What publishing a plan makes public (or unpublishing takes away), for the confirmation. */
export async function getPublishPreview(actor: Actor | null, slug: string): Promise<PublishPreview> {
  assertAdmin(actor);
  const db = getDb();
  return db.$transaction((tx) => loadPublishPreview(tx, actor.organizationId, { slug }));
}

/**
 * Publishes or unpublishes a plan after the administrator has seen what it shows. A draft may
 * be published (the proposed plan, for the community to read); it carries no progress until
 * it is active. The public pages change at once.
 */
export async function setPlanPublished(actor: Actor | null, raw: unknown): Promise<PublishPreview> {
  assertAdmin(actor);
  const input = parseOrThrow(planPublishSchema, raw);
  const preview = await getDb().$transaction(async (tx) => {
    const summary = await loadPublishPreview(tx, actor.organizationId, { id: input.planId });
    if (summary.published === input.published) {
      throw new AppError('INVALID_STATE', `${summary.name} is already ${summary.published ? 'published' : 'unpublished'}.`);
    }
    await tx.plan.update({
      where: { id: summary.planId },
      data: { published: input.published, publishedAt: input.published ? new Date() : null },
    });
    await recordAudit(tx, actor, {
      action: input.published ? 'plan.publish' : 'plan.unpublish',
      entityType: 'Plan',
      entityId: summary.planId,
      before: { published: summary.published },
      after: {
        published: input.published,
        name: summary.name,
        status: summary.status,
        ...summary.counts,
        approvedValues: summary.approvedValues,
        goals: summary.goals.map((g) => g.code),
      },
    });
    return { ...summary, published: input.published };
  });
  invalidatePublicScorecard({ organizationId: actor.organizationId });
  return preview;
}
