// One audit event per change, written in the change's own transaction (never edited or deleted).
// Every writer uses this one function: the signed-in user, the operator at the command line
// (no actor id), a seed.
import 'server-only';
import type { Tx } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/permissions';

type Json = Prisma.InputJsonValue;

/** Who made the change: a signed-in user, or nobody (the operator's command line, a seed). */
export type AuditActor = Pick<Actor, 'organizationId'> & { id: string | null };

export async function recordAudit(
  tx: Tx,
  actor: AuditActor,
  event: { action: string; entityType: string; entityId: string; before?: Json | null; after?: Json | null },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      organizationId: actor.organizationId,
      actorId: actor.id,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: event.before ?? Prisma.DbNull,
      after: event.after ?? Prisma.DbNull,
    },
  });
}
