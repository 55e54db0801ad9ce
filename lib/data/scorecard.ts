// The public scorecard's reads: published plans only, approved values only, no login.
// Anything unpublished or unknown is NOT_FOUND, so existence never leaks.
import 'server-only';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { buildOverview, findPlanObservations, findPlanTree, type PlanOverview } from '@/lib/data/plan-tree';

export async function getPublicScorecard(orgSlug: string, planSlug: string): Promise<PlanOverview> {
  const db = getDb();
  const plan = await findPlanTree(db, { slug: planSlug, published: true, organization: { slug: orgSlug } });
  if (!plan) throw new AppError('NOT_FOUND');
  const observations = await findPlanObservations(db, plan, ['APPROVED']);
  return buildOverview(plan, observations);
}

export async function listPublishedScorecards() {
  return getDb().plan.findMany({
    where: { published: true },
    orderBy: [{ organization: { name: 'asc' } }, { cycleStart: 'desc' }],
    select: { slug: true, name: true, cycleStart: true, cycleEnd: true, organization: { select: { slug: true, name: true } } },
  });
}
