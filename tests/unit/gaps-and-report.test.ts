import { describe, expect, it } from 'vitest';
import { boardReportCsv } from '@/lib/board-report';
import type { BoardReport } from '@/lib/data/dashboard';
import { gapSeries, gapTargetSpec } from '@/lib/gaps';
import { finalTarget } from '@/lib/targets';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const v = (iso: string, value: number) => ({ periodEnd: d(iso), periodLabel: iso.slice(0, 4), value });

describe('the gap between a focus group and its reference group', () => {
  it('is positive when the focus group trails, for an increase and for a decrease', () => {
    // Justice-impacted youth 2304 against All students 2401 on a scale score (increase).
    expect(gapSeries('INCREASE', [v('2023-06-30', 2304)], [v('2023-06-30', 2401)]).map((p) => p.gap)).toEqual([97]);
    // Absenteeism (decrease): a focus group at 38% against 31% trails by 7 points.
    expect(gapSeries('DECREASE', [v('2023-06-30', 38)], [v('2023-06-30', 31)]).map((p) => p.gap)).toEqual([7]);
  });

  it('only pairs periods where both groups have a value, in date order', () => {
    const series = gapSeries('INCREASE', [v('2024-06-30', 2311), v('2023-06-30', 2304), v('2025-06-30', 2320)], [v('2023-06-30', 2401), v('2024-06-30', 2407)]);
    expect(series.map((p) => [p.periodLabel, p.gap])).toEqual([
      ['2023', 97],
      ['2024', 96],
    ]);
  });

  it('has its own target: a 10% narrowing of the first observed gap by the deadline', () => {
    const series = gapSeries('INCREASE', [v('2023-06-30', 2304)], [v('2023-06-30', 2401)]);
    const spec = gapTargetSpec(series, d('2025-06-30'))!;
    expect(spec).toMatchObject({ kind: 'PERCENT_CHANGE', direction: 'DECREASE', baseline: 97, amount: 10 });
    expect(finalTarget(spec)).toBeCloseTo(87.3, 6);
    expect(gapTargetSpec([], d('2025-06-30'))).toBeNull();
    expect(gapTargetSpec(series, d('2023-06-30'))).toBeNull();
  });
});

describe('the board report CSV', () => {
  it('has one row per measure with the rounded figures and the target in words', () => {
    const report = {
      plan: { labels: { objective: 'Pillar' } },
      objectives: [
        {
          number: 2,
          name: 'Wellbeing',
          goals: [
            {
              code: 'WB-1',
              title: 'Student Wellbeing',
              priorityName: 'Attendance',
              divisionName: 'Student Support Services',
              status: 'OFF_TRACK',
              measures: [
                {
                  name: 'Chronic absenteeism',
                  decimals: 1,
                  latest: { value: 30.1, periodLabel: '2023-24' },
                  expected: 29.119_178,
                  finalTarget: 28.080_000_000_000_002,
                  status: 'OFF_TRACK',
                  targetSentence: '28.1% by June 2025 — 10% below the 2021-22 baseline of 31.2%',
                },
              ],
            },
          ],
        },
      ],
    } as unknown as BoardReport;
    const lines = boardReportCsv(report).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toEqual([
      'Objective,Priority,Goal code,Goal,Division,Goal status,Measure,Latest value,Latest period,Expected value,Final target,Measure status,Target',
      'Pillar 2: Wellbeing,Attendance,WB-1,Student Wellbeing,Student Support Services,Off track,Chronic absenteeism,30.1,2023-24,29.1,28.1,Off track,28.1% by June 2025 — 10% below the 2021-22 baseline of 31.2%',
    ]);
  });
});
