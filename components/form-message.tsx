// A form's outcome and its field messages, announced to screen readers.
import type { ReactNode } from 'react';
import type { ActionState } from '@/lib/action-state';

export function FieldError({ id, messages, tone = 'error' }: { id: string; messages?: string[]; tone?: 'error' | 'warning' }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className={tone === 'warning' ? 'mt-1 text-sm font-medium text-amber-900' : 'field-error'}>
      {tone === 'warning' ? 'Check: ' : ''}
      {messages.join(' ')}
    </p>
  );
}

/** The message of the last submission: green when it worked, amber when it needs a confirmation, red otherwise. */
export function FormMessage({ state, children }: { state: ActionState; children?: ReactNode }) {
  if (!state.message) return null;
  const tone = state.ok
    ? 'border-green-300 bg-green-50 text-green-900'
    : state.code === 'NEEDS_CONFIRMATION'
      ? 'border-amber-300 bg-amber-50 text-amber-950'
      : 'border-red-300 bg-red-50 text-red-900';
  return (
    <div role={state.ok ? 'status' : 'alert'} className={`rounded-lg border px-4 py-3 text-sm font-medium ${tone}`}>
      <p>{state.message}</p>
      {state.fieldErrors?.form && <p>{state.fieldErrors.form.join(' ')}</p>}
      {children}
    </div>
  );
}

/**
 * A refusal's problems, counted, each a link to its field (the fields' ids are their names), so a
 * long form's errors can be reached without searching for them. For client forms only (it
 * moves focus to the field).
 */
export function ErrorSummary({ errors, labelOf }: { errors: Record<string, string[] | undefined>; labelOf: (field: string) => string }) {
  const fields = Object.keys(errors).filter((field) => field !== 'form' && errors[field]?.length);
  if (fields.length === 0) return null;
  return (
    <div className="mt-2 font-normal">
      <p>{fields.length === 1 ? '1 problem:' : `${fields.length} problems:`}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {fields.map((field) => (
          <li key={field}>
            <a
              href={`#${field}`}
              className="font-semibold"
              onClick={(event) => {
                // A fragment link only scrolls: take the person to the field itself.
                const target = document.getElementById(field);
                if (!target) return;
                event.preventDefault();
                target.scrollIntoView({ block: 'center' });
                target.focus();
              }}
            >
              {labelOf(field)}
            </a>
            : {errors[field]!.join(' ')}
          </li>
        ))}
      </ul>
    </div>
  );
}

