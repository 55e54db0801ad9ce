// The structure aggregate's field lists: objectives and priorities, goals, and measures with
// their target. Each zod object here is the one place a field, its limit and its message are
// written; the database data, form read model, audit snapshot, target version, history labels
// and "has the target changed?" are derived from it. Pure: client components import it too.
import { z } from 'zod';
import { CODE_MAX, CODE_PATTERN } from '@/lib/data/core/fields';
import { isOutOfPercentRange, VALUE_MESSAGES } from '@/lib/data/progress/rules';
import type { TargetSentenceInput } from '@/lib/target-sentence';

export const measureUnitSchema = z.enum(['PERCENT', 'COUNT', 'POINTS', 'SCALE_SCORE', 'CURRENCY', 'INDEX']);
export const directionSchema = z.enum(['INCREASE', 'DECREASE']);
export const cadenceSchema = z.enum(['QUARTERLY', 'ANNUAL']);
export const targetKindSchema = z.enum(['VALUE', 'CHANGE', 'PERCENT_CHANGE', 'ANNUAL_CHANGE', 'ANNUAL_PERCENT_CHANGE']);

/** Longest lengths of the structure's texts: the forms and the plan document hold to the same. */
export const STRUCTURE_LIMITS = {
  code: CODE_MAX,
  itemName: 200,
  itemDescription: 5000,
  goalTitle: 200,
  goalStatement: 3000,
  /** Who is included, the equity focus. */
  goalNote: 1000,
  measureName: 300,
  /** The data source, the baseline note. */
  measureNote: 500,
  /** A baseline's or an interim target's period, such as 2021-22. */
  periodLabel: 40,
  reason: 2000,
} as const;
const L = STRUCTURE_LIMITS;

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
const requiredId = (error: string) => z.string({ error }).trim().min(1, { error });
const code = z
  .string({ error: 'Enter a code, such as SO-1.' })
  .trim()
  .min(1, { error: 'Enter a code, such as SO-1.' })
  .max(L.code, { error: `Keep the code under ${L.code} characters.` })
  .regex(CODE_PATTERN, { error: 'Use letters, digits, ".", "_" or "-" only, such as SO-1.' });

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

/** The text of an objective or a priority. */
export const itemTextFields = {
  name: z.string().trim().min(1, { error: 'Enter a name.' }).max(L.itemName, { error: `Keep the name under ${L.itemName} characters.` }),
  description: optionalText(L.itemDescription),
  nameEs: optionalEs(L.itemName),
  descriptionEs: optionalEs(L.itemDescription),
};
export const objectiveInputSchema = z.object(itemTextFields);
export const createObjectiveSchema = objectiveInputSchema.extend({ planId: id });
export const updateObjectiveSchema = objectiveInputSchema.extend({ id });
export const createPrioritySchema = objectiveInputSchema.extend({ objectiveId: id });
/** objectiveId: the objective it belongs to; a different one moves it there. */
export const updatePrioritySchema = objectiveInputSchema.extend({ id, objectiveId: id });
export type ItemText = z.infer<typeof objectiveInputSchema>;

export const goalFields = {
  priorityId: requiredId('Choose where the goal belongs.'),
  code,
  title: z.string().trim().min(1, { error: 'Enter a title.' }).max(L.goalTitle, { error: `Keep the title under ${L.goalTitle} characters.` }),
  statement: z
    .string({ error: 'Enter the goal statement.' })
    .trim()
    .min(1, { error: 'Enter the goal statement.' })
    .max(L.goalStatement, { error: `Keep the statement under ${L.goalStatement} characters.` }),
  titleEs: optionalEs(L.goalTitle),
  statementEs: optionalEs(L.goalStatement),
  divisionId: optionalId,
  deadline: optionalDay,
  inclusion: optionalText(L.goalNote),
  equityFocus: optionalText(L.goalNote),
  focusGroupIds: ids,
};
export const goalInputSchema = z.object(goalFields);
export const updateGoalSchema = goalInputSchema.extend({ id });
export type GoalInput = z.infer<typeof goalInputSchema>;

export const interimTargetSchema = z.object({
  date: requiredDay,
  label: z.string().trim().min(1, { error: 'Name the year, such as 2023-24.' }).max(L.periodLabel, { error: `Keep the label under ${L.periodLabel} characters.` }),
  value: requiredNumber,
});
export type InterimTargetInput = z.infer<typeof interimTargetSchema>;

