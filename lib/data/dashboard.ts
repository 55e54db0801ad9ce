// The cabinet dashboard's reads: the plan tree, its reporting quarters, its approved
// All-students values and its updates — each loaded once, in a fixed number of queries
// whatever the plan's size — and the figures built from them as of the chosen period.
import 'server-only';
import { approvedAsOf, cutoffForPeriod, latestCutoff, updatesAsOf } from '@/lib/as-of';
import {
  buildDashboardView,
  choosePeriods,
  goalStatusesOf,
  groupBy,
  NO_DIVISION,
  type DashboardGoal,
  type DashboardObservation,
  type DashboardPeriod,
  type DashboardUpdate,
  type DashboardView,
  type TargetVersionsOf,
} from '@/lib/dashboard-view';
import { readDb } from '@/lib/db';
import type { Db } from '@/lib/db/client';
import { findCurrentPlanSlug, findPlanTree, type PlanWithTree } from '@/lib/data/structure/internal/plan-tree';
import { planHeader, type PlanHeader } from '@/lib/data/structure/overview';
import { AppError } from '@/lib/errors';
import type { MeasureUnit } from '@/lib/format';
import { assertCan, type Actor } from '@/lib/permissions';
import type { MeasureStatus } from '@/lib/status';
import { measureVersions, pathInForce } from '@/lib/target-history';
import type { DashboardSearch } from '@/lib/validations/dashboard';

export interface DashboardContext {
  plan: PlanHeader;
  filters: DashboardSearch;
  /** The period the dashboard stands at; null for "latest" (everything approved up to now). */
  period: DashboardPeriod | null;
  /** The period compared with for "worsened since". */
  previousPeriod: DashboardPeriod | null;
  periodOptions: { code: string; label: string }[];
  objectiveOptions: { id: string; name: string }[];
  /** Goals in the whole plan, before filters (a plan's text may state none yet). */
  goalCount: number;
  divisionOptions: { id: string; name: string }[];
  threshold: number;
}

export interface DashboardParts {
  context: Promise<DashboardContext>;
  /** Statuses, counts, grid and goal list: needs the tree and the values. */
  status: Promise<DashboardView>;
  /** The same plus updates: reported status and overdue reports. */
  attention: Promise<DashboardView>;
}

async function loadTree(db: Db, actor: Actor, planSlug: string | undefined) {
  const slug = planSlug ?? (await findCurrentPlanSlug(db, actor.organizationId));
  const plan = slug ? await findPlanTree(db, { organizationId: actor.organizationId, slug }) : null;
  if (!plan) throw new AppError('NOT_FOUND');
  return plan;
}

async function loadPeriods(db: Db, plan: PlanWithTree): Promise<DashboardPeriod[]> {
  return db.reportingPeriod.findMany({
    where: { planId: plan.id, organizationId: plan.organizationId, kind: 'QUARTER' },
    orderBy: { endDate: 'asc' },
    select: { id: true, code: true, label: true, endDate: true, dueDate: true },
  });
}

/** The organization's All-students group (one per organization, by a partial unique index). */
async function loadAllStudentsGroupId(db: Db, organizationId: string): Promise<string | null> {
  const group = await db.studentGroup.findFirst({ where: { organizationId, isAll: true }, select: { id: true } });
  return group?.id ?? null;
}

/** The plan's measures as loaded in the tree (archived ones are already left out). */
function measureIdsOf(plan: PlanWithTree): string[] {
  return plan.objectives.flatMap((o) => o.priorities.flatMap((p) => p.goals.flatMap((g) => g.measures.map((m) => m.id))));
}

async function loadObservations(db: Db, plan: PlanWithTree, periods: PlanPeriods, allStudentsId: string | null): Promise<DashboardObservation[]> {
  const measureIds = measureIdsOf(plan);
  if (!allStudentsId || measureIds.length === 0) return [];
  // Filtering by the measures' and the group's ids (not through Measure → Goal and StudentGroup)
  // lets PostgreSQL read only the rows it keeps, by (measureId, studentGroupId, state).
  const rows = await db.observation.findMany({
    where: {
      organizationId: plan.organizationId,
      measureId: { in: measureIds },
      studentGroupId: allStudentsId,
      // Submitted values are shown apart on the latest view; drafts and returns never reach the cabinet.
      state: { in: ['APPROVED', 'SUBMITTED'] },
    },
    select: { measureId: true, value: true, state: true, approvedAt: true, periodId: true },
  });
  return rows.flatMap((r) => {
    const period = periods.get(r.periodId);
    return period
      ? [{ measureId: r.measureId, value: r.value, state: r.state, approvedAt: r.approvedAt, periodLabel: period.label, periodEnd: period.endDate }]
      : [];
  });
}

type PlanPeriods = Map<string, { label: string; endDate: Date }>;

/**
 * Every period of the plan by id, in one query by plan: the values and updates name their
 * period by id, where a relation select would send one bound parameter per row.
 */
