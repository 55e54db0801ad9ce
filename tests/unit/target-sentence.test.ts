// The sentence that states a measure's target in the structure editor's live preview.
import { describe, expect, it } from 'vitest';
import { measureTargetSentence, type TargetSentenceInput } from '@/lib/target-sentence';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const base: TargetSentenceInput = {
  kind: 'ANNUAL_CHANGE',
  amount: 2,
  direction: 'INCREASE',
  baseline: 62,
  baselineDate: day('2022-06-30'),
  baselineLabel: '2021-22',
  deadline: day('2025-06-30'),
  unit: 'PERCENT',
  decimals: 1,
};

describe('measureTargetSentence', () => {
  it.each<[string, Partial<TargetSentenceInput>, string]>([
    ['VALUE, increase', { kind: 'VALUE', amount: 100 }, 'Increase from 62.0% (2021-22) to 100.0% by June 2025.'],
    ['VALUE, decrease', { kind: 'VALUE', amount: 25, direction: 'DECREASE', baseline: 31.2 }, 'Decrease from 31.2% (2021-22) to 25.0% by June 2025.'],
    [
      'CHANGE, increase (a count)',
      { kind: 'CHANGE', amount: 105, unit: 'COUNT', decimals: 0, baseline: 200 },
      'Increase from 200 (2021-22) by 105, to 305 by June 2025.',
    ],
    [
      'CHANGE, decrease (points)',
      { kind: 'CHANGE', amount: 5, unit: 'POINTS', direction: 'DECREASE', baseline: 40 },
      'Decrease from 40.0 (2021-22) by 5 points, to 35.0 by June 2025.',
    ],
    [
      'PERCENT_CHANGE, decrease (the 31.2% absenteeism goal)',
      { kind: 'PERCENT_CHANGE', amount: 10, direction: 'DECREASE', baseline: 31.2 },
      'Decrease from 31.2% (2021-22) by 10%, to 28.1% by June 2025.',
    ],
    ['PERCENT_CHANGE, increase', { kind: 'PERCENT_CHANGE', amount: 10, baseline: 50 }, 'Increase from 50.0% (2021-22) by 10%, to 55.0% by June 2025.'],
    ['ANNUAL_CHANGE, increase', {}, 'Increase from 62.0% (2021-22) by 2 percentage points each year, to 68.0% by June 2025.'],
    [
      'ANNUAL_CHANGE, decrease',
      { amount: 1, direction: 'DECREASE', baseline: 31.2 },
      'Decrease from 31.2% (2021-22) by 1 percentage point each year, to 28.2% by June 2025.',
    ],
    [
      'ANNUAL_PERCENT_CHANGE, increase (the annual 20% increase in partnerships)',
      { kind: 'ANNUAL_PERCENT_CHANGE', amount: 20, unit: 'COUNT', decimals: 0, baseline: 40 },
      'Increase from 40 (2021-22) by 20% each year, to 69 by June 2025.',
    ],
    [
      'ANNUAL_PERCENT_CHANGE, decrease',
      { kind: 'ANNUAL_PERCENT_CHANGE', amount: 5, direction: 'DECREASE', baseline: 31.2 },
      'Decrease from 31.2% (2021-22) by 5% each year, to 26.8% by June 2025.',
    ],
  ])('%s', (_name, change, sentence) => {
    expect(measureTargetSentence({ ...base, ...change })).toBe(sentence);
  });

  it('says a target relative to a missing baseline cannot be computed yet', () => {
    expect(measureTargetSentence({ ...base, baseline: null, baselineDate: null })).toBe(
      'Increase by 2 percentage points each year to June 2025; the target needs a baseline to be computed.',
    );
    expect(measureTargetSentence({ ...base, kind: 'VALUE', amount: 100, baseline: null, baselineDate: null })).toBe('Reach 100.0% by June 2025.');
  });

  it('uses explicit interim targets, and an explicit target at the deadline as the final one', () => {
    const sentence = measureTargetSentence({
      ...base,
      interimTargets: [
        { date: day('2023-06-30'), value: 65, label: '2022-23' },
        { date: day('2025-06-30'), value: 70, label: '2024-25' },
      ],
    });
    expect(sentence).toBe('Increase from 62.0% (2021-22) by 2 percentage points each year, to 70.0% by June 2025, through 2 interim targets.');
  });

  it('leaves out the period when the baseline has no label', () => {
    expect(measureTargetSentence({ ...base, baselineLabel: null })).toBe('Increase from 62.0% by 2 percentage points each year, to 68.0% by June 2025.');
  });
});
