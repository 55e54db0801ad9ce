// The plan's own fields, once: its names, cycle, statements, level names and at-risk rule, with
// their limits and messages. The settings form, the settings write, its audit snapshot and read
// model, and the plan part of the plan document (export and import alike) are all derived from
// the lists below, so a field added here cannot be left out of any of them. Pure.
import { z } from 'zod';
import { confirmed, isoDate, lines, longText, optionalText, required } from '@/lib/data/core/fields';
import { DEFAULT_AT_RISK_THRESHOLD } from '@/lib/status';

export const PLAN_STATUSES = ['DRAFT', 'ACTIVE', 'ARCHIVED'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const STATUS_WORDS: Record<PlanStatus, string> = { DRAFT: 'Draft', ACTIVE: 'Active', ARCHIVED: 'Archived' };

/** Longest lengths of a plan's texts: the settings form and the plan document hold to the same. */
export const PLAN_LIMITS = {
  name: 200,
  statement: 2000,
  value: 500,
  values: 30,
  corePractice: 200,
  equityStatement: 5000,
  levelName: 40,
} as const;

/** Slugs that name admin pages under /admin/plans/, so a plan can never take them. */
export const RESERVED_PLAN_SLUGS: ReadonlySet<string> = new Set(['new']);

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

// ---- The three levels' names -------------------------------------------------------------

export const PLAN_LEVELS = ['objective', 'priority', 'goal'] as const;
export type PlanLevel = (typeof PLAN_LEVELS)[number];
/** A level's names in the plan document: one and several, in English and (optionally) Spanish. */
export const LEVEL_NAME_KEYS = ['singular', 'plural', 'singularEs', 'pluralEs'] as const;
export type LevelNameKey = (typeof LEVEL_NAME_KEYS)[number];
/** The plan column holding a level's name: objective/pluralEs → objectiveLabelPluralEs. */
export type LevelColumn = `${PlanLevel}Label${'' | 'Plural'}${'' | 'Es'}`;

export const levelColumn = (level: PlanLevel, key: LevelNameKey) =>
  `${level}Label${key.startsWith('plural') ? 'Plural' : ''}${key.endsWith('Es') ? 'Es' : ''}` as LevelColumn;

/** The levels' names a new plan is offered: Objective → Priority → Goal. */
export const DEFAULT_LEVEL_NAMES = {
  objective: { singular: 'Objective', plural: 'Objectives' },
  priority: { singular: 'Priority', plural: 'Priorities' },
  goal: { singular: 'Goal', plural: 'Goals' },
} as const satisfies Record<PlanLevel, { singular: string; plural: string }>;

const LEVEL_WORDS: Record<PlanLevel, string> = { objective: 'first level’s', priority: 'second level’s', goal: 'third level’s' };
const level = (what: string) => required(PLAN_LIMITS.levelName, `the ${what}`);
const levelEs = (what: string) => optionalText(PLAN_LIMITS.levelName, `the ${what}`);

export const levelNamesShape = {
  objectiveLabel: level(`${LEVEL_WORDS.objective} name`),
  objectiveLabelPlural: level(`${LEVEL_WORDS.objective} plural`),
  priorityLabel: level(`${LEVEL_WORDS.priority} name`),
  priorityLabelPlural: level(`${LEVEL_WORDS.priority} plural`),
  goalLabel: level(`${LEVEL_WORDS.goal} name`),
  goalLabelPlural: level(`${LEVEL_WORDS.goal} plural`),
} satisfies Record<Exclude<LevelColumn, `${string}Es`>, z.ZodType>;

const levelNamesEsShape = {
  objectiveLabelEs: levelEs(`${LEVEL_WORDS.objective} Spanish name`),
  objectiveLabelPluralEs: levelEs(`${LEVEL_WORDS.objective} Spanish plural`),
  priorityLabelEs: levelEs(`${LEVEL_WORDS.priority} Spanish name`),
  priorityLabelPluralEs: levelEs(`${LEVEL_WORDS.priority} Spanish plural`),
  goalLabelEs: levelEs(`${LEVEL_WORDS.goal} Spanish name`),
  goalLabelPluralEs: levelEs(`${LEVEL_WORDS.goal} Spanish plural`),
} satisfies Record<Extract<LevelColumn, `${string}Es`>, z.ZodType>;

// ---- Plan settings: THE field list ------------------------------------------------------

const cycleStart = isoDate('cycle’s first day');
const cycleEnd = isoDate('cycle’s last day');

/** Everything about a plan but its structure, as the settings form edits it. */
export const planSettingsFields = z.object({
  name: required(PLAN_LIMITS.name, 'the plan’s name'),
  nameEs: optionalText(PLAN_LIMITS.name, 'the Spanish name'),
  cycleStart,
  cycleEnd,
  vision: longText(PLAN_LIMITS.statement, 'the vision'),
  visionEs: optionalText(PLAN_LIMITS.statement, 'the Spanish vision'),
  mission: longText(PLAN_LIMITS.statement, 'the mission'),
  missionEs: optionalText(PLAN_LIMITS.statement, 'the Spanish mission'),
  values: lines(PLAN_LIMITS.value, 'values', PLAN_LIMITS.values),
  overarchingGoal: longText(PLAN_LIMITS.statement, 'the overarching goal'),
  corePractices: lines(PLAN_LIMITS.corePractice, 'core practices'),
  equityStatement: longText(PLAN_LIMITS.equityStatement, 'the equity statement'),
  ...levelNamesShape,
  ...levelNamesEsShape,
  /** Percent of the expected progress below which a measure is off track rather than at risk. */
  atRiskPercent: z.coerce
    .number({ error: 'Enter a percentage, such as 80.' })
    .gt(0, { error: 'Enter a percentage between 1 and 99.' })
    .lt(100, { error: 'Enter a percentage between 1 and 99.' }),
});

export type PlanSettingsField = keyof typeof planSettingsFields.shape;
export type PlanSettingsValues = z.output<typeof planSettingsFields>;
/** The settings form's fields, in the schema's order: what the action reads from the form. */
export const PLAN_SETTINGS_FIELDS = planSettingsFields.keyof().options;

const isList = (schema: z.ZodType) => schema instanceof z.ZodPipe && schema.out instanceof z.ZodArray;
/** Fields typed one item per line: a problem with an item lands on its textarea, naming the line. */
export const PLAN_SETTINGS_LISTS: readonly PlanSettingsField[] = PLAN_SETTINGS_FIELDS.filter((f) =>
  isList(planSettingsFields.shape[f] as z.ZodType),
);
/** The Spanish texts, which the form keeps apart (the public pages fall back to English). */
export const PLAN_SETTINGS_SPANISH: readonly PlanSettingsField[] = PLAN_SETTINGS_FIELDS.filter((f) => f.endsWith('Es'));

export const planSettingsSchema = planSettingsFields
  .extend({
    planId: z.string().min(1),
    /** The plan's updatedAt when the form was loaded: a save over someone else's is refused. */
    version: z.string().min(1),
  })
  .superRefine(cycleRule);

/** The plan's columns the settings write, with the database's own types. */
export type PlanSettingsColumns = Omit<PlanSettingsValues, 'cycleStart' | 'cycleEnd' | 'atRiskPercent'> & {
  cycleStart: Date;
  cycleEnd: Date;
  atRiskThreshold: number;
};

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const SAME_AS_COLUMN = PLAN_SETTINGS_FIELDS.filter(
  (f): f is Exclude<PlanSettingsField, 'cycleStart' | 'cycleEnd' | 'atRiskPercent'> =>
    f !== 'cycleStart' && f !== 'cycleEnd' && f !== 'atRiskPercent',
);
const pickSame = (from: Record<string, unknown>) => Object.fromEntries(SAME_AS_COLUMN.map((f) => [f, from[f]]));

/** Form values → the plan's columns (the write). */
export function settingsColumns(values: PlanSettingsValues): PlanSettingsColumns {
  return {
    ...(pickSame(values) as Omit<PlanSettingsColumns, 'cycleStart' | 'cycleEnd' | 'atRiskThreshold'>),
    cycleStart: day(values.cycleStart),
    cycleEnd: day(values.cycleEnd),
    atRiskThreshold: values.atRiskPercent / 100,
  };
}

/** A plan row → its settings as the form shows them (the read model). */
export function settingsValues(row: PlanSettingsColumns): PlanSettingsValues {
  return {
    ...(pickSame(row) as Omit<PlanSettingsValues, 'cycleStart' | 'cycleEnd' | 'atRiskPercent'>),
    cycleStart: isoDay(row.cycleStart),
    cycleEnd: isoDay(row.cycleEnd),
    atRiskPercent: Math.round(row.atRiskThreshold * 1000) / 10,
  };
}

/** Settings as the form's text: a list one item per line, nothing as "". */
export function settingsFormText(values: PlanSettingsValues): Record<PlanSettingsField, string> {
  const out = {} as Record<PlanSettingsField, string>;
  for (const f of PLAN_SETTINGS_FIELDS) {
    const value = values[f];
    out[f] = Array.isArray(value) ? value.join('\n') : value === null ? '' : String(value);
  }
  return out;
}

/** A plan row's settings as its audit event records them: the columns, dates as YYYY-MM-DD. */
export function settingsSnapshot(row: PlanSettingsColumns): Record<string, string | number | string[] | null> {
  return {
    ...(pickSame(row) as Record<string, string | string[] | null>),
    atRiskThreshold: row.atRiskThreshold,
    cycleStart: isoDay(row.cycleStart),
    cycleEnd: isoDay(row.cycleEnd),
  };
}

// ---- The plan part of the plan document ---------------------------------------------------
// The document's own wording of problems (lib/data/plan/document-check.ts); the limits are the
// settings'. Export and import both walk PLAN_DOCUMENT_FIELDS, so each field goes out and back in.

const documentDate = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });
const levelNameDocument = z.strictObject({
  singular: z.string().min(1).max(PLAN_LIMITS.levelName),
  plural: z.string().min(1).max(PLAN_LIMITS.levelName),
  singularEs: z.string().min(1).max(PLAN_LIMITS.levelName).optional(),
  pluralEs: z.string().min(1).max(PLAN_LIMITS.levelName).optional(),
}) satisfies { shape: Record<LevelNameKey, unknown> };