async function loadPlanPeriods(db: Db, plan: PlanWithTree): Promise<PlanPeriods> {
  const rows = await db.reportingPeriod.findMany({
    where: { planId: plan.id, organizationId: plan.organizationId },
    select: { id: true, label: true, endDate: true },
  });
  return new Map(rows.map((p) => [p.id, { label: p.label, endDate: p.endDate }]));
}

async function loadUpdates(db: Db, plan: PlanWithTree, periods: PlanPeriods): Promise<DashboardUpdate[]> {
  const rows = await db.update.findMany({
    where: { organizationId: plan.organizationId, goal: { planId: plan.id, archivedAt: null }, state: { in: ['SUBMITTED', 'APPROVED'] } },
    select: { goalId: true, periodId: true, state: true, reportedStatus: true, submittedAt: true },
  });
  return rows.flatMap((u) => {
    const period = periods.get(u.periodId);
    return period ? [{ ...u, periodLabel: period.label, periodEnd: period.endDate }] : [];
  });
}

/** The divisions owning goals of the plan, and "No division" when some goal has no owner yet. */
function divisionOptionsOf(plan: PlanWithTree, divisions: { id: string; name: string }[]) {
  const goals = plan.objectives.flatMap((o) => o.priorities.flatMap((p) => p.goals));
  const owning = divisions.filter((d) => goals.some((g) => g.divisionId === d.id));
  return goals.some((g) => g.divisionId === null) ? [...owning, { id: NO_DIVISION, name: 'No division' }] : owning;
}

/** Each measure's target versions, for judging every period against the target in force then. */
function targetVersionsOf(plan: PlanWithTree): TargetVersionsOf {
  const stored = new Map(
    plan.objectives.flatMap((o) => o.priorities.flatMap((p) => p.goals.flatMap((g) => g.measures.map((m) => [m.id, m.targetVersions] as const)))),
  );
  return (measure) => measureVersions(measure, stored.get(measure.id) ?? []);
}

/** Starts every read the dashboard needs; each query runs once however many consumers await it. */
function startReads(dbReady: Promise<Db>, actor: Actor, search: DashboardSearch) {
  const tree = dbReady.then((db) => loadTree(db, actor, search.plan));
  const planPeriods = Promise.all([dbReady, tree]).then(([db, plan]) => loadPlanPeriods(db, plan));
  const allStudents = dbReady.then((db) => loadAllStudentsGroupId(db, actor.organizationId));
  const reads = {
    db: dbReady,
    tree,
    periods: Promise.all([dbReady, tree]).then(([db, plan]) => loadPeriods(db, plan)),
    divisions: dbReady.then((db) =>
      db.division.findMany({
        where: { organizationId: actor.organizationId },
        orderBy: { name: 'asc' },
        select: { id: true, name: true },
      }),
    ),
    planPeriods,
    observations: Promise.all([dbReady, tree, planPeriods, allStudents]).then(([db, plan, byId, allId]) => loadObservations(db, plan, byId, allId)),
    updates: Promise.all([dbReady, tree, planPeriods]).then(([db, plan, byId]) => loadUpdates(db, plan, byId)),
  };
  for (const p of Object.values(reads)) if (p instanceof Promise) p.catch(() => undefined);
  return reads;
}

/** Returns one promise per widget, so each widget streams as soon as its own data is in. */
export function loadDashboard(actor: Actor | null, search: DashboardSearch, now = new Date()): DashboardParts {
  assertCan(actor, 'plan:read');
  return partsFrom(startReads(readDb(), actor, search), search, now);
}

function partsFrom(reads: ReturnType<typeof startReads>, search: DashboardSearch, now: Date): DashboardParts {
  const { tree, periods, divisions, observations, updates } = reads;
  const context = Promise.all([tree, periods, divisions]).then(([plan, quarters, divisionRows]): DashboardContext => {
    const chosen = choosePeriods(quarters, search.period, now);
    return {
      plan: planHeader(plan),
      filters: { ...search, ...(chosen.selected ? {} : { period: undefined }) },
      period: chosen.selected,
      previousPeriod: chosen.previous,
      periodOptions: chosen.options.map((p) => ({ code: p.code, label: p.label })).reverse(),
      objectiveOptions: plan.objectives.map((o) => ({ id: o.id, name: o.name })),
      goalCount: plan.objectives.reduce((n, o) => n + o.priorities.reduce((m, p) => m + p.goals.length, 0), 0),
      divisionOptions: divisionOptionsOf(plan, divisionRows),
      threshold: plan.atRiskThreshold,
    };
  });

  // Statuses need the tree and the values only: computed once, for the status widgets and
  // again (with the updates) for "needs attention", not once per widget.
  const base = Promise.all([tree, periods, observations]).then(([plan, quarters, obs]) => {
    const chosen = choosePeriods(quarters, search.period, now);
    const input = {
      objectives: plan.objectives,
      threshold: plan.atRiskThreshold,
      observations: obs,
      cutoff: chosen.selected ? cutoffForPeriod(chosen.selected) : latestCutoff(now),
      previousCutoff: chosen.previous ? cutoffForPeriod(chosen.previous) : null,
      now,
      includePending: !chosen.selected,
      filters: search,
      targetVersions: targetVersionsOf(plan),
    };
    return { chosen, input, statuses: goalStatusesOf(input) };
  });
  const view = async (withUpdates: boolean) => {
    const [{ chosen, input, statuses }, upd] = await Promise.all([base, withUpdates ? updates : []]);
    return buildDashboardView({ ...input, statuses, updates: upd, duePeriod: withUpdates ? chosen.due : null });
  };
  const parts: DashboardParts = { context, status: view(false), attention: view(true) };
  // A widget that is never rendered must not leave an unhandled rejection behind.
  for (const p of Object.values(parts)) p.catch(() => undefined);
  return parts;
}

