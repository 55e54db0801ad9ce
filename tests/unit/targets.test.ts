import { describe, expect, it } from 'vitest';
import { expectedValueAt, finalTarget, targetPath, wholeYearsBetween, type TargetSpec } from '@/lib/targets';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const t0 = d('2022-06-30'); // end of the 2021-22 school year
const t1 = d('2025-06-30'); // "By June 2025"

const spec = (over: Partial<TargetSpec>): TargetSpec => ({
  kind: 'VALUE',
  amount: 100,
  direction: 'INCREASE',
  baseline: null,
  baselineDate: t0,
  deadline: t1,
  ...over,
});

// The LACOE 2022-25 plan's own goals.
const absenteeism = spec({ kind: 'PERCENT_CHANGE', amount: 10, direction: 'DECREASE', baseline: 31.2 });
const elaScaleScore = spec({ kind: 'ANNUAL_CHANGE', amount: 5, baseline: 2400 });
const dualEnrollment = spec({ kind: 'ANNUAL_PERCENT_CHANGE', amount: 5, baseline: 240 });
const partnerships = spec({ kind: 'ANNUAL_PERCENT_CHANGE', amount: 20, baseline: 370 });
const communitySchools = spec({ kind: 'CHANGE', amount: 105, baseline: 45 });
const staffAgree = spec({ kind: 'VALUE', amount: 100, baseline: 68 });

describe('whole years since the baseline', () => {
  it.each([
    ['2022-06-30', '2025-06-30', 3],
    ['2022-06-30', '2025-06-29', 2],
    ['2022-06-30', '2022-12-31', 0],
    ['2024-02-29', '2025-02-28', 0],
    ['2024-02-29', '2025-03-01', 1],
  ])('from %s to %s is %i', (a, b, years) => {
    expect(wholeYearsBetween(d(a), d(b))).toBe(years);
  });
});

describe('final targets', () => {
  it.each<[string, TargetSpec, number]>([
    ['"decrease of 10% … compared to the 2021-22 baseline of 31.2%" is 28.08', absenteeism, 28.08],
    ['"5-point increase in median scale score, measured annually" adds 5 a year for 3 years', elaScaleScore, 2415],
    ['"annual increase of 5% of dually enrolled students" compounds three times', dualEnrollment, 240 * 1.05 ** 3],
    ['"annual 20% increase in strategic partnerships" compounds three times', partnerships, 370 * 1.2 ** 3],
    ['"an additional 105 community schools" adds 105 to the baseline', communitySchools, 150],
    ['"100% of employees will agree" is 100 whatever the baseline', staffAgree, 100],
    ['a value target works without a baseline', spec({ kind: 'VALUE', amount: 100 }), 100],
    ['a change can be a decrease', spec({ kind: 'CHANGE', amount: 4, direction: 'DECREASE', baseline: 20 }), 16],
    ['an annual change can be a decrease', spec({ kind: 'ANNUAL_CHANGE', amount: 2, direction: 'DECREASE', baseline: 20 }), 14],
    ['an annual percent change can be a decrease', spec({ kind: 'ANNUAL_PERCENT_CHANGE', amount: 10, direction: 'DECREASE', baseline: 1000 }), 729],
    ['a percent change can be an increase', spec({ kind: 'PERCENT_CHANGE', amount: 10, baseline: 50 }), 55],
  ])('%s', (_name, s, expected) => {
    expect(finalTarget(s)).toBeCloseTo(expected, 9);
  });

  it.each<TargetSpec['kind']>(['CHANGE', 'PERCENT_CHANGE', 'ANNUAL_CHANGE', 'ANNUAL_PERCENT_CHANGE'])(
    'a %s target cannot be computed without a baseline',
    (kind) => {
      expect(finalTarget(spec({ kind, amount: 5 }))).toBeNull();
      expect(targetPath(spec({ kind, amount: 5 }))).toEqual([]);
      expect(expectedValueAt(spec({ kind, amount: 5 }), d('2024-01-01'))).toBeNull();
    },
  );
});

describe('the target path', () => {
  it('annual targets have one interim point per whole year, then the final target', () => {
    const path = targetPath(elaScaleScore);
    expect(path.map((p) => [p.date.toISOString().slice(0, 10), p.value, p.kind])).toEqual([
      ['2022-06-30', 2400, 'baseline'],
      ['2023-06-30', 2405, 'interim'],
      ['2024-06-30', 2410, 'interim'],
      ['2025-06-30', 2415, 'final'],
    ]);
  });

  it('compounding annual targets grow by the same rate each year', () => {
    const values = targetPath(partnerships).map((p) => p.value);
    expect(values[1]).toBeCloseTo(444, 9);
    expect(values[2]).toBeCloseTo(532.8, 9);
    expect(values[3]).toBeCloseTo(639.36, 9);
  });

  it('a one-off change goes straight from the baseline to the final target', () => {
    expect(targetPath(absenteeism).map((p) => p.kind)).toEqual(['baseline', 'final']);
  });

  it('explicit interim targets (LAUSD-style yearly targets) override the computed ones', () => {
    const withExplicit = spec({
      kind: 'ANNUAL_CHANGE',
      amount: 5,
      baseline: 2400,
      interimTargets: [{ date: d('2023-06-30'), value: 2402 }, { date: d('2024-06-30'), value: 2406 }],
    });
    expect(targetPath(withExplicit).map((p) => p.value)).toEqual([2400, 2402, 2406, 2415]);
    expect(expectedValueAt(withExplicit, d('2023-06-30'))).toBe(2402);
  });

  it('explicit interim targets give a one-off change intermediate points too', () => {
    const s = spec({ kind: 'CHANGE', amount: 30, baseline: 50, interimTargets: [{ date: d('2023-06-30'), value: 60 }] });
    expect(targetPath(s).map((p) => p.value)).toEqual([50, 60, 80]);
  });

  it('a value target without a baseline has only its final point', () => {
    expect(targetPath(spec({ kind: 'VALUE', amount: 100 }))).toEqual([{ date: t1, value: 100, kind: 'final' }]);
  });
});

describe('the expected value at a date', () => {
  it.each<[string, TargetSpec, string, number]>([
    ['before the baseline date it is the baseline', absenteeism, '2021-01-01', 31.2],
    ['at the baseline date it is the baseline', absenteeism, '2022-06-30', 31.2],
    ['at the deadline it is the final target', absenteeism, '2025-06-30', 28.08],
    ['after the deadline it stays at the final target', absenteeism, '2026-11-22', 28.08],
    ['on an interim date it is the interim target', elaScaleScore, '2024-06-30', 2410],
    ['a decreasing path is interpolated linearly', spec({ kind: 'CHANGE', amount: 3, direction: 'DECREASE', baseline: 30, baselineDate: d('2022-01-01'), deadline: d('2024-01-01') }), '2023-01-01', 28.5],
  ])('%s', (_name, s, at, expected) => {
    expect(expectedValueAt(s, d(at))).toBeCloseTo(expected, 6);
  });

  it('halfway between two interim points it is halfway between their values', () => {
    const mid = new Date((d('2023-06-30').getTime() + d('2024-06-30').getTime()) / 2);
    expect(expectedValueAt(elaScaleScore, mid)).toBeCloseTo(2407.5, 6);
  });
});
