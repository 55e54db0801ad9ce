// The /admin overview: counts of the organization's plans, people, divisions, student groups,
// periods and imports, for its administrators only, and what to do next (lib/admin-next-steps.ts).
import 'server-only';
import { adminNextSteps, type AdminCounts, type NextStep } from '@/lib/admin-next-steps';
import { getDb } from '@/lib/db';
import { assertAdmin, type Actor } from '@/lib/permissions';
import { LIVE } from '@/lib/data/core/archived';

export interface RecentImport {
  id: string;
  kind: 'plan' | 'values';
  at: string;
  by: string | null;
  summary: string;
}

export interface AdminOverview {
  counts: AdminCounts;
  nextSteps: NextStep[];
  recentImports: RecentImport[];
}

function importSummary(action: string, after: unknown): string {
  const a = (after ?? {}) as Record<string, unknown>;
  if (action === 'plan.import') return `Plan “${String(a.name ?? a.slug ?? '')}”: ${Number(a.goals ?? 0)} goals, ${Number(a.observations ?? 0)} values`;
  const parts = [a.fileName ? `${String(a.fileName)}` : 'CSV values', a.created !== undefined ? `${Number(a.created)} new` : '', a.changed !== undefined ? `${Number(a.changed)} changed` : ''];
  return parts.filter(Boolean).join(', ');
}

export async function getAdminOverview(actor: Actor | null, today = new Date()): Promise<AdminOverview> {
  assertAdmin(actor);
  const organizationId = actor.organizationId;
  const db = getDb();
  const [plans, people, divisions, studentGroups, waitingForReview, imports] = await Promise.all([
    db.plan.findMany({
      where: { organizationId },
      select: { id: true, slug: true, name: true, status: true, published: true, cycleStart: true },
      orderBy: { cycleStart: 'desc' },
    }),
    db.user.findMany({ where: { organizationId }, select: { active: true, passwordHash: true } }),
    db.division.count({ where: { organizationId } }),
    db.studentGroup.count({ where: { organizationId } }),
    db.update.count({ where: { organizationId, state: 'SUBMITTED', goal: LIVE } }),
    db.auditEvent.findMany({
      where: { organizationId, entityType: 'Plan', action: { in: ['plan.import', 'observations.import'] } },
      orderBy: { createdAt: 'desc' },
      take: 5,
      select: { id: true, action: true, createdAt: true, after: true, actor: { select: { name: true } } },
    }),
  ]);
  // The dashboard's plan: the active one whose cycle starts last, else the newest draft.
  const current = plans.find((p) => p.status === 'ACTIVE') ?? plans.find((p) => p.status === 'DRAFT') ?? null;
  const activeIds = plans.filter((p) => p.status === 'ACTIVE').map((p) => p.id);
  const [goals, goalsWithoutDivision, measures, values, overdue, nextDue] = await Promise.all([
    current ? db.goal.count({ where: { planId: current.id, ...LIVE } }) : 0,
    current ? db.goal.count({ where: { planId: current.id, ...LIVE, divisionId: null } }) : 0,
    current ? db.measure.count({ where: { goal: { planId: current.id, ...LIVE }, ...LIVE } }) : 0,
    current ? db.observation.count({ where: { measure: { goal: { planId: current.id } } } }) : 0,
    db.reportingPeriod.count({ where: { planId: { in: activeIds }, kind: 'QUARTER', closed: false, dueDate: { lt: today } } }),
    db.reportingPeriod.findFirst({
      where: { planId: { in: activeIds }, kind: 'QUARTER', closed: false, dueDate: { gte: today } },
      orderBy: { dueDate: 'asc' },
      select: { label: true, dueDate: true },
    }),
  ]);
  const counts: AdminCounts = {
    plans: {
      total: plans.length,
      active: plans.filter((p) => p.status === 'ACTIVE').length,
      draft: plans.filter((p) => p.status === 'DRAFT').length,
      archived: plans.filter((p) => p.status === 'ARCHIVED').length,
      published: plans.filter((p) => p.published).length,
    },
    currentPlan: current
      ? { slug: current.slug, name: current.name, status: current.status, published: current.published, goals, measures, values }
      : null,
    people: {
      active: people.filter((u) => u.active && u.passwordHash !== null).length,
      invited: people.filter((u) => u.active && u.passwordHash === null).length,
      deactivated: people.filter((u) => !u.active).length,
    },
    divisions,
    goalsWithoutDivision,
    studentGroups,
    periods: { overdue, nextDue: nextDue ? { label: nextDue.label, dueDate: nextDue.dueDate.toISOString() } : null },
    waitingForReview,
  };
  return {
    counts,
    nextSteps: adminNextSteps(counts),
    recentImports: imports.map((e) => ({
      id: e.id,
      kind: e.action === 'plan.import' ? 'plan' : 'values',
      at: e.createdAt.toISOString(),
      by: e.actor?.name ?? null,
      summary: importSummary(e.action, e.after),
    })),
  };
}
