// A plan's status (draft → active → archived, and back to draft while nobody has reported)
// and its publication, each confirmed beforehand with what it does, one transaction, audited.
import 'server-only';
import { recordAudit } from '@/lib/data/audit';
import { parseOrThrow } from '@/lib/data/core/validation';
import { planPublishSchema, planStatusSchema, STATUS_WORDS, type PlanStatus } from '@/lib/data/plan/fields';
import { statusChangeProblem } from '@/lib/data/plan/rules';
import { publicTransaction } from '@/lib/data/public-cache';
import { getDb } from '@/lib/db';
import type { Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { assertAdmin, type Actor } from '@/lib/permissions';
import { smartieFlags } from '@/lib/smartie';
import { LIVE } from '@/lib/data/core/archived';

/** Moves a plan between draft, active and archived; confirmed beforehand, audited. */
export async function changePlanStatus(actor: Actor | null, raw: unknown): Promise<{ status: PlanStatus }> {
  assertAdmin(actor);
  const input = parseOrThrow(planStatusSchema, raw);
  const result = await publicTransaction(async (tx) => {
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
  }, (r) => (r.published ? { organizationId: actor.organizationId } : null));
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
  const [objectives, priorities, goals, measures, approvedValues, suppressedValues] = await Promise.all([
    tx.objective.count({ where: { planId: plan.id, ...LIVE } }),
    tx.priority.count({ where: { objective: { planId: plan.id, ...LIVE }, ...LIVE } }),
    tx.goal.findMany({
      where: { planId: plan.id, ...LIVE, priority: { ...LIVE, objective: LIVE } },
      orderBy: [{ priority: { objective: { position: 'asc' } } }, { priority: { position: 'asc' } }, { position: 'asc' }],
      select: {
        code: true,
        title: true,
        deadline: true,
        divisionId: true,
        equityFocus: true,
        _count: { select: { focusGroups: true } },
        measures: { where: LIVE, orderBy: { position: 'asc' }, select: { code: true, baselineValue: true } },
      },
    }),
    tx.measure.count({ where: { goal: { planId: plan.id, ...LIVE }, ...LIVE } }),
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
  const preview = await publicTransaction(async (tx) => {
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
  }, { organizationId: actor.organizationId });
  return preview;
}
