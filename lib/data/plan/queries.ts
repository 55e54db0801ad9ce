// Plan reads: the plans of the actor's organization for signed-in people and for its
// administrators, and one plan's overview. Every query is scoped to the actor's organization.
import 'server-only';
import type { PlanStatus } from '@/lib/data/plan/fields';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertAdmin, assertCan, type Actor } from '@/lib/permissions';
import { findCurrentPlanSlug, findPlanObservations, findPlanTree } from '@/lib/data/structure/internal/plan-tree';
import { buildOverview, type PlanOverview } from '@/lib/data/structure/overview';
import { LIVE } from '@/lib/data/core/archived';

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

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export interface AdminPlanRow {
  id: string;
  slug: string;
  name: string;
  status: PlanStatus;
  published: boolean;
  cycleStart: string;
  cycleEnd: string;
  goals: number;
}

/** Every plan of the actor's organization: the one in force first, then by cycle. */
export async function listPlansForAdmin(actor: Actor | null): Promise<AdminPlanRow[]> {
  assertAdmin(actor);
  const plans = await getDb().plan.findMany({
    where: { organizationId: actor.organizationId },
    orderBy: [{ status: 'asc' }, { cycleStart: 'desc' }],
    select: {
      id: true,
      slug: true,
      name: true,
      status: true,
      published: true,
      cycleStart: true,
      cycleEnd: true,
      _count: { select: { goals: { where: LIVE } } },
    },
  });
  // Enum order puts DRAFT first; the plan in force leads the list instead.
  const rank = { ACTIVE: 0, DRAFT: 1, ARCHIVED: 2 } as const;
  plans.sort((a, b) => rank[a.status] - rank[b.status]);
  return plans.map((p) => ({
    id: p.id,
    slug: p.slug,
    name: p.name,
    status: p.status,
    published: p.published,
    cycleStart: isoDay(p.cycleStart),
    cycleEnd: isoDay(p.cycleEnd),
    goals: p._count.goals,
  }));
}
