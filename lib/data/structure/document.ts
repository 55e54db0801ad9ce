// The structure part of the plan document — objectives and priorities, goals, measures and
// their targets — derived from the structure field lists (lib/data/structure/fields.ts): one
// document field for each field there (the compiler checks none is missing), with its limit,
// in the document's own wording. Export and import both go through the mappings below, between
// the document and the field lists' values, and each mapping walks the same key list, so a
// field that goes out comes back in. Pure.
import { z } from 'zod';
import { documentCode, documentDate } from '@/lib/data/core/fields';
import {
  cadenceSchema,
  directionSchema,
  measureUnitSchema,
  STRUCTURE_LIMITS as L,
  targetChangeSchema,
  targetKindSchema,
  type GoalInput,
  type ItemText,
  type MeasureTarget,
  type MeasureValues,
  type TargetChangeInput,
} from '@/lib/data/structure/fields';

const named = (max: number) => z.string().min(1).max(max);
/** A Spanish text: left out of the document when there is none. */
const spanish = (max: number) => z.string().max(max).optional();
const note = (max: number) => z.string().max(max).default('');
const codes = z.array(documentCode).default([]);

type Shape = Record<string, z.ZodType>;
const keysOf = <S extends Shape>(shape: S) => Object.keys(shape) as (keyof S & string)[];

/** The document's fields of `keys` → the values' (import): a text left out is null. */
function fromDocument<K extends string>(doc: Partial<Record<K, unknown>>, keys: readonly K[]) {
  return Object.fromEntries(keys.map((k) => [k, doc[k] ?? null]));
}

/** The values' fields of `keys` → the document's (export): null stays null, but an optional field is left out. */
function toDocument<K extends string>(values: Partial<Record<K, unknown>>, shape: Shape, keys: readonly K[]) {
  return Object.fromEntries(keys.map((k) => [k, shape[k] instanceof z.ZodOptional ? (values[k] ?? undefined) : values[k]]));
}

/** How the document names what the structure refers to: divisions and student groups by code. */
export interface ReferencesOut {
  divisionCode(id: string): string;
  /** Codes of groups, in the organization's order of its groups. */
  groupCodes(ids: readonly string[]): string[];
}
export interface ReferencesIn {
  divisionId(code: string): string;
  groupId(code: string): string;
}

// ---- Objectives and priorities -------------------------------------------------------------

/** What an objective and a priority both say: a name and a description, Spanish optional. */
export const itemDocumentFields = {
  name: named(L.itemName),
  nameEs: spanish(L.itemName),
  description: note(L.itemDescription),
  descriptionEs: spanish(L.itemDescription),
} satisfies Record<keyof ItemText, z.ZodType>;
const ITEM_KEYS = keysOf(itemDocumentFields);
type ItemDocument = z.output<z.ZodObject<typeof itemDocumentFields>>;

export const itemFromDocument = (doc: ItemDocument) => fromDocument(doc, ITEM_KEYS) as ItemText;
export const itemToDocument = (item: ItemText) => toDocument(item, itemDocumentFields, ITEM_KEYS) as ItemDocument;

// ---- Goals ---------------------------------------------------------------------------------

/** Where a goal sits (its priority) is the document's nesting; its division and focus groups are named by code. */
type GoalReference = 'priorityId' | 'divisionId' | 'focusGroupIds';
const goalOwnFields = {
  code: documentCode,
  title: named(L.goalTitle),
  titleEs: spanish(L.goalTitle),
  statement: named(L.goalStatement),
  statementEs: spanish(L.goalStatement),
  deadline: documentDate.nullable(),
  inclusion: note(L.goalNote),
  equityFocus: note(L.goalNote),
} satisfies Record<Exclude<keyof GoalInput, GoalReference>, z.ZodType>;
const GOAL_KEYS = keysOf(goalOwnFields);

export const goalDocumentFields = { ...goalOwnFields, division: documentCode.nullable(), focusGroups: codes };
type GoalDocumentFields = z.output<z.ZodObject<typeof goalDocumentFields>>;

