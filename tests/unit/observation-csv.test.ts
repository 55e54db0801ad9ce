// The observation CSV: reading files as spreadsheets write them, and every check of a row.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/csv';
import { checkObservationCsv, planObservationChanges, type StoredValue } from '@/lib/data/progress/import-check';
import { parseNumberText } from '@/lib/data/progress/rules';
import { indexCatalog, normalizeHeader, observationCsv, rowKey, type PlanCatalog } from '@/lib/data/progress/import-format';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const TODAY = d('2025-03-15');

const catalog: PlanCatalog = {
  measures: [
    { id: 'm-ela', goalId: 'g1', goalCode: 'SO-1', code: 'ELA-G3', name: 'ELA grade 3', unit: 'SCALE_SCORE', decimals: 0, cadence: 'ANNUAL', disaggregated: true, groupIds: new Set(['all', 'el']), archived: false },
    { id: 'm-abs', goalId: 'g2', goalCode: 'WB-1', code: 'CHRONIC-ABS', name: 'Chronic absenteeism', unit: 'PERCENT', decimals: 1, cadence: 'ANNUAL', disaggregated: false, groupIds: new Set(), archived: false },
    { id: 'm-ccs', goalId: 'g3', goalCode: 'CC-2', code: 'CCSPP', name: 'Community schools', unit: 'COUNT', decimals: 0, cadence: 'QUARTERLY', disaggregated: false, groupIds: new Set(), archived: false },
    // The same code under two goals: rows must say which goal.
    { id: 'm-dup1', goalId: 'g4', goalCode: 'OE-1', code: 'SURVEY', name: 'Survey (OE-1)', unit: 'PERCENT', decimals: 1, cadence: 'QUARTERLY', disaggregated: false, groupIds: new Set(), archived: false },
    { id: 'm-dup2', goalId: 'g5', goalCode: 'OE-2', code: 'SURVEY', name: 'Survey (OE-2)', unit: 'PERCENT', decimals: 1, cadence: 'QUARTERLY', disaggregated: false, groupIds: new Set(), archived: false },
    { id: 'm-old', goalId: 'g6', goalCode: 'OE-3', code: 'OLD', name: 'Retired', unit: 'INDEX', decimals: 1, cadence: 'QUARTERLY', disaggregated: false, groupIds: new Set(), archived: true },
  ],
  periods: [
    { id: 'q1', code: '2023-24-Q4', label: '2023-24 Q4', kind: 'QUARTER', startDate: d('2024-04-01'), endDate: d('2024-06-30'), closed: true },
    { id: 'y1', code: '2023-24', label: '2023-24', kind: 'SCHOOL_YEAR', startDate: d('2023-07-01'), endDate: d('2024-06-30'), closed: true },
    { id: 'q2', code: '2024-25-Q2', label: '2024-25 Q2', kind: 'QUARTER', startDate: d('2024-10-01'), endDate: d('2024-12-31'), closed: false },
    { id: 'q3', code: '2024-25-Q3', label: '2024-25 Q3', kind: 'QUARTER', startDate: d('2025-01-01'), endDate: d('2025-03-31'), closed: false },
    { id: 'q4', code: '2024-25-Q4', label: '2024-25 Q4', kind: 'QUARTER', startDate: d('2025-04-01'), endDate: d('2025-06-30'), closed: false },
    { id: 'y2', code: '2024-25', label: '2024-25', kind: 'SCHOOL_YEAR', startDate: d('2024-07-01'), endDate: d('2025-06-30'), closed: false },
  ],
  groups: [
    { id: 'all', code: 'ALL', name: 'All students', isAll: true },
    { id: 'el', code: 'EL', name: 'English learners', isAll: false },
    { id: 'swd', code: 'SWD', name: 'Students with disabilities', isAll: false },
  ],
};

