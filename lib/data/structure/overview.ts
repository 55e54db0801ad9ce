// A plan's overview as the dashboard and the scorecard show it: its header and its tree, each
// measure summarized and rolled up to goals and objectives. Pure shaping of what
// lib/data/structure/internal/plan-tree.ts loads; components import its types.
import type { findPlanObservations, PlanWithTree } from '@/lib/data/structure/internal/plan-tree';
import { measureInForce } from '@/lib/target-history';
import { countStatuses, rollUpGoal, summarizeMeasure, type MeasureSummary, type StatusCounts } from '@/lib/plan-view';
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
