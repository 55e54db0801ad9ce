import { describe, expect, it } from 'vitest';
import { compareStatus, goalStatus, measureStatus, statusLabel, type MeasureStatus } from '@/lib/status';
import type { TargetSpec } from '@/lib/targets';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const spec = (over: Partial<TargetSpec>): TargetSpec => ({
  kind: 'VALUE',
  amount: 100,
  direction: 'INCREASE',
  baseline: null,
  baselineDate: d('2022-06-30'),
  deadline: d('2025-06-30'),
  ...over,
});

// Chronic absenteeism: 31.2% → 28.08% by June 2025, straight line. At 2023-06-30 (one year in)
// the expected value is 31.2 − 3.12/3 = 30.16.
const absenteeism = spec({ kind: 'PERCENT_CHANGE', amount: 10, direction: 'DECREASE', baseline: 31.2 });
// ELA median scale score: 2400, +5 a year → expected 2405 at 2023-06-30.
const ela = spec({ kind: 'ANNUAL_CHANGE', amount: 5, baseline: 2400 });
const at = (value: number, iso = '2023-06-30') => ({ value, date: d(iso) });

describe('measure status', () => {
  it.each<[string, TargetSpec, number, string, MeasureStatus]>([
    ['a decrease that already reaches the final target is met', absenteeism, 28.0, '2023-06-30', 'MET'],
    ['a decrease at exactly the final target is met', absenteeism, 28.08, '2023-06-30', 'MET'],
    ['a decrease at the expected value is on track', absenteeism, 30.16, '2023-06-30', 'ON_TRACK'],
    ['a decrease with 80% of the expected progress is at risk', absenteeism, 31.2 - 0.8 * 1.04, '2023-06-30', 'AT_RISK'],
    ['a decrease with 79% of the expected progress is off track', absenteeism, 31.2 - 0.79 * 1.04, '2023-06-30', 'OFF_TRACK'],
    ['a decrease that went the wrong way is off track', absenteeism, 33, '2023-06-30', 'OFF_TRACK'],
    ['an increase above the final target is met', ela, 2416, '2023-06-30', 'MET'],
    ['an increase above the expected value is on track', ela, 2406, '2023-06-30', 'ON_TRACK'],
    ['an increase with exactly 80% of the expected progress is at risk', ela, 2404, '2023-06-30', 'AT_RISK'],
    ['an increase with less than 80% is off track', ela, 2403.9, '2023-06-30', 'OFF_TRACK'],
    ['at the baseline date, anything short of the baseline is off track', ela, 2399, '2022-06-30', 'OFF_TRACK'],
    ['at the baseline date, the baseline itself is on track', ela, 2400, '2022-06-30', 'ON_TRACK'],
  ])('%s', (_name, s, value, iso, status) => {
    expect(measureStatus(s, at(value, iso)).status).toBe(status);
  });

  it('reports the expected value and the share of progress made', () => {
    const result = measureStatus(ela, at(2404));
    expect(result.expected).toBeCloseTo(2405, 9);
    expect(result.final).toBeCloseTo(2415, 9);
    expect(result.progress).toBeCloseTo(0.8, 9);
  });

  it('uses the plan’s own at-risk threshold', () => {
    expect(measureStatus(ela, at(2403), 0.5).status).toBe('AT_RISK');
    expect(measureStatus(ela, at(2403), 0.8).status).toBe('OFF_TRACK');
  });

  it('with no approved value the status is no data', () => {
    expect(measureStatus(ela, null)).toMatchObject({ status: 'NO_DATA', reason: 'NO_VALUE' });
  });

  it('without a baseline a relative target gives no data even when a value exists', () => {
    const noBaseline = spec({ kind: 'ANNUAL_CHANGE', amount: 5 });
    expect(measureStatus(noBaseline, at(2410))).toMatchObject({ status: 'NO_DATA', reason: 'NO_BASELINE' });
  });

  it('without a baseline a value target is met when reached, and no data otherwise', () => {
    const hundred = spec({ kind: 'VALUE', amount: 100 });
    expect(measureStatus(hundred, at(100)).status).toBe('MET');
    expect(measureStatus(hundred, at(92))).toMatchObject({ status: 'NO_DATA', reason: 'NO_BASELINE' });
  });

  it('a value target with a baseline is tracked along the straight path to it', () => {
    const staff = spec({ kind: 'VALUE', amount: 100, baseline: 70 });
    expect(measureStatus(staff, at(80)).status).toBe('ON_TRACK'); // expected 80 after one of three years
    expect(measureStatus(staff, at(78)).status).toBe('AT_RISK');
    expect(measureStatus(staff, at(75)).status).toBe('OFF_TRACK');
  });
});

describe('goal status', () => {
  it.each<[MeasureStatus[], MeasureStatus]>([
    [['ON_TRACK', 'OFF_TRACK', 'MET'], 'OFF_TRACK'],
    [['MET', 'AT_RISK'], 'AT_RISK'],
    [['MET', 'MET'], 'MET'],
    [['ON_TRACK', 'NO_DATA'], 'ON_TRACK'],
    [['NO_DATA', 'NO_DATA'], 'NO_DATA'],
    [[], 'NO_DATA'],
  ])('the worst of %j among measures with data is %s', (statuses, expected) => {
    expect(goalStatus(statuses)).toBe(expected);
  });

  it('sorts worst first and names each status in words', () => {
    const sorted = (['MET', 'NO_DATA', 'OFF_TRACK', 'ON_TRACK', 'AT_RISK'] as MeasureStatus[]).sort(compareStatus);
    expect(sorted.map(statusLabel)).toEqual(['Off track', 'At risk', 'On track', 'Met', 'No data']);
  });
});
