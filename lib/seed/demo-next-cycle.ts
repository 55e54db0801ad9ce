// The demo's LACOE 2025-28 plan, made the way an administrator starts a new cycle: the
// 2022-25 plan as loaded (with its demo actuals) carried forward by lib/data/plan/next-cycle-rules.ts and
// arranged under the 2025-28 objectives (prisma/plans/lacoe-2025-2028.json). It stays a
// draft, unpublished: the cabinet is still drafting the new cycle.
import fs from 'node:fs';
import path from 'node:path';
import type { Tx } from '@/lib/db/client';
import { lastApprovedActuals } from '@/lib/data/plan/internal/last-actuals';
import { startNextCycle } from '@/lib/data/plan/next-cycle-rules';
import { createPlanFromDocument, type ImportedPlan, type PlanImportContext } from '@/lib/data/plan/internal/create-from-document';
import { nextCycleDocumentSchema, type NextCycleDocument } from '@/lib/data/plan/next-cycle-document';
import type { PlanDocument } from '@/lib/data/plan/document';

export function readNextCycleDocument(file: string): NextCycleDocument {
  const full = path.resolve(process.cwd(), 'prisma/plans', file);
  return nextCycleDocumentSchema.parse(JSON.parse(fs.readFileSync(full, 'utf8')));
}

export async function seedNextCycleDraft(
  tx: Tx,
  previous: { doc: PlanDocument; planId: string; actorId: string | null },
  ctx: PlanImportContext,
): Promise<ImportedPlan> {
  const frame = readNextCycleDocument('lacoe-2025-2028.json');
  if (frame.previousPlan !== previous.doc.plan.slug) {
    throw new Error(`lacoe-2025-2028.json follows "${frame.previousPlan}", not "${previous.doc.plan.slug}"`);
  }
  const actuals = await lastApprovedActuals(tx, previous.planId);
  const doc = startNextCycle(previous.doc, frame, actuals);
  // Baselines proposed from demo actuals are demo values too (baseline.isDemo), and every page says so.
  const imported = await createPlanFromDocument(tx, doc, ctx);
  await tx.auditEvent.create({
    data: {
      organizationId: ctx.organizationId,
      actorId: previous.actorId,
      action: 'plan.start_next_cycle',
      entityType: 'Plan',
      entityId: imported.planId,
      before: { plan: previous.doc.plan.name },
      after: { plan: doc.plan.name, goals: imported.goalIdsByCode.size, status: doc.plan.status },
    },
  });
  return imported;
}
