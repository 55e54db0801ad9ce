// Schemas of the structure editor (objectives, priorities, goals, measures), shared by its
// server actions, the data layer and tests. Inputs arrive as form strings or typed values.
import { z } from 'zod';
import { cadenceSchema, directionSchema, measureUnitSchema, targetKindSchema } from '@/lib/data/plan/document';

const choice = <T extends z.ZodEnum>(schema: T, error: string) => z.enum(schema.options as [string, ...string[]], { error }) as unknown as T;

const id = z.string().trim().min(1, { error: 'Unknown item.' });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Keep this under ${max} characters.` })
    .nullish()
    .transform((v) => v ?? '');
const optionalEs = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Keep this under ${max} characters.` })
    .nullish()
    .transform((v) => (v ? v : null));
const optionalId = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v : null));
const code = z
  .string({ error: 'Enter a code, such as SO-1.' })
  .trim()
  .min(1, { error: 'Enter a code, such as SO-1.' })
  .max(40, { error: 'Keep the code under 40 characters.' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'Use letters, digits, ".", "_" or "-" only, such as SO-1.' });

const dateMessage = 'Enter a date, such as 2025-06-30.';
const isoDay = z.iso.date({ error: dateMessage });
const optionalDay = z.preprocess((v) => (v === '' || v === undefined ? null : v), isoDay.nullable());
const requiredDay = z.preprocess((v) => (v === null || v === undefined ? '' : v), isoDay);

const toNumber = (v: unknown) => (typeof v === 'string' ? (v.trim() === '' ? null : Number(v.trim())) : (v ?? null));
const numberMessage = 'Enter a number, such as 31.2.';
const optionalNumber = z.preprocess(toNumber, z.number({ error: numberMessage }).finite({ error: numberMessage }).nullable());
const requiredNumber = z.preprocess(
  (v) => toNumber(v) ?? undefined,
  z.number({ error: numberMessage }).finite({ error: numberMessage }),
);

const ids = z
  .array(z.string().trim().min(1))
  .nullish()
  .transform((v) => [...new Set(v ?? [])]);

export const objectiveInputSchema = z.object({
  name: z.string().trim().min(1, { error: 'Enter a name.' }).max(200, { error: 'Keep the name under 200 characters.' }),
  description: optionalText(5000),
  nameEs: optionalEs(200),
  descriptionEs: optionalEs(5000),
});

export const createObjectiveSchema = objectiveInputSchema.extend({ planId: id });
export const updateObjectiveSchema = objectiveInputSchema.extend({ id });

export const createPrioritySchema = objectiveInputSchema.extend({ objectiveId: id });
/** objectiveId: the objective it belongs to; a different one moves it there. */
export const updatePrioritySchema = objectiveInputSchema.extend({ id, objectiveId: id });

export const goalInputSchema = z.object({
  priorityId: z.string({ error: 'Choose where the goal belongs.' }).trim().min(1, { error: 'Choose where the goal belongs.' }),
  code,
  title: z.string().trim().min(1, { error: 'Enter a title.' }).max(200, { error: 'Keep the title under 200 characters.' }),
  statement: z
    .string({ error: 'Enter the goal statement.' })
    .trim()
    .min(1, { error: 'Enter the goal statement.' })
    .max(3000, { error: 'Keep the statement under 3000 characters.' }),
  titleEs: optionalEs(200),
  statementEs: optionalEs(3000),
  divisionId: optionalId,
  deadline: optionalDay,
  inclusion: optionalText(1000),
  equityFocus: optionalText(1000),
  focusGroupIds: ids,
});
export const updateGoalSchema = goalInputSchema.extend({ id });

export const interimTargetSchema = z.object({
  date: requiredDay,
  label: z.string().trim().min(1, { error: 'Name the year, such as 2023-24.' }).max(40, { error: 'Keep the label under 40 characters.' }),
  value: requiredNumber,
});

/** Why and when a target changed; required once a measure's target is history (lib/data/structure/measures.ts). */
export const targetChangeSchema = z.object({
  reason: z.string().trim().max(2000, { error: 'Keep the reason under 2000 characters.' }).nullish().transform((v) => v ?? ''),
  boardApprovedOn: optionalDay,
  effectiveFrom: optionalDay,
});

