// A plan's address is unique in its organization: the check before a write, and the
// database's refusal (a race) as the same kind of message on the slug field.
import 'server-only';
import { uniqueClash } from '@/lib/data/core/unique';
import type { Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

export async function assertSlugFree(tx: Tx, organizationId: string, slug: string) {
  const taken = await tx.plan.findFirst({ where: { organizationId, slug }, select: { name: true } });
  if (taken) throw new AppError('VALIDATION', undefined, { slug: [`“${taken.name}” already uses this address; choose another.`] });
}

/** Rethrows the database's refusal of a second plan with the address as a message on the slug field. */
export function slugTaken(error: unknown): never {
  uniqueClash(error, 'slug', 'Another plan of your organization already uses this address; choose another.');
}
