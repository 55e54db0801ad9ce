// The typed result every server action returns, and the one mapping from errors to it.
import { AppError, ERROR_MESSAGES, type FieldErrors } from '@/lib/errors';

export interface ActionState {
  ok: boolean;
  message?: string;
  code?: string;
  fieldErrors?: FieldErrors;
  /** What the person typed, so a refused form keeps their input on screen. */
  values?: Record<string, string>;
  /** What a successful action made that the page must show once (e.g. an invitation link). */
  result?: Record<string, string>;
}

export const initialActionState: ActionState = { ok: false };

export function actionError(error: unknown, values?: Record<string, string>): ActionState {
  if (error instanceof AppError) {
    return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors, values };
  }
  console.error(error);
  return { ok: false, code: 'INTERNAL', message: 'Something went wrong on our side. Nothing was saved; please try again.', values };
}

/** Fields never sent back into a page, whatever the form: a refused form asks for them again. */
const SECRET_FIELD = /password/i;

/**
 * What the person typed, so a refused form can show it again: never a password, unless the
 * values are the command's own input (`withSecrets`), not state sent back to the page.
 */
export function formValues(form: FormData, { withSecrets = false } = {}): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string' && !key.startsWith('$') && (withSecrets || !SECRET_FIELD.test(key))) values[key] = value;
  }
  return values;
}

export { ERROR_MESSAGES };

/** A form's field errors and the values to show again, after a refused save (none after a success). */
export function refusedInput(state: ActionState): { errors: FieldErrors; value: (name: string) => string } {
  if (state.ok) return { errors: {}, value: () => '' };
  return { errors: state.fieldErrors ?? {}, value: (name) => state.values?.[name] ?? '' };
}
