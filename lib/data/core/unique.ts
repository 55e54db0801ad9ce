// A unique index refusing a write (two people saving the same code at once, a slug taken in the
// meantime) becomes the same refusal the command's own check gives: a message on the field.
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/** Rethrows a unique violation as a validation refusal on `field`; any other error as it is. */
export function uniqueClash(error: unknown, field: string, message: string): never {
  if (isUniqueViolation(error)) throw new AppError('VALIDATION', undefined, { [field]: [message] });
  throw error;
}