export const measureInputSchema = z
  .object({
    goalId: z.string({ error: 'Choose the goal it measures.' }).trim().min(1, { error: 'Choose the goal it measures.' }),
    code,
    name: z.string().trim().min(1, { error: 'Enter a name.' }).max(300, { error: 'Keep the name under 300 characters.' }),
    nameEs: optionalEs(300),
    unit: choice(measureUnitSchema, 'Choose a unit.'),
    direction: choice(directionSchema, 'Choose a direction.'),
    decimals: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v),
      z.int({ error: 'Choose 0 to 4 decimals.' }).min(0, { error: 'Choose 0 to 4 decimals.' }).max(4, { error: 'Choose 0 to 4 decimals.' }),
    ),
    cadence: choice(cadenceSchema, 'Choose a cadence.'),
    dataSource: optionalText(500),
    baselineValue: optionalNumber,
    baselineDate: optionalDay,
    baselineLabel: optionalEs(40),
    baselineNote: optionalText(500),
    targetKind: choice(targetKindSchema, 'Choose a kind of target.'),
    targetAmount: requiredNumber,
    targetDate: requiredDay,
    interimTargets: z.array(interimTargetSchema).max(20, { error: 'At most 20 interim targets.' }).nullish().transform((v) => v ?? []),
    disaggregated: z.boolean().default(false),
    studentGroupIds: ids,
    focusGroupId: optionalId,
    referenceGroupId: optionalId,
    gapReductionPercent: z.preprocess(
      toNumber,
      z
        .number({ error: 'Enter a percent between 0 and 100.' })
        .min(0, { error: 'Enter a percent between 0 and 100.' })
        .max(100, { error: 'Enter a percent between 0 and 100.' })
        .nullable(),
    ),
    change: targetChangeSchema.nullish().transform((v) => v ?? { reason: '', boardApprovedOn: null, effectiveFrom: null }),
  })
  .superRefine((m, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (m.targetKind !== 'VALUE' && m.targetAmount < 0) {
      issue('targetAmount', 'Enter the size of the change as a positive number; the direction says which way.');
    }
    if (
      m.direction === 'DECREASE' &&
      (m.targetKind === 'PERCENT_CHANGE' || m.targetKind === 'ANNUAL_PERCENT_CHANGE') &&
      m.targetAmount >= 100
    ) {
      issue('targetAmount', 'A decrease must be under 100%.');
    }
    if (m.unit === 'PERCENT' && m.targetKind === 'VALUE' && (m.targetAmount < 0 || m.targetAmount > 100)) {
      issue('targetAmount', 'A percent must be between 0 and 100.');
    }
    if (m.unit === 'PERCENT' && m.baselineValue !== null && (m.baselineValue < 0 || m.baselineValue > 100)) {
      issue('baselineValue', 'A percent must be between 0 and 100.');
    }
    if ((m.baselineValue === null) !== (m.baselineDate === null)) {
      issue(m.baselineValue === null ? 'baselineValue' : 'baselineDate', 'Give the baseline value and the date it stands at together.');
    }
    if (m.baselineDate && m.targetDate <= m.baselineDate) issue('targetDate', 'The target date must come after the baseline date.');
    const seen = new Set<string>();
    m.interimTargets.forEach((t, i) => {
      if (seen.has(t.date)) ctx.addIssue({ code: 'custom', path: ['interimTargets', i, 'date'], message: 'Two interim targets share this date.' });
      seen.add(t.date);
      if (t.date > m.targetDate) {
        ctx.addIssue({ code: 'custom', path: ['interimTargets', i, 'date'], message: 'An interim target falls after the target date.' });
      }
      if (m.baselineDate && t.date <= m.baselineDate) {
        ctx.addIssue({ code: 'custom', path: ['interimTargets', i, 'date'], message: 'An interim target falls before the baseline date.' });
      }
    });
    if (m.focusGroupId || m.referenceGroupId || m.gapReductionPercent !== null) {
      if (!m.disaggregated) issue('focusGroupId', 'A focus or reference group needs a measure reported by student group.');
    }
    if (m.disaggregated && m.studentGroupIds.length === 0) issue('studentGroupIds', 'Choose the student groups it is reported for.');
    // That the focus and reference groups are among the measure's groups (All students always
    // is) is checked by the data layer, which knows the organization's groups.
    if (m.focusGroupId && m.focusGroupId === m.referenceGroupId) issue('referenceGroupId', 'Choose a reference group other than the focus group.');
    if (m.gapReductionPercent !== null && !(m.focusGroupId && m.referenceGroupId)) {
      issue('gapReductionPercent', 'A gap target needs a focus group and a reference group.');
    }
  });
export const updateMeasureSchema = measureInputSchema.safeExtend({ id });

export const STRUCTURE_LEVELS = ['objective', 'priority', 'goal', 'measure'] as const;
export type StructureLevel = (typeof STRUCTURE_LEVELS)[number];
const level = z.enum(STRUCTURE_LEVELS, { error: 'Unknown kind of item.' });

export const reorderSchema = z.object({ level, id, direction: z.enum(['up', 'down'], { error: 'Move up or down.' }) });
/** parentId: the new priority of a goal, objective of a priority, goal of a measure. */
export const moveSchema = z.object({
  level: z.enum(['priority', 'goal', 'measure'], { error: 'Unknown kind of item.' }),
  id,
  parentId: z.string({ error: 'Choose where to move it.' }).trim().min(1, { error: 'Choose where to move it.' }),
});
/** confirmed: the person has seen what would be lost (or archived) and confirms. */
export const removeSchema = z.object({ level, id, confirmed: z.boolean().default(false) });

export type GoalInput = z.infer<typeof goalInputSchema>;
export type MeasureInput = z.infer<typeof measureInputSchema>;
export type InterimTargetInput = z.infer<typeof interimTargetSchema>;
