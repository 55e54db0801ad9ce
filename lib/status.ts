// Status of a measure from its latest approved value against the target path, and a goal's
// status as the worst of its measures. Direction-aware; pure.
import { expectedValueAt, finalTarget, sign, type TargetSpec } from '@/lib/targets';

export type MeasureStatus = 'MET' | 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NO_DATA';

export interface StatusResult {
  status: MeasureStatus;
  expected: number | null;
  final: number | null;
  /** (v − b) / (e − b): the share of the expected progress achieved. */
  progress: number | null;
  reason?: 'NO_VALUE' | 'NO_BASELINE';
}

/** Worst first. */
export const STATUS_ORDER: readonly MeasureStatus[] = ['OFF_TRACK', 'AT_RISK', 'ON_TRACK', 'MET', 'NO_DATA'];

export function compareStatus(a: MeasureStatus, b: MeasureStatus): number {
  return STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b);
}

/** A status in words (English); the public pages take theirs from messages/<locale>.json. */
export const STATUS_LABELS: Readonly<Record<MeasureStatus, string>> = {
  MET: 'Met',
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OFF_TRACK: 'Off track',
  NO_DATA: 'No data',
};

export function statusLabel(status: MeasureStatus): string {
  return STATUS_LABELS[status];
}

/** The at-risk threshold a plan starts with (PRODUCT.md): progress of at least 80% of the expected. */
export const DEFAULT_AT_RISK_THRESHOLD = 0.8;

/** How a division's own assessment compares with what its approved data compute. */
export type AssessmentGap = 'better' | 'worse';

const ASSESSMENT_RANK: Readonly<Record<Exclude<MeasureStatus, 'NO_DATA'>, number>> = { OFF_TRACK: 0, AT_RISK: 1, ON_TRACK: 2, MET: 3 };

/**
 * The one definition of "the report and the data disagree", used by the dashboard and the goal
 * page: the division reported a better status than its data compute ("better": the risk cabinet
 * must see) or a worse one ("worse"); null when they agree, or when either is missing.
 */
export function assessmentGap(reported: Exclude<MeasureStatus, 'NO_DATA'> | null, computed: MeasureStatus): AssessmentGap | null {
  if (reported === null || computed === 'NO_DATA' || reported === computed) return null;
  return ASSESSMENT_RANK[reported] > ASSESSMENT_RANK[computed] ? 'better' : 'worse';
}

// Floating-point noise must not turn "exactly on target" into "just short of it".
const EPSILON = 1e-9;

export function measureStatus(
  spec: TargetSpec,
  latest: { value: number; date: Date } | null,
  threshold = DEFAULT_AT_RISK_THRESHOLD,
): StatusResult {
  const final = finalTarget(spec);
  if (!latest) return { status: 'NO_DATA', expected: null, final, progress: null, reason: 'NO_VALUE' };
  const d = sign(spec.direction);
  const v = latest.value;
  const reaches = (target: number) => d * (v - target) >= -EPSILON * Math.max(1, Math.abs(target));

  if (final !== null && reaches(final)) {
    const expected = expectedValueAt(spec, latest.date);
    return { status: 'MET', expected, final, progress: progressOf(spec.baseline, expected, v) };
  }
  const expected = expectedValueAt(spec, latest.date);
  if (expected === null || spec.baseline === null) {
    return { status: 'NO_DATA', expected, final, progress: null, reason: 'NO_BASELINE' };
  }
  const progress = progressOf(spec.baseline, expected, v);
  if (reaches(expected)) return { status: 'ON_TRACK', expected, final, progress };
  if (progress !== null && progress >= threshold - EPSILON) return { status: 'AT_RISK', expected, final, progress };
  return { status: 'OFF_TRACK', expected, final, progress };
}

function progressOf(baseline: number | null, expected: number | null, value: number): number | null {
  if (baseline === null || expected === null || expected === baseline) return null;
  return (value - baseline) / (expected - baseline);
}

/** The worst status among measures with data; NO_DATA when none has any. */
export function goalStatus(statuses: MeasureStatus[]): MeasureStatus {
  const withData = statuses.filter((s) => s !== 'NO_DATA');
  if (withData.length === 0) return 'NO_DATA';
  return [...withData].sort(compareStatus)[0]!;
}
