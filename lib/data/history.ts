// A goal's history for signed-in readers: every audit event about its updates, the goal and its
// measures (those it has, and those moved away or deleted), newest first, with who, when, and each
// change before → after in words. Its priority's and objective's own events (a rename, a move)
// are theirs, not the goal's, and are left out.
import 'server-only';
import { readDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { describeStructureEvent, isStructureEvent } from '@/lib/data/structure/describe';
import { actionLabel, describeChanges, type HistoryChange } from '@/lib/history';
import { assertCan, type Actor } from '@/lib/permissions';
import { LIVE } from '@/lib/data/core/archived';

export interface HistoryEntry {
  id: string;
  at: string;
  actorName: string;
  action: string;
  actionLabel: string;
  periodLabel: string | null;
  reason: string | null;
  changes: HistoryChange[];
}

export async function getGoalHistory(actor: Actor | null, goalId: string): Promise<HistoryEntry[]> {
  assertCan(actor, 'audit:read');
  const db = await readDb();
  const goal = await db.goal.findFirst({
    where: { id: goalId, organizationId: actor.organizationId, ...LIVE },
    select: {
      id: true,
      planId: true,
      updates: { select: { id: true, period: { select: { label: true } } } },
      measures: { select: { id: true, name: true } },
      plan: {
        select: {
          objectives: { select: { id: true, name: true } },
          goals: { select: { id: true, code: true, title: true, measures: { select: { id: true, name: true } } } },
        },
      },
    },
  });
  if (!goal) throw new AppError('NOT_FOUND');
  const updatePeriod = new Map(goal.updates.map((u) => [u.id, u.period.label]));
  const measureIds = goal.measures.map((m) => m.id);
  const [events, groups, periods, priorities, divisions] = await Promise.all([
    db.auditEvent.findMany({
      where: {
        organizationId: actor.organizationId,
        OR: [
          { entityType: 'Update', entityId: { in: [...updatePeriod.keys()] } },
          { entityType: 'Goal', entityId: goal.id },
          { entityType: 'Measure', entityId: { in: measureIds } },
          // A measure moved to another goal (its history goes with it) or deleted is gone from the
          // goal; the event that took it away is not. The outline's snapshots name the parent, the form's the goal.
          { entityType: 'Measure', action: { in: ['measure.move', 'measure.delete'] }, before: { path: ['parentId'], equals: goal.id } },
          { entityType: 'Measure', before: { path: ['goalId'], equals: goal.id }, after: { path: ['goalId'], not: goal.id } },
        ],
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      include: { actor: { select: { name: true } } },
      take: 500,
    }),
    db.studentGroup.findMany({ where: { organizationId: actor.organizationId }, select: { id: true, name: true } }),
    db.reportingPeriod.findMany({ where: { planId: goal.planId }, select: { id: true, label: true } }),
    db.priority.findMany({ where: { organizationId: actor.organizationId, objective: { planId: goal.planId } }, select: { id: true, name: true } }),
    db.division.findMany({ where: { organizationId: actor.organizationId }, select: { id: true, name: true } }),
  ]);
  const names = {
    measures: new Map(goal.measures.map((m) => [m.id, m.name])),
    groups: new Map(groups.map((g) => [g.id, g.name])),
    periods: new Map(periods.map((p) => [p.id, p.label])),
  };
  const structureNames = {
    objectives: new Map(goal.plan.objectives.map((o) => [o.id, o.name])),
    priorities: new Map(priorities.map((p) => [p.id, p.name])),
    goals: new Map(goal.plan.goals.map((g) => [g.id, `${g.code} ${g.title}`])),
    // The plan's: a measure that moved to another goal is still named.
    measures: new Map(goal.plan.goals.flatMap((g) => g.measures.map((m) => [m.id, m.name]))),
    divisions: new Map(divisions.map((d) => [d.id, d.name])),
    groups: names.groups,
  };
  return events.map((e) => {
    const before = (e.before ?? null) as Record<string, unknown> | null;
    const after = (e.after ?? null) as Record<string, unknown> | null;
    const who = { id: e.id, at: e.createdAt.toISOString(), actorName: e.actor?.name ?? 'System', action: e.action };
    if (isStructureEvent(e.action)) {
      return { ...who, periodLabel: null, ...describeStructureEvent({ ...e, before, after }, structureNames) };
    }
    return {
      ...who,
      actionLabel: actionLabel(e.action),
      periodLabel: e.entityType === 'Update' ? (updatePeriod.get(e.entityId) ?? null) : null,
      reason: typeof after?.reason === 'string' ? after.reason : null,
      changes: describeChanges(before, after, names),
    };
  });
}
