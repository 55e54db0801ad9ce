// The progress aggregate's rules: which step of the review workflow is allowed from which
// state, what a person's to-do list says about each goal and period, how a value is read and
// checked (one rule for the update form and the CSV import), and when a new value looks like
// a typo. Pure functions; the data layer enforces them inside its transactions.
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

/** A moment as the stale-save messages name it: "Mar 3, 2025, 4:05 PM" (Pacific time). */
export const formatWhen = (d: Date) =>
  d.toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Los_Angeles' });

// Values as people type them, in the update form and in a CSV file alike: the same texts are
// read, and refused with the same words, wherever a value comes from.
export const VALUE_MESSAGES = {
  missing: 'Enter a value.',
  notANumber: 'Enter a number, such as 31.2.',
  notAPercent: (measureCode: string) => `${measureCode} is not a percent; enter the number without "%".`,
  percentRange: 'A percent must be between 0 and 100.',
  negative: 'This value cannot be negative.',
  whole: 'This measure counts whole numbers.',
  scaleScore: 'A scale score must be above zero.',
  count: 'Enter the number of students as a whole number, 0 or more.',
  countTooLarge: 'That number of students is too large.',
} as const;

/** The largest n the database holds (a 32-bit integer). */
const COUNT_MAX = 2_147_483_647;

// A spreadsheet-safe export writes '-5 for a text cell starting with "-": read it back as -5.
const FORMULA_GUARD = /^'(?=[=+\-@])/;

/** A number as people type it: "31.2", "+4", "-4", "2,401", "1,234.5", "31.2%" (with `percentSign`). */
export function parseNumberText(raw: string): { value: number; percentSign: boolean } | null {
  let text = raw.trim().replace(FORMULA_GUARD, '');
  const percentSign = text.endsWith('%');
  if (percentSign) text = text.slice(0, -1).trim();
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? { value, percentSign } : null;
}

export type Reading<T> = { ok: true; value: T } | { ok: false; problem: string };

/** A measure's value as typed: the number (and whether it had "%"), or why it is not one. */
export function readValueText(raw: string): Reading<{ value: number; percentSign: boolean }> {
  if (raw.trim() === '') return { ok: false, problem: VALUE_MESSAGES.missing };
  const parsed = parseNumberText(raw);
  return parsed ? { ok: true, value: parsed } : { ok: false, problem: VALUE_MESSAGES.notANumber };
}

/** How many students a value covers, as typed: null when left empty, else a whole number ≥ 0. */
export function readCountText(raw: string | number | null | undefined): Reading<number | null> {
  const text = raw === null || raw === undefined ? '' : String(raw).trim();
  if (text === '') return { ok: true, value: null };
  const parsed = parseNumberText(text);
  if (!parsed || parsed.percentSign || !Number.isInteger(parsed.value) || parsed.value < 0) return { ok: false, problem: VALUE_MESSAGES.count };
  if (parsed.value > COUNT_MAX) return { ok: false, problem: VALUE_MESSAGES.countTooLarge };
  return { ok: true, value: parsed.value };
}

export interface ValueMeasure {
  code: string;
  unit: MeasureUnit;
  decimals: number;
}

/** A percent lies between 0 and 100: the one range rule for values, targets, baselines and plan files. */
export function isOutOfPercentRange(unit: MeasureUnit, value: number): boolean {
  return unit === 'PERCENT' && (value < 0 || value > 100);
}

/** Why a value cannot be this measure's value, or null. */
export function valueProblem(measure: ValueMeasure, value: number, percentSign = false): string | null {
  if (percentSign && measure.unit !== 'PERCENT') return VALUE_MESSAGES.notAPercent(measure.code);
  if (isOutOfPercentRange(measure.unit, value)) return VALUE_MESSAGES.percentRange;
  if ((measure.unit === 'COUNT' || measure.unit === 'CURRENCY') && value < 0) return VALUE_MESSAGES.negative;
  if (measure.unit === 'COUNT' && measure.decimals === 0 && !Number.isInteger(value)) return VALUE_MESSAGES.whole;
  if (measure.unit === 'SCALE_SCORE' && value <= 0) return VALUE_MESSAGES.scaleScore;
  return null;
}

/**
 * A measure's value as typed and checked against the measure: the number, or the one problem to
 * show. Without a measure (its code is unknown) only whether the text is a number.
 */
export function readMeasureValue(measure: ValueMeasure | undefined, raw: string): Reading<number> {
  const read = readValueText(raw);
  if (!read.ok) return read;
  const problem = measure ? valueProblem(measure, read.value.value, read.value.percentSign) : null;
  return problem ? { ok: false, problem } : { ok: true, value: read.value.value };
}
