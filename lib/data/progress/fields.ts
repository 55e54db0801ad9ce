// The progress aggregate's field lists. THE update schema — what a division writes in its
// quarterly update and a reviewer answers, with limits, messages and labels — and what is
// derived from it: the update form's input and its FormData reading, the plan document's update
// fields, the audit snapshot, the form's read model and the history labels. Also the review,
// reopen and period-closing inputs. Pure: client components import its limits and labels.
import { z } from 'zod';
import { isWebLink, readCountText, readValueText, VALUE_MESSAGES, type ReviewState } from '@/lib/data/progress/rules';

export const NARRATIVE_MAX = 5000;
export const NOTE_MAX = 2000;
export const COMMENT_MAX = 2000;
export const EVIDENCE_MAX = 10;
export const LINK_MAX = 2000;

export const REPORTED_STATUSES = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'MET'] as const;

/** How a field is named to people: its label (history, review), and a PDSA note's step and hint (the form). */
export interface FieldText {
  label: string;
  pdsaStep?: string;
  hint?: string;
}

const fieldTexts = z.registry<FieldText>();

const limitedText = (max: number, what: string) =>
  z
    .string()
    .max(max, { error: `Keep ${what} under ${max.toLocaleString('en-US')} characters.` })
    .default('');

const pdsaNote = (step: string, hint: string) =>
  limitedText(NOTE_MAX, `the ${step} notes`).register(fieldTexts, { label: `${step} (PDSA)`, pdsaStep: step, hint });

/** Evidence links, one rule for the form and the plan document: http and https web addresses only. */
export const evidenceLinksSchema = z
  .array(z.string().trim().max(LINK_MAX, { error: `A link can be at most ${LINK_MAX.toLocaleString('en-US')} characters.` }))
  .max(EVIDENCE_MAX, { error: `Add at most ${EVIDENCE_MAX} evidence links.` })
  .default([])
  .superRefine((links, ctx) => {
    links.forEach((link, i) => {
      if (!isWebLink(link)) {
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `Link ${i + 1} is not a web address: links must start with http:// or https://.`,
        });
      }
    });
  });

/**
 * An update's own fields: the one list the form, the plan document, export and import, the
 * audit snapshot, the review queue and the goal's history are all derived from.
 */
export const updateFieldsSchema = z.object({
  narrative: limitedText(NARRATIVE_MAX, 'the narrative').register(fieldTexts, { label: 'Narrative' }),
  reportedStatus: z
    .enum(REPORTED_STATUSES, { error: 'Choose a status from the list.' })
    .nullable()
    .default(null)
    .register(fieldTexts, { label: 'Reported status' }),
  pdsaPlan: pdsaNote('Plan', 'What change are you testing, and what do you predict?'),
  pdsaDo: pdsaNote('Do', 'What did you carry out, and what did you observe?'),
  pdsaStudy: pdsaNote('Study', 'What do the results show against your prediction?'),
  pdsaAct: pdsaNote('Act', 'Adopt, adapt or abandon — and what comes next?'),
  evidenceLinks: evidenceLinksSchema.register(fieldTexts, { label: 'Evidence links' }),
  reviewerComment: limitedText(COMMENT_MAX, 'the comment').register(fieldTexts, { label: 'Reviewer comment' }),
});

export type UpdateFields = z.output<typeof updateFieldsSchema>;
export type UpdateField = keyof UpdateFields;
export const UPDATE_FIELDS = Object.keys(updateFieldsSchema.shape) as UpdateField[];

/** What the division writes; the reviewer's comment is the reviewer's. */
export const divisionFieldsSchema = updateFieldsSchema.omit({ reviewerComment: true });
export type DivisionFields = z.output<typeof divisionFieldsSchema>;
export const DIVISION_FIELDS = Object.keys(divisionFieldsSchema.shape) as (keyof DivisionFields)[];

export function updateFieldText(field: UpdateField): FieldText {
  return fieldTexts.get(updateFieldsSchema.shape[field])!;
}

