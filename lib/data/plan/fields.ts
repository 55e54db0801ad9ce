// Plan administration schemas (create, settings, status, publish, next cycle, divisions,
// student groups, period due dates), shared by the server actions, the data layer and tests.
import { z } from 'zod';
import { linesToList, RESERVED_PLAN_SLUGS } from '@/lib/data/plan/rules';

const text = (max: number, what: string) =>
  z
    .string({ error: `Enter ${what}.` })
    .trim()
    .max(max, { error: `Keep ${what} under ${max} characters.` });

const required = (max: number, what: string) => text(max, what).min(1, { error: `Enter ${what}.` });

/** Optional text: blank becomes null (the Spanish fields fall back to English). */
const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `Keep ${what} under ${max} characters.` })
    .nullish()
    .transform((v) => (v ? v : null));

const longText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `Keep ${what} under ${max} characters.` })
    .nullish()
    .transform((v) => v ?? '');

/** One item per line, each at most `max` characters. */
const lines = (max: number, what: string, most = 30) =>
  z
    .string()
    .nullish()
    .transform((v) => linesToList(v ?? ''))
    .pipe(
      z
        .array(z.string().max(max, { error: `Keep each of the ${what} under ${max} characters.` }))
        .max(most, { error: `List at most ${most} ${what}.` }),
    );

const isoDate = (what: string) => z.iso.date({ error: `Enter the ${what} as a date.` });

export const slugSchema = z
  .string({ error: 'Enter the plan’s address.' })
  .trim()
  .min(1, { error: 'Enter the plan’s address.' })
  .max(60, { error: 'Keep the address under 60 characters.' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'Use lowercase letters, digits and hyphens only, such as 2025-2028.' })
  .refine((s) => !RESERVED_PLAN_SLUGS.has(s), { error: 'That address is reserved; choose another.' });

const MAX_CYCLE_YEARS = 10;

function cycleRule(input: { cycleStart: string; cycleEnd: string }, ctx: z.RefinementCtx) {
  const start = new Date(`${input.cycleStart}T00:00:00Z`).getTime();
  const end = new Date(`${input.cycleEnd}T00:00:00Z`).getTime();
  if (end <= start) ctx.addIssue({ code: 'custom', path: ['cycleEnd'], message: 'The cycle must end after it starts.' });
  else if (end - start > MAX_CYCLE_YEARS * 366 * 86_400_000) {
    ctx.addIssue({ code: 'custom', path: ['cycleEnd'], message: `A cycle lasts at most ${MAX_CYCLE_YEARS} years.` });
  }
}

const level = (what: string) => required(40, `the ${what}`);
const levelEs = (what: string) => optionalText(40, `the ${what}`);

export const levelNamesShape = {
  objectiveLabel: level('first level’s name'),
  objectiveLabelPlural: level('first level’s plural'),
  priorityLabel: level('second level’s name'),
  priorityLabelPlural: level('second level’s plural'),
  goalLabel: level('third level’s name'),
  goalLabelPlural: level('third level’s plural'),
};

export const createPlanSchema = z
  .object({
    name: required(200, 'the plan’s name'),
    slug: slugSchema,
    cycleStart: isoDate('cycle’s first day'),
    cycleEnd: isoDate('cycle’s last day'),
    ...levelNamesShape,
    vision: longText(2000, 'the vision'),
    mission: longText(2000, 'the mission'),
  })
  .superRefine(cycleRule);

