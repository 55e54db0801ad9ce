// Every check of every row of an observation CSV against the plan, and what an import would
// change. Pure: the data layer (observation-import.ts) supplies the plan's measures, periods,
// student groups and stored values, and writes the result. The format is in import-format.ts.
import { parseCsv } from '@/lib/csv';
import { readCountText, readMeasureValue } from '@/lib/data/progress/rules';
import { periodKindOf } from '@/lib/periods';
import {
  OBSERVATION_COLUMNS,
  checkHeader,
  indexCatalog,
  periodKey,
  rowKey,
  upper,
  type CatalogGroup,
  type CatalogIndex,
  type CatalogMeasure,
  type CatalogPeriod,
  type CsvProblem,
  type HeaderCheck,
  type ImportRow,
  type ObservationColumn,
  type PlanCatalog,
} from '@/lib/data/progress/import-format';

/** Checks one record; returns the row, or null with its problems added to `problems`. */
export function checkRecord(
  index: CatalogIndex,
  header: HeaderCheck,
  fields: string[],
  line: number,
  today: Date,
  problems: CsvProblem[],
): ImportRow | null {
  const start = problems.length;
  const add = (column: string | null, message: string) => problems.push({ line, column, message });
  const cell = (c: ObservationColumn) => {
    const at = header.positions[c];
    return at === undefined ? '' : (fields[at] ?? '').trim();
  };
  const width = header.width;
  if (fields.slice(width).some((f) => f.trim() !== '')) add(null, `This line has ${fields.length} fields; the header has ${width}. Is a comma missing its quotes?`);

  // Measure: by code, within its goal when a goal code is given.
  let measure: CatalogMeasure | undefined;
  const measureCode = cell('measure_code');
  const goalCode = cell('goal_code');
  if (!measureCode) add('measure_code', 'Enter the measure’s code.');
  else {
    const candidates = index.measuresByCode.get(upper(measureCode)) ?? [];
    const inGoal = goalCode ? candidates.filter((m) => upper(m.goalCode) === upper(goalCode)) : candidates;
    if (goalCode && candidates.length > 0 && inGoal.length === 0) {
      add('goal_code', `Goal ${goalCode} has no measure ${measureCode} in this plan.`);
    } else if (candidates.length === 0) {
      add('measure_code', `This plan has no measure with the code ${measureCode}.`);
    } else if (inGoal.length > 1) {
      add('goal_code', `Goals ${inGoal.map((m) => m.goalCode).join(' and ')} both have a measure ${measureCode}: fill in goal_code.`);
    } else {
      measure = inGoal[0]!;
      if (measure.archived) {
        add('measure_code', `Measure ${measure.code} (goal ${measure.goalCode}) is archived; it takes no new values.`);
        measure = undefined;
      }
    }
  }

  // The reporting quarter.
  let period: CatalogPeriod | undefined;
  const periodText = cell('period');
  if (!periodText) add('period', 'Enter the quarter the value is reported in, such as 2024-25-Q3.');
  else {
    period = index.periodByKey.get(periodKey(periodText));
    if (!period) {
      add('period', `This plan has no reporting period ${periodText}.`);
    } else if (period.kind !== 'QUARTER') {
      add('period', `${period.label} is a school year; period is the quarter the value is reported in, such as ${period.label}-Q4.`);
      period = undefined;
    } else if (period.startDate.getTime() > today.getTime()) {
      add('period', `${period.label} has not started yet.`);
      period = undefined;
    }
  }

  // The period the value describes.
  let asOf: CatalogPeriod | undefined;
  const asOfText = cell('as_of_period');
  if (!asOfText) asOf = period;
  else {
    asOf = index.periodByKey.get(periodKey(asOfText));
    if (!asOf) add('as_of_period', `This plan has no period ${asOfText}.`);
  }
  if (asOf && measure) {
    const wanted = periodKindOf(measure.cadence);
    if (asOf.kind !== wanted) {
      add(
        'as_of_period',
        measure.cadence === 'ANNUAL'
          ? `${measure.code} is measured once a year: as_of_period must be a school year, such as 2023-24.`
          : `${measure.code} is measured each quarter: as_of_period must be a quarter, such as 2023-24-Q2.`,
      );
      asOf = undefined;
    }
  }
  if (asOf && period && asOf.endDate.getTime() > period.endDate.getTime()) {
    add('as_of_period', `A value reported in ${period.label} cannot be as of ${asOf.label}, which ends later.`);
    asOf = undefined;
  }

  // The student group.
  let group: CatalogGroup | undefined;
  const groupText = cell('student_group');
  group = groupText ? index.groupByCode.get(upper(groupText)) : index.allGroup;
  if (!group) add('student_group', groupText ? `There is no student group with the code ${groupText}.` : 'This organization has no All students group.');
  else if (measure && !group.isAll && !(measure.disaggregated && measure.groupIds.has(group.id))) {
    add('student_group', `${measure.code} is not reported for ${group.name}.`);
    group = undefined;
  }

  // The value and n: read and checked as the update form reads and checks them.
  const value = readMeasureValue(measure, cell('value'));
  if (!value.ok) add('value', value.problem);
  const count = readCountText(cell('n'));
  if (!count.ok) add('n', count.problem);
  const n = count.ok ? count.value : null;

  if (problems.length > start || !measure || !period || !asOf || !group || !value.ok) return null;
  return { line, measureId: measure.id, periodId: asOf.id, reportedPeriodId: period.id, studentGroupId: group.id, value: value.value, n };
}

