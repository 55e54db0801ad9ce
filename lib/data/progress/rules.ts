// The quarterly update's review workflow: which step is allowed from which state, what a
// person's to-do list says about each goal and period, and when a new value looks like a
// typo. Pure functions; the data layer enforces them inside its transactions.
import type { MeasureUnit } from '@/lib/format';

export type ReviewState = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED';

/** The steps of the workflow. `save` keeps a draft (or edits a submitted update in place). */
export type Transition = 'save' | 'submit' | 'approve' | 'return' | 'reopen';

/** The state an update moves to, or null when the step is not allowed from `current`. */
export function nextState(current: ReviewState | null, transition: Transition): ReviewState | null {
  switch (transition) {
    case 'save':
      // A lead may correct a submitted update before review; it stays submitted.
      if (current === null || current === 'DRAFT' || current === 'RETURNED') return 'DRAFT';
      return current === 'SUBMITTED' ? 'SUBMITTED' : null;
    case 'submit':
      return current === 'APPROVED' ? null : 'SUBMITTED';
    case 'approve':
      return current === 'SUBMITTED' ? 'APPROVED' : null;
    case 'return':
      return current === 'SUBMITTED' ? 'RETURNED' : null;
    case 'reopen':
      return current === 'APPROVED' ? 'RETURNED' : null;
  }
}

const STATE_WORDS: Record<ReviewState | 'NONE', string> = {
  NONE: 'has not been started',
  DRAFT: 'is a draft',
  SUBMITTED: 'is waiting for review',
  APPROVED: 'is approved and locked',
  RETURNED: 'was returned for changes',
};

const STEP_WORDS: Record<Transition, string> = {
  save: 'saved',
  submit: 'submitted',
  approve: 'approved',
  return: 'returned',
  reopen: 'reopened',
};

/** Why a step is refused, in words: "This update is a draft, so it cannot be approved." */
export function transitionRefusal(current: ReviewState | null, transition: Transition): string {
  return `This update ${STATE_WORDS[current ?? 'NONE']}, so it cannot be ${STEP_WORDS[transition]}.`;
}

/** What a goal's update for one period needs from its division, as the to-do list shows it. */
export type InboxStatus = 'RETURNED' | 'OVERDUE' | 'NOT_STARTED' | 'DRAFT' | 'SUBMITTED' | 'APPROVED';

export function inboxStatus(state: ReviewState | null, dueDate: Date, today: Date): InboxStatus {
  if (state === 'RETURNED') return 'RETURNED';
  if (state === 'SUBMITTED' || state === 'APPROVED') return state;
  if (dueDate.getTime() < startOfDay(today).getTime()) return 'OVERDUE';
  return state === 'DRAFT' ? 'DRAFT' : 'NOT_STARTED';
}

/** Whether the to-do list item still needs the division to act. */
export function needsAction(status: InboxStatus): boolean {
  return status === 'RETURNED' || status === 'OVERDUE' || status === 'NOT_STARTED' || status === 'DRAFT';
}

function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** Whole days from `from` to `to` (UTC dates); negative when `to` is earlier. */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((startOfDay(to).getTime() - startOfDay(from).getTime()) / 86_400_000);
}

/**
 * Which periods belong on a division's to-do list: every reporting quarter that has started,
 * is open, and either is still within its reporting window or has not been submitted yet;
 * plus any update that was sent back to them (even in a period closed since).
 */
export function belongsOnTodoList(
  period: { startDate: Date; dueDate: Date; closed: boolean },
  state: ReviewState | null,
  today: Date,
): boolean {
  if (state === 'RETURNED') return true;
  if (period.closed || period.startDate.getTime() > today.getTime()) return false;
  const windowOpen = startOfDay(today).getTime() <= period.dueDate.getTime();
  return windowOpen || state === null || state === 'DRAFT';
}

export interface JumpCheck {
  previous: number;
  next: number;
  unit: MeasureUnit;
  baseline: number | null;
  finalTarget: number | null;
}

/**
 * A new value that moves further from the previous one than a plausible quarter's change is
 * probably a typo (2,041 for 2,401; 3.12 for 31.2): it is allowed, but only once confirmed.
 * Plausible: half the whole distance from baseline to final target, or 10% of the previous
 * value, whichever is larger (and at least 5 points for a percent).
 */
export function jumpThreshold(check: Omit<JumpCheck, 'next'>): number {
  const span = check.baseline !== null && check.finalTarget !== null ? Math.abs(check.finalTarget - check.baseline) : 0;
  return Math.max(span * 0.5, Math.abs(check.previous) * 0.1, check.unit === 'PERCENT' ? 5 : 0, 1e-9);
}

export function isImplausibleJump(check: JumpCheck): boolean {
  return Math.abs(check.next - check.previous) > jumpThreshold(check);
}

/** Evidence links: http and https only, so a link can never run script or open a local file. */
export function isWebLink(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}
