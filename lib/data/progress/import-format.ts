// The observation CSV's format: its columns and their other spellings, the plan catalog a file
// is checked against, and the file the import writes back (template and current values). Pure.
// Row checks are in import-check.ts; the data layer (observation-import.ts) supplies the plan.
//
// A row names a measure by its code. Measure codes are unique within a goal, not within a
// plan, so `goal_code` is optional and needed only where two goals share a measure code.
// `period` is the quarter the value is reported in; `as_of_period` the period it describes
// (a school year for an annual measure, a quarter for a quarterly one; empty = `period`).
// Line numbers are a spreadsheet's row numbers: the header is line 1.
import { z } from 'zod';
import { toCsv } from '@/lib/csv';
import type { MeasureUnit } from '@/lib/format';


export const OBSERVATION_COLUMNS = [
  'goal_code',
  'measure_code',
  'measure_name',
  'period',
  'as_of_period',
  'student_group',
  'student_group_name',
  'value',
  'n',
] as const;
export type ObservationColumn = (typeof OBSERVATION_COLUMNS)[number];

const REQUIRED: ObservationColumn[] = ['measure_code', 'period', 'as_of_period', 'value'];

/** What each column holds, for the import page's guidance. */
export const COLUMN_GUIDE: { column: ObservationColumn; required: boolean; text: string }[] = [
  { column: 'goal_code', required: false, text: 'The goal’s code (SO-1). Needed only when two goals use the same measure code.' },
  { column: 'measure_code', required: true, text: 'The measure’s code (ELA-G3), as the plan shows it.' },
  { column: 'measure_name', required: false, text: 'For reading only; the import ignores it.' },
  { column: 'period', required: true, text: 'The quarter the value is reported in, such as 2024-25-Q3. It must have started and be open.' },
  {
    column: 'as_of_period',
    required: true,
    text: 'The period the value describes: a school year (2023-24) for an annual measure, a quarter for a quarterly one. It cannot end after the reporting quarter. Empty: the same as period.',
  },
  { column: 'student_group', required: false, text: 'The student group’s code (EL, SWD). Empty or ALL: all students. Other groups only where the measure is reported by group.' },
  { column: 'student_group_name', required: false, text: 'For reading only; the import ignores it.' },
  { column: 'value', required: true, text: 'A number: 31.2, 2,401 or 31.2%. A percent is between 0 and 100.' },
  { column: 'n', required: false, text: 'How many students the value covers: a whole number, or empty.' },
];

// Other spellings people give the same columns.
const ALIASES: Record<string, ObservationColumn> = {
  goal: 'goal_code',
  measure: 'measure_code',
  code: 'measure_code',
  reported_in: 'period',
  reported_period: 'period',
  reporting_period: 'period',
  as_of: 'as_of_period',
  asof: 'as_of_period',
  asof_period: 'as_of_period',
  group: 'student_group',
  student_group_code: 'student_group',
  group_code: 'student_group',
  group_name: 'student_group_name',
};

/** "As of period", " AS-OF_PERIOD " and "as_of_period" all name the same column. */
export function normalizeHeader(name: string): string {
  const key = name
    .trim()
    .toLowerCase()
    .replace(/[\s\-.]+/g, '_')
    .replace(/[^a-z0-9_]/g, '')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
  return ALIASES[key] ?? key;
}

export interface CsvProblem {
  /** The spreadsheet row (header = 1); 0 for the file as a whole. */
  line: number;
  column: string | null;
  message: string;
}

export interface CatalogMeasure {
  id: string;
  goalId: string;
  goalCode: string;
  code: string;
  name: string;
  unit: MeasureUnit;
  decimals: number;
  cadence: 'QUARTERLY' | 'ANNUAL';
  disaggregated: boolean;
  /** Student groups the measure is reported for (besides All students). */
  groupIds: ReadonlySet<string>;
  archived: boolean;
}

export interface CatalogPeriod {
  id: string;
  code: string;
  label: string;
  kind: 'QUARTER' | 'SCHOOL_YEAR';
  startDate: Date;
  endDate: Date;
  closed: boolean;
}

export interface CatalogGroup {
  id: string;
  code: string;
  name: string;
  isAll: boolean;
}

/** What the import checks rows against: one plan's measures and periods, its organization's groups. */
export interface PlanCatalog {
  measures: CatalogMeasure[];
  periods: CatalogPeriod[];
  groups: CatalogGroup[];
}

/** One good row: ids resolved, value parsed. */
export interface ImportRow {
  line: number;
  measureId: string;
  /** The period the value describes (Observation.periodId). */
  periodId: string;
  /** The quarter it is reported in (Observation.reportedPeriodId). */
  reportedPeriodId: string;
  studentGroupId: string;
  value: number;
  n: number | null;
}

export const upper = (s: string) => s.trim().toUpperCase();