/** The plan's own properties in a plan document (beside its periods and structure). */
export const planDocumentFields = {
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'lowercase letters, digits and "-" only' }),
  name: z.string().min(1).max(PLAN_LIMITS.name),
  nameEs: z.string().max(PLAN_LIMITS.name).optional(),
  cycleStart: documentDate,
  cycleEnd: documentDate,
  vision: z.string().max(PLAN_LIMITS.statement).default(''),
  mission: z.string().max(PLAN_LIMITS.statement).default(''),
  visionEs: z.string().max(PLAN_LIMITS.statement).optional(),
  missionEs: z.string().max(PLAN_LIMITS.statement).optional(),
  values: z.array(z.string().max(PLAN_LIMITS.value)).default([]),
  // Statements beside vision and mission that only some plans make (added in schemaVersion 1,
  // optional, so older files still parse): a singular overarching goal, core practices, an
  // equity statement.
  overarchingGoal: z.string().max(PLAN_LIMITS.statement).default(''),
  corePractices: z.array(z.string().min(1).max(PLAN_LIMITS.corePractice)).default([]),
  equityStatement: z.string().max(PLAN_LIMITS.equityStatement).default(''),
  status: z.enum(PLAN_STATUSES).default('DRAFT'),
  published: z.boolean().default(false),
  atRiskThreshold: z.number().min(0).max(1).default(DEFAULT_AT_RISK_THRESHOLD),
  /** The progress values are demonstration data, labelled as such on every page. */
  demoProgress: z.boolean().default(false),
  levels: z.strictObject({ objective: levelNameDocument, priority: levelNameDocument, goal: levelNameDocument }),
};