/** A goal's values (as its form and audit trail hold them) → its fields in the document. */
export function goalToDocument(goal: GoalInput, refs: ReferencesOut): GoalDocumentFields {
  const own = toDocument(goal, goalOwnFields, GOAL_KEYS) as Omit<GoalDocumentFields, 'division' | 'focusGroups'>;
  return {
    ...own,
    division: goal.divisionId ? refs.divisionCode(goal.divisionId) : null,
    focusGroups: refs.groupCodes(goal.focusGroupIds),
  };
}

/** A goal in the document → its values, under the priority it is imported into. */
export function goalFromDocument(doc: GoalDocumentFields, priorityId: string, refs: ReferencesIn): GoalInput {
  return {
    ...(fromDocument(doc, GOAL_KEYS) as Omit<GoalInput, GoalReference>),
    priorityId,
    divisionId: doc.division ? refs.divisionId(doc.division) : null,
    focusGroupIds: doc.focusGroups.map(refs.groupId),
  };
}

// ---- Targets: a measure's, and each version in its history ----------------------------------

const baselineFields = {
  value: z.number().finite().nullable(),
  // The date the baseline value stands at: the end of its period (2022-06-30 for 2021-22).
  date: documentDate.nullable(),
  label: z.string().max(L.periodLabel).nullable(),
};
const targetFields = { kind: targetKindSchema, amount: z.number().finite(), date: documentDate };
const interimTargets = z
  .array(z.strictObject({ date: documentDate, label: z.string().max(L.periodLabel), value: z.number().finite() }))
  .default([]);

/** Where each of a target's fields sits in the document: both mappings walk this list. */
const TARGET_IN_DOCUMENT = {
  baselineValue: ['baseline', 'value'],
  baselineDate: ['baseline', 'date'],
  baselineLabel: ['baseline', 'label'],
  targetKind: ['target', 'kind'],
  targetAmount: ['target', 'amount'],
  targetDate: ['target', 'date'],
  interimTargets: ['interimTargets'],
} as const satisfies Record<keyof MeasureTarget, readonly [string] | readonly [string, string]>;
const TARGET_KEYS = Object.keys(TARGET_IN_DOCUMENT) as (keyof MeasureTarget)[];

interface TargetDocument {
  baseline: z.output<z.ZodObject<typeof baselineFields>>;
  target: z.output<z.ZodObject<typeof targetFields>>;
  interimTargets: z.output<typeof interimTargets>;
}

export function targetToDocument(t: MeasureTarget): TargetDocument {
  const doc: Record<string, unknown> = { baseline: {}, target: {} };
  for (const key of TARGET_KEYS) {
    const [at, field] = TARGET_IN_DOCUMENT[key];
    if (field) (doc[at] as Record<string, unknown>)[field] = t[key];
    else doc[at] = t[key];
  }
  return doc as unknown as TargetDocument;
}

export function targetFromDocument(doc: TargetDocument): MeasureTarget {
  const at = doc as unknown as Record<string, Record<string, unknown>>;
  return Object.fromEntries(
    TARGET_KEYS.map((key) => {
      const [part, field] = TARGET_IN_DOCUMENT[key];
      return [key, field ? at[part]![field] : at[part]];
    }),
  ) as MeasureTarget;
}

/** A version of a measure's target once the board changed it: the target and why, and from when. */
export const targetVersionDocumentSchema = z.strictObject({
  // The day this version took effect; null for the original version.
  effectiveFrom: documentDate.nullable(),
  baseline: z.strictObject(baselineFields),
  target: z.strictObject(targetFields),
  interimTargets,
  reason: note(L.reason),
  boardApprovedOn: documentDate.nullable().default(null),
}) satisfies { shape: Record<keyof TargetChangeInput | keyof TargetDocument, z.ZodType> };
type TargetVersionDocument = z.output<typeof targetVersionDocumentSchema>;
const CHANGE_KEYS = Object.keys(targetChangeSchema.shape) as (keyof TargetChangeInput)[];