const HEADER = 'goal_code,measure_code,period,as_of_period,student_group,value,n';
const check = (text: string) => checkObservationCsv(text, catalog, TODAY);
const problemsOf = async (text: string) => (await check(text)).problems.map((p) => `${p.line} ${p.column ?? '-'}: ${p.message}`);

describe('reading CSV', () => {
  it('reads quoted fields with commas, quotes and line breaks, and numbers records as a spreadsheet does', () => {
    const { records } = parseCsv('a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\r\n\r\nlast,1\r\n\r\n\r\n');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 3, fields: ['two\nlines', 'z'] },
      { line: 5, fields: ['last', '1'] },
    ]);
  });

  it('drops a byte-order mark, takes LF or CR line ends and a last line without one', () => {
    expect(parseCsv('\uFEFFa,b\nc,d').records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'd'] },
    ]);
    expect(parseCsv('a\rb\r').records.map((r) => r.fields)).toEqual([['a'], ['b']]);
  });

  it('reads semicolon-separated files, as some spreadsheets save them', () => {
    expect(parseCsv('a;b\n1;2\n').records.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reports a quote that never closes at the line it opens', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n').unclosedQuoteLine).toBe(2);
  });

  it('names columns whatever their case and spacing', () => {
    expect(normalizeHeader(' As of Period ')).toBe('as_of_period');
    expect(normalizeHeader('MEASURE-CODE')).toBe('measure_code');
    expect(normalizeHeader('Student group')).toBe('student_group');
    expect(normalizeHeader('N')).toBe('n');
    expect(normalizeHeader('as_of')).toBe('as_of_period');
  });

  it('reads numbers as people type them', () => {
    expect(parseNumberText('31.2')).toEqual({ value: 31.2, percentSign: false });
    expect(parseNumberText(' 2,401 ')).toEqual({ value: 2401, percentSign: false });
    expect(parseNumberText('31.2%')).toEqual({ value: 31.2, percentSign: true });
    expect(parseNumberText("'-4.5")).toEqual({ value: -4.5, percentSign: false });
    expect(parseNumberText('.5')).toEqual({ value: 0.5, percentSign: false });
    for (const bad of ['', 'abc', '1.2.3', '12,34', '1 000', 'NaN', 'Infinity', '0x10']) expect(parseNumberText(bad)).toBeNull();
  });
});

