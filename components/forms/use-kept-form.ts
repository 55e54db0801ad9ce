'use client';
// A form whose server action keeps everything typed when refused: it is dispatched by hand (not
// reset by React), and its status message takes focus when it changes, for screen readers.
import { startTransition, useActionState, useEffect, useRef } from 'react';
import { initialActionState, type ActionState } from '@/lib/action-state';

export function useKeptForm(action: (previous: ActionState, form: FormData) => Promise<ActionState>) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const statusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message) statusRef.current?.focus();
  }, [state]);
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }
  return { state, pending, statusRef, onSubmit, errors: state.fieldErrors ?? {} };
}
