'use client';
// The outline's controls: up/down buttons (focus stays on the pressed button as the item
// moves), remove with a confirmation that says what would be lost, move to another parent,
// and the small forms for objectives and priorities.
import { useActionState, useEffect, useRef, useState } from 'react';
import { moveAction, removeAction, reorderAction, saveTextItemAction } from '@/lib/data/structure/actions';
import { FieldError, FormMessage } from '@/components/form-message';
import { SelectField, TextField } from '@/components/forms/field';
import { initialActionState, refusedInput } from '@/lib/action-state';
import { KeptSelect } from '@/components/forms/kept-select';

type Level = 'objective' | 'priority' | 'goal' | 'measure';

export function ReorderButtons({ level, id, name, planSlug, first, last }: { level: Level; id: string; name: string; planSlug: string; first: boolean; last: boolean }) {
  const [state, formAction, pending] = useActionState(reorderAction, initialActionState);
  const [pressed, setPressed] = useState<'up' | 'down' | null>(null);
  useEffect(() => {
    // The item has moved in the list: bring focus back to the button that moved it.
    if (pressed) document.getElementById(`${pressed}-${id}`)?.focus();
  }, [state, pressed, id]);
  return (
    <form action={formAction} className="inline-flex gap-1">
      <input type="hidden" name="level" value={level} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="planSlug" value={planSlug} />
      {(['up', 'down'] as const).map((direction) => {
        const disabled = direction === 'up' ? first : last;
        return (
          <button
            key={direction}
            id={`${direction}-${id}`}
            type="submit"
            name="direction"
            value={direction}
            // Not disabled, so focus is never lost at either end of the list; it simply does nothing there.
            aria-disabled={disabled || undefined}
            onClick={(e) => {
              if (disabled || pending) e.preventDefault();
              else setPressed(direction);
            }}
            className="btn-secondary min-h-9 px-2.5 py-1 text-xs aria-disabled:cursor-not-allowed aria-disabled:opacity-50"
            aria-label={`Move ${name} ${direction}`}
          >
            <span aria-hidden="true">{direction === 'up' ? '↑' : '↓'}</span>
            <span className="hidden sm:inline">{direction === 'up' ? 'Up' : 'Down'}</span>
          </button>
        );
      })}
      {!state.ok && state.message && (
        <span role="alert" className="text-xs font-medium text-red-800">
          {state.message}
        </span>
      )}
      <span className="sr-only" role="status">
        {state.ok ? `${name}: ${state.message}` : ''}
      </span>
    </form>
  );
}

export function RemoveButton({ level, id, name, planSlug }: { level: Level; id: string; name: string; planSlug: string }) {
  const [state, formAction, pending] = useActionState(removeAction, initialActionState);
  const [dismissed, setDismissed] = useState<typeof state | null>(null);
  const asking = state.code === 'NEEDS_CONFIRMATION' && dismissed !== state;
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (asking) panel.current?.focus();
  }, [asking]);
  const archive = asking && /archived/.test(state.message ?? '');
  return (
    <form action={formAction} className="contents">
      <input type="hidden" name="level" value={level} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="name" value={name} />
      <input type="hidden" name="planSlug" value={planSlug} />
      {!asking && (
        <button type="submit" className="btn-secondary min-h-9 px-2.5 py-1 text-xs text-red-800" disabled={pending} aria-label={`Delete ${name}`}>
          Delete
        </button>
      )}
      {asking && (
        <div ref={panel} tabIndex={-1} role="alertdialog" aria-label={`Confirm removing ${name}`} className="basis-full rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <p className="font-medium">{state.message}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="submit" name="confirmed" value="yes" className="btn min-h-9 bg-red-800 px-3 py-1 text-xs text-white hover:bg-red-900" disabled={pending}>
              {archive ? `Archive ${name}` : `Delete ${name}`}
            </button>
            <button type="button" className="btn-secondary min-h-9 px-3 py-1 text-xs" onClick={() => setDismissed(state)}>
              Keep it
            </button>
          </div>
        </div>
      )}
      {!state.ok && state.message && state.code !== 'NEEDS_CONFIRMATION' && (
        <p role="alert" className="basis-full text-sm font-medium text-red-800">
          {state.message}
        </p>
      )}
    </form>
  );
}

