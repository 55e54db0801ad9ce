import { assessmentGap } from '@/lib/status';
import { describe, expect, it } from 'vitest';
import { approvedAsOf, cutoffForPeriod, latestCutoff, targetInForce, updatesAsOf } from '@/lib/as-of';
import {
  buildDashboardView,
  choosePeriods,
  goalStatusAsOf,
  overdueByDivision,
  reportDisagrees,
  worsened,
  type DashboardObservation,
  type DashboardPeriod,
  type DashboardUpdate,
  type TreeObjective,
} from '@/lib/dashboard-view';
import type { MeasureRow } from '@/lib/plan-view';
import type { MeasureStatus } from '@/lib/status';
import { quarterPeriod } from '@/lib/periods';
import { absenteeismMeasure } from '../support/measures';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

const quarter = (year: number, q: 1 | 2 | 3 | 4): DashboardPeriod => {
  const p = quarterPeriod(year, q);
  return { id: p.code, code: p.code, label: p.label, endDate: p.endDate, dueDate: p.dueDate };
};
const Q = {
  '2022-23-Q4': quarter(2022, 4),
  '2023-24-Q1': quarter(2023, 1),
  '2023-24-Q2': quarter(2023, 2),
  '2023-24-Q3': quarter(2023, 3),
};

// Chronic absenteeism from the LACOE plan: 31.2% (2021-22) → 28.08% by June 2025, 10% below.
const absenteeism = (id: string): MeasureRow => absenteeismMeasure({ id, code: id });

const obs = (measureId: string, value: number, periodEnd: string, approvedAt: string | null, state: DashboardObservation['state'] = 'APPROVED'): DashboardObservation => ({
  measureId,
  value,
  state,
  approvedAt: approvedAt ? d(approvedAt) : null,
  periodLabel: periodEnd,
  periodEnd: d(periodEnd),
});

describe('which values stood as of a period', () => {
  const cutoff = cutoffForPeriod(Q['2023-24-Q2']); // ends 2023-12-31, due 2024-01-15
  it.each([
    ['an approved value of an earlier period, approved by the due date, counts', obs('m', 30, '2023-09-30', '2023-10-20'), true],
    ['a value of the period itself approved on its due date counts', obs('m', 30, '2023-12-31', '2024-01-15'), true],
    ['a value approved the day after the due date does not count', obs('m', 30, '2023-12-31', '2024-01-16'), false],
    ['a value of a later period does not count, even if approved early', obs('m', 30, '2024-03-31', '2024-01-10'), false],
    ['a submitted value does not count', obs('m', 30, '2023-09-30', null, 'SUBMITTED'), false],
    ['a draft does not count', obs('m', 30, '2023-09-30', null, 'DRAFT'), false],
    ['a returned value does not count', obs('m', 30, '2023-09-30', null, 'RETURNED'), false],
  ])('%s', (_name, row, counted) => {
    expect(approvedAsOf([row], cutoff)).toHaveLength(counted ? 1 : 0);
  });

  it('"latest" counts everything approved up to now', () => {
    const rows = [obs('m', 30, '2023-09-30', '2023-10-20'), obs('m', 29, '2024-12-31', '2025-01-20')];
    expect(approvedAsOf(rows, latestCutoff(d('2025-02-01')))).toHaveLength(2);
    expect(approvedAsOf(rows, latestCutoff(d('2025-01-19')))).toHaveLength(1);
  });

  it('counts an update sent in by the due date and ignores drafts and later submissions', () => {
    const u = (state: DashboardUpdate['state'], submittedAt: string | null) => ({ state, submittedAt: submittedAt ? d(submittedAt) : null, periodEnd: d('2023-12-31') });
    const rows = [u('APPROVED', '2024-01-10'), u('SUBMITTED', '2024-01-15'), u('SUBMITTED', '2024-01-16'), u('DRAFT', null), u('RETURNED', '2024-01-02')];
    expect(updatesAsOf(rows, cutoff)).toEqual([rows[0], rows[1]]);
  });
});

