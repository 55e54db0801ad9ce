// Validation as every data-layer command does it: parse with the command's zod schema, and on
// failure refuse with AppError('VALIDATION') whose field errors are keyed by the form field each
// problem belongs to. How a schema path becomes a form field is explicit, per form: a dotted
// path by default ("interimTargets.2.date"), or a mapper of the form's own.
import type { z } from 'zod';
import { AppError, type FieldErrors } from '@/lib/errors';

export interface FieldIssue {
  field: string;
  message: string;
}

export type IssueMapper = (issue: z.core.$ZodIssue, raw: unknown) => FieldIssue;

/** The schema path as the field name, "form" for a problem with the whole input. */
export const dottedField: IssueMapper = (issue) => ({ field: issue.path.map(String).join('.') || 'form', message: issue.message });

/**
 * For lists typed one item per line in a textarea: an item's problem lands on the textarea and
 * names its line ("Line 4: …"); other paths stay dotted.
 */
export function textareaLines(listFields: readonly string[]): IssueMapper {
  const lists = new Set(listFields);
  return (issue, raw) => {
    const [field, index] = issue.path;
    if (typeof field === 'string' && lists.has(field)) {
      return { field, message: typeof index === 'number' ? `Line ${index + 1}: ${issue.message}` : issue.message };
    }
    return dottedField(issue, raw);
  };
}

export function fieldErrorsOf(error: z.ZodError, raw: unknown, mapIssue: IssueMapper = dottedField): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const { field, message } = mapIssue(issue, raw);
    (errors[field] ??= []).push(message);
  }
  return errors;
}

/** A NUL character: nothing a person types, and PostgreSQL refuses to store it in text. */
export const NUL_MESSAGE = 'Remove the invisible control character (NUL) from this text.';

/** The path of every string in the input that holds a NUL character, however deep. */
export function nulPaths(raw: unknown, path: (string | number)[] = [], found: (string | number)[][] = []): (string | number)[][] {
  if (typeof raw === 'string') {
    if (raw.includes('\u0000')) found.push(path);
  } else if (Array.isArray(raw)) {
    raw.forEach((item, i) => nulPaths(item, [...path, i], found));
  } else if (raw && typeof raw === 'object' && !(raw instanceof Date)) {
    for (const [key, value] of Object.entries(raw)) nulPaths(value, [...path, key], found);
  }
  return found;
}

export function parseOrThrow<T>(schema: z.ZodType<T>, raw: unknown, mapIssue: IssueMapper = dottedField): T {
  // Refused before the schema sees it, so no command can pass one on to the database.
  const nul = nulPaths(raw);
  if (nul.length > 0) {
    const errors: FieldErrors = {};
    for (const path of nul) {
      const { field, message } = mapIssue({ code: 'custom', path, message: NUL_MESSAGE, input: undefined } as z.core.$ZodIssue, raw);
      (errors[field] ??= []).push(message);
    }
    throw new AppError('VALIDATION', undefined, errors);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError('VALIDATION', undefined, fieldErrorsOf(parsed.error, raw, mapIssue));
  return parsed.data;
}
