// A plan's address is unique in its organization: the check before a write, and the
// database's refusal (a race) as the same message on the slug field.
import 'server-only';
import type { Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';

export async function assertSlugFree(tx: Tx, organizationId: string, slug: string) {
  const taken = await tx.plan.findFirst({ where: { organizationId, slug }, select: { name: true } });
  if (taken) throw new AppError('VALIDATION', undefined, { slug: [`“${taken.name}” already uses this address; choose another.`] });
}

export function slugTaken(error: unknown): AppError | null {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
    return new AppError('VALIDATION', undefined, { slug: ['Another plan of your organization already uses this address; choose another.'] });
  }
  return null;
}
