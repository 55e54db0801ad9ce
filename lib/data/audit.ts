// One audit event per change, written in the change's own transaction (never edited or deleted).
import 'server-only';
import type { Tx } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/permissions';

type Json = Prisma.InputJsonValue;

export async function recordAudit(
  tx: Tx,
  actor: Actor,
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
