// The plan document: one whole strategic plan as JSON — structure, measures, targets, and
// optionally its reporting periods, updates and observations, and the divisions and student
// groups it refers to. Seed plans ship in this format (prisma/plans/*.json); export writes
// it and import reads it (README: "Plan documents"). Later additions are optional fields,
// so every version-1 document stays valid. The plan's own fields are lib/data/plan/fields.ts's,
// the structure's lib/data/structure/document.ts's, an update's lib/data/progress/fields.ts's.
import { z } from 'zod';
import { planDocumentFields } from '@/lib/data/plan/fields';
import { updateFieldsSchema } from '@/lib/data/progress/fields';
import { documentCode, documentDate, documentTimestamp } from '@/lib/data/core/fields';
import { goalDocumentFields, itemDocumentFields, measureDocumentFields, targetVersionDocumentSchema } from '@/lib/data/structure/document';

const reviewStateSchema = z.enum(['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED']);
/** When an item was archived (it had approved values when removed): hidden everywhere, kept in the file. */
const archivedAt = documentTimestamp.optional();

export const observationDocumentSchema = z.strictObject({
  /** The period the value describes: "2023-24" or "2023-24-Q2". */
  asOf: z.string().min(1).max(20),
  /** The reporting quarter it was reported in; its goal's update for that quarter holds it. */
  reportedIn: z.string().min(1).max(20),
  group: documentCode.default('ALL'),
  value: z.number().finite(),
  n: z.int().min(0).nullable().default(null),
  state: reviewStateSchema.default('APPROVED'),
  approvedAt: documentTimestamp.nullable().default(null),
  isDemo: z.boolean().default(false),
});

export const updateDocumentSchema = z.strictObject({
  period: z.string().min(1).max(20),
  state: reviewStateSchema,
  // The update's own fields, with the form's limits, messages and link rule.
  ...updateFieldsSchema.shape,
  submittedAt: documentTimestamp.nullable().default(null),
  reviewedAt: documentTimestamp.nullable().default(null),
  isDemo: z.boolean().default(false),
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
  // The measure's own fields, its target and its student groups (lib/data/structure/document.ts).
  ...measureDocumentFields,
  // Every version of the baseline and target once the board changed them (empty: never changed).
  targetHistory: targetHistorySchema.default([]),
  observations: z.array(observationDocumentSchema).default([]),
  archivedAt,
});

export const goalDocumentSchema = z.strictObject({
  ...goalDocumentFields,
  measures: z.array(measureDocumentSchema).default([]),
  updates: z.array(updateDocumentSchema).default([]),
  archivedAt,
});

export const priorityDocumentSchema = z.strictObject({
  ...itemDocumentFields,
  goals: z.array(goalDocumentSchema).default([]),
  archivedAt,
});

export const objectiveDocumentSchema = z.strictObject({
  ...itemDocumentFields,
  priorities: z.array(priorityDocumentSchema).default([]),
  archivedAt,
});

export const PLAN_DOCUMENT_VERSION = 1;

export const divisionDocumentSchema = z.strictObject({ code: documentCode, name: z.string().min(1).max(200) });

export const studentGroupDocumentSchema = z.strictObject({
  code: documentCode,
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
    periods: z.array(z.strictObject({ code: z.string().min(1).max(20), dueDate: documentDate, closed: z.boolean() })).default([]),
    objectives: z.array(objectiveDocumentSchema).default([]),
  }),
});

export type PlanDocument = z.infer<typeof planDocumentSchema>;
export type MeasureDocument = z.infer<typeof measureDocumentSchema>;
export type GoalDocument = z.infer<typeof goalDocumentSchema>;
