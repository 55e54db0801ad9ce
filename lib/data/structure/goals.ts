// Goals: create and edit a SMARTIE goal under a priority of the plan, with its owning
// division and focus groups.
import 'server-only';
import { publicTransaction } from '@/lib/data/public-cache';
import { parseOrThrow } from '@/lib/data/core/validation';
import type { Tx } from '@/lib/db/client';
import { AppError, type FieldErrors } from '@/lib/errors';
import { assertAdmin, type Actor } from '@/lib/permissions';
import { goalData, goalInputSchema, goalValues, updateGoalSchema } from '@/lib/data/structure/fields';
import { invalid, audit, nextPosition, livePriorityOfPlan } from '@/lib/data/structure/shared';
import { uniqueClash } from '@/lib/data/core/unique';
import { LIVE } from '@/lib/data/core/archived';

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

/** Creates a goal under a priority of the plan; the priority decides the plan. */
export async function createGoal(actor: Actor | null, raw: unknown): Promise<{ id: string }> {
  assertAdmin(actor);
  const input = parseOrThrow(goalInputSchema, raw);
  try {
    const result = await publicTransaction(async (tx) => {
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
      await audit(tx, actor, 'goal.create', 'Goal', goal.id, null, goalValues(goal, input.focusGroupIds));
      return { id: goal.id, planId };
    }, (r) => ({ planId: r.planId }));
    return { id: result.id };
  } catch (error) {
    uniqueClash(error, 'code', `Another goal of this plan already uses the code ${input.code}: choose another.`);
  }
}

/** Edits a goal; a different priorityId (of the same plan) moves it there, at the end. */
export async function updateGoal(actor: Actor | null, raw: unknown): Promise<void> {
  assertAdmin(actor);
  const input = parseOrThrow(updateGoalSchema, raw);
  try {
    await publicTransaction(async (tx) => {
      const before = await tx.goal.findFirst({
        where: { id: input.id, organizationId: actor.organizationId, ...LIVE },
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
        goalValues(before, before.focusGroups.map((f) => f.studentGroupId)),
        goalValues(after, input.focusGroupIds),
      );
      return before.planId;
    }, (planId) => ({ planId }));
  } catch (error) {
    uniqueClash(error, 'code', `Another goal of this plan already uses the code ${input.code}: choose another.`);
  }
}
