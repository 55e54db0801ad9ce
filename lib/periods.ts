// Reporting periods: school-year quarters (Q1 Jul–Sep … Q4 Apr–Jun) and school years,
// generated for a plan's cycle. Pure functions; dates are UTC midnights.

export type PeriodKind = 'QUARTER' | 'SCHOOL_YEAR';
export type Cadence = 'QUARTERLY' | 'ANNUAL';

/** The kind of period a measure's value is as of: a school year when measured annually, else a quarter. */
export const periodKindOf = (cadence: Cadence): PeriodKind => (cadence === 'ANNUAL' ? 'SCHOOL_YEAR' : 'QUARTER');

/** A period kind in words: "quarter", "school year". */
export const PERIOD_KIND_WORDS: Record<PeriodKind, string> = { QUARTER: 'quarter', SCHOOL_YEAR: 'school year' };

export interface PeriodSpec {
  kind: PeriodKind;
  code: string;
  label: string;
  schoolYear: number;
  quarter: number | null;
  startDate: Date;
  endDate: Date;
  dueDate: Date;
}

export const DEFAULT_DUE_DAYS = 15;

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

/** "2023-24" for the school year that starts in July 2023. */
export function schoolYearLabel(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The school year (by its starting calendar year) that contains a date. */
export function schoolYearOf(date: Date): number {
  return date.getUTCMonth() >= 6 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

export function schoolYearPeriod(startYear: number, dueDays = DEFAULT_DUE_DAYS): PeriodSpec {
  const endDate = utc(startYear + 1, 5, 30);
  return {
    kind: 'SCHOOL_YEAR',
    code: schoolYearLabel(startYear),
    label: schoolYearLabel(startYear),
    schoolYear: startYear,
    quarter: null,
    startDate: utc(startYear, 6, 1),
    endDate,
    dueDate: addDays(endDate, dueDays),
  };
}

export function quarterPeriod(startYear: number, quarter: 1 | 2 | 3 | 4, dueDays = DEFAULT_DUE_DAYS): PeriodSpec {
  // Q1 starts in July (month 6); each quarter is three months.
  const startMonth = 6 + (quarter - 1) * 3;
  const startDate = utc(startYear, startMonth, 1);
  const endDate = addDays(utc(startYear, startMonth + 3, 1), -1);
  return {
    kind: 'QUARTER',
    code: `${schoolYearLabel(startYear)}-Q${quarter}`,
    label: `${schoolYearLabel(startYear)} Q${quarter}`,
    schoolYear: startYear,
    quarter,
    startDate,
    endDate,
    dueDate: addDays(endDate, dueDays),
  };
}

/** Every school year and quarter that overlaps the cycle, in chronological order (quarters before their year). */
export function periodsForCycle(cycleStart: Date, cycleEnd: Date, dueDays = DEFAULT_DUE_DAYS): PeriodSpec[] {
  const periods: PeriodSpec[] = [];
  for (let year = schoolYearOf(cycleStart); year <= schoolYearOf(cycleEnd); year++) {
    for (const q of [1, 2, 3, 4] as const) periods.push(quarterPeriod(year, q, dueDays));
    periods.push(schoolYearPeriod(year, dueDays));
  }
  return periods;
}

/** Sorts periods by end date, a quarter before the school year that ends with it. */
export function comparePeriods(a: Pick<PeriodSpec, 'endDate' | 'kind'>, b: Pick<PeriodSpec, 'endDate' | 'kind'>): number {
  const byEnd = a.endDate.getTime() - b.endDate.getTime();
  if (byEnd !== 0) return byEnd;
  return a.kind === b.kind ? 0 : a.kind === 'QUARTER' ? -1 : 1;
}
