// Reporting periods as administrators manage them: list a plan's periods with how many
// updates each holds, close or reopen one (reopening needs a reason), and move its due date
// (never before the period ends). Audited.
import 'server-only';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertCan, type Actor } from '@/lib/permissions';
import { parseOrThrow } from '@/lib/data/core/validation';
import { periodStateSchema } from '@/lib/data/progress/fields';
import { periodDueDateSchema } from '@/lib/data/organization/fields';
import { formatDate } from '@/lib/labels';
import { LIVE } from '@/lib/data/core/archived';

export interface PeriodRow {
  id: string;
  code: string;
  label: string;
  kind: 'QUARTER' | 'SCHOOL_YEAR';
  startDate: string;
  endDate: string;
  dueDate: string;
  closed: boolean;
  updates: { draft: number; submitted: number; returned: number; approved: number };
}

export interface PlanPeriods {
  plan: { id: string; name: string; slug: string };
  plans: { slug: string; name: string }[];
  periods: PeriodRow[];
  goalCount: number;
}

/** The reporting periods of one plan of the actor's organization (its current plan by default). */
export async function listPlanPeriods(actor: Actor | null, planSlug?: string): Promise<PlanPeriods> {
  assertCan(actor, 'period:manage', { organizationId: actor?.organizationId ?? '' });
  const db = getDb();
  const plans = await db.plan.findMany({
    where: { organizationId: actor.organizationId, status: { not: 'ARCHIVED' } },
    orderBy: { cycleStart: 'desc' },
    select: { id: true, slug: true, name: true, status: true },
  });
  // The plan in force first, then drafts of the next cycle.
  plans.sort((a, b) => Number(b.status === 'ACTIVE') - Number(a.status === 'ACTIVE'));
  const plan = planSlug ? plans.find((p) => p.slug === planSlug) : plans[0];
  if (!plan) throw new AppError('NOT_FOUND');
  const [periods, counts, goalCount] = await Promise.all([
    db.reportingPeriod.findMany({ where: { planId: plan.id }, orderBy: [{ endDate: 'asc' }, { kind: 'asc' }] }),
    db.update.groupBy({ by: ['periodId', 'state'], where: { goal: { planId: plan.id, ...LIVE } }, _count: { _all: true } }),
    db.goal.count({ where: { planId: plan.id, ...LIVE } }),
  ]);
  const countOf = (periodId: string, state: string) =>
    counts.find((c) => c.periodId === periodId && c.state === state)?._count._all ?? 0;
  return {
    plan,
    plans: plans.map((p) => ({ slug: p.slug, name: p.name })),
    goalCount,
    periods: periods.map((p) => ({
      id: p.id,
      code: p.code,
      label: p.label,
      kind: p.kind,
      startDate: p.startDate.toISOString(),
      endDate: p.endDate.toISOString(),
      dueDate: p.dueDate.toISOString(),
      closed: p.closed,
      updates: {
        draft: countOf(p.id, 'DRAFT'),
        submitted: countOf(p.id, 'SUBMITTED'),
        returned: countOf(p.id, 'RETURNED'),
        approved: countOf(p.id, 'APPROVED'),
      },
    })),
  };
}

/** Closes a period to reporting, or reopens it (with a reason). */
export async function setPeriodClosed(actor: Actor | null, raw: unknown): Promise<{ periodId: string; closed: boolean }> {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  assertCan(actor, 'period:manage', { organizationId: actor.organizationId });
  const input = parseOrThrow(periodStateSchema, raw);
  return getDb().$transaction(async (tx) => {
    const period = await tx.reportingPeriod.findFirst({ where: { id: input.periodId, organizationId: actor.organizationId } });
    if (!period) throw new AppError('NOT_FOUND');
    if (period.closed === input.closed) {
      throw new AppError('INVALID_STATE', `${period.label} is already ${period.closed ? 'closed' : 'open'}.`);
    }
    await tx.reportingPeriod.update({ where: { id: period.id }, data: { closed: input.closed } });
    await tx.auditEvent.create({
      data: {
        organizationId: period.organizationId,
        actorId: actor.id,
        action: input.closed ? 'period.close' : 'period.reopen',
        entityType: 'ReportingPeriod',
        entityId: period.id,
        before: { closed: period.closed, label: period.label },
        after: { closed: input.closed, label: period.label, ...(input.reason ? { reason: input.reason } : {}) },
      },
    });
    return { periodId: period.id, closed: input.closed };
  });
}

/** Moves a period's due date; it must fall on or after the period's last day. */
export async function setPeriodDueDate(actor: Actor | null, raw: unknown): Promise<{ periodId: string; dueDate: string }> {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  assertCan(actor, 'period:manage', { organizationId: actor.organizationId });
  const input = parseOrThrow(periodDueDateSchema, raw);
  const dueDate = new Date(`${input.dueDate}T00:00:00Z`);
  return getDb().$transaction(async (tx) => {
    const period = await tx.reportingPeriod.findFirst({ where: { id: input.periodId, organizationId: actor.organizationId } });
    if (!period) throw new AppError('NOT_FOUND');
    if (dueDate.getTime() < period.endDate.getTime()) {
      throw new AppError('VALIDATION', undefined, {
        dueDate: [`${period.label} ends on ${formatDate(period.endDate)}: the due date must be on or after that day.`],
      });
    }
    await tx.reportingPeriod.update({ where: { id: period.id }, data: { dueDate } });
    await tx.auditEvent.create({
      data: {
        organizationId: period.organizationId,
        actorId: actor.id,
        action: 'period.due_date',
        entityType: 'ReportingPeriod',
        entityId: period.id,
        before: { dueDate: period.dueDate.toISOString().slice(0, 10), label: period.label },
        after: { dueDate: input.dueDate, label: period.label },
      },
    });
    return { periodId: period.id, dueDate: input.dueDate };
  });
}