type DocumentPlanProps = z.output<z.ZodObject<typeof planDocumentFields>>;
type DocumentField = keyof DocumentPlanProps;
type SameNameField = Exclude<DocumentField, 'cycleStart' | 'cycleEnd' | 'levels'>;
type AsColumn<T> = undefined extends T ? Exclude<T, undefined> | null : T;

/** The plan columns a plan document carries; a plan row is one (the compiler checks each column exists). */
export type PlanDocumentColumns = { [K in SameNameField]: AsColumn<DocumentPlanProps[K]> } & {
  cycleStart: Date;
  cycleEnd: Date;
} & { [K in LevelColumn]: K extends `${string}Es` ? string | null : string };

export const PLAN_DOCUMENT_FIELDS = Object.keys(planDocumentFields) as DocumentField[];
const SAME_NAME_FIELDS = PLAN_DOCUMENT_FIELDS.filter(
  (f): f is SameNameField => f !== 'cycleStart' && f !== 'cycleEnd' && f !== 'levels',
);

/** The plan part of a document → the plan's columns (import). */
export function planColumnsFromDocument(plan: DocumentPlanProps): PlanDocumentColumns {
  const columns: Record<string, unknown> = { cycleStart: day(plan.cycleStart), cycleEnd: day(plan.cycleEnd) };
  for (const f of SAME_NAME_FIELDS) columns[f] = plan[f] ?? null;
  for (const l of PLAN_LEVELS) for (const k of LEVEL_NAME_KEYS) columns[levelColumn(l, k)] = plan.levels[l][k] ?? null;
  return columns as PlanDocumentColumns;
}