describe('the target in force at a date', () => {
  const versions = [
    { effectiveFrom: d('2023-07-01'), target: 'revised' },
    { effectiveFrom: null, target: 'adopted' },
    { effectiveFrom: d('2024-07-01'), target: 'second revision' },
  ];
  it.each([
    ['2022-12-31', 'adopted'],
    ['2023-07-01', 'revised'],
    ['2024-06-30', 'revised'],
    ['2025-06-30', 'second revision'],
  ])('as of %s is the %s one', (at, expected) => {
    expect(targetInForce(versions, d(at))).toBe(expected);
  });
  it('falls back to the earliest version before any took effect, and to nothing without versions', () => {
    expect(targetInForce([{ effectiveFrom: d('2024-01-01'), target: 'only' }], d('2023-01-01'))).toBe('only');
    expect(targetInForce([], d('2023-01-01'))).toBeNull();
  });
  it('is what the dashboard applies: each value is judged against the target in force when its period ended', () => {
    const m = absenteeism('m');
    const stricter: MeasureRow = { ...m, targetAmount: 30 };
    const versionsOf = () => [
      { effectiveFrom: null, target: m },
      { effectiveFrom: d('2024-01-01'), target: stricter },
    ];
    const before = new Map([['m', [obs('m', 30.1, '2023-06-30', '2023-07-20')]]]);
    const early = goalStatusAsOf({ measures: [m] }, before, cutoffForPeriod(Q['2023-24-Q2']), 0.8, versionsOf);
    // A stricter target adopted later does not rewrite the verdict on a period that ended before it…
    const later = goalStatusAsOf({ measures: [m] }, before, latestCutoff(d('2025-01-01')), 0.8, versionsOf);
    expect(early.status).toBe('ON_TRACK');
    expect(later.status).toBe('ON_TRACK');
    // …but the first value after it is judged against it: the same pace is now off track.
    const after = new Map([['m', [obs('m', 30.1, '2023-06-30', '2023-07-20'), obs('m', 29.1, '2024-06-30', '2024-07-20')]]]);
    expect(goalStatusAsOf({ measures: [m] }, after, latestCutoff(d('2025-01-01')), 0.8, versionsOf).status).toBe('OFF_TRACK');
    expect(goalStatusAsOf({ measures: [m] }, after, latestCutoff(d('2025-01-01')), 0.8).status).toBe('ON_TRACK');
  });
});

describe('rolling measures up to a goal', () => {
  // At 2023-06-30 the expected absenteeism is 30.16; 80% of the expected progress is 30.368.
  it.each<[string, number[], MeasureStatus]>([
    ['one measure on track', [30.1], 'ON_TRACK'],
    ['the worst measure wins', [30.1, 30.3], 'AT_RISK'],
    ['off track beats at risk and met', [28.0, 30.3, 31.5], 'OFF_TRACK'],
    ['all measures met', [28.0, 27.9], 'MET'],
    ['a measure without data does not count', [30.1, Number.NaN], 'ON_TRACK'],
    ['no measure with data is no data', [Number.NaN], 'NO_DATA'],
  ])('%s', (_name, values, expected) => {
    const measures = values.map((_, i) => absenteeism(`m${i}`));
    const rows = new Map<string, DashboardObservation[]>(
      values.flatMap((v, i): [string, DashboardObservation[]][] =>
        Number.isNaN(v) ? [] : [[`m${i}`, [obs(`m${i}`, v, '2023-06-30', '2023-07-20')]]],
      ),
    );
    expect(goalStatusAsOf({ measures }, rows, latestCutoff(d('2024-01-01')), 0.8).status).toBe(expected);
  });
});

describe('worse than at the previous period', () => {
  it.each<[MeasureStatus | null, MeasureStatus, boolean]>([
    ['ON_TRACK', 'AT_RISK', true],
    ['AT_RISK', 'OFF_TRACK', true],
    ['MET', 'ON_TRACK', true],
    ['MET', 'OFF_TRACK', true],
    ['AT_RISK', 'AT_RISK', false],
    ['OFF_TRACK', 'AT_RISK', false],
    ['AT_RISK', 'MET', false],
    ['NO_DATA', 'OFF_TRACK', false],
    [null, 'OFF_TRACK', false],
  ])('%s → %s: %s', (before, now, expected) => {
    expect(worsened(before, now)).toBe(expected);
  });

  it.each<[string | null, MeasureStatus, boolean]>([
    ['ON_TRACK', 'OFF_TRACK', true],
    ['MET', 'AT_RISK', true],
    ['MET', 'ON_TRACK', true],
    ['AT_RISK', 'OFF_TRACK', true],
    ['ON_TRACK', 'ON_TRACK', false],
    ['OFF_TRACK', 'ON_TRACK', false],
    ['ON_TRACK', 'NO_DATA', false],
    [null, 'OFF_TRACK', false],
  ])('a division reporting %s while the data say %s is flagged on the dashboard: %s', (reported, computed, expected) => {
    expect(reportDisagrees(reported as never, computed)).toBe(expected);
  });
});

