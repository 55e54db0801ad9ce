// A measure's targets over time: the board may change a baseline or a target mid-cycle, and
// every period is judged against the target in force at its end. Pure; dates are UTC.
//
// The Measure row always holds the version in force now. MeasureTargetVersion rows keep every
// version since the first change (the original has effectiveFrom null); a measure that never
// changed has none, and its one version is the Measure row itself.
import { targetInForce, type TargetVersion } from '@/lib/as-of';
import { interimsOf, targetColumns, targetOf } from '@/lib/data/structure/fields';
import { targetSentence } from '@/lib/format';
import { targetSpecOf, type MeasureRow } from '@/lib/plan-view';
import { expectedValueAt, finalTarget, targetPath, type TargetKind, type TargetPoint } from '@/lib/targets';

export interface StoredInterimTarget {
  /** YYYY-MM-DD */
  date: string;
  label: string;
  value: number;
}

export interface StoredTargetVersion {
  effectiveFrom: Date | null;
  baselineValue: number | null;
  baselineDate: Date | null;
  baselineLabel: string | null;
  targetKind: TargetKind;
  targetAmount: number;
  targetDate: Date;
  /** JSON as stored: StoredInterimTarget[]. */
  interimTargets: unknown;
  reason: string;
  boardApprovedOn: Date | null;
}

/** Interim targets as stored in JSON, tolerating anything malformed by dropping it. */
export function parseInterimTargets(json: unknown): { date: Date; label: string; value: number }[] {
  return interimsOf(json).map((t) => ({ date: new Date(`${t.date}T00:00:00.000Z`), label: t.label, value: t.value }));
}

export const storedInterimTargets = (targets: { date: Date; label: string; value: number }[]): StoredInterimTarget[] => interimsOf(targets);

const byEffectiveDate = (a: StoredTargetVersion, b: StoredTargetVersion) =>
  (a.effectiveFrom?.getTime() ?? Number.NEGATIVE_INFINITY) - (b.effectiveFrom?.getTime() ?? Number.NEGATIVE_INFINITY);

/** The measure as it stood under one stored version: its baseline, target and interim targets. */
export function measureUnderVersion<M extends MeasureRow>(measure: M, version: StoredTargetVersion): M {
  return { ...measure, ...targetColumns(targetOf(version)), interimTargets: parseInterimTargets(version.interimTargets) };
}

/** Every version of the measure's target, oldest first; just the measure itself when it never changed. */
export function measureVersions<M extends MeasureRow>(measure: M, stored: StoredTargetVersion[]): TargetVersion<M>[] {
  if (stored.length === 0) return [{ effectiveFrom: null, target: measure }];
  return [...stored].sort(byEffectiveDate).map((v) => ({ effectiveFrom: v.effectiveFrom, target: measureUnderVersion(measure, v) }));
}

/** The measure with the baseline and target in force at a date. */
export function measureInForce<M extends MeasureRow>(measure: M, stored: StoredTargetVersion[], at: Date): M {
  return targetInForce(measureVersions(measure, stored), at) ?? measure;
}

/** The value the target in force at a date expects then. */
export function expectedInForce(measure: MeasureRow, stored: StoredTargetVersion[], at: Date): number | null {
  return expectedValueAt(targetSpecOf(measureInForce(measure, stored, at)), at);
}

export interface PathPointInForce {
  date: Date;
  value: number;
  kind: TargetPoint['kind'] | 'change';
}

/**
 * The target path as the plan actually ran it: each version's points up to the day the next
 * version took effect, and at that day the new version's expected value (a 'change' point, so a
 * chart can mark it). For a measure that never changed, its target path.
 */
export function pathInForce(measure: MeasureRow, stored: StoredTargetVersion[]): PathPointInForce[] {
  const versions = measureVersions(measure, stored);
  const points: PathPointInForce[] = [];
  versions.forEach((version, i) => {
    const from = version.effectiveFrom?.getTime() ?? Number.NEGATIVE_INFINITY;
    const until = versions[i + 1]?.effectiveFrom?.getTime() ?? Number.POSITIVE_INFINITY;
    const spec = targetSpecOf(version.target);
    if (i > 0 && version.effectiveFrom) {
      const value = expectedValueAt(spec, version.effectiveFrom);
      if (value !== null) points.push({ date: version.effectiveFrom, value, kind: 'change' });
    }
    for (const p of targetPath(spec)) {
      const t = p.date.getTime();
      if (t > from && t < until) points.push(p);
    }
  });
  // Two points on one day (a change on an interim date): the later version's wins.
  const byTime = new Map<number, PathPointInForce>();
  for (const p of points) byTime.set(p.date.getTime(), p);
  return [...byTime.values()].sort((a, b) => a.date.getTime() - b.date.getTime());
}

export interface TargetChange {
  effectiveFrom: Date;
  boardApprovedOn: Date | null;
  reason: string;
  before: { sentence: string; finalTarget: number | null; baselineValue: number | null };
  after: { sentence: string; finalTarget: number | null; baselineValue: number | null };
  baselineChanged: boolean;
  targetChanged: boolean;
}

function describe(measure: MeasureRow, locale: string) {
  const spec = targetSpecOf(measure);
  return {
    sentence: targetSentence({ ...spec, unit: measure.unit, decimals: measure.decimals, baselineLabel: measure.baselineLabel }, locale),
    finalTarget: finalTarget(spec),
    baselineValue: measure.baselineValue,
  };
}

const sameTime = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/** What each change did, oldest first: the target before and after, the reason and the board's date. */
export function targetChanges(measure: MeasureRow, stored: StoredTargetVersion[], locale = 'en-US'): TargetChange[] {
  const sorted = [...stored].sort(byEffectiveDate);
  const changes: TargetChange[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const previous = measureUnderVersion(measure, sorted[i - 1]!);
    const current = measureUnderVersion(measure, sorted[i]!);
    const version = sorted[i]!;
    if (!version.effectiveFrom) continue;
    const interims = (m: MeasureRow) => JSON.stringify(storedInterimTargets(m.interimTargets));
    changes.push({
      effectiveFrom: version.effectiveFrom,
      boardApprovedOn: version.boardApprovedOn,
      reason: version.reason,
      before: describe(previous, locale),
      after: describe(current, locale),
      baselineChanged:
        previous.baselineValue !== current.baselineValue ||
        !sameTime(previous.baselineDate, current.baselineDate) ||
        previous.baselineLabel !== current.baselineLabel,
      targetChanged:
        previous.targetKind !== current.targetKind ||
        previous.targetAmount !== current.targetAmount ||
        !sameTime(previous.targetDate, current.targetDate) ||
        interims(previous) !== interims(current),
    });
  }
  return changes;
}