/** A plan row → the plan part of its document (export); a column without a value is left out. */
export function planDocumentFromColumns(row: PlanDocumentColumns): DocumentPlanProps {
  const plan: Record<string, unknown> = {};
  for (const f of PLAN_DOCUMENT_FIELDS) {
    if (f === 'cycleStart' || f === 'cycleEnd') plan[f] = isoDay(row[f]);
    else if (f === 'levels') {
      plan.levels = Object.fromEntries(
        PLAN_LEVELS.map((l) => [l, Object.fromEntries(LEVEL_NAME_KEYS.map((k) => [k, row[levelColumn(l, k)] ?? undefined]))]),
      );
    } else plan[f] = row[f] ?? undefined;
  }
  return plan as DocumentPlanProps;
}

// ---- Create, status, publish, next cycle --------------------------------------------------

export const createPlanSchema = z
  .object({
    name: planSettingsFields.shape.name,
    slug: slugSchema,
    cycleStart,
    cycleEnd,
    ...levelNamesShape,
    vision: planSettingsFields.shape.vision,
    mission: planSettingsFields.shape.mission,
  })
  .superRefine(cycleRule);

export const planStatusSchema = z.object({
  planId: z.string().min(1),
  status: z.enum(PLAN_STATUSES, { error: 'Choose a status.' }),
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
    name: required(PLAN_LIMITS.name, 'the new plan’s name'),
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

/** The new-plan form's fields, as its action reads them. */
export const CREATE_PLAN_FIELDS = Object.keys(createPlanSchema.shape) as (keyof typeof createPlanSchema.shape)[];

export type CreatePlanInput = z.infer<typeof createPlanSchema>;
export type PlanSettingsInput = z.infer<typeof planSettingsSchema>;
export type NextCycleInput = z.infer<typeof nextCycleSchema>;
