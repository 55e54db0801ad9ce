'use client';

import { useActionState, useState } from 'react';
import { createDivisionAction, deleteDivisionAction, renameDivisionAction } from '@/lib/data/organization/actions';
import { FormMessage } from '@/components/form-message';
import { DeleteConfirmation } from '@/components/forms/delete-confirmation';
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
        <TextField
          id="division-code"
          name="code"
          label="Code"
          hint="Short, such as CIS. Plan files use it."
          defaultValue={v('code')}
          autoComplete="off"
          inputClassName="font-mono uppercase"
          errors={e.code}
        />
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
  const inUse = division.goals + division.users > 0;
  return (
    <div className="space-y-3">
      <form action={renameAction} className="flex flex-wrap items-end gap-2" noValidate aria-label={`Rename ${division.name}`}>
        <input type="hidden" name="divisionId" value={division.id} />
        <TextField
          className="min-w-0 flex-1 basis-64"
          id={`rename-${division.id}`}
          name="name"
          label={`Name of ${division.code}`}
          defaultValue={state.values?.name ?? division.name}
          autoComplete="off"
          errors={e.name}
        />
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
        <DeleteConfirmation
          id={division.id}
          name={division.name}
          blocked={
            inUse ? (
              <p>
                {division.name} still has{' '}
                {[division.goals ? plural(division.goals, 'goal', 'goals') : '', division.users ? plural(division.users, 'person', 'people') : '']
                  .filter(Boolean)
                  .join(' and ')}
                . Give {division.goals + division.users === 1 ? 'it' : 'them'} another division first (goals in the plan’s
                structure, people under People); then it can be deleted.
              </p>
            ) : null
          }
          question={<>Delete {division.name}? No goals or people belong to it. The deletion is recorded.</>}
          action={deleteAction}
          pending={deleting}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
