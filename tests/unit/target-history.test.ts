import { describe, expect, it } from 'vitest';
import { measureStatus } from '@/lib/status';
import { targetSpecOf } from '@/lib/plan-view';
import {
  expectedInForce,
  measureInForce,
  parseInterimTargets,
  pathInForce,
  targetChanges,
  type StoredTargetVersion,
} from '@/lib/target-history';
import { absenteeismMeasure } from '../support/measures';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

// Chronic absenteeism as the board first adopted it (a 10% decrease from 31.2% by June 2025),
// then raised in December 2023 to a 20% decrease, effective for 2023-24 Q2 on.
const measure = absenteeismMeasure({ dataSource: 'CALPADS', targetAmount: 20 });

const version = (over: Partial<StoredTargetVersion>): StoredTargetVersion => ({
  effectiveFrom: null,
  baselineValue: 31.2,
  baselineDate: d('2022-06-30'),
  baselineLabel: '2021-22',
  targetKind: 'PERCENT_CHANGE',
  targetAmount: 10,
  targetDate: d('2025-06-30'),
  interimTargets: [],
  reason: '',
  boardApprovedOn: null,
  ...over,
});

const original = version({});
const raised = version({
  effectiveFrom: d('2023-12-01'),
  targetAmount: 20,
  reason: 'Board raised the goal after the 2022-23 results',
  boardApprovedOn: d('2023-11-14'),
});
// Stored in any order: the effective date decides.
const history = [raised, original];

describe('the target in force at a period', () => {
  it('a measure that never changed is its own only version', () => {
    expect(measureInForce(measure, [], d('2023-06-30'))).toBe(measure);
  });

  it('before the change, the original target is in force', () => {
    const atQ1 = measureInForce(measure, history, d('2023-09-30'));
    expect(atQ1.targetAmount).toBe(10);
  });

  it('from the day the change took effect, the new target is in force', () => {
    expect(measureInForce(measure, history, d('2023-12-01')).targetAmount).toBe(20);
    expect(measureInForce(measure, history, d('2024-06-30')).targetAmount).toBe(20);
  });

  it('a period before every version still gets the original target', () => {
    expect(measureInForce(measure, [raised, version({ effectiveFrom: d('2022-07-01') })], d('2022-06-30')).targetAmount).toBe(10);
  });

  it('the expected value follows the target in force, so the same value can be on track then and at risk later', () => {
    // Halfway (2023-12-31) along 31.2 → 28.08 (−10%) vs 31.2 → 24.96 (−20%).
    const before = expectedInForce(measure, history, d('2023-09-30'))!;
    const after = expectedInForce(measure, history, d('2024-06-30'))!;
    expect(before).toBeCloseTo(31.2 - 3.12 * (457 / 1096), 2);
    expect(after).toBeCloseTo(31.2 - 6.24 * (731 / 1096), 2);
    const value = 29.5;
    const status = (at: Date) => measureStatus(targetSpecOf(measureInForce(measure, history, at)), { value, date: at }, 0.8).status;
    expect(status(d('2023-09-30'))).toBe('ON_TRACK');
    expect(status(d('2024-06-30'))).not.toBe('ON_TRACK');
  });

  it('interim targets are read from the stored JSON, dropping malformed entries', () => {
    expect(parseInterimTargets([{ date: '2024-06-30', label: '2023-24', value: 29 }, { date: 7 }, null, 'x'])).toEqual([
      { date: d('2024-06-30'), label: '2023-24', value: 29 },
    ]);
    expect(parseInterimTargets(null)).toEqual([]);
  });
});

describe('the path the plan ran', () => {
  it('without changes it is the target path', () => {
    expect(pathInForce(measure, []).map((p) => p.kind)).toEqual(['baseline', 'final']);
  });

  it('with a change it follows the old target up to the change, then the new one', () => {
    const path = pathInForce(measure, history);
    expect(path.map((p) => p.kind)).toEqual(['baseline', 'change', 'final']);
    expect(path[1]!.date).toEqual(d('2023-12-01'));
    expect(path.at(-1)!.value).toBeCloseTo(24.96, 5);
  });
});

describe('what a change did', () => {
  it('states the target before and after, the reason and the board date', () => {
    const [change, ...rest] = targetChanges(measure, history);
    expect(rest).toEqual([]);
    expect(change!.reason).toBe('Board raised the goal after the 2022-23 results');
    expect(change!.boardApprovedOn).toEqual(d('2023-11-14'));
    expect(change!.targetChanged).toBe(true);
    expect(change!.baselineChanged).toBe(false);
    expect(change!.before.finalTarget).toBeCloseTo(28.08, 5);
    expect(change!.after.finalTarget).toBeCloseTo(24.96, 5);
    expect(change!.before.sentence).toContain('28.1%');
    expect(change!.after.sentence).toContain('25.0%');
  });

  it('a corrected baseline is a baseline change, not a target change', () => {
    const corrected = version({ effectiveFrom: d('2023-01-15'), baselineValue: 30.8, reason: 'CDE revised the 2021-22 figure' });
    const [change] = targetChanges(measure, [original, corrected]);
    expect(change!.baselineChanged).toBe(true);
    expect(change!.targetChanged).toBe(false);
  });
});
