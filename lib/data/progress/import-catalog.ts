// What an observation import reads from the database: the administrator's plan, its catalog
// (measures, periods, student groups) and the values already stored. findPlan is the guard:
// plan administrators of the plan's own organization only.
import 'server-only';
import type { Db, Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { rowKey, indexCatalog, type CatalogIndex } from '@/lib/data/progress/import-format';
import type { StoredValue } from '@/lib/data/progress/import-check';
import { assertAdmin, type Actor } from '@/lib/permissions';

export type PlanRow = { id: string; name: string; slug: string; status: 'DRAFT' | 'ACTIVE' | 'ARCHIVED'; organizationId: string };

export async function findPlan(db: Db | Tx, actor: Actor | null, planSlug: string): Promise<PlanRow> {
  assertAdmin(actor);
  // Scoped to the actor's organization: another tenant's plan is simply not found.
  const plan = await db.plan.findFirst({
    where: { organizationId: actor.organizationId, slug: planSlug },
    select: { id: true, name: true, slug: true, status: true, organizationId: true },
  });
  if (!plan) throw new AppError('NOT_FOUND', `Your organization has no plan "${planSlug}".`);
  return plan;
}

export async function loadCatalog(db: Db | Tx, plan: PlanRow): Promise<CatalogIndex> {
  const [measures, periods, groups] = await Promise.all([
    db.measure.findMany({
      where: { organizationId: plan.organizationId, goal: { planId: plan.id } },
      include: {
        studentGroups: { select: { studentGroupId: true } },
        goal: {
          select: {
            code: true,
            position: true,
            archivedAt: true,
            priority: { select: { position: true, archivedAt: true, objective: { select: { position: true, archivedAt: true } } } },
          },
        },
      },
    }),
    db.reportingPeriod.findMany({ where: { planId: plan.id, organizationId: plan.organizationId }, orderBy: [{ endDate: 'asc' }, { kind: 'asc' }] }),
    db.studentGroup.findMany({ where: { organizationId: plan.organizationId }, orderBy: { position: 'asc' } }),
  ]);
  // In the plan's order: objective, priority, goal, measure.
  const order = (m: (typeof measures)[number]) => [m.goal.priority.objective.position, m.goal.priority.position, m.goal.position, m.position];
  measures.sort((a, b) => {
    const x = order(a);
    const y = order(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return 0;
  });
  return indexCatalog({
    measures: measures.map((m) => ({
      id: m.id,
      goalId: m.goalId,
      goalCode: m.goal.code,
      code: m.code,
      name: m.name,
      unit: m.unit,
      decimals: m.decimals,
      cadence: m.cadence,
      disaggregated: m.disaggregated,
      groupIds: new Set(m.studentGroups.map((g) => g.studentGroupId)),
      archived: Boolean(m.archivedAt || m.goal.archivedAt || m.goal.priority.archivedAt || m.goal.priority.objective.archivedAt),
    })),
    periods: periods.map((p) => ({
      id: p.id,
      code: p.code,
      label: p.label,
      kind: p.kind,
      startDate: p.startDate,
      endDate: p.endDate,
      closed: p.closed,
    })),
    groups: groups.map((g) => ({ id: g.id, code: g.code, name: g.name, isAll: g.isAll })),
  });
}

export async function loadStoredValues(db: Db | Tx, plan: PlanRow): Promise<Map<string, StoredValue>> {
  const rows = await db.observation.findMany({
    where: { organizationId: plan.organizationId, measure: { goal: { planId: plan.id } } },
    select: {
      id: true,
      measureId: true,
      periodId: true,
      studentGroupId: true,
      reportedPeriodId: true,
      value: true,
      n: true,
      update: { select: { state: true, period: { select: { label: true } } } },
    },
  });
  return new Map(
    rows.map((o) => [
      rowKey(o),
      {
        id: o.id,
        measureId: o.measureId,
        periodId: o.periodId,
        studentGroupId: o.studentGroupId,
        reportedPeriodId: o.reportedPeriodId,
        value: o.value,
        n: o.n,
        update: o.update ? { state: o.update.state, periodLabel: o.update.period.label } : null,
      },
    ]),
  );
}

/** The quarter a template proposes: the latest open quarter that has started, else the first open one. */
export function templateQuarter(index: CatalogIndex, now: Date) {
  const open = index.catalog.periods.filter((p) => p.kind === 'QUARTER' && !p.closed);
  return open.filter((p) => p.startDate.getTime() <= now.getTime()).at(-1) ?? open[0] ?? null;
}