describe('the dashboard view', () => {
  const goal = (id: string, divisionId: string, measureIds: string[]) => ({
    id,
    code: id.toUpperCase(),
    title: `Goal ${id}`,
    statement: '',
    deadline: null,
    divisionId,
    division: { id: divisionId, name: divisionId === 'd1' ? 'Curriculum' : 'Student Support' },
    measures: measureIds.map(absenteeism),
  });
  const objectives: TreeObjective[] = [
    { id: 'o1', name: 'Outcomes', priorities: [{ id: 'p1', name: 'Literacy', goals: [goal('g1', 'd1', ['a']), goal('g2', 'd2', ['b'])] }] },
    { id: 'o2', name: 'Wellbeing', priorities: [{ id: 'p2', name: 'Attendance', goals: [goal('g3', 'd2', ['c']), goal('g4', 'd2', [])] }] },
  ];
  // g1: on track in Q1, then a Q2 value approved in January puts it off track.
  // g2: at risk throughout. g3: on track, its Q2 value approved only after the Q2 due date.
  const observations = [
    obs('a', 30.1, '2023-09-30', '2023-10-10'),
    obs('a', 31.5, '2023-12-31', '2024-01-10'),
    obs('b', 30.1, '2023-09-30', '2023-10-10'),
    obs('c', 29.8, '2023-09-30', '2023-10-10'),
    obs('c', 31.9, '2023-12-31', '2024-02-01'),
  ];
  const updates: DashboardUpdate[] = [
    { goalId: 'g1', periodId: '2023-24-Q2', periodLabel: '2023-24 Q2', periodEnd: d('2023-12-31'), state: 'SUBMITTED', reportedStatus: 'ON_TRACK', submittedAt: d('2024-01-05') },
    { goalId: 'g2', periodId: '2023-24-Q2', periodLabel: '2023-24 Q2', periodEnd: d('2023-12-31'), state: 'APPROVED', reportedStatus: 'AT_RISK', submittedAt: d('2024-01-14') },
  ];
  const view = (filters = {}) =>
    buildDashboardView({
      objectives,
      threshold: 0.8,
      observations,
      updates,
      cutoff: cutoffForPeriod(Q['2023-24-Q2']),
      previousCutoff: cutoffForPeriod(Q['2023-24-Q1']),
      duePeriod: Q['2023-24-Q2'],
      now: d('2024-03-01'),
      filters,
    });

  it('counts goals per status for the plan and per objective, as of the period', () => {
    const v = view();
    expect(v.counts).toEqual({ MET: 0, ON_TRACK: 1, AT_RISK: 1, OFF_TRACK: 1, NO_DATA: 1 });
    expect(v.objectives.map((o) => [o.name, o.counts])).toEqual([
      ['Outcomes', { MET: 0, ON_TRACK: 0, AT_RISK: 1, OFF_TRACK: 1, NO_DATA: 0 }],
      ['Wellbeing', { MET: 0, ON_TRACK: 1, AT_RISK: 0, OFF_TRACK: 0, NO_DATA: 1 }],
    ]);
  });

  it('fills the division × objective grid', () => {
    const grid = view().grid.map((r) => [r.divisionName, r.cells.map((c) => c.total), r.total]);
    expect(grid).toEqual([
      ['Curriculum', [1, 0], 1],
      ['Student Support', [1, 2], 3],
    ]);
  });

  it('lists what needs attention: worsened, disagreeing and overdue', () => {
    const v = view();
    expect(v.attention.worsened.map((g) => [g.code, g.previousStatus, g.status])).toEqual([['G1', 'AT_RISK', 'OFF_TRACK']]);
    expect(v.attention.disagreements.map((g) => g.code)).toEqual(['G1']);
    expect(v.attention.overdue?.divisions.map((x) => [x.divisionName, x.missing.map((m) => m.code), x.expected])).toEqual([
      ['Student Support', ['G3', 'G4'], 3],
    ]);
  });

  it('filters by objective, division and status', () => {
    expect(view({ division: 'd2' }).counts).toEqual({ MET: 0, ON_TRACK: 1, AT_RISK: 1, OFF_TRACK: 0, NO_DATA: 1 });
    expect(view({ objective: 'o2' }).goals.map((g) => g.code)).toEqual(['G3', 'G4']);
    expect(view({ objective: 'o2' }).objectives.map((o) => o.name)).toEqual(['Wellbeing']);
    expect(view({ status: 'AT_RISK' }).goals.map((g) => g.code)).toEqual(['G2']);
    expect(view({ status: 'AT_RISK' }).attention.worsened).toEqual([]);
  });

  it('says late, with the days, for an update submitted after the due date, and counts it; missing only without one', () => {
    const goals = ['a', 'b', 'c'].map((id) => ({ id, code: id.toUpperCase(), title: id, divisionId: 'd1', divisionName: 'Division' }));
    const period = Q['2023-24-Q2'];
    const deadlineDay = period.dueDate.toISOString().slice(0, 10);
    const after = (days: number) => new Date(new Date(`${deadlineDay}T12:00:00Z`).getTime() + days * 86_400_000);
    const updates = [
      { goalId: 'a', periodId: period.id, state: 'APPROVED' as const, submittedAt: after(0) },
      { goalId: 'b', periodId: period.id, state: 'SUBMITTED' as const, submittedAt: after(12) },
      // A returned update is not reported.
      { goalId: 'c', periodId: period.id, state: 'RETURNED' as const, submittedAt: after(1) },
    ];
    const [division] = overdueByDivision(goals, updates, period, after(30)).divisions;
    expect(division).toMatchObject({ missing: [{ code: 'C' }], late: [{ code: 'B', daysLate: 12 }], expected: 3 });
    // Once every late one is in, the division is listed for its late ones only.
    const allIn = overdueByDivision(goals, [...updates.slice(0, 2), { ...updates[2]!, state: 'SUBMITTED' as const, submittedAt: after(2) }], period, after(30));
    expect(allIn.divisions[0]).toMatchObject({ missing: [], late: [{ code: 'B' }, { code: 'C', daysLate: 2 }] });
  });

  it('does not call a report overdue before its due date has passed', () => {
    expect(overdueByDivision([{ id: 'g', code: 'G', title: 'G', divisionId: null, divisionName: null }], [], Q['2023-24-Q2'], d('2024-01-15')).divisions).toEqual([]);
  });
});