describe('checking an observation file', () => {
  it('accepts good rows and resolves their measure, periods and group', async () => {
    const result = await check(
      `${HEADER}\nSO-1,ELA-G3,2024-25-Q3,2023-24,EL,2401,1200\n,chronic-abs,2024-25 q3,2023-24,,31.2%,\n,CCSPP,2024-25-Q3,,ALL,"1,045",\n`,
    );
    expect(result.problems).toEqual([]);
    expect(result.rowCount).toBe(3);
    expect(result.rows).toEqual([
      { line: 2, measureId: 'm-ela', periodId: 'y1', reportedPeriodId: 'q3', studentGroupId: 'el', value: 2401, n: 1200 },
      { line: 3, measureId: 'm-abs', periodId: 'y1', reportedPeriodId: 'q3', studentGroupId: 'all', value: 31.2, n: null },
      { line: 4, measureId: 'm-ccs', periodId: 'q3', reportedPeriodId: 'q3', studentGroupId: 'all', value: 1045, n: null },
    ]);
  });

  it('reports unknown and missing columns on line 1', async () => {
    expect(await problemsOf('measure_code,period,valeu\nELA-G3,2024-25-Q3,1\n')).toEqual([
      '1 valeu: Unknown column "valeu". The columns are goal_code, measure_code, measure_name, period, as_of_period, student_group, student_group_name, value, n.',
      '1 as_of_period: The column as_of_period is missing.',
      '1 value: The column value is missing.',
    ]);
    expect(await problemsOf(`${HEADER},value\n`)).toContain('1 value: The column value appears twice.');
  });

  it('reports a file with a header only, and an unclosed quote', async () => {
    expect(await problemsOf(`${HEADER}\n`)).toEqual(['0 -: The file has a header but no values.']);
    expect(await problemsOf(`${HEADER}\n,CCSPP,2024-25-Q3,,,"5\n`)).toEqual(['2 -: A quoted field opens here and never closes: a " is missing.']);
  });

  it('needs a measure of the plan, and the goal where two goals share its code', async () => {
    expect(
      await problemsOf(
        `${HEADER}\n,NOPE,2024-25-Q3,,,1,\n,SURVEY,2024-25-Q3,,,50,\nOE-2,SURVEY,2024-25-Q3,,,50,\nSO-1,CCSPP,2024-25-Q3,,,4,\n,OLD,2024-25-Q3,,,4,\n`,
      ),
    ).toEqual([
      '2 measure_code: This plan has no measure with the code NOPE.',
      '3 goal_code: Goals OE-1 and OE-2 both have a measure SURVEY: fill in goal_code.',
      '5 goal_code: Goal SO-1 has no measure CCSPP in this plan.',
      '6 measure_code: Measure OLD (goal OE-3) is archived; it takes no new values.',
    ]);
  });

  it('needs a reporting quarter that exists and has started', async () => {
    expect(
      await problemsOf(`${HEADER}\n,CCSPP,2030-31-Q1,,,1,\n,CCSPP,2024-25,,,1,\n,CCSPP,2024-25-Q4,,,1,\n,CCSPP,,,,1,\n`),
    ).toEqual([
      '2 period: This plan has no reporting period 2030-31-Q1.',
      '3 period: 2024-25 is a school year; period is the quarter the value is reported in, such as 2024-25-Q4.',
      '4 period: 2024-25 Q4 has not started yet.',
      '5 period: Enter the quarter the value is reported in, such as 2024-25-Q3.',
    ]);
  });

  it('needs an as-of period of the measure’s cadence that does not end after the reporting quarter', async () => {
    expect(
      await problemsOf(
        `${HEADER}\n,CHRONIC-ABS,2024-25-Q3,2024-25-Q2,,30,\n,CCSPP,2024-25-Q3,2023-24,,3,\n,CHRONIC-ABS,2024-25-Q3,2024-25,,30,\n,CCSPP,2024-25-Q2,2024-25-Q3,,3,\n,CCSPP,2024-25-Q3,1999,,3,\n,CHRONIC-ABS,2024-25-Q3,,,30,\n`,
      ),
    ).toEqual([
      '2 as_of_period: CHRONIC-ABS is measured once a year: as_of_period must be a school year, such as 2023-24.',
      '3 as_of_period: CCSPP is measured each quarter: as_of_period must be a quarter, such as 2023-24-Q2.',
      '4 as_of_period: A value reported in 2024-25 Q3 cannot be as of 2024-25, which ends later.',
      '5 as_of_period: A value reported in 2024-25 Q2 cannot be as of 2024-25 Q3, which ends later.',
      '6 as_of_period: This plan has no period 1999.',
      // Empty: the reporting quarter itself, which an annual measure cannot take.
      '7 as_of_period: CHRONIC-ABS is measured once a year: as_of_period must be a school year, such as 2023-24.',
    ]);
  });

  it('takes a student group only where the measure is reported by it', async () => {
    expect(
      await problemsOf(`${HEADER}\n,ELA-G3,2024-25-Q3,2023-24,SWD,2400,\n,CHRONIC-ABS,2024-25-Q3,2023-24,EL,30,\n,CCSPP,2024-25-Q3,,XX,3,\n,CCSPP,2024-25-Q3,,all,3,\n`),
    ).toEqual([
      '2 student_group: ELA-G3 is not reported for Students with disabilities.',
      '3 student_group: CHRONIC-ABS is not reported for English learners.',
      '4 student_group: There is no student group with the code XX.',
    ]);
  });

  // The update form's words (lib/data/progress/rules.ts): the same text is refused the same way in both.
  it('needs a number within the unit’s range, and n a whole number or nothing', async () => {
    expect(
      await problemsOf(
        `${HEADER}\n,CHRONIC-ABS,2024-25-Q3,2023-24,,101,\n,CHRONIC-ABS,2024-25-Q3,2023-24,,-1,\n,CCSPP,2024-25-Q3,,,2.5,\n,CCSPP,2024-25-Q3,2024-25-Q2,,ten,\n,CCSPP,2024-25-Q2,,,5%,\n,ELA-G3,2024-25-Q3,2023-24,,0,\n,ELA-G3,2024-25-Q3,2023-24,EL,2400,12.5\n,ELA-G3,2024-25-Q2,2023-24,ALL,,-3\n`,
      ),
    ).toEqual([
      '2 value: A percent must be between 0 and 100.',
      '3 value: A percent must be between 0 and 100.',
      '4 value: This measure counts whole numbers.',
      '5 value: Enter a number, such as 31.2.',
      '6 value: CCSPP is not a percent; enter the number without "%".',
      '7 value: A scale score must be above zero.',
      '8 n: Enter the number of students as a whole number, 0 or more.',
      '9 value: Enter a value.',
      '9 n: Enter the number of students as a whole number, 0 or more.',
    ]);
  });

  it('refuses the same measure, as-of period and group twice, at the later line', async () => {
    expect(
      await problemsOf(`${HEADER}\n,CCSPP,2024-25-Q3,,,3,\n,CCSPP,2024-25-Q3,2024-25-Q2,,3,\n,ccspp,2024-25-Q3,2024-25-Q3,ALL,4,\n`),
    ).toEqual(['4 -: Repeats line 2: one value per measure, as-of period and student group.']);
  });

  it('counts lines as the spreadsheet does, across quoted line breaks and blank lines', async () => {
    const text = `${HEADER}\n,CCSPP,2024-25-Q3,,,3,\n\n,"CCSPP",2024-25-Q2,,"\nEL",3,\n,CCSPP,2024-25-Q1,,,3,\n`;
    expect(await problemsOf(text)).toEqual([
      // The quoted line break is inside line 4; spaces and line breaks around a code are ignored.
      '4 student_group: CCSPP is not reported for English learners.',
      '5 period: This plan has no reporting period 2024-25-Q1.',
    ]);
  });

  it('reports a line with more fields than the header', async () => {
    expect(await problemsOf(`${HEADER}\n,CCSPP,2024-25-Q3,,,1,045,12\n`)).toEqual([
      '2 -: This line has 8 fields; the header has 7. Is a comma missing its quotes?',
    ]);
  });

  it('reports progress as it goes', async () => {
    const lines = Array.from({ length: 1200 }, (_, i) => `,CCSPP,2024-25-Q3,,,${i},`);
    const seen: [number, number][] = [];
    await checkObservationCsv(`${HEADER}\n${lines.join('\n')}`, catalog, TODAY, (done, total) => {
      seen.push([done, total]);
    });
    expect(seen).toEqual([
      [0, 1200],
      [500, 1200],
      [1000, 1200],
      [1200, 1200],
    ]);
  });
});