/** A measure's target: a change to any of these is a target change (versioned once on record). */
export const measureTargetFields = {
  baselineValue: optionalNumber,
  baselineDate: optionalDay,
  baselineLabel: optionalEs(L.periodLabel),
  targetKind: choice(targetKindSchema, 'Choose a kind of target.'),
  targetAmount: requiredNumber,
  targetDate: requiredDay,
  interimTargets: z.array(interimTargetSchema).max(20, { error: 'At most 20 interim targets.' }).nullish().transform((v) => v ?? []),
};
export const measureTargetSchema = z.object(measureTargetFields);
/** The target as the form, the audit trail and a target version's JSON hold it: dates as YYYY-MM-DD. */
export type MeasureTarget = z.infer<typeof measureTargetSchema>;
const TARGET_KEYS = Object.keys(measureTargetFields) as (keyof MeasureTarget)[];

/** What the measure is, apart from its target and student groups. */
export const measureDefinitionFields = {
  goalId: requiredId('Choose the goal it measures.'),
  code,
  name: z.string().trim().min(1, { error: 'Enter a name.' }).max(L.measureName, { error: `Keep the name under ${L.measureName} characters.` }),
  nameEs: optionalEs(L.measureName),
  unit: choice(measureUnitSchema, 'Choose a unit.'),
  direction: choice(directionSchema, 'Choose a direction.'),
  decimals: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v),
    z.int({ error: 'Choose 0 to 4 decimals.' }).min(0, { error: 'Choose 0 to 4 decimals.' }).max(4, { error: 'Choose 0 to 4 decimals.' }),
  ),
  cadence: choice(cadenceSchema, 'Choose a cadence.'),
  dataSource: optionalText(L.measureNote),
  baselineNote: optionalText(L.measureNote),
};
const gapMessage = 'Enter a percent between 0 and 100.';
export const measureGroupFields = {
  disaggregated: z.boolean().default(false),
  studentGroupIds: ids,
  focusGroupId: optionalId,
  referenceGroupId: optionalId,
  gapReductionPercent: z.preprocess(toNumber, z.number({ error: gapMessage }).min(0, { error: gapMessage }).max(100, { error: gapMessage }).nullable()),
};

/** Why and when a target changed; required once a measure's target is history (lib/data/structure/measures.ts). */
export const targetChangeSchema = z.object({
  reason: z.string().trim().max(L.reason, { error: `Keep the reason under ${L.reason} characters.` }).nullish().transform((v) => v ?? ''),
  boardApprovedOn: optionalDay,
  effectiveFrom: optionalDay,
});
export type TargetChangeInput = z.infer<typeof targetChangeSchema>;

