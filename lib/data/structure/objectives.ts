// Objectives and priorities: create and edit (name, description and their Spanish text).
import 'server-only';
import { publicTransaction } from '@/lib/data/public-cache';
import { parseOrThrow } from '@/lib/data/core/validation';
import { AppError } from '@/lib/errors';
import { assertAdmin, type Actor } from '@/lib/permissions';
import {
  createObjectiveSchema,
  createPrioritySchema,
  itemText,
  updateObjectiveSchema,
  updatePrioritySchema,
} from '@/lib/data/structure/fields';
import { audit, nextPosition, liveObjectiveOfPlan } from '@/lib/data/structure/shared';
import { LIVE } from '@/lib/data/core/archived';

export async function createObjective(actor: Actor | null, raw: unknown): Promise<{ id: string }> {
  assertAdmin(actor);
  const input = parseOrThrow(createObjectiveSchema, raw);
  const result = await publicTransaction(async (tx) => {
    const plan = await tx.plan.findFirst({ where: { id: input.planId, organizationId: actor.organizationId } });
    if (!plan) throw new AppError('NOT_FOUND');
    const position = await nextPosition(tx.objective.aggregate({ where: { planId: plan.id }, _max: { position: true } }));
    const row = await tx.objective.create({ data: { organizationId: actor.organizationId, planId: plan.id, position, ...itemText(input) } });
    await audit(tx, actor, 'objective.create', 'Objective', row.id, null, { planId: plan.id, ...itemText(row) });
    return { id: row.id, planId: plan.id };
  }, (r) => ({ planId: r.planId }));
  return { id: result.id };
}

export async function updateObjective(actor: Actor | null, raw: unknown): Promise<void> {
  assertAdmin(actor);
  const input = parseOrThrow(updateObjectiveSchema, raw);
  await publicTransaction(async (tx) => {
    const before = await tx.objective.findFirst({ where: { id: input.id, organizationId: actor.organizationId, ...LIVE } });
    if (!before) throw new AppError('NOT_FOUND');
    const after = await tx.objective.update({ where: { id: before.id }, data: itemText(input) });
    await audit(tx, actor, 'objective.update', 'Objective', before.id, itemText(before), itemText(after));
    return before.planId;
  }, (planId) => ({ planId }));
}

export async function createPriority(actor: Actor | null, raw: unknown): Promise<{ id: string }> {
  assertAdmin(actor);
  const input = parseOrThrow(createPrioritySchema, raw);
  const result = await publicTransaction(async (tx) => {
    const objective = await tx.objective.findFirst({ where: { id: input.objectiveId, organizationId: actor.organizationId, ...LIVE } });
    if (!objective) throw new AppError('NOT_FOUND');
    const position = await nextPosition(tx.priority.aggregate({ where: { objectiveId: objective.id }, _max: { position: true } }));
    const row = await tx.priority.create({
      data: { organizationId: actor.organizationId, objectiveId: objective.id, position, ...itemText(input) },
    });
    await audit(tx, actor, 'priority.create', 'Priority', row.id, null, { objectiveId: objective.id, ...itemText(row) });
    return { id: row.id, planId: objective.planId };
  }, (r) => ({ planId: r.planId }));
  return { id: result.id };
}

/** Edits a priority; a different objectiveId (of the same plan) moves it there, at the end. */
export async function updatePriority(actor: Actor | null, raw: unknown): Promise<void> {
  assertAdmin(actor);
  const input = parseOrThrow(updatePrioritySchema, raw);
  await publicTransaction(async (tx) => {
    const before = await tx.priority.findFirst({
      where: { id: input.id, organizationId: actor.organizationId, ...LIVE },
      include: { objective: { select: { planId: true } } },
    });
    if (!before) throw new AppError('NOT_FOUND');
    const { objectiveId } = input;
    let position = before.position;
    if (objectiveId !== before.objectiveId) {
      await liveObjectiveOfPlan(tx, actor, objectiveId, before.objective.planId, 'objectiveId');
      position = await nextPosition(tx.priority.aggregate({ where: { objectiveId }, _max: { position: true } }));
    }
    const after = await tx.priority.update({ where: { id: before.id }, data: { ...itemText(input), objectiveId, position } });
    await audit(
      tx,
      actor,
      objectiveId !== before.objectiveId ? 'priority.move' : 'priority.update',
      'Priority',
      before.id,
      { objectiveId: before.objectiveId, ...itemText(before) },
      { objectiveId: after.objectiveId, ...itemText(after) },
    );
    return before.objective.planId;
  }, (planId) => ({ planId }));
}
