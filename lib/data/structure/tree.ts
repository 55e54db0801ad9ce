// Reorder, move and remove items of the outline. Removing anything with approved values
// archives it with everything under it (hidden everywhere, kept in the plan file); anything
// else is deleted after the caller has confirmed what goes with it.
import 'server-only';
import { publicTransaction } from '@/lib/data/public-cache';
import { parseOrThrow } from '@/lib/data/core/validation';
import type { Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { assertAdmin, type Actor } from '@/lib/permissions';
import {
  moveSchema,
  removeSchema,
  reorderSchema,
  type StructureLevel,
} from '@/lib/data/structure/fields';
import type { PlanLabels } from '@/lib/data/structure/shared';
import { invalid, audit, editorPlan, nextPosition, liveObjectiveOfPlan, livePriorityOfPlan, liveGoalOfPlan } from '@/lib/data/structure/shared';
import { LIVE } from '@/lib/data/core/archived';

interface Located {
  id: string;
  planId: string;
  parentId: string;
  name: string;
}

async function locate(tx: Tx, actor: Actor, level: StructureLevel, id: string): Promise<Located> {
  const where = { id, organizationId: actor.organizationId, ...LIVE };
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
  const args = { where: { ...LIVE }, orderBy: [{ position: 'asc' as const }, { id: 'asc' as const }], select: { id: true, position: true } };
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

/** A level's table, for what the rows of every level share: an id and a position. */
const rowsOf = (tx: Tx, level: StructureLevel) =>
  tx[level] as unknown as {
    update(args: { where: { id: string }; data: { position: number } }): Promise<unknown>;
    delete(args: { where: { id: string } }): Promise<unknown>;
  };

const setPosition = (tx: Tx, level: StructureLevel, id: string, position: number) => rowsOf(tx, level).update({ where: { id }, data: { position } });

const ENTITY: Record<StructureLevel, string> = { objective: 'Objective', priority: 'Priority', goal: 'Goal', measure: 'Measure' };

/** Moves an item one place up or down among its LIVE siblings; at either end, nothing changes. */
export async function reorderItem(actor: Actor | null, raw: unknown): Promise<{ moved: boolean }> {
  assertAdmin(actor);
  const input = parseOrThrow(reorderSchema, raw);
  const result = await publicTransaction(async (tx) => {
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
  }, (r) => (r.moved ? { planId: r.planId } : null));
  return { moved: result.moved };
}

/** Moves a priority to another objective, a goal to another priority, a measure to another goal (same plan). */
export async function moveItem(actor: Actor | null, raw: unknown): Promise<void> {
  assertAdmin(actor);
  const input = parseOrThrow(moveSchema, raw);
  await publicTransaction(async (tx) => {
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
  }, (planId) => ({ planId }));
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
  assertAdmin(actor);
  const input = parseOrThrow(removeSchema, raw);
  const result = await publicTransaction(async (tx) => {
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
      if (input.level === 'objective') await tx.objective.updateMany({ where: { id: item.id, ...LIVE }, data: { archivedAt: now } });
      if (tree.priorityIds.length) await tx.priority.updateMany({ where: { id: { in: tree.priorityIds }, ...LIVE }, data: { archivedAt: now } });
      if (tree.goalIds.length) await tx.goal.updateMany({ where: { id: { in: tree.goalIds }, ...LIVE }, data: { archivedAt: now } });
      if (tree.measureIds.length) await tx.measure.updateMany({ where: { id: { in: tree.measureIds }, ...LIVE }, data: { archivedAt: now } });
      await audit(tx, actor, `${input.level}.archive`, ENTITY[input.level], item.id, before, { archivedAt: now.toISOString() });
    } else {
      // Its rows below go with it (the foreign keys cascade).
      await rowsOf(tx, input.level).delete({ where: { id: item.id } });
      await audit(tx, actor, `${input.level}.delete`, ENTITY[input.level], item.id, before, null);
    }
    return { outcome: archive ? ('archived' as const) : ('deleted' as const), impact, planId: item.planId };
  }, (r) => ({ planId: r.planId }));
  return { outcome: result.outcome, impact: result.impact };
}
