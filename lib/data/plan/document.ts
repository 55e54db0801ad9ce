// The plan document: one whole strategic plan as JSON — structure, measures, targets, and
// optionally its reporting periods, updates and observations, and the divisions and student
// groups it refers to. Seed plans ship in this format (prisma/plans/*.json); export writes
// it and import reads it (README: "Plan documents"). Later additions are optional fields,
// so every version-1 document stays valid. The plan's own fields are lib/data/plan/fields.ts's.
import { z } from 'zod';
import { planDocumentFields } from '@/lib/data/plan/fields';
import { updateFieldsSchema } from '@/lib/data/progress/fields';

const isoDate = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });
const code = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'letters, digits, ".", "_" or "-" only' })
  .max(40);

export const measureUnitSchema = z.enum(['PERCENT', 'COUNT', 'POINTS', 'SCALE_SCORE', 'CURRENCY', 'INDEX']);
export const directionSchema = z.enum(['INCREASE', 'DECREASE']);
export const cadenceSchema = z.enum(['QUARTERLY', 'ANNUAL']);
export const targetKindSchema = z.enum([
  'VALUE',
  'CHANGE',
  'PERCENT_CHANGE',
  'ANNUAL_CHANGE',
  'ANNUAL_PERCENT_CHANGE',
]);

const reviewStateSchema = z.enum(['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED']);
const timestamp = z.iso.datetime({ error: 'expected a date and time as ISO 8601' });
/** When an item was archived (it had approved values when removed): hidden everywhere, kept in the file. */
const archivedAt = timestamp.optional();

export const observationDocumentSchema = z.strictObject({
  /** The period the value describes: "2023-24" or "2023-24-Q2". */
  asOf: z.string().min(1).max(20),
  /** The reporting quarter it was reported in; its goal's update for that quarter holds it. */
  reportedIn: z.string().min(1).max(20),
  group: code.default('ALL'),
  value: z.number().finite(),
  n: z.int().min(0).nullable().default(null),
  state: reviewStateSchema.default('APPROVED'),
  approvedAt: timestamp.nullable().default(null),
  isDemo: z.boolean().default(false),
});

export const updateDocumentSchema = z.strictObject({
  period: z.string().min(1).max(20),
  state: reviewStateSchema,
  // The update's own fields, with the form's limits, messages and link rule.
  ...updateFieldsSchema.shape,
  submittedAt: timestamp.nullable().default(null),
  reviewedAt: timestamp.nullable().default(null),
  isDemo: z.boolean().default(false),
});

export const targetVersionDocumentSchema = z.strictObject({
  // The day this version took effect; null for the original version.
  effectiveFrom: isoDate.nullable(),
  baseline: z.strictObject({ value: z.number().finite().nullable(), date: isoDate.nullable(), label: z.string().max(40).nullable() }),
  target: z.strictObject({ kind: targetKindSchema, amount: z.number().finite(), date: isoDate }),
  interimTargets: z.array(z.strictObject({ date: isoDate, label: z.string().max(40), value: z.number().finite() })).default([]),
  reason: z.string().max(2000).default(''),
  boardApprovedOn: isoDate.nullable().default(null),
});

const targetHistorySchema = z.array(targetVersionDocumentSchema).superRefine((versions, ctx) => {
  if (versions.length === 0) return;
  if (versions.filter((v) => v.effectiveFrom === null).length !== 1 || versions[0]!.effectiveFrom !== null) {
    ctx.addIssue({ code: 'custom', message: 'expected the original version (effectiveFrom null) first, and only once' });
  }
  const dates = versions.flatMap((v) => (v.effectiveFrom ? [v.effectiveFrom] : []));
  if (dates.some((d, i) => i > 0 && d <= dates[i - 1]!)) {
    ctx.addIssue({ code: 'custom', message: 'expected versions in order of effectiveFrom, each on a different day' });
  }
});

