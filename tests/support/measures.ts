// The seed plans' measures as the pure plan views read them, for unit tests (no database).
import type { MeasureRow } from '@/lib/plan-view';

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Chronic absenteeism from the LACOE plan: 31.2% (2021-22) → 10% below it by June 2025, reported quarterly. */
export const absenteeismMeasure = (over: Partial<MeasureRow> = {}): MeasureRow => ({
  id: 'm1',
  code: 'CA',
  name: 'Chronic absenteeism',
  unit: 'PERCENT',
  direction: 'DECREASE',
  decimals: 1,
  cadence: 'QUARTERLY',
  dataSource: '',
  baselineValue: 31.2,
  baselineDate: day('2022-06-30'),
  baselineLabel: '2021-22',
  baselineNote: '',
  baselineIsDemo: false,
  targetKind: 'PERCENT_CHANGE',
  targetAmount: 10,
  targetDate: day('2025-06-30'),
  interimTargets: [],
  ...over,
});
