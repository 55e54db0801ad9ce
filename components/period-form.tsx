'use client';

import { useActionState } from 'react';
import { setPeriodClosedAction } from '@/lib/data/organization/actions';
import { FormMessage } from '@/components/form-message';
import { TextField } from '@/components/forms/field';
import { initialActionState } from '@/lib/action-state';
import { COMMENT_MAX } from '@/lib/data/progress/fields';

/** Close a reporting period, or reopen a closed one with a reason. */
export function PeriodForm({ periodId, label, closed }: { periodId: string; label: string; closed: boolean }) {
  const [state, formAction, pending] = useActionState(setPeriodClosedAction, initialActionState);
  const form = (
    <form action={formAction} className="space-y-2" noValidate aria-label={`${closed ? 'Reopen' : 'Close'} ${label}`}>
      <input type="hidden" name="periodId" value={periodId} />
      <input type="hidden" name="closed" value={closed ? 'false' : 'true'} />
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      {closed && (
        <TextField
          id={`reason-${periodId}`}
          name="reason"
          label={`Reason for reopening ${label}`}
          maxLength={COMMENT_MAX}
          defaultValue={state.values?.reason ?? ''}
          errors={state.fieldErrors?.reason}
        />
      )}
      {!state.ok && (
        <button type="submit" className={closed ? 'btn-primary' : 'btn-secondary'} disabled={pending}>
          {closed ? `Reopen ${label}` : `Close ${label}`}
        </button>
      )}
    </form>
  );
  // Reopening is the exception: it stays folded away until asked for.
  if (!closed) return form;
  return (
    <details open={Boolean(state.message)} className="group">
      <summary className="btn-secondary cursor-pointer list-none">Reopen…</summary>
      <div className="mt-2">{form}</div>
    </details>
  );
}
