// A new plan: a draft, unpublished, with its reporting periods. Made as a plan document with
// no structure yet, so it takes the same path as import and the seeds.
import 'server-only';
import { recordAudit } from '@/lib/data/audit';
import { parseOrThrow } from '@/lib/data/core/validation';
import { pickFields, PLAN_DOCUMENT_VERSION, planDocumentSchema } from '@/lib/data/plan/document';
import { createPlanSchema } from '@/lib/data/plan/fields';
import { createPlanFromDocument } from '@/lib/data/plan/internal/create-from-document';
import { assertSlugFree, slugTaken } from '@/lib/data/plan/internal/slug';
import { getDb } from '@/lib/db';
import { assertAdmin, type Actor } from '@/lib/permissions';

/** Creates a draft, unpublished plan with its reporting periods (quarters and school years of the cycle). */
export async function createPlan(actor: Actor | null, raw: unknown): Promise<{ planId: string; slug: string; periods: number }> {
  assertAdmin(actor);
  const input = parseOrThrow(createPlanSchema, raw);
  // A plan document with no structure yet, the schema's defaults for the rest (a draft,
  // unpublished, the default at-risk threshold): its periods are generated as for an import.
  const doc = planDocumentSchema.parse({
    schemaVersion: PLAN_DOCUMENT_VERSION,
    plan: {
      ...pickFields(input, ['slug', 'name', 'cycleStart', 'cycleEnd', 'vision', 'mission']),
      levels: {
        objective: { singular: input.objectiveLabel, plural: input.objectiveLabelPlural },
        priority: { singular: input.priorityLabel, plural: input.priorityLabelPlural },
        goal: { singular: input.goalLabel, plural: input.goalLabelPlural },
      },
    },
  });
  try {
    return await getDb().$transaction(async (tx) => {
      await assertSlugFree(tx, actor.organizationId, input.slug);
      const { planId } = await createPlanFromDocument(tx, doc, {
        organizationId: actor.organizationId,
        divisionIdsByCode: new Map(),
        studentGroupIdsByCode: new Map(),
      });
      const periods = await tx.reportingPeriod.count({ where: { planId } });
      await recordAudit(tx, actor, {
        action: 'plan.create',
        entityType: 'Plan',
        entityId: planId,
        after: { ...input, status: 'DRAFT', published: false, periods },
      });
      return { planId, slug: input.slug, periods };
    });
  } catch (error) {
    slugTaken(error);
  }
}
