// Divisions of an organization, as its administrators manage them: list with what belongs to
// each, create, rename, and delete one that nothing belongs to any more. Tenant-scoped, audited.
import 'server-only';
import { recordAudit } from '@/lib/data/audit';
import { parseOrThrow } from '@/lib/data/core/validation';
import { publicTransaction } from '@/lib/data/public-cache';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { uniqueClash } from '@/lib/data/core/unique';
import { assertAdmin, type Actor } from '@/lib/permissions';
import { createDivisionSchema, deleteByIdSchema, renameDivisionSchema } from '@/lib/data/organization/fields';

export interface DivisionRow {
  id: string;
  code: string;
  name: string;
  goals: number;
  users: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export async function listDivisions(actor: Actor | null): Promise<DivisionRow[]> {
  assertAdmin(actor);
  const rows = await getDb().division.findMany({
    where: { organizationId: actor.organizationId },
    orderBy: { name: 'asc' },
    select: { id: true, code: true, name: true, _count: { select: { goals: true, users: true } } },
  });
  return rows.map((d) => ({ id: d.id, code: d.code, name: d.name, goals: d._count.goals, users: d._count.users }));
}

export async function createDivision(actor: Actor | null, raw: unknown): Promise<{ divisionId: string }> {
  assertAdmin(actor);
  const input = parseOrThrow(createDivisionSchema, raw);
  try {
    return await getDb().$transaction(async (tx) => {
      const taken = await tx.division.findFirst({ where: { organizationId: actor.organizationId, code: input.code } });
      if (taken) throw new AppError('VALIDATION', undefined, { code: [`${taken.name} already uses the code ${input.code}.`] });
      const division = await tx.division.create({ data: { organizationId: actor.organizationId, ...input } });
      await recordAudit(tx, actor, { action: 'division.create', entityType: 'Division', entityId: division.id, after: input });
      return { divisionId: division.id };
    });
  } catch (error) {
    uniqueClash(error, 'code', 'Another division already uses this code.');
  }
}

/** Renames a division; its code stays, since plan files and imports refer to it. */
export async function renameDivision(actor: Actor | null, raw: unknown): Promise<void> {
  assertAdmin(actor);
  const input = parseOrThrow(renameDivisionSchema, raw);
  await publicTransaction(async (tx) => {
    const division = await tx.division.findFirst({ where: { id: input.divisionId, organizationId: actor.organizationId } });
    if (!division) throw new AppError('NOT_FOUND');
    // Saving the same name changes nothing, so there is nothing to record.
    if (division.name === input.name) return;
    await tx.division.update({ where: { id: division.id }, data: { name: input.name } });
    await recordAudit(tx, actor, {
      action: 'division.rename',
      entityType: 'Division',
      entityId: division.id,
      before: { code: division.code, name: division.name },
      after: { code: division.code, name: input.name },
    });
  }, { organizationId: actor.organizationId });
  // Goal pages name their owning division.
}

/** Deletes a division nothing belongs to; refused, with counts, while goals or people still do. */
export async function deleteDivision(actor: Actor | null, raw: unknown): Promise<void> {
  assertAdmin(actor);
  const input = parseOrThrow(deleteByIdSchema, raw);
  await getDb().$transaction(async (tx) => {
    const division = await tx.division.findFirst({
      where: { id: input.id, organizationId: actor.organizationId },
      include: { _count: { select: { goals: true, users: true } } },
    });
    if (!division) throw new AppError('NOT_FOUND');
    const { goals, users } = division._count;
    if (goals > 0 || users > 0) {
      const held = [goals ? plural(goals, 'goal', 'goals') : '', users ? plural(users, 'person', 'people') : ''].filter(Boolean);
      throw new AppError(
        'CONFLICT',
        `${division.name} still has ${held.join(' and ')}. Give ${goals + users === 1 ? 'it' : 'them'} another division first; nothing was deleted.`,
      );
    }
    await tx.division.delete({ where: { id: division.id } });
    await recordAudit(tx, actor, {
      action: 'division.delete',
      entityType: 'Division',
      entityId: division.id,
      before: { code: division.code, name: division.name },
    });
  });
}
