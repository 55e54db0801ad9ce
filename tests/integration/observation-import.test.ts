// Observations from CSV against a real database: a preview writes nothing, a commit is all
// or nothing, a re-import changes nothing, closed quarters and divisions' updates are
// protected, and no administrator reaches another organization's plan.
import { describe, expect, it } from 'vitest';
import { getGoalHistory } from '@/lib/data/history';
import { getObservationImportPage, observationTemplateCsv, observationValuesCsv } from '@/lib/data/progress/observation-files';
import {
  commitObservationImport,
  ObservationImportError,
  previewObservationImport,
  type ImportProgress,
} from '@/lib/data/progress/observation-import';
import { importPlan } from '@/lib/data/plan/transfer';
import { getDb } from '@/lib/db';
import { bulkObservationCsv, bulkPlanDocument } from '@/lib/seed/bulk-plan';
import { actorFor, goalByCode, LACOE_2022_25, periodByCode, refusal, writeSnapshot } from '../support/fixtures';

const PLAN = '2022-2025';
const HEADER = 'goal_code,measure_code,period,as_of_period,student_group,value,n';
const GOOD = [
  HEADER,
  'CC-2,CCSPP,2024-25-Q3,2024-25-Q3,,112,',
  'SO-1,ELA-G3,2024-25-Q4,2024-25,ALL,2431,5120',
  'SO-1,ELA-G3,2024-25-Q4,2024-25,EL,2379,1404',
  'OE-2,INTERNET,2024-25-Q3,,,91.5%,',
].join('\r\n');

const admin = await actorFor('admin@example.org');
const cabinet = await actorFor('cabinet@example.org');
const smcoeAdmin = await actorFor('admin@smcoe.example.org');

async function valueOf(goalCode: string, measureCode: string, asOf: string, group = 'ALL') {
  return getDb().observation.findFirst({
    where: {
      measure: { code: measureCode, goal: { code: goalCode, plan: LACOE_2022_25 } },
      period: { code: asOf },
      studentGroup: { code: group, organization: { slug: 'lacoe' } },
    },
  });
}