export const measureInputSchema = z
  .object({
    ...measureDefinitionFields,
    ...measureTargetFields,
    ...measureGroupFields,
    change: targetChangeSchema.nullish().transform((v) => v ?? { reason: '', boardApprovedOn: null, effectiveFrom: null }),
  })
  .superRefine((m, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (m.targetKind !== 'VALUE' && m.targetAmount < 0) {
      issue('targetAmount', 'Enter the size of the change as a positive number; the direction says which way.');
    }
    if (m.direction === 'DECREASE' && (m.targetKind === 'PERCENT_CHANGE' || m.targetKind === 'ANNUAL_PERCENT_CHANGE') && m.targetAmount >= 100) {
      issue('targetAmount', 'A decrease must be under 100%.');
    }
    if (m.targetKind === 'VALUE' && isOutOfPercentRange(m.unit, m.targetAmount)) issue('targetAmount', VALUE_MESSAGES.percentRange);
    if (m.baselineValue !== null && isOutOfPercentRange(m.unit, m.baselineValue)) issue('baselineValue', VALUE_MESSAGES.percentRange);
    if ((m.baselineValue === null) !== (m.baselineDate === null)) {
      issue(m.baselineValue === null ? 'baselineValue' : 'baselineDate', 'Give the baseline value and the date it stands at together.');
    }
    if (m.baselineDate && m.targetDate <= m.baselineDate) issue('targetDate', 'The target date must come after the baseline date.');
    const seen = new Set<string>();
    m.interimTargets.forEach((t, i) => {
      const at = (message: string) => ctx.addIssue({ code: 'custom', path: ['interimTargets', i, 'date'], message });
      if (seen.has(t.date)) at('Two interim targets share this date.');
      seen.add(t.date);
      if (t.date > m.targetDate) at('An interim target falls after the target date.');
      if (m.baselineDate && t.date <= m.baselineDate) at('An interim target falls before the baseline date.');
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
export type MeasureInput = z.infer<typeof measureInputSchema>;

export const STRUCTURE_LEVELS = ['objective', 'priority', 'goal', 'measure'] as const;
export type StructureLevel = (typeof STRUCTURE_LEVELS)[number];
const level = z.enum(STRUCTURE_LEVELS, { error: 'Unknown kind of item.' });

export const reorderSchema = z.object({ level, id, direction: z.enum(['up', 'down'], { error: 'Move up or down.' }) });
/** parentId: the new priority of a goal, objective of a priority, goal of a measure. */
export const moveSchema = z.object({
  level: z.enum(['priority', 'goal', 'measure'], { error: 'Unknown kind of item.' }),
  id,
  parentId: requiredId('Choose where to move it.'),
});
/** confirmed: the person has seen what would be lost (or archived) and confirms. */
export const removeSchema = z.object({ level, id, confirmed: z.boolean().default(false) });

// ---- Words for the choices: the form's options and the history both read them. ----

export const UNIT_LABELS = {
  PERCENT: 'Percent',
  COUNT: 'Count',
  POINTS: 'Points',
  SCALE_SCORE: 'Scale score',
  CURRENCY: 'Currency (USD)',
  INDEX: 'Index',
} as const satisfies Record<MeasureInput['unit'], string>;
export const DIRECTION_LABELS = { INCREASE: 'Higher', DECREASE: 'Lower' } as const satisfies Record<MeasureInput['direction'], string>;
export const CADENCE_LABELS = { ANNUAL: 'Annual', QUARTERLY: 'Quarterly' } as const satisfies Record<MeasureInput['cadence'], string>;
export const TARGET_KIND_LABELS = {
  VALUE: ['Reach a value', 'The target is the amount itself, e.g. 100% of employees agree.'],
  CHANGE: ['Change by an amount', 'Baseline plus or minus the amount, e.g. 105 more community schools.'],
  PERCENT_CHANGE: ['Change by a percent of the baseline', 'e.g. 10% below the 2021-22 baseline of 31.2%.'],
  ANNUAL_CHANGE: ['Change by an amount each year', 'e.g. 5 more points each year.'],
  ANNUAL_PERCENT_CHANGE: ['Change by a percent each year', 'e.g. 20% more partnerships each year, compounding.'],
} as const satisfies Record<MeasureInput['targetKind'], readonly [label: string, hint: string]>;

// ---- History labels: every field of every snapshot has its words (a new field must add one). ----

export const ITEM_TEXT_LABELS = {
  name: 'Name',
  description: 'Description',
  nameEs: 'Name in Spanish',
  descriptionEs: 'Description in Spanish',
} as const satisfies Record<keyof ItemText, string>;
export const GOAL_LABELS = {
  priorityId: 'Priority',
  code: 'Code',
  title: 'Title',
  statement: 'Statement',
  titleEs: 'Title in Spanish',
  statementEs: 'Statement in Spanish',
  divisionId: 'Owning division',
  deadline: 'Deadline',
  inclusion: 'Who is included',
  equityFocus: 'Equity focus',
  focusGroupIds: 'Focus student groups',
} as const satisfies Record<keyof GoalInput, string>;
export const MEASURE_TARGET_LABELS = {
  baselineValue: 'Baseline value',
  baselineDate: 'Baseline stands at',
  baselineLabel: 'Baseline period',
  targetKind: 'Kind of target',
  targetAmount: 'Target amount',
  targetDate: 'Target date',
  interimTargets: 'Interim targets',
} as const satisfies Record<keyof MeasureTarget, string>;
export const MEASURE_LABELS = {
  goalId: 'Goal',
  code: 'Code',
  name: 'Name',
  nameEs: 'Name in Spanish',
  unit: 'Unit',
  direction: 'Better is',
  decimals: 'Decimals',
  cadence: 'Cadence',
  dataSource: 'Data source',
  baselineNote: 'Baseline note',
  ...MEASURE_TARGET_LABELS,
  disaggregated: 'Reported by student group',
  studentGroupIds: 'Student groups',
  focusGroupId: 'Focus group',
  referenceGroupId: 'Reference group',
  gapReductionPercent: 'Gap to close (%)',
} as const satisfies Record<Exclude<keyof MeasureInput, 'change'>, string>;
export const TARGET_CHANGE_LABELS = {
  reason: 'Reason',
  boardApprovedOn: 'Board approved on',
  effectiveFrom: 'Takes effect on',
} as const satisfies Record<keyof TargetChangeInput, string>;

// ---- Mappings derived from the field lists. ----

const pick = <T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> => {
  const out = {} as Pick<T, K>;
  for (const key of keys) out[key] = from[key];
  return out;
};
const keysOf = <T extends object>(fields: T) => Object.keys(fields) as (keyof T)[];
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const isoOf = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);

/** An objective's or priority's text as the database, the form and the audit trail hold it. */
export const itemText = (x: ItemText): ItemText => pick(x, keysOf(itemTextFields));

/** A goal's columns as stored (dates as Date), the form and audit snapshot's fields as read from them. */
type GoalColumns = Omit<GoalInput, 'deadline' | 'focusGroupIds'> & { deadline: Date | null };
const GOAL_COLUMNS = keysOf(goalFields).filter((k): k is Exclude<keyof GoalInput, 'focusGroupIds'> => k !== 'focusGroupIds');

export function goalData(input: GoalInput) {
  return { ...pick(input, GOAL_COLUMNS), deadline: input.deadline ? day(input.deadline) : null };
}
/** A goal as its form opens with it and as the audit trail records it. */
export function goalValues(row: GoalColumns, focusGroupIds: string[]): GoalInput {
  return { ...pick(row, GOAL_COLUMNS), deadline: isoOf(row.deadline), focusGroupIds: [...focusGroupIds].sort() };
}

type StoredInterim = { date: Date | string; label: string; value: number };
/** A target's columns as a Measure or MeasureTargetVersion row holds them (interims: rows or JSON). */
export interface TargetColumns {
  baselineValue: number | null;
  baselineDate: Date | null;
  baselineLabel: string | null;
  targetKind: MeasureTarget['targetKind'];
  targetAmount: number;
  targetDate: Date;
  interimTargets: unknown;
}

/** Interim targets as stored (InterimTarget rows, or a version's JSON), dropping anything malformed. */
export function interimsOf(stored: unknown): MeasureTarget['interimTargets'] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((t: unknown) => {
    if (typeof t !== 'object' || t === null) return [];
    const { date, label, value } = t as Partial<StoredInterim>;
    const iso = date instanceof Date ? isoOf(date) : typeof date === 'string' ? date.slice(0, 10) : null;
    if (!iso || Number.isNaN(day(iso).getTime()) || typeof value !== 'number' || !Number.isFinite(value)) return [];
    return [{ date: iso, label: typeof label === 'string' ? label : '', value }];
  });
}

/** Database row → target (of a measure, with its InterimTarget rows, or of a version). */
export function targetOf(row: TargetColumns): MeasureTarget {
  return {
    baselineValue: row.baselineValue,
    baselineDate: isoOf(row.baselineDate),
    baselineLabel: row.baselineLabel,
    targetKind: row.targetKind,
    targetAmount: row.targetAmount,
    targetDate: isoOf(row.targetDate)!,
    interimTargets: interimsOf(row.interimTargets),
  };
}

/** Target → a Measure row's target columns (its interim targets are rows of their own). */
export function targetColumns(t: MeasureTarget) {
  return {
    baselineValue: t.baselineValue,
    baselineDate: t.baselineDate ? day(t.baselineDate) : null,
    baselineLabel: t.baselineLabel,
    targetKind: t.targetKind,
    targetAmount: t.targetAmount,
    targetDate: day(t.targetDate),
  };
}

/** Target → the InterimTarget rows of a measure. */
export const interimRows = (t: MeasureTarget, organizationId: string) =>
  t.interimTargets.map((i) => ({ organizationId, date: day(i.date), label: i.label, value: i.value }));

/** Target → a MeasureTargetVersion's columns (interim targets as JSON). */
export const versionColumns = (t: MeasureTarget) => ({ ...targetColumns(t), interimTargets: t.interimTargets });

/** A target version's change as its row holds it (dates as Date) → as the input has it, and back. */
export const changeOf = (row: { reason: string; boardApprovedOn: Date | null; effectiveFrom: Date | null }): TargetChangeInput => ({
  reason: row.reason,
  boardApprovedOn: isoOf(row.boardApprovedOn),
  effectiveFrom: isoOf(row.effectiveFrom),
});
export const changeColumns = (c: TargetChangeInput) => ({
  reason: c.reason,
  boardApprovedOn: c.boardApprovedOn ? day(c.boardApprovedOn) : null,
  effectiveFrom: c.effectiveFrom ? day(c.effectiveFrom) : null,
});

/** The target part of any input or read model. */
export const pickTarget = (x: MeasureTarget): MeasureTarget => pick(x, TARGET_KEYS);

/** Target → what the sentence and the preview chart need (dates as Date). */
export function targetSentenceInput(t: MeasureTarget, m: Pick<MeasureInput, 'unit' | 'decimals' | 'direction'>): TargetSentenceInput {
  return {
    kind: t.targetKind,
    amount: t.targetAmount,
    direction: m.direction,
    baseline: t.baselineValue,
    baselineDate: t.baselineDate ? day(t.baselineDate) : null,
    baselineLabel: t.baselineLabel,
    deadline: day(t.targetDate),
    unit: m.unit,
    decimals: m.decimals,
    interimTargets: t.interimTargets.map((i) => ({ date: day(i.date), label: i.label, value: i.value })),
  };
}

/** Has the target changed? The one rule, for the server's versioning and the form's reason fields. */
export function targetChanged(before: MeasureTarget, after: MeasureTarget): boolean {
  const key = (t: MeasureTarget) =>
    JSON.stringify([
      ...TARGET_KEYS.filter((k) => k !== 'interimTargets').map((k) => t[k] ?? null),
      [...t.interimTargets].sort((a, b) => a.date.localeCompare(b.date)).map((i) => [i.date, i.label, i.value]),
    ]);
  return key(before) !== key(after);
}

const formText = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v : null;
};

/** The target fields of the measure form, as the raw input the schema parses (server and client). */
export function targetFormInput(form: FormData) {
  const labels = form.getAll('interimLabel');
  const values = form.getAll('interimValue');
  return {
    ...Object.fromEntries(TARGET_KEYS.filter((k) => k !== 'interimTargets').map((k) => [k, formText(form, k)])),
    interimTargets: form.getAll('interimDate').map((date, i) => ({ date, label: labels[i], value: values[i] })),
  };
}

/** The form's "has the target changed?": an incomplete target counts as changed. */
export function formTargetChanged(original: MeasureTarget, form: FormData): boolean {
  const parsed = measureTargetSchema.safeParse(targetFormInput(form));
  return !parsed.success || targetChanged(original, parsed.data);
}

type MeasureDefinition = z.infer<z.ZodObject<typeof measureDefinitionFields>>;
type MeasureGroups = z.infer<z.ZodObject<typeof measureGroupFields>>;
const DEFINITION_KEYS = keysOf(measureDefinitionFields);
const GROUP_COLUMNS = keysOf(measureGroupFields).filter((k): k is Exclude<keyof MeasureGroups, 'studentGroupIds'> => k !== 'studentGroupIds');

/** A measure's columns from its values, as they are (a plan file's measure is imported as the file has it). */
export function measureRowColumns(values: MeasureValues) {
  return { ...pick(values, DEFINITION_KEYS), ...targetColumns(values), ...pick(values, GROUP_COLUMNS) };
}

/** A measure's columns from its input (a measure not reported by group keeps no group targets). */
export function measureColumns(input: MeasureInput) {
  const columns = measureRowColumns(input);
  return input.disaggregated ? columns : { ...columns, focusGroupId: null, referenceGroupId: null, gapReductionPercent: null };
}

/** A measure (row or input) as its form opens with it and as the audit trail records it. */
export type MeasureValues = MeasureDefinition & MeasureTarget & MeasureGroups;
export function measureValues(
  m: MeasureDefinition & Omit<MeasureGroups, 'studentGroupIds'>,
  target: MeasureTarget,
  groups: string[],
): MeasureValues {
  return { ...pick(m, DEFINITION_KEYS), ...pickTarget(target), ...pick(m, GROUP_COLUMNS), studentGroupIds: [...groups].sort() };
}
