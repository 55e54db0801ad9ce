'use client';

import { useActionState, useEffect, useRef } from 'react';
import { importPlanAction, type ImportState } from '@/lib/data/plan/actions';
import { FormMessage } from '@/components/form-message';
import { TextField } from '@/components/forms/field';

const initial: ImportState = { ok: false };

/** Upload a plan document; a refused file lists every problem with its path. */
export function PlanImportForm() {
  const [state, formAction, pending] = useActionState(importPlanAction, initial);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message) messageRef.current?.focus();
  }, [state]);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <div ref={messageRef} tabIndex={-1} aria-live="polite" className="outline-none">
        <FormMessage state={state}>
          {state.problems && state.problems.length > 0 && (
            <ol className="mt-2 max-h-96 list-decimal space-y-1 overflow-y-auto pl-6 font-normal">
              {state.problems.map((p, i) => (
                <li key={`${p.path}-${i}`}>
                  <code className="break-all">{p.path}</code>: {p.message}
                </li>
              ))}
            </ol>
          )}
        </FormMessage>
      </div>
      <TextField
        id="plan-file"
        name="file"
        type="file"
        accept="application/json,.json"
        label="Plan file (JSON)"
        hint="A plan document as Northstar exports it (schema version 1). All or nothing: one problem refuses the whole file."
        errors={state.fieldErrors?.file}
      />
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? 'Importing…' : 'Import plan'}
      </button>
    </form>
  );
}