const PROGRESS_EVERY = 500;

export interface CheckedFile {
  rows: ImportRow[];
  problems: CsvProblem[];
  /** Data lines in the file (blank lines left out). */
  rowCount: number;
}

/**
 * Reads and checks a whole file, row by row, calling `onProgress` (if given, awaited) every
 * PROGRESS_EVERY rows so the caller can report progress. Duplicates — the same measure, as-of period and student group
 * twice — are refused at the later line.
 */
export async function checkObservationCsv(
  text: string,
  catalog: PlanCatalog | CatalogIndex,
  today: Date,
  onProgress?: (done: number, total: number) => void | Promise<void>,
): Promise<CheckedFile> {
  const index = 'catalog' in catalog ? catalog : indexCatalog(catalog);
  const parsed = parseCsv(text);
  const problems: CsvProblem[] = [];
  if (parsed.unclosedQuoteLine !== null) {
    problems.push({
      line: parsed.unclosedQuoteLine,
      column: null,
      message: 'A quoted field opens here and never closes: a " is missing.',
    });
    return { rows: [], problems, rowCount: Math.max(0, parsed.records.length - 1) };
  }
  const [headerRecord, ...records] = parsed.records;
  if (!headerRecord || headerRecord.line !== 1) {
    problems.push({ line: 1, column: null, message: `The first line must be the header: ${OBSERVATION_COLUMNS.join(',')}.` });
    return { rows: [], problems, rowCount: records.length };
  }
  const header = checkHeader(headerRecord.fields);
  problems.push(...header.problems);
  if (!header.readable) return { rows: [], problems, rowCount: records.length };
  if (records.length === 0) problems.push({ line: 0, column: null, message: 'The file has a header but no values.' });

  const rows: ImportRow[] = [];
  const firstLine = new Map<string, number>();
  await onProgress?.(0, records.length);
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    const row = checkRecord(index, header, record.fields, record.line, today, problems);
    if (row) {
      const key = rowKey(row);
      const earlier = firstLine.get(key);
      if (earlier !== undefined) {
        problems.push({
          line: row.line,
          column: null,
          message: `Repeats line ${earlier}: one value per measure, as-of period and student group.`,
        });
      } else {
        firstLine.set(key, row.line);
        rows.push(row);
      }
    }
    if ((i + 1) % PROGRESS_EVERY === 0 || i + 1 === records.length) await onProgress?.(i + 1, records.length);
  }
  return { rows, problems, rowCount: records.length };
}

/** A value already stored for a measure, as-of period and student group. */
export interface StoredValue {
  id: string;
  measureId: string;
  periodId: string;
  studentGroupId: string;
  reportedPeriodId: string;
  value: number;
  n: number | null;
  /** The division's quarterly update that holds it, if any. */
  update: { state: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED'; periodLabel: string } | null;
}

export interface PlannedChange {
  row: ImportRow;
  before: StoredValue | null;
}

export interface ImportPlan {
  created: PlannedChange[];
  changed: PlannedChange[];
  unchanged: number;
  problems: CsvProblem[];
}

const UPDATE_STATE_WORDS = { DRAFT: 'a draft', SUBMITTED: 'waiting for review', APPROVED: 'approved', RETURNED: 'returned for changes' };

/**
 * What importing `rows` would do to the stored values: new ones, changed ones (value or n
 * differ) and unchanged ones, which are left alone. Two rules protect reported data:
 *  - a closed quarter is locked: no value is added to it or changed in it (an administrator
 *    reopens the quarter first, under Reporting periods);
 *  - a value a division reported in a quarterly update changes only through that update.
 */
export function planObservationChanges(rows: ImportRow[], stored: ReadonlyMap<string, StoredValue>, index: CatalogIndex): ImportPlan {
  const plan: ImportPlan = { created: [], changed: [], unchanged: 0, problems: [] };
  for (const row of rows) {
    const before = stored.get(rowKey(row)) ?? null;
    if (before && before.value === row.value && before.n === row.n) {
      plan.unchanged++;
      continue;
    }
    const period = index.periodById.get(row.reportedPeriodId)!;
    const add = (column: string | null, message: string) => plan.problems.push({ line: row.line, column, message });
    if (period.closed) {
      add('period', `${period.label} is closed: its values are locked. Reopen it under Reporting periods first, or report the value in an open quarter.`);
      continue;
    }
    if (before?.update) {
      add(
        'value',
        `This value is part of the ${before.update.periodLabel} update (${UPDATE_STATE_WORDS[before.update.state]}); change it through that update${before.update.state === 'APPROVED' ? ', which an administrator can reopen on the goal page' : ''}.`,
      );
      continue;
    }
    const reportedIn = before ? index.periodById.get(before.reportedPeriodId) : undefined;
    if (reportedIn?.closed) {
      add('value', `This value was reported in ${reportedIn.label}, which is closed. Reopen that quarter first to change it.`);
      continue;
    }
    (before ? plan.changed : plan.created).push({ row, before });
  }
  return plan;
}