export const measureDocumentSchema = z.strictObject({
  code,
  name: z.string().min(1).max(300),
  nameEs: z.string().max(300).optional(),
  unit: measureUnitSchema,
  direction: directionSchema,
  decimals: z.int().min(0).max(4).default(1),
  dataSource: z.string().max(500).default(''),
  cadence: cadenceSchema,
  baseline: z.strictObject({
    value: z.number().finite().nullable(),
    // The date the baseline value stands at: the end of its period (2022-06-30 for 2021-22).
    date: isoDate.nullable(),
    label: z.string().max(40).nullable(),
    // Where a stated baseline comes from, or why there is none.
    note: z.string().max(500).default(''),
    // Supplied only for a demonstration, because the plan states none.
    isDemo: z.boolean().default(false),
  }),
  target: z.strictObject({
    kind: targetKindSchema,
    amount: z.number().finite(),
    date: isoDate,
  }),
  interimTargets: z
    .array(z.strictObject({ date: isoDate, label: z.string().max(40), value: z.number().finite() }))
    .default([]),
  disaggregated: z.boolean().default(false),
  studentGroups: z.array(code).default([]),
  focusGroup: code.nullable().default(null),
  referenceGroup: code.nullable().default(null),
  // The percent of the focus group's baseline gap to close by the target date; null: none stated.
  gapReductionPercent: z.number().finite().min(0).max(100).nullable().default(null),
  // Every version of the baseline and target once the board changed them (empty: never changed).
  targetHistory: targetHistorySchema.default([]),
  observations: z.array(observationDocumentSchema).default([]),
  archivedAt,
});

export const goalDocumentSchema = z.strictObject({
  code,
  title: z.string().min(1).max(200),
  titleEs: z.string().max(200).optional(),
  statement: z.string().min(1).max(3000),
  statementEs: z.string().max(3000).optional(),
  division: code.nullable(),
  deadline: isoDate.nullable(),
  inclusion: z.string().max(1000).default(''),
  equityFocus: z.string().max(1000).default(''),
  focusGroups: z.array(code).default([]),
  measures: z.array(measureDocumentSchema).default([]),
  updates: z.array(updateDocumentSchema).default([]),
  archivedAt,
});

/** What an objective and a priority both say: a name and a description, Spanish optional. */
const outlineItemFields = {
  name: z.string().min(1).max(200),
  nameEs: z.string().max(200).optional(),
  description: z.string().max(5000).default(''),
  descriptionEs: z.string().max(5000).optional(),
};

export const priorityDocumentSchema = z.strictObject({
  ...outlineItemFields,
  goals: z.array(goalDocumentSchema).default([]),
  archivedAt,
});

export const objectiveDocumentSchema = z.strictObject({
  ...outlineItemFields,
  priorities: z.array(priorityDocumentSchema).default([]),
  archivedAt,
});

export const PLAN_DOCUMENT_VERSION = 1;

export const divisionDocumentSchema = z.strictObject({ code, name: z.string().min(1).max(200) });

export const studentGroupDocumentSchema = z.strictObject({
  code,
  name: z.string().min(1).max(200),
  nameEs: z.string().max(200).nullable().default(null),
  isAll: z.boolean().default(false),
  // Groups sharing a category partition All students (RACE_ETHNICITY): public pages
  // then suppress a complement too. Optional: older files have none.
  category: z
    .string()
    .max(40)
    .regex(/^[A-Z0-9_]+$/, { error: 'uppercase letters, digits and "_" only, such as RACE_ETHNICITY' })
    .nullable()
    .default(null),
});

const keysOf = <S extends z.ZodObject>(schema: S) => Object.keys(schema.shape) as (keyof z.output<S> & string)[];
/** What a plan document holds of a division and of a student group: export writes these, import reads them. */
export const DIVISION_DOCUMENT_KEYS = keysOf(divisionDocumentSchema);
export const STUDENT_GROUP_DOCUMENT_KEYS = keysOf(studentGroupDocumentSchema);

/** The named fields of a row, in the order given. */
export function pickFields<T, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, row[k]])) as Pick<T, K>;
}

export const planDocumentSchema = z.strictObject({
  schemaVersion: z.literal(PLAN_DOCUMENT_VERSION, { error: `expected schemaVersion ${PLAN_DOCUMENT_VERSION}` }),
  /** Divisions and student groups the plan refers to; import creates the ones the organization lacks. */
  organization: z
    .object({
      divisions: z.array(divisionDocumentSchema).default([]),
      studentGroups: z.array(studentGroupDocumentSchema).default([]),
    })
    .optional(),
  plan: z.strictObject({
    // The plan's own fields: its names, cycle, statements, status, at-risk rule and level names.
    ...planDocumentFields,
    /** Reporting periods that differ from the generated ones (due date, closed). */
    periods: z.array(z.strictObject({ code: z.string().min(1).max(20), dueDate: isoDate, closed: z.boolean() })).default([]),
    objectives: z.array(objectiveDocumentSchema).default([]),
  }),
});

export type PlanDocument = z.infer<typeof planDocumentSchema>;
export type MeasureDocument = z.infer<typeof measureDocumentSchema>;
export type GoalDocument = z.infer<typeof goalDocumentSchema>;
