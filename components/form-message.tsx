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
