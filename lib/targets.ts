// Target math: a measure's final target, its interim targets and the value expected at any
// date, exactly as PRODUCT.md defines them. Pure functions; dates are UTC midnights.
//   VALUE                  final = a
//   CHANGE                 final = b + d·a
//   PERCENT_CHANGE         final = b·(1 + d·a/100)
//   ANNUAL_CHANGE          interim(k) = b + d·a·k
//   ANNUAL_PERCENT_CHANGE  interim(k) = b·(1 + d·a/100)^k
// Explicit interim targets override computed ones; expected values interpolate linearly.

export type TargetKind = 'VALUE' | 'CHANGE' | 'PERCENT_CHANGE' | 'ANNUAL_CHANGE' | 'ANNUAL_PERCENT_CHANGE';
export type Direction = 'INCREASE' | 'DECREASE';

export interface TargetSpec {
  kind: TargetKind;
  amount: number;
  direction: Direction;
  baseline: number | null;
  /** The date the baseline value stands at (end of its period). */
  baselineDate: Date | null;
  deadline: Date;
  interimTargets?: { date: Date; value: number; label?: string }[];
}

export interface TargetPoint {
  date: Date;
  value: number;
  kind: 'baseline' | 'interim' | 'final';
}

export const sign = (direction: Direction) => (direction === 'INCREASE' ? 1 : -1);

function addYears(date: Date, years: number): Date {
  const d = new Date(date.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d;
}

/** Full years from a to b: 2022-06-30 → 2025-06-30 is 3; → 2025-06-29 is 2. */
export function wholeYearsBetween(a: Date, b: Date): number {
  let years = b.getUTCFullYear() - a.getUTCFullYear();
  if (addYears(a, years).getTime() > b.getTime()) years -= 1;
  return Math.max(0, years);
}

function needsBaseline(kind: TargetKind): boolean {
  return kind !== 'VALUE';
}

/** The computed target k whole years after the baseline (annual kinds), or the final one. */
function computedAt(spec: TargetSpec, k: number): number | null {
  const { baseline: b, amount: a } = spec;
  const d = sign(spec.direction);
  switch (spec.kind) {
    case 'VALUE':
      return a;
    case 'CHANGE':
      return b === null ? null : b + d * a;
    case 'PERCENT_CHANGE':
      return b === null ? null : b * (1 + (d * a) / 100);
    case 'ANNUAL_CHANGE':
      return b === null ? null : b + d * a * k;
    case 'ANNUAL_PERCENT_CHANGE':
      return b === null ? null : b * (1 + (d * a) / 100) ** k;
  }
}

function yearsToDeadline(spec: TargetSpec): number {
  return spec.baselineDate ? wholeYearsBetween(spec.baselineDate, spec.deadline) : 0;
}

export function finalTarget(spec: TargetSpec): number | null {
  if (needsBaseline(spec.kind) && (spec.baseline === null || spec.baselineDate === null)) return null;
  return computedAt(spec, yearsToDeadline(spec));
}

/**
 * Baseline, interim targets and final target in date order; empty when the target cannot
 * be computed (no baseline). A VALUE target without a baseline has only its final point.
 */
export function targetPath(spec: TargetSpec): TargetPoint[] {
  const final = finalTarget(spec);
  if (final === null) return [];
  if (spec.baseline === null || spec.baselineDate === null) {
    return [{ date: spec.deadline, value: final, kind: 'final' }];
  }
  const t0 = spec.baselineDate;
  const t1 = spec.deadline;
  const interims = new Map<number, number>();
  if (spec.kind === 'ANNUAL_CHANGE' || spec.kind === 'ANNUAL_PERCENT_CHANGE') {
    const years = yearsToDeadline(spec);
    for (let k = 1; k < years; k++) {
      const value = computedAt(spec, k);
      const date = addYears(t0, k);
      if (value !== null && date < t1) interims.set(date.getTime(), value);
    }
  }
  const explicit = (spec.interimTargets ?? []).filter((t) => t.date > t0 && t.date < t1);
  for (const target of explicit) {
    // An explicit target replaces the computed one for the same year.
    for (const time of [...interims.keys()]) {
      if (new Date(time).getUTCFullYear() === target.date.getUTCFullYear()) interims.delete(time);
    }
  }
  for (const target of explicit) interims.set(target.date.getTime(), target.value);

  const points: TargetPoint[] = [{ date: t0, value: spec.baseline, kind: 'baseline' }];
  for (const [time, value] of [...interims.entries()].sort((x, y) => x[0] - y[0])) {
    points.push({ date: new Date(time), value, kind: 'interim' });
  }
  // An explicit target at the deadline itself overrides the computed final one.
  const atDeadline = (spec.interimTargets ?? []).find((t) => t.date.getTime() === t1.getTime());
  points.push({ date: t1, value: atDeadline?.value ?? final, kind: 'final' });
  return points;
}

/** Linear interpolation along the target path; the baseline before it, the final target after. */
export function expectedValueAt(spec: TargetSpec, at: Date): number | null {
  const path = targetPath(spec);
  if (path.length < 2) return null;
  const first = path[0]!;
  const last = path[path.length - 1]!;
  if (at <= first.date) return first.value;
  if (at >= last.date) return last.value;
  for (let i = 1; i < path.length; i++) {
    const prev = path[i - 1]!;
    const next = path[i]!;
    if (at <= next.date) {
      const span = next.date.getTime() - prev.date.getTime();
      const share = span === 0 ? 1 : (at.getTime() - prev.date.getTime()) / span;
      return prev.value + (next.value - prev.value) * share;
    }
  }
  return last.value;
}
