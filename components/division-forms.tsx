'use client';

import { useActionState, useState } from 'react';
import { createDivisionAction, deleteDivisionAction, renameDivisionAction } from '@/lib/data/organization/actions';
import { FieldError, FormMessage } from '@/components/form-message';
import { initialActionState, refusedInput } from '@/lib/action-state';
import type { DivisionRow } from '@/lib/data/organization/divisions';
import { TextField } from '@/components/forms/field';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function CreateDivisionForm() {
  const [state, formAction, pending] = useActionState(createDivisionAction, initialActionState);
  const { errors: e, value: v } = refusedInput(state);
  return (
    <form action={formAction} className="space-y-4" noValidate key={state.ok ? state.message : 'form'}>
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      <div className="grid gap-4 sm:grid-cols-[10rem_minmax(0,1fr)]">
        <div>
          <label htmlFor="division-code" className="field-label">
            Code
          </label>
          <input id="division-code" name="code" defaultValue={v('code')} autoComplete="off" className="field-input font-mono uppercase" aria-invalid={e.code ? true : undefined} aria-describedby={`division-code-hint${e.code ? ' division-code-error' : ''}`} />
          <p id="division-code-hint" className="mt-1 text-sm text-slate-600">
            Short, such as CIS. Plan files use it.
          </p>
          <FieldError id="division-code-error" messages={e.code} />
        </div>
        <TextField id="division-name" name="name" label="Name" defaultValue={v('name')} autoComplete="off" errors={e.name} />
      </div>
      <button type="submit" className="btn-primary" disabled={pending}>
        Create division
      </button>
    </form>
  );
}

export function DivisionRowForms({ division }: { division: DivisionRow }) {
  const [state, renameAction, renaming] = useActionState(renameDivisionAction, initialActionState);
  const [deleteState, deleteAction, deleting] = useActionState(deleteDivisionAction, initialActionState);
  const [confirming, setConfirming] = useState(false);
  const { errors: e } = refusedInput(state);
  const id = `rename-${division.id}`;
  const inUse = division.goals + division.users > 0;
  return (
    <div className="space-y-3">
      <form action={renameAction} className="flex flex-wrap items-end gap-2" noValidate aria-label={`Rename ${division.name}`}>
        <input type="hidden" name="divisionId" value={division.id} />
        <div className="min-w-0 flex-1 basis-64">
          <label htmlFor={id} className="text-sm font-medium text-slate-800">
            Name of {division.code}
          </label>
          <input id={id} name="name" defaultValue={state.values?.name ?? division.name} autoComplete="off" className="field-input" aria-invalid={e.name ? true : undefined} aria-describedby={e.name ? `${id}-error` : undefined} />
          <FieldError id={`${id}-error`} messages={e.name} />
        </div>
        <button type="submit" className="btn-secondary" disabled={renaming}>
          Rename<span className="sr-only"> {division.name}</span>
        </button>
        <button type="button" className="btn-secondary" aria-expanded={confirming} onClick={() => setConfirming((c) => !c)}>
          Delete…<span className="sr-only"> {division.name}</span>
        </button>
      </form>
      <div aria-live="polite" className="space-y-2">
        <FormMessage state={state} />
        <FormMessage state={deleteState} />
      </div>
      {confirming && (
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
          {inUse ? (
            <p>
              {division.name} still has{' '}
              {[division.goals ? plural(division.goals, 'goal', 'goals') : '', division.users ? plural(division.users, 'person', 'people') : '']
                .filter(Boolean)
                .join(' and ')}
              . Give {division.goals + division.users === 1 ? 'it' : 'them'} another division first (goals in the plan’s
              structure, people under People); then it can be deleted.
            </p>
          ) : (
            <form action={deleteAction} className="space-y-2">
              <input type="hidden" name="id" value={division.id} />
              <input type="hidden" name="name" value={division.name} />
              <input type="hidden" name="confirm" value="yes" />
              <p>Delete {division.name}? No goals or people belong to it. The deletion is recorded.</p>
              <div className="flex flex-wrap gap-2">
                <button type="submit" className="btn-primary" disabled={deleting}>
                  Confirm: delete {division.name}
                </button>
                <button type="button" className="btn-secondary" onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </div>
            </form>
          )}
        </div>
      )}
    </div>
  );
}
