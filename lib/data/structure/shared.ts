// What the structure editor's reads and writes share: the admin check, validation failures,
// audit events, the plan lookup and labels, live-item lookups within a plan, positions, and a
// measure's target sentence.
import 'server-only';
import { recordAudit } from '@/lib/data/audit';
import { getDb } from '@/lib/db';
import type { Tx } from '@/lib/db/client';
import { AppError, type FieldErrors } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/permissions';
import { measureTargetSentence } from '@/lib/target-sentence';
import { targetOf, targetSentenceInput, type MeasureInput, type TargetColumns } from '@/lib/data/structure/fields';
import { LIVE } from '@/lib/data/core/archived';

export const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
export const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);


export function invalid(fieldErrors: FieldErrors, message?: string): never {
  throw new AppError('VALIDATION', message, fieldErrors);
}

/** The structure commands' audit event, written through the one audit writer. */
export function audit(
  tx: Tx,
  actor: Actor,
  action: string,
  entityType: string,
  entityId: string,
  before: Prisma.InputJsonValue | null,
  after: Prisma.InputJsonValue | null,
) {
  return recordAudit(tx, actor, { action, entityType, entityId, before, after });
}

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

export type PlanRow = {
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

export const editorPlan = (p: PlanRow): EditorPlan => ({
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

export async function findPlan(actor: Actor, planSlug: string) {
  const plan = await getDb().plan.findFirst({ where: { organizationId: actor.organizationId, slug: planSlug } });
  if (!plan) throw new AppError('NOT_FOUND');
  return plan;
}

/** A measure's target in one sentence, from its row (or a version's row with the measure's unit). */
export function sentenceOf(m: TargetColumns & Pick<MeasureInput, 'unit' | 'decimals' | 'direction'>): string {
  return measureTargetSentence(targetSentenceInput(targetOf(m), m));
}

export async function nextPosition(count: Promise<{ _max: { position: number | null } }>): Promise<number> {
  const { _max } = await count;
  return (_max.position ?? -1) + 1;
}

export async function liveObjectiveOfPlan(tx: Tx, actor: Actor, objectiveId: string, planId: string, field: string) {
  const objective = await tx.objective.findFirst({ where: { id: objectiveId, organizationId: actor.organizationId, planId, ...LIVE } });
  if (!objective) invalid({ [field]: ['Choose one of this plan’s items.'] });
  return objective;
}

export async function livePriorityOfPlan(tx: Tx, actor: Actor, priorityId: string, planId: string | null, field: string) {
  const priority = await tx.priority.findFirst({
    where: {
      id: priorityId,
      organizationId: actor.organizationId,
      ...LIVE,
      objective: { ...LIVE, ...(planId ? { planId } : {}) },
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

export async function liveGoalOfPlan(tx: Tx, actor: Actor, goalId: string, planId: string | null, field: string) {
  const goal = await tx.goal.findFirst({
    where: {
      id: goalId,
      organizationId: actor.organizationId,
      ...LIVE,
      ...(planId ? { planId } : {}),
      priority: { ...LIVE, objective: LIVE },
    },
    include: { plan: { select: { status: true } } },
  });
  if (!goal) {
    if (!planId) throw new AppError('NOT_FOUND');
    invalid({ [field]: ['Choose one of this plan’s goals.'] });
  }
  return goal;
}