describe('importing observations from CSV', () => {
  it('previews a good file — new values, no problems — and writes nothing', async () => {
    const before = await writeSnapshot();
    const preview = await previewObservationImport(admin, PLAN, GOOD, { fileName: 'q3-results.csv' });
    expect(preview).toMatchObject({ fileName: 'q3-results.csv', rowCount: 4, created: 4, changed: 0, unchanged: 0, problemCount: 0 });
    expect(preview.changes[1]).toMatchObject({ line: 3, goalCode: 'SO-1', measureCode: 'ELA-G3', group: 'All students', asOf: '2024-25', reportedIn: '2024-25 Q4', before: null, after: { value: 2431, n: 5120 } });
    expect(await writeSnapshot()).toBe(before);
  });

  it('commits a good file as approved values entered by the administrator, audited once and per goal', async () => {
    const progress: ImportProgress[] = [];
    const result = await commitObservationImport(admin, PLAN, GOOD, { fileName: 'q3-results.csv', onProgress: (p) => void progress.push(p) });
    expect(result).toMatchObject({ rowCount: 4, created: 4, changed: 0, unchanged: 0, goals: 3 });
    expect(progress.at(-1)).toEqual({ phase: 'write', done: 4, total: 4 });

    const ela = await valueOf('SO-1', 'ELA-G3', '2024-25', 'EL');
    const q4 = await periodByCode('2024-25-Q4');
    expect(ela).toMatchObject({ value: 2379, n: 1404, state: 'APPROVED', enteredById: admin.id, reportedPeriodId: q4.id, updateId: null, isDemo: false });
    expect(ela?.approvedAt).toBeInstanceOf(Date);
    expect((await valueOf('OE-2', 'INTERNET', '2024-25-Q3'))?.value).toBe(91.5);

    const events = await getDb().auditEvent.findMany({ where: { action: 'observations.import' } });
    expect(events.filter((e) => e.entityType === 'Plan').map((e) => e.after)).toEqual([
      { fileName: 'q3-results.csv', rows: 4, created: 4, changed: 0, unchanged: 0, goals: 3 },
    ]);
    expect(events.filter((e) => e.entityType === 'Goal')).toHaveLength(3);

    const goal = await goalByCode('SO-1');
    const [latest] = await getGoalHistory(admin, goal.id);
    expect(latest).toMatchObject({ actionLabel: 'Imported values from a CSV file', reason: 'Imported from q3-results.csv' });
    expect(latest!.changes).toContainEqual({ field: 'Median ELA scale score, grade 3 · English learners (2024-25)', before: '—', after: '2,379 (n = 1,404)' });
  });

  it('reports every row of the same file again as unchanged, and writes no value', async () => {
    const preview = await previewObservationImport(admin, PLAN, GOOD);
    expect(preview).toMatchObject({ created: 0, changed: 0, unchanged: 4, problemCount: 0, changes: [] });
    const values = JSON.stringify(await getDb().observation.findMany({ orderBy: { id: 'asc' } }));
    const result = await commitObservationImport(admin, PLAN, GOOD);
    expect(result).toMatchObject({ created: 0, changed: 0, unchanged: 4 });
    expect(JSON.stringify(await getDb().observation.findMany({ orderBy: { id: 'asc' } }))).toBe(values);
  });

  it('shows a changed value before → after, and commits it', async () => {
    const changed = GOOD.replace('CC-2,CCSPP,2024-25-Q3,2024-25-Q3,,112,', 'CC-2,CCSPP,2024-25-Q3,2024-25-Q3,,118,');
    const preview = await previewObservationImport(admin, PLAN, changed);
    expect(preview).toMatchObject({ created: 0, changed: 1, unchanged: 3 });
    expect(preview.changes).toEqual([expect.objectContaining({ line: 2, measureCode: 'CCSPP', before: { value: 112, n: null }, after: { value: 118, n: null } })]);
    await commitObservationImport(admin, PLAN, changed, { expectedFingerprint: preview.fingerprint });
    expect((await valueOf('CC-2', 'CCSPP', '2024-25-Q3'))?.value).toBe(118);
  });

  it('refuses a file with one bad row whole, naming its line, and writes nothing', async () => {
    const bad = `${GOOD}\r\nWB-1,CHRONIC-ABS,2024-25-Q3,2024-25-Q3,,31.2,\r\nCC-2,CCSPP,2024-25-Q4,2024-25-Q4,,120,\r\n`;
    const before = await writeSnapshot();
    const error = await refusal(commitObservationImport(admin, PLAN, bad, { fileName: 'bad.csv' }));
    expect(error).toBeInstanceOf(ObservationImportError);
    expect(error.message).toBe('The file has 1 problem; nothing was imported.');
    expect((error as ObservationImportError).preview.problems).toEqual([
      { line: 6, column: 'as_of_period', message: 'CHRONIC-ABS is measured once a year: as_of_period must be a school year, such as 2023-24.' },
    ]);
    expect(await writeSnapshot()).toBe(before);
  });

  it('locks closed quarters and the values of divisions’ updates', async () => {
    const closed = await periodByCode('2024-25-Q2');
    expect(closed.closed).toBe(true);
    const demo = await getDb().observation.findFirstOrThrow({
      where: { updateId: { not: null }, measure: { code: 'CHRONIC-ABS', goal: { plan: LACOE_2022_25 } } },
      include: { period: true, reportedPeriod: true },
      orderBy: { period: { endDate: 'desc' } },
    });
    const file = [
      HEADER,
      // A new value in a closed quarter.
      'CC-2,CCSPP,2024-25-Q2,2024-25-Q1,,99,',
      // A division's reported (and approved) value, changed.
      `WB-1,CHRONIC-ABS,2024-25-Q3,${demo.period.code},,${demo.value + 1},`,
    ].join('\n');
    const before = await writeSnapshot();
    const preview = await previewObservationImport(admin, PLAN, file);
    expect(preview.problems).toEqual([
      { line: 2, column: 'period', message: '2024-25 Q2 is closed: its values are locked. Reopen it under Reporting periods first, or report the value in an open quarter.' },
      expect.objectContaining({ line: 3, column: 'value', message: expect.stringMatching(/^This value is part of the .* update \(approved\); change it through that update/) }),
    ]);
    await refusal(commitObservationImport(admin, PLAN, file));
    expect(await writeSnapshot()).toBe(before);
    // The same value as the division reported is unchanged, and allowed.
    const same = `${HEADER}\nWB-1,CHRONIC-ABS,${demo.reportedPeriod.code},${demo.period.code},,${demo.value},${demo.n ?? ''}\n`;
    expect(await previewObservationImport(admin, PLAN, same)).toMatchObject({ unchanged: 1, problemCount: 0 });
  });

  it('refuses a commit when the stored values changed after the preview', async () => {
    const file = `${HEADER}\nCC-2,CCSPP,2024-25-Q4,2024-25-Q4,,121,\n`;
    const preview = await previewObservationImport(admin, PLAN, file);
    await commitObservationImport(admin, PLAN, `${HEADER}\nCC-2,CCSPP,2024-25-Q4,2024-25-Q4,,125,\n`);
    const error = await refusal(commitObservationImport(admin, PLAN, file, { expectedFingerprint: preview.fingerprint }));
    expect(error.code).toBe('STALE');
    expect((await valueOf('CC-2', 'CCSPP', '2024-25-Q4'))?.value).toBe(125);
  });

  it('refuses another organization’s administrator and non-administrators, writing nothing', async () => {
    const before = await writeSnapshot();
    // San Mateo COE's administrator names LACOE's plan: not theirs, so not found.
    const foreign = await refusal(commitObservationImport(smcoeAdmin, PLAN, GOOD));
    expect(foreign.code).toBe('NOT_FOUND');
    expect(foreign.message).toBe('Your organization has no plan "2022-2025".');
    expect((await refusal(previewObservationImport(smcoeAdmin, PLAN, GOOD))).code).toBe('NOT_FOUND');
    // LACOE's administrator names San Mateo COE's plan.
    expect((await refusal(commitObservationImport(admin, '2023-2028', GOOD))).code).toBe('NOT_FOUND');
    expect((await refusal(commitObservationImport(cabinet, PLAN, GOOD))).code).toBe('FORBIDDEN');
    expect((await refusal(observationTemplateCsv(cabinet, PLAN))).code).toBe('FORBIDDEN');
    expect((await refusal(commitObservationImport(null, PLAN, GOOD))).code).toBe('UNAUTHENTICATED');
    expect(await writeSnapshot()).toBe(before);
  });

  it('exports the plan’s approved values in the import’s format: importing them again changes nothing', async () => {
    const { csv, fileName } = await observationValuesCsv(admin, PLAN);
    expect(fileName).toBe('2022-2025-observations.csv');
    const approved = await getDb().observation.count({ where: { state: 'APPROVED', measure: { goal: { plan: LACOE_2022_25 } } } });
    const preview = await previewObservationImport(admin, PLAN, csv);
    expect(preview).toMatchObject({ problemCount: 0, created: 0, changed: 0, unchanged: approved, rowCount: approved });
  });

  it('offers a template for the latest open quarter, which imports once filled in', async () => {
    const page = await getObservationImportPage(admin, PLAN, new Date('2026-11-22T00:00:00Z'));
    expect(page).toMatchObject({ templatePeriod: '2024-25 Q4', closedQuarters: expect.arrayContaining(['2024-25 Q2']) });
    const { csv } = await observationTemplateCsv(admin, PLAN, new Date('2026-11-22T00:00:00Z'));
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('goal_code,measure_code,measure_name,period,as_of_period,student_group,student_group_name,value,n');
    expect(lines).toContain('SO-1,ELA-G3,"Median ELA scale score, grade 3",2024-25-Q4,2024-25,EL,English learners,,');
    expect(lines).toContain('CC-2,CCSPP,CCSPP-funded community schools in L.A. County,2024-25-Q4,2024-25-Q4,ALL,All students,,');
    // Each measure once per group it is reported by: 6 measures × 15 groups + 11 measures.
    expect(lines).toHaveLength(1 + 6 * 15 + 11);
    // 50 is a sane value for every unit of the plan.
    const filled = lines.map((line, i) => (i === 0 ? line : line.replace(/,,$/, ',50,'))).join('\n');
    const preview = await previewObservationImport(admin, PLAN, filled);
    expect(preview).toMatchObject({ problems: [], rowCount: 101 });
  });
});