export function MoveForm({
  level,
  id,
  name,
  planSlug,
  parentLabel,
  options,
  currentParentId,
}: {
  level: 'priority' | 'goal' | 'measure';
  id: string;
  name: string;
  planSlug: string;
  parentLabel: string;
  options: { id: string; label: string }[];
  currentParentId: string;
}) {
  const [state, formAction, pending] = useActionState(moveAction, initialActionState);
  const choices = options.filter((o) => o.id !== currentParentId);
  if (choices.length === 0) return <p className="text-sm text-slate-600">There is no other {parentLabel.toLowerCase()} to move it to.</p>;
  const selectId = `move-${id}`;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="level" value={level} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="planSlug" value={planSlug} />
      <div className="min-w-0 flex-1">
        <label htmlFor={selectId} className="field-label">
          Move {name} to {parentLabel.toLowerCase()}
        </label>
        <KeptSelect id={selectId} name="parentId" className="field-input" defaultValue={state.ok ? '' : (state.values?.parentId ?? '')} aria-describedby={state.fieldErrors?.parentId ? `${selectId}-error` : undefined}>
          <option value="" disabled>
            Choose…
          </option>
          {choices.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </KeptSelect>
        <FieldError id={`${selectId}-error`} messages={state.fieldErrors?.parentId} />
      </div>
      <button type="submit" className="btn-secondary" disabled={pending}>
        Move
      </button>
      {!state.ok && state.message && !state.fieldErrors?.parentId && (
        <p role="alert" className="basis-full text-sm font-medium text-red-800">
          {state.message}
        </p>
      )}
    </form>
  );
}

export function TextItemForm({
  level,
  planSlug,
  planId,
  objectiveId,
  objectives,
  item,
  levelLabel,
  idPrefix,
}: {
  level: 'objective' | 'priority';
  planSlug: string;
  planId?: string;
  objectiveId?: string;
  /** For a priority: the objectives it may move to. */
  objectives?: { id: string; label: string }[];
  item?: { id: string; name: string; description: string; nameEs: string | null; descriptionEs: string | null };
  levelLabel: string;
  idPrefix: string;
}) {
  const [state, formAction, pending] = useActionState(saveTextItemAction, initialActionState);
  const { errors: e } = refusedInput(state);
  const v = (name: string, fallback: string) => (state.ok || !state.values ? fallback : (state.values[name] ?? fallback));
  const f = (name: string) => `${idPrefix}-${name}`;
  const text = (name: 'name' | 'description' | 'nameEs' | 'descriptionEs', label: React.ReactNode, props: { rows?: number; lang?: string } = {}) => (
    <TextField id={f(name)} name={name} label={label} errors={e[name]} defaultValue={v(name, item?.[name] ?? '')} {...props} />
  );
  return (
    <form action={formAction} className="space-y-3" noValidate key={state.ok && !item ? state.message : 'form'}>
      <input type="hidden" name="level" value={level} />
      <input type="hidden" name="planSlug" value={planSlug} />
      {item && <input type="hidden" name="id" value={item.id} />}
      {planId && <input type="hidden" name="planId" value={planId} />}
      {objectiveId && !objectives && <input type="hidden" name="objectiveId" value={objectiveId} />}
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      {text('name', `Name of the ${levelLabel.toLowerCase()}`)}
      {text('description', <>Description <span className="font-normal text-slate-600">(optional)</span></>, { rows: 2 })}
      {objectives && (
        <SelectField
          id={f('objective')}
          name="objectiveId"
          label="Belongs to"
          options={objectives.map((o) => [o.id, o.label] as const)}
          defaultValue={v('objectiveId', objectiveId ?? '')}
          errors={e.objectiveId}
        />
      )}
      <details className="rounded-lg border border-slate-200 p-3">
        <summary className="cursor-pointer text-sm font-semibold">Spanish text (optional)</summary>
        <div className="mt-2 space-y-3">
          {text('nameEs', 'Name in Spanish', { lang: 'es' })}
          {text('descriptionEs', 'Description in Spanish', { lang: 'es', rows: 2 })}
        </div>
      </details>
      <button type="submit" className="btn-primary" disabled={pending}>
        {item ? `Save ${levelLabel.toLowerCase()}` : `Add ${levelLabel.toLowerCase()}`}
      </button>
    </form>
  );
}
