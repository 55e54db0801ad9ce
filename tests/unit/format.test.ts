import { describe, expect, it } from 'vitest';
import { formatAmount, formatMonthYear, formatValue, targetSentence, type TargetSentenceSpec } from '@/lib/format';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const base: TargetSentenceSpec = {
  kind: 'VALUE',
  amount: 100,
  direction: 'INCREASE',
  baseline: null,
  baselineDate: d('2022-06-30'),
  baselineLabel: '2021-22',
  deadline: d('2025-06-30'),
  unit: 'PERCENT',
  decimals: 0,
};

describe('values', () => {
  it.each([
    [28.08, 'PERCENT', 1, '28.1%'],
    [1037.4, 'COUNT', 0, '1,037'],
    [2415, 'SCALE_SCORE', 0, '2,415'],
    [12.5, 'POINTS', 1, '12.5'],
    [1250000, 'CURRENCY', 0, '$1,250,000'],
    [62.25, 'INDEX', 2, '62.25'],
  ] as const)('%d as %s with %i decimals reads %s', (value, unit, decimals, text) => {
    expect(formatValue(value, unit, decimals)).toBe(text);
  });

  it('formats per locale', () => {
    expect(formatValue(1037.5, 'COUNT', 1, 'es-US')).toMatch(/1[,.\s\u00a0]?037[.,]5/);
    expect(formatMonthYear(d('2025-06-30'), 'es-US')).toBe('junio de 2025');
  });

  it.each([
    [5, 'SCALE_SCORE', false, '5 points'],
    [5, 'PERCENT', false, '5 percentage points'],
    [10, 'PERCENT', true, '10%'],
    [105, 'COUNT', false, '105'],
  ] as const)('an amount of %d %s (relative: %s) reads %s', (amount, unit, relative, text) => {
    expect(formatAmount(amount, unit, relative)).toBe(text);
  });
});

// Each kind of target the seed plans state, in words in English and, where the Spanish pages have a case, in Spanish.
const TARGET_SENTENCES: [name: string, over: Partial<TargetSentenceSpec>, english: string, spanish: string | null][] = [
  [
    'chronic absenteeism, a 10% decrease from a stated baseline',
    { kind: 'PERCENT_CHANGE', amount: 10, direction: 'DECREASE', baseline: 31.2, decimals: 1 },
    '28.1% by June 2025 — 10% below the 2021-22 baseline of 31.2%',
    '28.1% para junio de 2025 — 10% por debajo de la línea de base 2021-22 de 31.2%',
  ],
  [
    'an additional 105 community schools',
    { kind: 'CHANGE', amount: 105, baseline: 140, unit: 'COUNT' },
    '245 by June 2025 — 105 more than the 2021-22 baseline of 140',
    '245 para junio de 2025 — 105 más que la línea de base 2021-22 de 140',
  ],
  ['100% of employees agree, no baseline', {}, '100% by June 2025', '100% para junio de 2025'],
  [
    '100% of employees agree, with a baseline',
    { baseline: 72 },
    '100% by June 2025 — from the 2021-22 baseline of 72%',
    '100% para junio de 2025 — desde la línea de base 2021-22 de 72%',
  ],
  [
    'a 5-point increase in median scale score each year',
    { kind: 'ANNUAL_CHANGE', amount: 5, baseline: 2400, unit: 'SCALE_SCORE' },
    '2,415 by June 2025 — 5 points more each year from the 2021-22 baseline of 2,400',
    '2,415 para junio de 2025 — 5 puntos más cada año desde la línea de base 2021-22 de 2,400',
  ],
  [
    'an annual 20% increase in partnerships',
    { kind: 'ANNUAL_PERCENT_CHANGE', amount: 20, baseline: 370, unit: 'COUNT' },
    '639 by June 2025 — 20% more each year from the 2021-22 baseline of 370',
    null,
  ],
  [
    'a decrease in a count',
    { kind: 'CHANGE', amount: 5, direction: 'DECREASE', baseline: 40, unit: 'COUNT' },
    '35 by June 2025 — 5 fewer than the 2021-22 baseline of 40',
    null,
  ],
  [
    'an annual decrease in percentage points',
    { kind: 'ANNUAL_CHANGE', amount: 2, direction: 'DECREASE', baseline: 20, decimals: 1 },
    '14.0% by June 2025 — 2 percentage points less each year from the 2021-22 baseline of 20.0%',
    '14.0% para junio de 2025 — 2 puntos porcentuales menos cada año desde la línea de base 2021-22 de 20.0%',
  ],
  [
    'a baseline without a label',
    { kind: 'PERCENT_CHANGE', amount: 10, direction: 'DECREASE', baseline: 18, baselineLabel: null, unit: 'POINTS', decimals: 1 },
    '16.2 by June 2025 — 10% below the baseline of 18.0',
    null,
  ],
  [
    'an annual change when the plan states no baseline',
    { kind: 'ANNUAL_CHANGE', amount: 5, unit: 'SCALE_SCORE' },
    '5 points more each year by June 2025 (the plan states no baseline)',
    '5 puntos más cada año para junio de 2025 (el plan no indica línea de base)',
  ],
  [
    'a percent change when the plan states no baseline',
    { kind: 'PERCENT_CHANGE', amount: 10, direction: 'DECREASE', unit: 'POINTS' },
    '10% below the baseline by June 2025 (the plan states no baseline)',
    '10% por debajo de la línea de base para junio de 2025 (el plan no indica línea de base)',
  ],
];

describe('targets in words', () => {
  it.each(TARGET_SENTENCES)('%s', (_name, over, sentence) => {
    expect(targetSentence({ ...base, ...over })).toBe(sentence);
  });
});

describe('targets in words, in Spanish', () => {
  it.each(TARGET_SENTENCES.filter(([, , , spanish]) => spanish !== null))('%s', (_name, over, _english, sentence) => {
    expect(targetSentence({ ...base, ...over }, 'es-US')).toBe(sentence);
  });
});
