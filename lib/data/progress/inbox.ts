// What waits for the signed-in person: a division's to-do list of goals × reporting periods,
// and the counts the header shows (updates due, returned, waiting for review).
import 'server-only';
import { readDb } from '@/lib/db';
import { assertCan, type Actor } from '@/lib/permissions';
import { belongsOnTodoList, daysBetween, inboxStatus, needsAction, type InboxStatus, type ReviewState } from '@/lib/data/progress/rules';
import { LIVE } from '@/lib/data/core/archived';

export interface TodoRow {
  goal: { id: string; code: string; title: string };
  planName: string;
  period: { id: string; label: string; dueDate: string; closed: boolean };
  status: InboxStatus;
  /** The update's review state, null when none has been started. */
  state: ReviewState | null;
  /** Days until the due date; negative when overdue. */
  dueInDays: number;
  updatedAt: string | null;
  updatedByName: string | null;
  reviewerComment: string;
}

export interface TodoList {
  /** Every goal the division owns in an active plan. */
  goals: { id: string; code: string; title: string }[];
  rows: TodoRow[];
}

const reportsProgress = (actor: Actor) => (actor.role === 'LEAD' || actor.role === 'STAFF') && actor.divisionId !== null;

/** The division's goals × current and unfinished quarters, what is due first coming first. */
export async function listTodo(actor: Actor | null, today = new Date()): Promise<TodoList> {
  assertCan(actor, 'plan:read');
  if (!reportsProgress(actor)) return { goals: [], rows: [] };
  const db = await readDb();
  const goals = await db.goal.findMany({
    // Divisions report on the plan in force: not on one still being drafted, nor an archived one.
    where: { organizationId: actor.organizationId, divisionId: actor.divisionId, ...LIVE, plan: { status: 'ACTIVE' } },
    select: { id: true, code: true, title: true, planId: true, plan: { select: { name: true } } },
    orderBy: { code: 'asc' },
  });
  const planIds = [...new Set(goals.map((g) => g.planId))];
  const [periods, updates] = await Promise.all([
    db.reportingPeriod.findMany({ where: { planId: { in: planIds }, kind: 'QUARTER' }, orderBy: { dueDate: 'asc' } }),
    db.update.findMany({
      where: { goalId: { in: goals.map((g) => g.id) } },
      select: { goalId: true, periodId: true, state: true, updatedAt: true, reviewerComment: true, updatedBy: { select: { name: true } } },
    }),
  ]);
  const updateOf = new Map(updates.map((u) => [`${u.goalId}/${u.periodId}`, u]));
  const rows: TodoRow[] = [];
  for (const goal of goals) {
    for (const period of periods.filter((p) => p.planId === goal.planId)) {
      const update = updateOf.get(`${goal.id}/${period.id}`);
      const state = (update?.state ?? null) as ReviewState | null;
      if (!belongsOnTodoList(period, state, today)) continue;
      rows.push({
        goal: { id: goal.id, code: goal.code, title: goal.title },
        planName: goal.plan.name,
        period: { id: period.id, label: period.label, dueDate: period.dueDate.toISOString(), closed: period.closed },
        status: inboxStatus(state, period.dueDate, today),
        state,
        dueInDays: daysBetween(today, period.dueDate),
        updatedAt: update?.updatedAt.toISOString() ?? null,
        updatedByName: update?.updatedBy?.name ?? null,
        reviewerComment: state === 'RETURNED' ? (update?.reviewerComment ?? '') : '',
      });
    }
  }
  // What is due first comes first; within a period, by goal.
  rows.sort((a, b) => a.period.dueDate.localeCompare(b.period.dueDate) || a.goal.code.localeCompare(b.goal.code));
  return { goals: goals.map((g) => ({ id: g.id, code: g.code, title: g.title })), rows };
}

export interface WaitingCounts {
  /** Updates the division still has to write or finish (not started, draft, overdue). */
  due: number;
  /** Updates sent back to the division with a comment. */
  returned: number;
  /** Submitted updates waiting for the actor to review. */
  review: number;
}

export async function getWaitingCounts(actor: Actor | null, today = new Date()): Promise<WaitingCounts> {
  assertCan(actor, 'plan:read');
  if (actor.role === 'ADMIN' || actor.role === 'CABINET') {
    const review = await (await readDb()).update.count({ where: { organizationId: actor.organizationId, state: 'SUBMITTED', goal: LIVE } });
    return { due: 0, returned: 0, review };
  }
  const { rows } = await listTodo(actor, today);
  return {
    due: rows.filter((r) => needsAction(r.status) && r.status !== 'RETURNED').length,
    returned: rows.filter((r) => r.status === 'RETURNED').length,
    review: 0,
  };
}
