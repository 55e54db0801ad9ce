// Field builders every aggregate's form schema is made of: text with its limit and message,
// optional text (blank → null), lists typed one item per line, dates, confirmations, and the
// address made from a name. Pure, so client components may use them too.
import { z } from 'zod';

export const text = (max: number, what: string) =>
  z
    .string({ error: `Enter ${what}.` })
    .trim()
    .max(max, { error: `Keep ${what} under ${max} characters.` });

export const required = (max: number, what: string) => text(max, what).min(1, { error: `Enter ${what}.` });

/** Optional text: blank becomes null (the Spanish fields fall back to English). */
export const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `Keep ${what} under ${max} characters.` })
    .nullish()
    .transform((v) => (v ? v : null));

/** Text that may be left empty: missing becomes "". */
export const longText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `Keep ${what} under ${max} characters.` })
    .nullish()
    .transform((v) => v ?? '');

/** Lines of a textarea as a list: trimmed, blank lines dropped. */
export function linesToList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** One item per line, each at most `max` characters; an item's problem has its index in the path. */
export const lines = (max: number, what: string, most = 30) =>
  z
    .string()
    .nullish()
    .transform((v) => linesToList(v ?? ''))
    .pipe(
      z
        .array(z.string().max(max, { error: `Keep each of the ${what} under ${max} characters.` }))
        .max(most, { error: `List at most ${most} ${what}.` }),
    );

/** A code people and files refer to a thing by (SO-1, ELA-G3, CIS): letters, digits, ".", "_" and "-". */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** The longest code of a goal or a measure, in a form or a plan document. */
export const CODE_MAX = 40;

export const isoDate = (what: string) => z.iso.date({ error: `Enter the ${what} as a date.` });

/** The box a destructive or public change is confirmed with. */
export const confirmed = z.literal(true, { error: 'Confirm the change first.' });

/** "Strategic Plan 2025–2028" → "strategic-plan-2025-2028": an address in URLs. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

// ---- The plan document's primitives: a file's problems are worded for whoever wrote the file ----

export const documentDate = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });
export const documentTimestamp = z.iso.datetime({ error: 'expected a date and time as ISO 8601' });
/** A code in a plan document: a goal's, a measure's, or one a goal or value refers to. */
export const documentCode = z.string().regex(CODE_PATTERN, { error: 'letters, digits, ".", "_" or "-" only' }).max(CODE_MAX);
