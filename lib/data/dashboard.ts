// The cabinet dashboard's reads: the plan tree, its reporting quarters, its approved
// All-students values and its updates — each loaded once, in a fixed number of queries
// whatever the plan's size — and the figures built from them as of the chosen period.
import 'server-only';
import { cutoffForPeriod, latestCutoff } from '@/lib/as-of';
import {
  buildDashboardView,
  choosePeriods,
  type DashboardObservation,
  type DashboardPeriod,
  type DashboardUpdate,
  type DashboardView,
} from '@/lib/dashboard-view';
import { getDb } from '@/lib/db';
import type { Db } from '@/lib/db/client';
import { findPlanTree, planHeader, type PlanHeader, type PlanWithTree } from '@/lib/data/plan-tree';
import { AppError } from '@/lib/errors';
import { assertCan, type Actor } from '@/lib/permissions';
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
  const plan = await findPlanTree(db, {
    organizationId: actor.organizationId,
    ...(planSlug ? { slug: planSlug } : { status: { not: 'ARCHIVED' } }),
  });
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

async function loadObservations(db: Db, plan: PlanWithTree): Promise<DashboardObservation[]> {
  const rows = await db.observation.findMany({
    where: {
      organizationId: plan.organizationId,
      measure: { goal: { planId: plan.id } },
      studentGroup: { isAll: true },
      // Submitted values are shown apart on the latest view; drafts and returns never reach the cabinet.
      state: { in: ['APPROVED', 'SUBMITTED'] },
    },
    select: { measureId: true, value: true, state: true, approvedAt: true, period: { select: { label: true, endDate: true } } },
  });
  return rows.map((r) => ({
    measureId: r.measureId,
    value: r.value,
    state: r.state,
    approvedAt: r.approvedAt,
    periodLabel: r.period.label,
    periodEnd: r.period.endDate,
  }));
}

async function loadUpdates(db: Db, plan: PlanWithTree): Promise<DashboardUpdate[]> {
  const rows = await db.update.findMany({
    where: { organizationId: plan.organizationId, goal: { planId: plan.id }, state: { in: ['SUBMITTED', 'APPROVED'] } },
    select: {
      goalId: true,
      periodId: true,
      state: true,
      reportedStatus: true,
      submittedAt: true,
      period: { select: { label: true, endDate: true } },
    },
  });
  return rows.map((u) => ({
    goalId: u.goalId,
    periodId: u.periodId,
    periodLabel: u.period.label,
    periodEnd: u.period.endDate,
    state: u.state,
    reportedStatus: u.reportedStatus,
    submittedAt: u.submittedAt,
  }));
}

/**
 * Starts every read the dashboard needs and returns one promise per widget, so each widget
 * streams as soon as its own data is in. Every query runs once, however many widgets await it.
 */
export function loadDashboard(actor: Actor | null, search: DashboardSearch, now = new Date()): DashboardParts {
  assertCan(actor, 'plan:read');
  const db = getDb();
  const tree = loadTree(db, actor, search.plan);
  const periods = tree.then((plan) => loadPeriods(db, plan));
  const divisions = db.division.findMany({
    where: { organizationId: actor.organizationId },
    orderBy: { name: 'asc' },
    select: { id: true, name: true },
  });
  const observations = tree.then((plan) => loadObservations(db, plan));
  const updates = tree.then((plan) => loadUpdates(db, plan));

  const context = Promise.all([tree, periods, divisions]).then(([plan, quarters, divisionRows]): DashboardContext => {
    const chosen = choosePeriods(quarters, search.period, now);
    return {
      plan: planHeader(plan),
      filters: { ...search, ...(chosen.selected ? {} : { period: undefined }) },
      period: chosen.selected,
      previousPeriod: chosen.previous,
      periodOptions: chosen.options.map((p) => ({ code: p.code, label: p.label })).reverse(),
      objectiveOptions: plan.objectives.map((o) => ({ id: o.id, name: o.name })),
      divisionOptions: divisionRows.filter((d) => plan.objectives.some((o) => o.priorities.some((p) => p.goals.some((g) => g.divisionId === d.id)))),
      threshold: plan.atRiskThreshold,
    };
  });

  const view = async (withUpdates: boolean) => {
    const [plan, quarters, obs, upd] = await Promise.all([tree, periods, observations, withUpdates ? updates : []]);
    const chosen = choosePeriods(quarters, search.period, now);
    return buildDashboardView({
      objectives: plan.objectives,
      threshold: plan.atRiskThreshold,
      observations: obs,
      updates: upd,
      cutoff: chosen.selected ? cutoffForPeriod(chosen.selected) : latestCutoff(now),
      previousCutoff: chosen.previous ? cutoffForPeriod(chosen.previous) : null,
      duePeriod: withUpdates ? chosen.due : null,
      now,
      includePending: !chosen.selected,
      filters: search,
    });
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
