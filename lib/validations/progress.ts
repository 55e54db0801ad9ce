// The progress form's schema, shared by the server action, the data layer and tests.
import { z } from 'zod';

export const NARRATIVE_MAX = 5000;

export const REPORTED_STATUSES = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'MET'] as const;

/** A number as people type it: "31.2", "1,037", "-4". */
const numberText = z
  .string({ error: 'Enter a number, such as 31.2.' })
  .trim()
  .regex(/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/, { error: 'Enter a number, such as 31.2.' })
  .transform((s) => Number(s.replaceAll(',', '')));

export const progressValueSchema = z.object({
  measureId: z.string().min(1, { error: 'Unknown measure.' }),
  asOfPeriodId: z.string().min(1, { error: 'Choose the period this value is as of.' }),
  value: numberText,
});

export const progressInputSchema = z
  .object({
    goalId: z.string().min(1, { error: 'Unknown goal.' }),
    periodId: z.string().min(1, { error: 'Choose a reporting period.' }),
    intent: z.enum(['draft', 'submit'], { error: 'Choose to save a draft or submit.' }),
    /** The version of the update the form was based on; 0 for a new update. */
    version: z.coerce.number({ error: 'Reload the page and try again.' }).int().min(0).default(0),
    narrative: z
      .string()
      .max(NARRATIVE_MAX, { error: `Keep the narrative under ${NARRATIVE_MAX.toLocaleString('en-US')} characters.` })
      .default(''),
    reportedStatus: z.enum(REPORTED_STATUSES, { error: 'Choose a status from the list.' }).nullable().default(null),
    values: z.array(progressValueSchema).max(200).default([]),
  })
  .refine((input) => input.values.length > 0 || input.narrative.trim().length > 0, {
    error: 'Enter at least one value or a narrative.',
    path: ['form'],
  });

export type ProgressInput = z.infer<typeof progressInputSchema>;

/** Field names used by the form, so errors land next to the right input. */
export const fieldName = {
  value: (measureId: string) => `value.${measureId}`,
  asOf: (measureId: string) => `asOf.${measureId}`,
};

/** Reads the progress form's FormData into the raw shape the schema parses. */
export function progressFormToInput(form: FormData): Record<string, unknown> {
  const text = (key: string) => {
    const v = form.get(key);
    return typeof v === 'string' ? v : undefined;
  };
  const values: { measureId: string; asOfPeriodId: string; value: string }[] = [];
  for (const [key, raw] of form.entries()) {
    if (!key.startsWith('value.') || typeof raw !== 'string' || raw.trim() === '') continue;
    const measureId = key.slice('value.'.length);
    values.push({ measureId, asOfPeriodId: text(fieldName.asOf(measureId)) ?? '', value: raw });
  }
  const status = text('reportedStatus');
  return {
    goalId: text('goalId'),
    periodId: text('periodId'),
    intent: text('intent'),
    version: text('version'),
    narrative: text('narrative') ?? '',
    reportedStatus: status ? status : null,
    values,
  };
}
