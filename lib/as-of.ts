// "As it stood at the end of a period": which values and which targets count when the
// dashboard looks back. Pure; dates are UTC.
//
// The cut-off of a reporting period P is the END OF ITS REPORTING WINDOW, i.e. P's due date:
// a value counts as of P when it describes a period that ended by P's end date AND it was
// approved on or before P's due date. "Latest" (no period chosen) counts everything
// approved up to now.
import type { ReviewState } from '@/lib/plan-view';

export interface Cutoff {
  /** Values must describe a period that ended on or before this date. */
  periodEnd: Date;
  /** Values must have been approved on or before this instant. */
  approvedBy: Date;
}

export function cutoffForPeriod(period: { endDate: Date; dueDate: Date }): Cutoff {
  // The due date is a date (midnight UTC); an approval during that day still counts.
  return { periodEnd: period.endDate, approvedBy: new Date(period.dueDate.getTime() + 86_400_000 - 1) };
}

export function latestCutoff(now: Date): Cutoff {
  return { periodEnd: now, approvedBy: now };
}

export interface DatedObservation {
  state: ReviewState;
  approvedAt: Date | null;
  periodEnd: Date;
}

/** Approved values that already stood at the cut-off; drafts, submissions and returns never count. */
export function approvedAsOf<T extends DatedObservation>(observations: T[], cutoff: Cutoff): T[] {
  return observations.filter(
    (o) =>
      o.state === 'APPROVED' &&
      o.approvedAt !== null &&
      o.approvedAt.getTime() <= cutoff.approvedBy.getTime() &&
      o.periodEnd.getTime() <= cutoff.periodEnd.getTime(),
  );
}

/**
 * One version of a measure's target with the date it took effect (null: in force from the
 * start of the plan). Today every measure has a single version; issue 6 adds the history.
 */
export interface TargetVersion<T> {
  effectiveFrom: Date | null;
  target: T;
}

/** The target in force at a date: the latest version that took effect by then, else the earliest one. */
export function targetInForce<T>(versions: TargetVersion<T>[], at: Date): T | null {
  if (versions.length === 0) return null;
  const time = (v: TargetVersion<T>) => v.effectiveFrom?.getTime() ?? Number.NEGATIVE_INFINITY;
  const sorted = [...versions].sort((a, b) => time(a) - time(b));
  const inForce = sorted.filter((v) => time(v) <= at.getTime());
  return (inForce.at(-1) ?? sorted[0]!).target;
}

export interface UpdateForCutoff {
  state: ReviewState;
  submittedAt: Date | null;
  periodEnd: Date;
}

/** Updates the cabinet could read at the cut-off: submitted or approved, and sent in by then. */
export function updatesAsOf<T extends UpdateForCutoff>(updates: T[], cutoff: Cutoff): T[] {
  return updates.filter(
    (u) =>
      (u.state === 'SUBMITTED' || u.state === 'APPROVED') &&
      u.submittedAt !== null &&
      u.submittedAt.getTime() <= cutoff.approvedBy.getTime() &&
      u.periodEnd.getTime() <= cutoff.periodEnd.getTime(),
  );
}
