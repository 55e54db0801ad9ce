// A plan document in and out for an organization's administrators: the guarded doors to
// lib/data/plan/internal/transfer.ts, always within the administrator's own organization.
import 'server-only';
import type { PlanDocument } from '@/lib/data/plan/document';
import { exportPlanDocument, importPlanDocument, type ImportResult } from '@/lib/data/plan/internal/transfer';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertAdmin, type Actor } from '@/lib/permissions';

export { PlanDocumentError, type DocumentProblem } from '@/lib/data/plan/document-check';
export type { ImportResult };

/** An administrator exports one of their organization's plans. */
export async function exportPlan(actor: Actor | null, planSlug: string): Promise<PlanDocument> {
  assertAdmin(actor);
  const doc = await exportPlanDocument(getDb(), actor.organizationId, planSlug);
  if (!doc) throw new AppError('NOT_FOUND');
  return doc;
}

/** An administrator imports a plan document into their own organization. */
export async function importPlan(actor: Actor | null, raw: unknown): Promise<ImportResult> {
  assertAdmin(actor);
  return importPlanDocument(getDb(), actor.organizationId, raw, actor.id);
}
