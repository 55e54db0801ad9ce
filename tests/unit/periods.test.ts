import { describe, expect, it } from 'vitest';
import { PERIOD_KIND_WORDS, comparePeriods, periodKindOf, periodsForCycle, quarterPeriod, schoolYearLabel, schoolYearOf, schoolYearPeriod } from '@/lib/periods';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('school-year periods', () => {
  it.each([
    [2022, '2022-23'],
    [2099, '2099-00'],
  ])('the school year starting in %i is labelled %s', (year, label) => {
    expect(schoolYearLabel(year)).toBe(label);
  });

  it.each([
    ['2022-07-01', 2022],
    ['2023-06-30', 2022],
    ['2023-01-15', 2022],
  ])('%s falls in the school year starting %i', (iso, year) => {
    expect(schoolYearOf(d(iso))).toBe(year);
  });

  it.each([
    [1, '2023-07-01', '2023-09-30', '2023-10-15'],
    [2, '2023-10-01', '2023-12-31', '2024-01-15'],
    [3, '2024-01-01', '2024-03-31', '2024-04-15'],
    [4, '2024-04-01', '2024-06-30', '2024-07-15'],
  ] as const)('Q%i of 2023-24 runs %s to %s and is due 15 days later, %s', (q, start, end, due) => {
    const p = quarterPeriod(2023, q);
    expect(p.code).toBe(`2023-24-Q${q}`);
    expect(p.label).toBe(`2023-24 Q${q}`);
    expect(p.startDate).toEqual(d(start));
    expect(p.endDate).toEqual(d(end));
    expect(p.dueDate).toEqual(d(due));
  });

  it('a school year runs July to June', () => {
    const p = schoolYearPeriod(2024);
    expect([p.code, p.startDate, p.endDate, p.dueDate]).toEqual(['2024-25', d('2024-07-01'), d('2025-06-30'), d('2025-07-15')]);
  });

  it('the LACOE 2022-25 cycle has three school years and twelve quarters, in order', () => {
    const periods = periodsForCycle(d('2022-07-01'), d('2025-06-30'));
    expect(periods.filter((p) => p.kind === 'SCHOOL_YEAR').map((p) => p.code)).toEqual(['2022-23', '2023-24', '2024-25']);
    expect(periods.filter((p) => p.kind === 'QUARTER')).toHaveLength(12);
    const sorted = [...periods].sort(comparePeriods);
    expect(sorted.map((p) => p.code)).toEqual(periods.map((p) => p.code));
    expect(sorted.at(-2)?.code).toBe('2024-25-Q4');
    expect(sorted.at(-1)?.code).toBe('2024-25');
  });
});

describe('the period a measure reports as of', () => {
  it('is a school year for an annual measure and a quarter for a quarterly one', () => {
    expect([periodKindOf('ANNUAL'), periodKindOf('QUARTERLY')]).toEqual(['SCHOOL_YEAR', 'QUARTER']);
    expect(PERIOD_KIND_WORDS[periodKindOf('ANNUAL')]).toBe('school year');
  });
});