/** Field → label, for the goal's history. */
export const UPDATE_FIELD_LABELS: [UpdateField, string][] = UPDATE_FIELDS.map((field) => [field, updateFieldText(field).label]);

type TextField = { [K in UpdateField]: UpdateFields[K] extends string ? K : never }[UpdateField];
/** The Plan-Do-Study-Act notes, in order. */
export const PDSA_FIELDS = UPDATE_FIELDS.filter((field): field is TextField => updateFieldText(field).pdsaStep !== undefined);

function pick<T extends object, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, row[key]])) as Pick<T, K>;
}

/** An update's own fields from a database row, a plan document's update or a parsed form. */
export function updateFieldsOf(row: UpdateFields): UpdateFields {
  return pick(row, UPDATE_FIELDS);
}

/** The fields a division's save writes. */
export function divisionFieldsOf(row: DivisionFields): DivisionFields {
  return pick(row, DIVISION_FIELDS);
}

export interface SnapshotValue {
  measureId: string;
  periodId: string;
  studentGroupId: string;
  value: number;
  n: number | null;
}

/** A snapshot of an update for its audit events: its state, its fields and values, in a stable order. */
export function updateSnapshot(update: UpdateFields & { state: ReviewState }, values: SnapshotValue[]) {
  return {
    state: update.state,
    ...updateFieldsOf(update),
    values: values
      .map((v) => ({ measureId: v.measureId, periodId: v.periodId, studentGroupId: v.studentGroupId, value: v.value, n: v.n }))
      .sort((a, b) => `${a.measureId}${a.studentGroupId}`.localeCompare(`${b.measureId}${b.studentGroupId}`)),
  };
}

const issueOf = <T>(read: { ok: true; value: T } | { ok: false; problem: string }, ctx: z.RefinementCtx): T => {
  if (read.ok) return read.value;
  ctx.addIssue({ code: 'custom', message: read.problem });
  return z.NEVER;
};

/** One value row of the form: read as the CSV import reads a value; the measure's range is checked on save. */
export const progressValueSchema = z
  .object({
    measureId: z.string().min(1, { error: 'Unknown measure.' }),
    asOfPeriodId: z.string().min(1, { error: 'Choose the period this value is as of.' }),
    /** The student group; absent for the All students value of a measure. */
    studentGroupId: z.string().min(1).nullish().transform((v) => v ?? null),
    value: z.string({ error: VALUE_MESSAGES.notANumber }).transform((text, ctx) => issueOf(readValueText(text), ctx)),
    n: z
      .union([z.string(), z.number()], { error: VALUE_MESSAGES.count })
      .nullish()
      .transform((v, ctx) => issueOf(readCountText(v), ctx)),
  })
  .transform(({ value, ...row }) => ({ ...row, value: value.value, percentSign: value.percentSign }));

export const progressInputSchema = divisionFieldsSchema
  .extend({
    goalId: z.string().min(1, { error: 'Unknown goal.' }),
    periodId: z.string().min(1, { error: 'Choose a reporting period.' }),
    intent: z.enum(['draft', 'submit'], { error: 'Choose to save a draft or submit.' }),
    /** The version of the update the form was based on; 0 for a new update. */
    version: z.coerce.number({ error: 'Reload the page and try again.' }).int().min(0).default(0),
    /** The person confirmed values that moved unusually far from the previous ones. */
    confirmJumps: z.boolean().default(false),
    values: z.array(progressValueSchema).max(2000).default([]),
  })
  .refine((input) => input.values.length > 0 || input.narrative.trim().length > 0, {
    error: 'Enter at least one value or a narrative.',
    path: ['form'],
  });

export type ProgressInput = z.infer<typeof progressInputSchema>;

