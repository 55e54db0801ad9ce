// Loads a plan's hierarchy and its All-students observations in a fixed number of
// queries (no N+1), and shapes them into the overview that dashboard and scorecard share.
import 'server-only';
import { measureInForce } from '@/lib/target-history';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import {
  countStatuses,
  rollUpGoal,
  summarizeMeasure,
  type MeasureSummary,
  type ReviewState,
  type StatusCounts,
} from '@/lib/plan-view';
import type { MeasureStatus } from '@/lib/status';

export interface PlanHeader {
  id: string;
  slug: string;
  name: string;
  organizationName: string;
  organizationShortName: string;
  organizationSlug: string;
  vision: string;
  mission: string;
  values: string[];
  cycleStart: string;
  cycleEnd: string;
  published: boolean;
  demoProgress: boolean;
  labels: { objective: string; objectives: string; priority: string; priorities: string; goal: string; goals: string };
}

export interface GoalSummary {
  id: string;
  code: string;
  title: string;
  statement: string;
  divisionId: string | null;
  divisionName: string | null;
  deadline: string | null;
  status: MeasureStatus;
  measures: MeasureSummary[];
  lastApprovedAt: string | null;
}

export interface PriorityNode {
  id: string;
  name: string;
  goals: GoalSummary[];
}

export interface ObjectiveNode {
  id: string;
  name: string;
  description: string;
  priorities: PriorityNode[];
  counts: StatusCounts;
}

export interface PlanOverview {
  plan: PlanHeader;
  objectives: ObjectiveNode[];
  counts: StatusCounts;
}

const planInclude = {
  organization: true,
  // Archived items are hidden everywhere: archiving marks an item and everything under it.
  objectives: {
    where: { archivedAt: null },
    orderBy: { position: 'asc' },
    include: {
      priorities: {
        where: { archivedAt: null },
        orderBy: { position: 'asc' },
        include: {
          goals: {
            where: { archivedAt: null },
            orderBy: { position: 'asc' },
            include: {
              division: true,
              measures: {
                where: { archivedAt: null },
                orderBy: { position: 'asc' },
                include: { interimTargets: { orderBy: { date: 'asc' } }, targetVersions: true },
              },
            },
          },
        },
      },
    },
  },
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

export function planHeader(plan: PlanWithTree): PlanHeader {
  return {
    id: plan.id,
    slug: plan.slug,
    name: plan.name,
    organizationName: plan.organization.name,
    organizationShortName: plan.organization.shortName,
    organizationSlug: plan.organization.slug,
    vision: plan.vision,
    mission: plan.mission,
    values: plan.values,
    cycleStart: plan.cycleStart.toISOString(),
    cycleEnd: plan.cycleEnd.toISOString(),
    published: plan.published,
    demoProgress: plan.demoProgress,
    labels: {
      objective: plan.objectiveLabel,
      objectives: plan.objectiveLabelPlural,
      priority: plan.priorityLabel,
      priorities: plan.priorityLabelPlural,
      goal: plan.goalLabel,
      goals: plan.goalLabelPlural,
    },
  };
}

/** One query for every All-students value of the plan in the given review states. */
export async function findPlanObservations(db: Db, plan: PlanWithTree, states: ReviewState[]) {
  return db.observation.findMany({
    where: {
      organizationId: plan.organizationId,
      measure: { archivedAt: null, goal: { planId: plan.id } },
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

export function buildOverview(
  plan: PlanWithTree,
  observations: Awaited<ReturnType<typeof findPlanObservations>>,
  locale = 'en-US',
): PlanOverview {
  const byMeasure = new Map<string, typeof observations>();
  for (const o of observations) {
    const list = byMeasure.get(o.measureId) ?? [];
    list.push(o);
    byMeasure.set(o.measureId, list);
  }
  const allStatuses: MeasureStatus[] = [];
  const objectives = plan.objectives.map((objective) => {
    const objectiveStatuses: MeasureStatus[] = [];
    const priorities = objective.priorities.map((priority) => ({
      id: priority.id,
      name: priority.name,
      goals: priority.goals.map((goal): GoalSummary => {
        let lastApprovedAt: Date | null = null;
        const measures = goal.measures.map((measure) => {
          const rows = byMeasure.get(measure.id) ?? [];
          for (const r of rows) {
            if (r.state === 'APPROVED' && r.approvedAt && (!lastApprovedAt || r.approvedAt > lastApprovedAt)) {
              lastApprovedAt = r.approvedAt;
            }
          }
          return summarizeMeasure(
            measure,
            rows.map((r) => ({
              measureId: r.measureId,
              value: r.value,
              state: r.state,
              periodLabel: r.period.label,
              periodEnd: r.period.endDate,
            })),
            plan.atRiskThreshold,
            locale,
            (at) => measureInForce(measure, measure.targetVersions, at),
          );
        });
        const status = rollUpGoal(measures);
        objectiveStatuses.push(status);
        allStatuses.push(status);
        const approvedAt = lastApprovedAt as Date | null;
        return {
          id: goal.id,
          code: goal.code,
          title: goal.title,
          statement: goal.statement,
          divisionId: goal.divisionId,
          divisionName: goal.division?.name ?? null,
          deadline: goal.deadline?.toISOString() ?? null,
          status,
          measures,
          lastApprovedAt: approvedAt ? approvedAt.toISOString() : null,
        };
      }),
    }));
    return {
      id: objective.id,
      name: objective.name,
      description: objective.description,
      priorities,
      counts: countStatuses(objectiveStatuses),
    };
  });
  return { plan: planHeader(plan), objectives, counts: countStatuses(allStatuses) };
}
