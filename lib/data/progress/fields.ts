// The progress workflow's schemas — the update form, review decisions, reopening and period
// closing — shared by the server actions, the data layer and tests.
import { z } from 'zod';
import { isWebLink } from '@/lib/data/progress/rules';

export const NARRATIVE_MAX = 5000;
export const NOTE_MAX = 2000;
export const COMMENT_MAX = 2000;
export const EVIDENCE_MAX = 10;

export const REPORTED_STATUSES = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'MET'] as const;

const NUMBER_MESSAGE = 'Enter a number, such as 31.2.';
const COUNT_MESSAGE = 'Enter the number of students as a whole number, 0 or more.';

/** A number as people type it: "31.2", "1,037", "-4". */
const numberText = z
  .string({ error: NUMBER_MESSAGE })
  .trim()
  .regex(/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/, { error: NUMBER_MESSAGE })
  .transform((s) => Number(s.replaceAll(',', '')));

/** A count of students: blank for "not stated", otherwise a whole number ≥ 0. */
const countText = z
  .union([z.string(), z.number()], { error: COUNT_MESSAGE })
  .nullish()
  .transform((v, ctx) => {
    if (v === null || v === undefined) return null;
    const text = String(v).trim().replaceAll(',', '');
    if (text === '') return null;
    if (!/^-?\d+(\.\d+)?$/.test(text)) {
      ctx.addIssue({ code: 'custom', message: COUNT_MESSAGE });
      return z.NEVER;
    }
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0) {
      ctx.addIssue({ code: 'custom', message: COUNT_MESSAGE });
      return z.NEVER;
    }
    return n;
  });

const limitedText = (max: number, what: string) =>
  z
    .string()
    .max(max, { error: `Keep ${what} under ${max.toLocaleString('en-US')} characters.` })
    .default('');

export const progressValueSchema = z.object({
  measureId: z.string().min(1, { error: 'Unknown measure.' }),
  asOfPeriodId: z.string().min(1, { error: 'Choose the period this value is as of.' }),
  /** The student group; absent for the All students value of a measure. */
  studentGroupId: z.string().min(1).nullish().transform((v) => v ?? null),
  value: numberText,
  n: countText,
});

export const evidenceLinksSchema = z
  .array(z.string().trim().max(2000, { error: 'A link can be at most 2,000 characters.' }))
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

export const progressInputSchema = z
  .object({
    goalId: z.string().min(1, { error: 'Unknown goal.' }),
    periodId: z.string().min(1, { error: 'Choose a reporting period.' }),
    intent: z.enum(['draft', 'submit'], { error: 'Choose to save a draft or submit.' }),
    /** The version of the update the form was based on; 0 for a new update. */
    version: z.coerce.number({ error: 'Reload the page and try again.' }).int().min(0).default(0),
    narrative: limitedText(NARRATIVE_MAX, 'the narrative'),
    reportedStatus: z.enum(REPORTED_STATUSES, { error: 'Choose a status from the list.' }).nullable().default(null),
    pdsaPlan: limitedText(NOTE_MAX, 'the Plan notes'),
    pdsaDo: limitedText(NOTE_MAX, 'the Do notes'),
    pdsaStudy: limitedText(NOTE_MAX, 'the Study notes'),
    pdsaAct: limitedText(NOTE_MAX, 'the Act notes'),
    evidenceLinks: evidenceLinksSchema,
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
    comment: z.string().trim().max(COMMENT_MAX, { error: `Keep the comment under ${COMMENT_MAX.toLocaleString('en-US')} characters.` }).default(''),
  })
  .refine((input) => input.decision === 'approve' || input.comment.length > 0, {
    error: 'Say what needs to change, so the division can fix it.',
    path: ['comment'],
  });

export type ReviewInput = z.infer<typeof reviewInputSchema>;

export const reopenInputSchema = z.object({
  updateId: z.string().min(1, { error: 'Unknown update.' }),
  version: z.coerce.number({ error: 'Reload the page and try again.' }).int().min(1),
  reason: z
    .string()
    .trim()
    .min(1, { error: 'Give the reason for reopening an approved update.' })
    .max(COMMENT_MAX, { error: `Keep the reason under ${COMMENT_MAX.toLocaleString('en-US')} characters.` }),
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
  const status = text('reportedStatus');
  const links = (text('evidenceLinks') ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  return {
    goalId: text('goalId'),
    periodId: text('periodId'),
    intent: text('intent'),
    version: text('version'),
    narrative: text('narrative') ?? '',
    reportedStatus: status ? status : null,
    pdsaPlan: text('pdsaPlan') ?? '',
    pdsaDo: text('pdsaDo') ?? '',
    pdsaStudy: text('pdsaStudy') ?? '',
    pdsaAct: text('pdsaAct') ?? '',
    evidenceLinks: links,
    confirmJumps: text('confirmJumps') === 'on' || text('confirmJumps') === 'true',
    values,
  };
}
