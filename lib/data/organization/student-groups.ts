// Student groups of an organization, as its administrators manage them: list in order,
// create, edit, move up or down, and delete one no measure, goal or value uses. The one
// "All students" group stays. Tenant-scoped, audited; the public pages change at once.
import 'server-only';
import { recordAudit } from '@/lib/data/audit';
import { parseOrThrow } from '@/lib/data/core/validation';
import { publicTransaction } from '@/lib/data/public-cache';
import { getDb } from '@/lib/db';
import type { Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { uniqueClash } from '@/lib/data/core/unique';
import { assertAdmin, type Actor } from '@/lib/permissions';
import { moveInOrder } from '@/lib/data/core/positions';
import {
  createStudentGroupSchema,
  deleteByIdSchema,
  moveSchema,
  updateStudentGroupSchema,
} from '@/lib/data/organization/fields';

export interface StudentGroupUsage {
  values: number;
  measures: number;
  focusOfGoals: number;
  gapGroupOf: number;
}

export interface StudentGroupRow {
  id: string;
  code: string;
  name: string;
  nameEs: string | null;
  category: string | null;
  isAll: boolean;
  usage: StudentGroupUsage;
}

const usageSelect = {
  _count: { select: { observations: true, measures: true, focusOfGoals: true, focusOfMeasures: true, referenceOfMeasures: true } },
} as const;

function usageOf(c: { observations: number; measures: number; focusOfGoals: number; focusOfMeasures: number; referenceOfMeasures: number }) {
  return { values: c.observations, measures: c.measures, focusOfGoals: c.focusOfGoals, gapGroupOf: c.focusOfMeasures + c.referenceOfMeasures };
}

/** The organization's groups in the order pages list them. */
async function orderedGroups(tx: Tx, organizationId: string) {
  return tx.studentGroup.findMany({ where: { organizationId }, orderBy: [{ position: 'asc' }, { code: 'asc' }], select: { id: true, position: true } });
}

export async function listStudentGroups(actor: Actor | null): Promise<StudentGroupRow[]> {
  assertAdmin(actor);
  const rows = await getDb().studentGroup.findMany({
    where: { organizationId: actor.organizationId },
    orderBy: [{ position: 'asc' }, { code: 'asc' }],
    select: { id: true, code: true, name: true, nameEs: true, category: true, isAll: true, ...usageSelect },
  });
  return rows.map(({ _count, ...g }) => ({ ...g, usage: usageOf(_count) }));
}

const snapshot = (g: { code: string; name: string; nameEs: string | null; category: string | null }) => ({
  code: g.code,
  name: g.name,
  nameEs: g.nameEs,
  category: g.category,
});

export async function createStudentGroup(actor: Actor | null, raw: unknown): Promise<{ groupId: string }> {
  assertAdmin(actor);
  const input = parseOrThrow(createStudentGroupSchema, raw);
  try {
    const result = await publicTransaction(async (tx) => {
      const taken = await tx.studentGroup.findFirst({ where: { organizationId: actor.organizationId, code: input.code } });
      if (taken) throw new AppError('VALIDATION', undefined, { code: [`${taken.name} already uses the code ${input.code}.`] });
      const last = await tx.studentGroup.aggregate({ where: { organizationId: actor.organizationId }, _max: { position: true } });
      const group = await tx.studentGroup.create({
        data: { organizationId: actor.organizationId, ...input, isAll: false, position: (last._max.position ?? -1) + 1 },
      });
      await recordAudit(tx, actor, { action: 'student_group.create', entityType: 'StudentGroup', entityId: group.id, after: snapshot(group) });
      return { groupId: group.id };
    }, { organizationId: actor.organizationId });
    return result;
  } catch (error) {
    uniqueClash(error, 'code', 'Another group already uses this code.');
  }
}

/** Edits a group's names and category; its code (used by plan files and imports) and "All students" flag stay. */
export async function updateStudentGroup(actor: Actor | null, raw: unknown): Promise<void> {
  assertAdmin(actor);
  const input = parseOrThrow(updateStudentGroupSchema, raw);
  await publicTransaction(async (tx) => {
    const group = await tx.studentGroup.findFirst({ where: { id: input.groupId, organizationId: actor.organizationId } });
    if (!group) throw new AppError('NOT_FOUND');
    if (group.isAll && input.category) {
      throw new AppError('VALIDATION', undefined, { category: ['All students is the whole of every category: it has none itself.'] });
    }
    if (group.name === input.name && group.nameEs === input.nameEs && group.category === input.category) return;
    const updated = await tx.studentGroup.update({
      where: { id: group.id },
      data: { name: input.name, nameEs: input.nameEs, category: input.category },
    });
    await recordAudit(tx, actor, {
      action: 'student_group.update',
      entityType: 'StudentGroup',
      entityId: group.id,
      before: snapshot(group),
      after: snapshot(updated),
    });
  }, { organizationId: actor.organizationId });
}

/** Moves a group one place up or down in the order every page lists groups in. */
export async function moveStudentGroup(actor: Actor | null, raw: unknown): Promise<{ moved: boolean }> {
  assertAdmin(actor);
  const input = parseOrThrow(moveSchema, raw);
  const moved = await publicTransaction(async (tx) => {
    const groups = await orderedGroups(tx, actor.organizationId);
    const ids = groups.map((g) => g.id);
    const from = ids.indexOf(input.id);
    if (from < 0) throw new AppError('NOT_FOUND');
    const order = moveInOrder(ids, input.id, input.direction);
    if (order.indexOf(input.id) === from) {
      throw new AppError('INVALID_STATE', `That group is already ${input.direction === 'up' ? 'first' : 'last'}.`);
    }
    // Positions become 0..n-1 in the new order (older rows may share a position).
    for (const [position, id] of order.entries()) {
      const current = groups.find((g) => g.id === id)!;
      if (current.position !== position) await tx.studentGroup.update({ where: { id }, data: { position } });
    }
    await recordAudit(tx, actor, {
      action: 'student_group.move',
      entityType: 'StudentGroup',
      entityId: input.id,
      before: { position: from },
      after: { position: order.indexOf(input.id), direction: input.direction },
    });
    return true;
  }, { organizationId: actor.organizationId });
  return { moved };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Deletes a group nothing uses; refused, with counts, while values, measures or goals refer to it. */
export async function deleteStudentGroup(actor: Actor | null, raw: unknown): Promise<void> {
  assertAdmin(actor);
  const input = parseOrThrow(deleteByIdSchema, raw);
  await publicTransaction(async (tx) => {
    const group = await tx.studentGroup.findFirst({ where: { id: input.id, organizationId: actor.organizationId }, include: usageSelect });
    if (!group) throw new AppError('NOT_FOUND');
    if (group.isAll) throw new AppError('INVALID_STATE', 'All students is the group every measure reports on; it cannot be deleted.');
    const usage = usageOf(group._count);
    const uses = [
      usage.values ? plural(usage.values, 'value', 'values') : '',
      usage.measures ? `${plural(usage.measures, 'measure', 'measures')} reporting on it` : '',
      usage.focusOfGoals ? `${plural(usage.focusOfGoals, 'goal', 'goals')} focused on it` : '',
      usage.gapGroupOf ? `${plural(usage.gapGroupOf, 'measure', 'measures')} comparing it in a gap` : '',
    ].filter(Boolean);
    if (uses.length > 0) {
      throw new AppError('CONFLICT', `${group.name} is in use: ${uses.join(', ')}. Nothing was deleted.`);
    }
    await tx.studentGroup.delete({ where: { id: group.id } });
    await recordAudit(tx, actor, { action: 'student_group.delete', entityType: 'StudentGroup', entityId: group.id, before: snapshot(group) });
  }, { organizationId: actor.organizationId });
}