describe('choosing the period', () => {
  const quarters = Object.values(Q);
  it('takes a past quarter from the URL and compares it with the one before', () => {
    const c = choosePeriods(quarters, '2023-24-Q2', d('2024-06-01'));
    expect([c.selected?.code, c.previous?.code, c.due?.code]).toEqual(['2023-24-Q2', '2023-24-Q1', '2023-24-Q2']);
  });
  it('shows the latest data by default, compared with the last quarter whose reports were due', () => {
    const c = choosePeriods(quarters, undefined, d('2024-04-10'));
    expect(c.selected).toBeNull();
    expect(c.previous?.code).toBe('2023-24-Q2');
    expect(c.options.map((p) => p.code)).toEqual(['2022-23-Q4', '2023-24-Q1', '2023-24-Q2', '2023-24-Q3']);
  });
  it('ignores a quarter that has not ended yet or does not exist', () => {
    expect(choosePeriods(quarters, '2023-24-Q3', d('2024-03-01')).selected).toBeNull();
    expect(choosePeriods(quarters, '2031-32-Q1', d('2024-03-01')).selected).toBeNull();
  });
});

describe('one definition of a report that disagrees with its data', () => {
  it.each<[Exclude<MeasureStatus, 'NO_DATA'> | null, MeasureStatus, 'better' | 'worse' | null]>([
    ['ON_TRACK', 'OFF_TRACK', 'better'],
    ['MET', 'ON_TRACK', 'better'],
    ['AT_RISK', 'OFF_TRACK', 'better'],
    ['OFF_TRACK', 'AT_RISK', 'worse'],
    ['AT_RISK', 'MET', 'worse'],
    ['ON_TRACK', 'ON_TRACK', null],
    ['ON_TRACK', 'NO_DATA', null],
    [null, 'OFF_TRACK', null],
  ])('reported %s, data %s: %s', (reported, computed, expected) => {
    expect(assessmentGap(reported, computed)).toBe(expected);
  });
});