export const targetVersionToDocument = (target: MeasureTarget, change: TargetChangeInput): TargetVersionDocument => ({
  effectiveFrom: change.effectiveFrom,
  ...targetToDocument(target),
  reason: change.reason,
  boardApprovedOn: change.boardApprovedOn,
});
export const targetVersionFromDocument = (doc: TargetVersionDocument) => ({
  target: targetFromDocument(doc),
  change: fromDocument(doc, CHANGE_KEYS) as TargetChangeInput,
});

// ---- Measures ------------------------------------------------------------------------------

/** What a measure's document says of itself beside its target and student groups (its goal is where it sits). */
const measureOwnFields = {
  code: documentCode,
  name: named(L.measureName),
  nameEs: spanish(L.measureName),
  unit: measureUnitSchema,
  direction: directionSchema,
  decimals: z.int().min(0).max(4).default(1),
  dataSource: note(L.measureNote),
  cadence: cadenceSchema,
};
const MEASURE_KEYS = keysOf(measureOwnFields);
/** The baseline note sits in the document beside the target's baseline. */
type BaselineExtra = 'baselineNote';
type MeasureGroupReference = 'studentGroupIds' | 'focusGroupId' | 'referenceGroupId';
const measureGroupFields = {
  disaggregated: z.boolean().default(false),
  studentGroups: codes,
  focusGroup: documentCode.nullable().default(null),
  referenceGroup: documentCode.nullable().default(null),
  // The percent of the focus group's baseline gap to close by the target date; null: none stated.
  gapReductionPercent: z.number().finite().min(0).max(100).nullable().default(null),
};

export const measureDocumentFields = {
  ...measureOwnFields,
  baseline: z.strictObject({
    ...baselineFields,
    // Where a stated baseline comes from, or why there is none.
    note: note(L.measureNote),
    // Supplied only for a demonstration, because the plan states none.
    isDemo: z.boolean().default(false),
  }),
  target: z.strictObject(targetFields),
  interimTargets,
  ...measureGroupFields,
} satisfies Record<
  | Exclude<keyof MeasureValues, 'goalId' | BaselineExtra | MeasureGroupReference | keyof MeasureTarget>
  | keyof TargetDocument
  | 'studentGroups'
  | 'focusGroup'
  | 'referenceGroup',
  z.ZodType
>;
type MeasureDocumentFields = z.output<z.ZodObject<typeof measureDocumentFields>>;

/** A measure's values as the database holds them: the form's, and whether its baseline is a demonstration's. */
export type StoredMeasureValues = MeasureValues & { baselineIsDemo: boolean };

export function measureToDocument(m: StoredMeasureValues, refs: ReferencesOut): MeasureDocumentFields {
  const target = targetToDocument(m);
  const group = (id: string | null) => (id ? refs.groupCodes([id])[0]! : null);
  return {
    ...(toDocument(m, measureOwnFields, MEASURE_KEYS) as Pick<MeasureDocumentFields, (typeof MEASURE_KEYS)[number]>),
    ...target,
    baseline: { ...target.baseline, note: m.baselineNote, isDemo: m.baselineIsDemo },
    disaggregated: m.disaggregated,
    studentGroups: refs.groupCodes(m.studentGroupIds),
    focusGroup: group(m.focusGroupId),
    referenceGroup: group(m.referenceGroupId),
    gapReductionPercent: m.gapReductionPercent,
  };
}

export function measureFromDocument(doc: MeasureDocumentFields, goalId: string, refs: ReferencesIn): StoredMeasureValues {
  const group = (code: string | null) => (code ? refs.groupId(code) : null);
  return {
    ...(fromDocument(doc, MEASURE_KEYS) as Pick<MeasureValues, (typeof MEASURE_KEYS)[number]>),
    goalId,
    ...targetFromDocument(doc),
    baselineNote: doc.baseline.note,
    baselineIsDemo: doc.baseline.isDemo,
    disaggregated: doc.disaggregated,
    studentGroupIds: doc.studentGroups.map(refs.groupId),
    focusGroupId: group(doc.focusGroup),
    referenceGroupId: group(doc.referenceGroup),
    gapReductionPercent: doc.gapReductionPercent,
  };
}