/** Everything at once, for the board report, the CSV and tests. */
export async function getDashboard(actor: Actor | null, search: DashboardSearch, now = new Date()) {
  const parts = loadDashboard(actor, search, now);
  const [context, view] = await Promise.all([parts.context, parts.attention]);
  return { ...context, ...view };
}

export interface BoardReportMeasure {
  id: string;
  name: string;
  unit: MeasureUnit;
  decimals: number;
  status: MeasureStatus;
  latest: { value: number; periodLabel: string } | null;
  expected: number | null;
  finalTarget: number | null;
  targetSentence: string;
  /** Approved values as of the report's period, and the target path, for the small chart. */
  points: { t: number; value: number }[];
  path: { t: number; value: number }[];
}

export interface BoardReportGoal {
  id: string;
  code: string;
  title: string;
  priorityName: string;
  divisionName: string | null;
  status: MeasureStatus;
  measures: BoardReportMeasure[];
  narrative: { periodLabel: string; text: string } | null;
}

export interface BoardReport extends DashboardContext {
  counts: DashboardView['counts'];
  objectives: (DashboardView['objectives'][number] & { number: number; goals: BoardReportGoal[] })[];
}

/** The whole plan for a board meeting, as of the dashboard's period and filters. */
export async function getBoardReport(actor: Actor | null, search: DashboardSearch, now = new Date()): Promise<BoardReport> {
  assertCan(actor, 'plan:read');
  const reads = startReads(readDb(), actor, search);
  const parts = partsFrom(reads, search, now);
  const narratives = Promise.all([reads.tree, reads.planPeriods]).then(async ([plan, periods]) => {
    const rows = await (await reads.db).update.findMany({
      where: { organizationId: plan.organizationId, goal: { planId: plan.id, archivedAt: null }, state: { in: ['SUBMITTED', 'APPROVED'] }, narrative: { not: '' } },
      select: { goalId: true, narrative: true, state: true, submittedAt: true, periodId: true },
    });
    return rows.flatMap((u) => {
      const period = periods.get(u.periodId);
      return period ? [{ ...u, period }] : [];
    });
  });
  const [context, view, plan, observations, updateRows] = await Promise.all([parts.context, parts.status, reads.tree, reads.observations, narratives]);
  const cutoff = context.period ? cutoffForPeriod(context.period) : latestCutoff(now);
  const measureRows = new Map(plan.objectives.flatMap((o) => o.priorities.flatMap((p) => p.goals.flatMap((g) => g.measures.map((m) => [m.id, m] as const)))));
  const approvedByMeasure = groupBy(approvedAsOf(observations, cutoff), (o) => o.measureId);
  const narrativeByGoal = groupBy(
    updatesAsOf(
      updateRows.map((u) => ({ ...u, periodEnd: u.period.endDate })),
      cutoff,
    ),
    (u) => u.goalId,
  );

  const goalOf = (g: DashboardGoal): BoardReportGoal => {
    const latestNarrative = (narrativeByGoal.get(g.id) ?? []).sort((a, b) => b.periodEnd.getTime() - a.periodEnd.getTime())[0];
    return {
      id: g.id,
      code: g.code,
      title: g.title,
      priorityName: g.priorityName,
      divisionName: g.divisionName,
      status: g.status,
      narrative: latestNarrative ? { periodLabel: latestNarrative.period.label, text: latestNarrative.narrative } : null,
      measures: g.measures.map((m) => {
        const row = measureRows.get(m.id);
        const path = row ? pathInForce(row, row.targetVersions) : [];
        return {
          id: m.id,
          name: m.name,
          unit: m.unit,
          decimals: m.decimals,
          status: m.status.status,
          latest: m.latestApproved ? { value: m.latestApproved.value, periodLabel: m.latestApproved.periodLabel } : null,
          expected: m.status.expected,
          finalTarget: m.status.final,
          targetSentence: m.targetSentence,
          points: (approvedByMeasure.get(m.id) ?? [])
            .map((o) => ({ t: o.periodEnd.getTime(), value: o.value }))
            .sort((a, b) => a.t - b.t),
          path: path.map((p) => ({ t: p.date.getTime(), value: p.value })),
        };
      }),
    };
  };

  return {
    ...context,
    counts: view.counts,
    objectives: view.objectives.map((o) => ({
      ...o,
      number: context.objectiveOptions.findIndex((x) => x.id === o.id) + 1,
      goals: view.goals.filter((g) => g.objectiveId === o.id).map(goalOf),
    })),
  };
}