export const reviewInputSchema = z
  .object({
    updateId: z.string().min(1, { error: 'Unknown update.' }),
    version: z.coerce.number({ error: 'Reload the page and try again.' }).int().min(1),
    decision: z.enum(['approve', 'return'], { error: 'Choose to approve or return the update.' }),
    /** Becomes the update's reviewer comment: its limit and message. */
    comment: z.string().trim().pipe(updateFieldsSchema.shape.reviewerComment.unwrap()).default(''),
  })
  .refine((input) => input.decision === 'approve' || input.comment.length > 0, {
    error: 'Say what needs to change, so the division can fix it.',
    path: ['comment'],
  });

export type ReviewInput = z.infer<typeof reviewInputSchema>;

/** What the reviewer comment of a reopened update starts with; the reason follows, within the comment's limit. */
export const REOPENED_PREFIX = 'Reopened: ';
export const REOPEN_REASON_MAX = COMMENT_MAX - REOPENED_PREFIX.length;

export const reopenInputSchema = z.object({
  updateId: z.string().min(1, { error: 'Unknown update.' }),
  version: z.coerce.number({ error: 'Reload the page and try again.' }).int().min(1),
  reason: z
    .string()
    .trim()
    .min(1, { error: 'Give the reason for reopening an approved update.' })
    .max(REOPEN_REASON_MAX, { error: `Keep the reason under ${REOPEN_REASON_MAX.toLocaleString('en-US')} characters.` }),
});

export type ReopenInput = z.infer<typeof reopenInputSchema>;

export const periodStateSchema = z
  .object({
    periodId: z.string().min(1, { error: 'Unknown reporting period.' }),
    closed: z.boolean(),
    reason: z.string().trim().max(COMMENT_MAX, { error: `Keep the reason under ${COMMENT_MAX.toLocaleString('en-US')} characters.` }).default(''),
  })
  .refine((input) => input.closed || input.reason.length > 0, {
    error: 'Give the reason for reopening this period.',
    path: ['reason'],
  });

export type PeriodStateInput = z.infer<typeof periodStateSchema>;

/** Field names used by the forms, so errors land next to the right input. */
export const fieldName = {
  value: (measureId: string, groupId?: string | null) => (groupId ? `value.${measureId}.${groupId}` : `value.${measureId}`),
  n: (measureId: string, groupId?: string | null) => (groupId ? `n.${measureId}.${groupId}` : `n.${measureId}`),
  asOf: (measureId: string) => `asOf.${measureId}`,
};

/** Reads the progress form's FormData into the raw shape the schema parses. */
export function progressFormToInput(form: FormData): Record<string, unknown> {
  const text = (key: string) => {
    const v = form.get(key);
    return typeof v === 'string' ? v : undefined;
  };
  const values: { measureId: string; studentGroupId: string | null; asOfPeriodId: string; value: string; n: string | null }[] = [];
  for (const [key, raw] of form.entries()) {
    if (!key.startsWith('value.') || typeof raw !== 'string') continue;
    const [, measureId = '', groupId = null] = key.split('.');
    const n = text(groupId ? fieldName.n(measureId, groupId) : fieldName.n(measureId)) ?? '';
    // A row left blank is not reported; a count without a value is still an error to show.
    if (raw.trim() === '' && n.trim() === '') continue;
    values.push({ measureId, studentGroupId: groupId, asOfPeriodId: text(fieldName.asOf(measureId)) ?? '', value: raw, n });
  }
  // Every field the division writes is a text input of its own name, except two: the status is
  // a choice ("" for none) and the links come one per line.
  const fields = Object.fromEntries(DIVISION_FIELDS.map((name) => [name, text(name) ?? '']));
  const links = (text('evidenceLinks') ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  return {
    goalId: text('goalId'),
    periodId: text('periodId'),
    intent: text('intent'),
    version: text('version'),
    ...fields,
    reportedStatus: text('reportedStatus') || null,
    evidenceLinks: links,
    confirmJumps: text('confirmJumps') === 'on' || text('confirmJumps') === 'true',
    values,
  };
}