export const planSettingsSchema = z
  .object({
    planId: z.string().min(1),
    /** The plan's updatedAt when the form was loaded: a save over someone else's is refused. */
    version: z.string().min(1),
    name: required(200, 'the plan’s name'),
    nameEs: optionalText(200, 'the Spanish name'),
    cycleStart: isoDate('cycle’s first day'),
    cycleEnd: isoDate('cycle’s last day'),
    vision: longText(2000, 'the vision'),
    visionEs: optionalText(2000, 'the Spanish vision'),
    mission: longText(2000, 'the mission'),
    missionEs: optionalText(2000, 'the Spanish mission'),
    values: lines(500, 'values'),
    overarchingGoal: longText(2000, 'the overarching goal'),
    corePractices: lines(200, 'core practices'),
    equityStatement: longText(5000, 'the equity statement'),
    ...levelNamesShape,
    objectiveLabelEs: levelEs('first level’s Spanish name'),
    objectiveLabelPluralEs: levelEs('first level’s Spanish plural'),
    priorityLabelEs: levelEs('second level’s Spanish name'),
    priorityLabelPluralEs: levelEs('second level’s Spanish plural'),
    goalLabelEs: levelEs('third level’s Spanish name'),
    goalLabelPluralEs: levelEs('third level’s Spanish plural'),
    /** Percent of the expected progress below which a measure is off track rather than at risk. */
    atRiskPercent: z.coerce
      .number({ error: 'Enter a percentage, such as 80.' })
      .gt(0, { error: 'Enter a percentage between 1 and 99.' })
      .lt(100, { error: 'Enter a percentage between 1 and 99.' }),
  })
  .superRefine(cycleRule);

const confirmed = z.literal(true, { error: 'Confirm the change first.' });

export const planStatusSchema = z.object({
  planId: z.string().min(1),
  status: z.enum(['DRAFT', 'ACTIVE', 'ARCHIVED'], { error: 'Choose a status.' }),
  confirm: confirmed,
});

export const planPublishSchema = z.object({
  planId: z.string().min(1),
  published: z.boolean(),
  confirm: confirmed,
});

const keys = z.array(z.string().max(100)).max(2000).default([]);

export const nextCycleSchema = z
  .object({
    planId: z.string().min(1),
    name: required(200, 'the new plan’s name'),
    slug: slugSchema,
    cycleStart: isoDate('new cycle’s first day'),
    cycleEnd: isoDate('new cycle’s last day'),
    objectives: keys,
    priorities: keys,
    goals: keys,
    measures: keys,
  })
  .superRefine(cycleRule)
  .refine((v) => v.objectives.length > 0, {
    error: 'Choose at least one part of the plan to carry over, or create a new plan instead.',
    path: ['objectives'],
  });

const code = (what: string) =>
  z
    .string({ error: `Enter the ${what}’s code.` })
    .trim()
    .min(1, { error: `Enter the ${what}’s code.`, abort: true })
    .max(20, { error: 'Keep the code under 20 characters.' })
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'Use letters, digits, ".", "_" or "-" only, such as CIS.' })
    .transform((c) => c.toUpperCase());

export const createDivisionSchema = z.object({
  code: code('division'),
  name: required(200, 'the division’s name'),
});

export const renameDivisionSchema = z.object({
  divisionId: z.string().min(1),
  name: required(200, 'the division’s name'),
});

export const deleteByIdSchema = z.object({ id: z.string().min(1), confirm: confirmed });

const category = z
  .string()
  .trim()
  .max(40, { error: 'Keep the category under 40 characters.' })
  .regex(/^[A-Za-z0-9_ -]*$/, { error: 'Use letters, digits, spaces, "_" or "-" only, such as RACE_ETHNICITY.' })
  .nullish()
  .transform((v) => (v ? v.toUpperCase().replace(/[\s-]+/g, '_') : null));

export const createStudentGroupSchema = z.object({
  code: code('group'),
  name: required(200, 'the group’s name'),
  nameEs: optionalText(200, 'the Spanish name'),
  category,
});

export const updateStudentGroupSchema = z.object({
  groupId: z.string().min(1),
  name: required(200, 'the group’s name'),
  nameEs: optionalText(200, 'the Spanish name'),
  category,
});

export const moveSchema = z.object({
  id: z.string().min(1),
  direction: z.enum(['up', 'down'], { error: 'Choose up or down.' }),
});

export const periodDueDateSchema = z.object({
  periodId: z.string().min(1),
  dueDate: isoDate('due date'),
});

export type CreatePlanInput = z.infer<typeof createPlanSchema>;
export type PlanSettingsInput = z.infer<typeof planSettingsSchema>;
export type NextCycleInput = z.infer<typeof nextCycleSchema>;