describe('a large file', () => {
  it('imports 20,000 rows in one transaction, reporting progress', { timeout: 180_000 }, async () => {
    const options = { slug: 'bulk-import', goals: 10, measuresPerGoal: 7 };
    await importPlan(admin, bulkPlanDocument(options));
    const csv = bulkObservationCsv(options, 20_000);
    const progress: ImportProgress[] = [];
    const preview = await previewObservationImport(admin, 'bulk-import', csv, { onProgress: (p) => void progress.push(p) });
    expect(preview).toMatchObject({ rowCount: 20_000, created: 20_000, problemCount: 0 });
    expect(preview.changes).toHaveLength(200);
    expect(progress.filter((p) => p.phase === 'check').length).toBeGreaterThan(40);

    const writes: ImportProgress[] = [];
    const result = await commitObservationImport(admin, 'bulk-import', csv, {
      expectedFingerprint: preview.fingerprint,
      onProgress: (p) => void (p.phase === 'write' && writes.push(p)),
    });
    expect(result).toMatchObject({ created: 20_000, goals: 10 });
    expect(writes.map((w) => w.done)).toEqual(Array.from({ length: 21 }, (_, i) => i * 1000));
    expect(await getDb().observation.count({ where: { measure: { goal: { plan: { slug: 'bulk-import' } } } } })).toBe(20_000);

    // Every value again, each changed: updated in place.
    const shifted = bulkObservationCsv(options, 20_000, 1);
    const again = await commitObservationImport(admin, 'bulk-import', shifted);
    expect(again).toMatchObject({ created: 0, changed: 20_000, unchanged: 0 });
  });
});
