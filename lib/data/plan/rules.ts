// Plan administration rules that need no database: the status a plan may move to and what a
// change of cycle dates does to its reporting periods. Pure; the plan aggregate's commands
// (settings.ts, status.ts) apply them.
import { STATUS_WORDS, type PlanStatus } from '@/lib/data/plan/fields';
import { periodsForCycle, type PeriodSpec } from '@/lib/periods';

export interface StatusChange {
  to: PlanStatus;
  /** The button's words, e.g. "Make active". */
  verb: string;
  /** What the change does, shown before the administrator confirms. */
  consequence: string;
}

const CHANGES: Record<PlanStatus, StatusChange[]> = {
  DRAFT: [
    {
      to: 'ACTIVE',
      verb: 'Make active',
      consequence: 'Divisions report their quarterly progress on an active plan, and the dashboard can open it.',
    },
    {
      to: 'ARCHIVED',
      verb: 'Archive',
      consequence: 'The draft is set aside: nobody reports on it, and it stays readable and can be made active later.',
    },
  ],
  ACTIVE: [
    {
      to: 'ARCHIVED',
      verb: 'Archive',
      consequence: 'The cycle is over: divisions no longer report on it; its updates and values are kept and stay readable.',
    },
    {
      to: 'DRAFT',
      verb: 'Return to draft',
      consequence: 'Divisions can no longer report on it until it is made active again.',
    },
  ],
  ARCHIVED: [
    {
      to: 'ACTIVE',
      verb: 'Make active again',
      consequence: 'Divisions can report progress on it again.',
    },
    {
      to: 'DRAFT',
      verb: 'Return to draft',
      consequence: 'It becomes a draft again, to be edited before it is made active.',
    },
  ],
};

/**
 * The status changes open to a plan. Going back to draft is only for a plan nobody has
 * reported on yet: a plan with updates was in force, and archiving it is the way out.
 */
export function statusChanges(from: PlanStatus, hasUpdates: boolean): StatusChange[] {
  return CHANGES[from].filter((c) => !(c.to === 'DRAFT' && hasUpdates));
}

/** Why a status change is refused, or null when it is allowed. */
export function statusChangeProblem(from: PlanStatus, to: PlanStatus, updates: number): string | null {
  if (from === to) return `The plan is already ${STATUS_WORDS[to].toLowerCase()}.`;
  if (statusChanges(from, updates > 0).some((c) => c.to === to)) return null;
  if (to === 'DRAFT') {
    return `Divisions have already reported on this plan (${updates} ${updates === 1 ? 'update' : 'updates'}), so it cannot go back to draft. Archive it instead.`;
  }
  return `A ${STATUS_WORDS[from].toLowerCase()} plan cannot become ${STATUS_WORDS[to].toLowerCase()}.`;
}

export interface ExistingPeriod {
  code: string;
  label: string;
  /** Updates reported in the period, and values as of or reported in it. */
  updates: number;
  values: number;
}

export interface PeriodReconciliation {
  /** Periods the new cycle needs that the plan lacks. */
  add: PeriodSpec[];
  /** Periods outside the new cycle that hold nothing: removed. */
  remove: string[];
  /** Periods outside the new cycle that hold updates or values: the change is refused. */
  blocked: ExistingPeriod[];
}

/** What changing a plan's cycle to [cycleStart, cycleEnd] does to its reporting periods. */
export function reconcilePeriods(existing: readonly ExistingPeriod[], cycleStart: Date, cycleEnd: Date): PeriodReconciliation {
  const wanted = periodsForCycle(cycleStart, cycleEnd);
  const wantedCodes = new Set(wanted.map((p) => p.code));
  const have = new Set(existing.map((p) => p.code));
  const outside = existing.filter((p) => !wantedCodes.has(p.code));
  return {
    add: wanted.filter((p) => !have.has(p.code)),
    remove: outside.filter((p) => p.updates === 0 && p.values === 0).map((p) => p.code),
    blocked: outside.filter((p) => p.updates > 0 || p.values > 0),
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The refusal for periods that would fall outside the cycle while holding data. */
export function blockedPeriodsMessage(blocked: readonly ExistingPeriod[]): string {
  const parts = blocked.map((p) => {
    const held = [p.updates ? plural(p.updates, 'update', 'updates') : '', p.values ? plural(p.values, 'value', 'values') : '']
      .filter(Boolean)
      .join(' and ');
    return `${p.label} (${held})`;
  });
  return `These reporting periods hold data and would fall outside the new cycle: ${parts.join(', ')}. Keep the cycle around them; periods with data are never deleted.`;
}
