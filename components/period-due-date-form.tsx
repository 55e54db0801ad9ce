'use client';

import { useActionState } from 'react';
import { setPeriodDueDateAction } from '@/lib/data/organization/actions';
import { FormMessage } from '@/components/form-message';
import { TextField } from '@/components/forms/field';
import { initialActionState } from '@/lib/action-state';

/** Moves a period's due date (on or after the day it ends); folded away until asked for. */
export function PeriodDueDateForm({ periodId, label, dueDate, endDate }: { periodId: string; label: string; dueDate: string; endDate: string }) {
  const [state, formAction, pending] = useActionState(setPeriodDueDateAction, initialActionState);
  return (
    <details open={Boolean(state.message)}>
      <summary className="btn-secondary cursor-pointer list-none">Change due date…</summary>
      <form action={formAction} className="mt-2 space-y-2" noValidate aria-label={`Change the due date of ${label}`}>
        <input type="hidden" name="periodId" value={periodId} />
        <div aria-live="polite">
          <FormMessage state={state} />
        </div>
        <TextField
          id={`due-${periodId}`}
          name="dueDate"
          type="date"
          label={`Due date of ${label}`}
          min={endDate.slice(0, 10)}
          defaultValue={state.values?.dueDate ?? dueDate.slice(0, 10)}
          errors={state.ok ? undefined : state.fieldErrors?.dueDate}
        />
        <button type="submit" className="btn-secondary" disabled={pending}>
          Save due date
        </button>
      </form>
    </details>
  );
}
