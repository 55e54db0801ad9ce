// Plan reads for signed-in people: every query is scoped to the actor's organization.
import 'server-only';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertCan, type Actor } from '@/lib/permissions';
import { buildOverview, findCurrentPlanSlug, findPlanObservations, findPlanTree, type PlanOverview } from '@/lib/data/plan-tree';

export async function listPlansForUser(actor: Actor | null) {
  assertCan(actor, 'plan:read');
  return getDb().plan.findMany({
    where: { organizationId: actor.organizationId },
    orderBy: [{ status: 'asc' }, { cycleStart: 'desc' }],
    select: { id: true, slug: true, name: true, status: true, published: true },
  });
}

/** The overview of one plan (by slug), or of the organization's current plan. */
export async function getPlanOverview(actor: Actor | null, planSlug?: string): Promise<PlanOverview> {
  assertCan(actor, 'plan:read');
  const db = getDb();
  const slug = planSlug ?? (await findCurrentPlanSlug(db, actor.organizationId));
  const plan = slug ? await findPlanTree(db, { organizationId: actor.organizationId, slug }) : null;
  if (!plan) throw new AppError('NOT_FOUND');
  // Signed-in readers see values in review too; the overview shows them apart from approved ones.
  const observations = await findPlanObservations(db, plan, ['APPROVED', 'SUBMITTED', 'DRAFT', 'RETURNED']);
  return buildOverview(plan, observations);
}
