'use client';

import { useActionState } from 'react';
import { setPeriodDueDateAction } from '@/lib/data/organization/actions';
import { FieldError, FormMessage } from '@/components/form-message';
import { initialActionState } from '@/lib/action-state';

/** Moves a period's due date (on or after the day it ends); folded away until asked for. */
export function PeriodDueDateForm({ periodId, label, dueDate, endDate }: { periodId: string; label: string; dueDate: string; endDate: string }) {
  const [state, formAction, pending] = useActionState(setPeriodDueDateAction, initialActionState);
  const id = `due-${periodId}`;
  const error = state.ok ? undefined : state.fieldErrors?.dueDate;
  return (
    <details open={Boolean(state.message)}>
      <summary className="btn-secondary cursor-pointer list-none">Change due date…</summary>
      <form action={formAction} className="mt-2 space-y-2" noValidate aria-label={`Change the due date of ${label}`}>
        <input type="hidden" name="periodId" value={periodId} />
        <div aria-live="polite">
          <FormMessage state={state} />
        </div>
        <div>
          <label htmlFor={id} className="text-sm font-medium text-slate-800">
            Due date of {label}
          </label>
          <input
            id={id}
            name="dueDate"
            type="date"
            min={endDate.slice(0, 10)}
            defaultValue={state.values?.dueDate ?? dueDate.slice(0, 10)}
            className="field-input"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          <FieldError id={`${id}-error`} messages={error} />
        </div>
        <button type="submit" className="btn-secondary" disabled={pending}>
          Save due date
        </button>
      </form>
    </details>
  );
}