export interface CatalogIndex {
  catalog: PlanCatalog;
  measuresByCode: Map<string, CatalogMeasure[]>;
  measureById: Map<string, CatalogMeasure>;
  periodByKey: Map<string, CatalogPeriod>;
  periodById: Map<string, CatalogPeriod>;
  groupByCode: Map<string, CatalogGroup>;
  groupById: Map<string, CatalogGroup>;
  allGroup: CatalogGroup | undefined;
}

/** Periods are found by code or label ("2024-25-Q3", "2024-25 Q3"), in any case. */
export const periodKey = (s: string) => upper(s).replace(/\s+/g, '-');

export function indexCatalog(catalog: PlanCatalog): CatalogIndex {
  const measuresByCode = new Map<string, CatalogMeasure[]>();
  for (const m of catalog.measures) {
    const list = measuresByCode.get(upper(m.code)) ?? [];
    list.push(m);
    measuresByCode.set(upper(m.code), list);
  }
  const periodByKey = new Map<string, CatalogPeriod>();
  for (const p of catalog.periods) {
    periodByKey.set(periodKey(p.code), p);
    if (!periodByKey.has(periodKey(p.label))) periodByKey.set(periodKey(p.label), p);
  }
  return {
    catalog,
    measuresByCode,
    measureById: new Map(catalog.measures.map((m) => [m.id, m])),
    periodByKey,
    periodById: new Map(catalog.periods.map((p) => [p.id, p])),
    groupByCode: new Map(catalog.groups.map((g) => [upper(g.code), g])),
    groupById: new Map(catalog.groups.map((g) => [g.id, g])),
    allGroup: catalog.groups.find((g) => g.isAll),
  };
}

export interface HeaderCheck {
  /** Column name → its position in each record. */
  positions: Partial<Record<ObservationColumn, number>>;
  problems: CsvProblem[];
  /** False when rows cannot be read at all (a required column is missing or repeated). */
  readable: boolean;
  /** How many fields the header has. */
  width: number;
}

export function checkHeader(fields: string[]): HeaderCheck {
  const positions: Partial<Record<ObservationColumn, number>> = {};
  const problems: CsvProblem[] = [];
  let readable = true;
  fields.forEach((raw, i) => {
    const name = normalizeHeader(raw);
    if (name === '' && raw.trim() === '') {
      // An empty header cell is a stray trailing comma, unless the column below it holds values.
      return;
    }
    if (!(OBSERVATION_COLUMNS as readonly string[]).includes(name)) {
      problems.push({
        line: 1,
        column: raw.trim(),
        message: `Unknown column "${raw.trim()}". The columns are ${OBSERVATION_COLUMNS.join(', ')}.`,
      });
      return;
    }
    const column = name as ObservationColumn;
    if (positions[column] !== undefined) {
      problems.push({ line: 1, column, message: `The column ${column} appears twice.` });
      readable = false;
      return;
    }
    positions[column] = i;
  });
  for (const column of REQUIRED) {
    if (positions[column] === undefined) {
      problems.push({ line: 1, column, message: `The column ${column} is missing.` });
      readable = false;
    }
  }
  return { positions, problems, readable, width: fields.length };
}

export const rowKey = (r: { measureId: string; periodId: string; studentGroupId: string }) =>
  `${r.measureId}/${r.periodId}/${r.studentGroupId}`;

/** Problems in file order: by line, then as found. */
export function sortProblems(problems: CsvProblem[]): CsvProblem[] {
  return problems.map((p, i) => ({ p, i })).sort((a, b) => a.p.line - b.p.line || a.i - b.i).map(({ p }) => p);
}

export interface TemplateRow {
  goalCode: string;
  measureCode: string;
  measureName: string;
  period: string;
  asOf: string;
  groupCode: string;
  groupName: string;
  value?: number | null;
  n?: number | null;
}

/** A file in the import's own format: the template (values empty) or the plan's current values. */
export function observationCsv(rows: TemplateRow[]): string {
  return toCsv(
    OBSERVATION_COLUMNS,
    rows.map((r) => [r.goalCode, r.measureCode, r.measureName, r.period, r.asOf, r.groupCode, r.groupName, r.value ?? null, r.n ?? null]),
  );
}

// What an import takes besides the file: its name (for the audit trail and the messages) and
// the preview's fingerprint.
export const observationImportOptionsSchema = z.object({
  // Only the file's own name, never a path the browser or the shell passed along.
  fileName: z
    .string()
    .max(300)
    .transform((name) => name.split(/[\\/]/).pop()!.trim().slice(0, 120) || 'observations.csv')
    .optional(),
  expectedFingerprint: z
    .string()
    .regex(/^[0-9a-f]{32}$/, { error: 'expected the preview’s reference' })
    .optional(),
});

export const observationImportRequestSchema = z.object({
  planSlug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).max(80),
  mode: z.enum(['preview', 'commit']),
  fileName: z.string().max(300).optional(),
  expectedFingerprint: z.string().max(64).optional(),
});