describe('what an import changes', () => {
  const index = indexCatalog(catalog);
  const stored = (v: Partial<StoredValue> & Pick<StoredValue, 'measureId' | 'periodId' | 'studentGroupId'>): StoredValue => ({
    id: `o-${v.measureId}-${v.periodId}`,
    reportedPeriodId: 'q3',
    value: 1,
    n: null,
    update: null,
    ...v,
  });

  it('sorts rows into new, changed and unchanged values', async () => {
    const { rows } = await check(`${HEADER}\n,CCSPP,2024-25-Q3,,,3,\n,CCSPP,2024-25-Q3,2024-25-Q2,,4,\n,CHRONIC-ABS,2024-25-Q3,2023-24,,30,\n`);
    const values = [
      stored({ measureId: 'm-ccs', periodId: 'q2', studentGroupId: 'all', value: 5 }),
      stored({ measureId: 'm-abs', periodId: 'y1', studentGroupId: 'all', value: 30, reportedPeriodId: 'q1' }),
    ];
    const plan = planObservationChanges(rows, new Map(values.map((v) => [rowKey(v), v])), index);
    expect(plan.problems).toEqual([]);
    expect(plan.created.map((c) => c.row.line)).toEqual([2]);
    expect(plan.changed.map((c) => [c.row.line, c.before?.value, c.row.value])).toEqual([[3, 5, 4]]);
    // Unchanged even though reported in a closed quarter: nothing is written.
    expect(plan.unchanged).toBe(1);
  });

  it('writes nothing into a closed quarter, nor over a value reported in one', async () => {
    const { rows } = await check(`${HEADER}\n,CHRONIC-ABS,2023-24-Q4,2023-24,,30,\n`);
    const { rows: later } = await check(`${HEADER}\n,CHRONIC-ABS,2024-25-Q3,2023-24,,29,\n`);
    const value = stored({ measureId: 'm-abs', periodId: 'y1', studentGroupId: 'all', value: 31, reportedPeriodId: 'q1' });
    const plan = planObservationChanges(later.map((r) => ({ ...r, line: 3 })), new Map([[rowKey(value), value]]), index);
    expect(plan.problems.map((p) => `${p.line} ${p.column}: ${p.message}`)).toEqual([
      '3 value: This value was reported in 2023-24 Q4, which is closed. Reopen that quarter first to change it.',
    ]);
    const fresh = planObservationChanges(rows, new Map(), index);
    expect(fresh.problems.map((p) => p.message)).toEqual([
      '2023-24 Q4 is closed: its values are locked. Reopen it under Reporting periods first, or report the value in an open quarter.',
    ]);
  });

  it('leaves a value of a division’s update to that update', async () => {
    const { rows } = await check(`${HEADER}\n,CCSPP,2024-25-Q3,,,3,\n`);
    const value = stored({ measureId: 'm-ccs', periodId: 'q3', studentGroupId: 'all', value: 2, update: { state: 'SUBMITTED', periodLabel: '2024-25 Q3' } });
    const plan = planObservationChanges(rows, new Map([[rowKey(value), value]]), index);
    expect(plan.problems.map((p) => p.message)).toEqual(['This value is part of the 2024-25 Q3 update (waiting for review); change it through that update.']);
    // The same value as the update holds is simply unchanged.
    const same = planObservationChanges(rows, new Map([[rowKey(value), { ...value, value: 3 }]]), index);
    expect(same).toMatchObject({ unchanged: 1, problems: [] });
  });

  it('writes the template and the export in the import’s own format', async () => {
    const csv = observationCsv([
      { goalCode: 'WB-1', measureCode: 'CHRONIC-ABS', measureName: 'Chronic absenteeism, "all"', period: '2024-25-Q3', asOf: '2023-24', groupCode: 'ALL', groupName: 'All students', value: 31.2, n: 1200 },
      { goalCode: 'CC-2', measureCode: 'CCSPP', measureName: '=cmd', period: '2024-25-Q3', asOf: '2024-25-Q3', groupCode: 'ALL', groupName: 'All students' },
    ]);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFgoal_code,measure_code,measure_name,period,as_of_period,student_group,student_group_name,value,n');
    expect(csv).toContain('"Chronic absenteeism, ""all"""');
    const result = await check(csv);
    expect(result.problems.map((p) => `${p.line} ${p.column}`)).toEqual(['3 value']);
    expect(result.rows).toEqual([{ line: 2, measureId: 'm-abs', periodId: 'y1', reportedPeriodId: 'q3', studentGroupId: 'all', value: 31.2, n: 1200 }]);
  });
});
