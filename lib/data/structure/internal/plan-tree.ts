// Unguarded reads of a plan's tree, for the guarded dashboard, scorecard and plan pages (which
// check who may see the plan first): its live hierarchy and its All-students observations,
// each in one query (no N+1).
import 'server-only';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ReviewState } from '@/lib/plan-view';
import { LIVE, liveInOrder } from '@/lib/data/core/archived';

const planInclude = {
  organization: true,
  // Archived items are hidden everywhere: archiving marks an item and everything under it.
  objectives: liveInOrder({
    priorities: liveInOrder({
      goals: liveInOrder({
        division: true,
        measures: liveInOrder({ interimTargets: { orderBy: { date: 'asc' } }, targetVersions: true }),
      }),
    }),
  }),
} satisfies Prisma.PlanInclude;

export type PlanWithTree = Prisma.PlanGetPayload<{ include: typeof planInclude }>;

/** The plan in force in an organization: the active one (newest cycle first), else the newest draft. */
export async function findCurrentPlanSlug(db: Db, organizationId: string): Promise<string | null> {
  const plans = await db.plan.findMany({
    where: { organizationId, status: { not: 'ARCHIVED' } },
    orderBy: { cycleStart: 'desc' },
    select: { slug: true, status: true },
  });
  return (plans.find((p) => p.status === 'ACTIVE') ?? plans[0])?.slug ?? null;
}

export async function findPlanTree(db: Db, where: Prisma.PlanWhereInput): Promise<PlanWithTree | null> {
  return db.plan.findFirst({
    where,
    orderBy: [{ status: 'asc' }, { cycleStart: 'desc' }],
    include: planInclude,
  });
}

/** One query for every All-students value of the plan in the given review states. */
export async function findPlanObservations(db: Db, plan: PlanWithTree, states: ReviewState[]) {
  return db.observation.findMany({
    where: {
      organizationId: plan.organizationId,
      measure: { ...LIVE, goal: { planId: plan.id } },
      studentGroup: { isAll: true },
      state: { in: states },
    },
    select: {
      measureId: true,
      value: true,
      state: true,
      approvedAt: true,
      updatedAt: true,
      period: { select: { label: true, endDate: true } },
    },
  });
}
