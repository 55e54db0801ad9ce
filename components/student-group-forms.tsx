'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import {
  createStudentGroupAction,
  deleteStudentGroupAction,
  moveStudentGroupAction,
  updateStudentGroupAction,
} from '@/lib/data/organization/actions';
import { FormMessage } from '@/components/form-message';
import { DeleteConfirmation } from '@/components/forms/delete-confirmation';
import { TextField } from '@/components/forms/field';
import { initialActionState, type ActionState, refusedInput } from '@/lib/action-state';
import type { StudentGroupRow } from '@/lib/data/organization/student-groups';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function GroupFields({
  prefix,
  state,
  group,
  categories,
  withCode,
  isAll = false,
}: {
  prefix: string;
  state: ActionState;
  group?: StudentGroupRow;
  categories: string[];
  withCode: boolean;
  isAll?: boolean;
}) {
  const { errors: e } = refusedInput(state);
  const v = (name: string, saved: string | null | undefined) => (!state.ok && state.values ? (state.values[name] ?? '') : (saved ?? ''));
  const input = (name: string, label: string, saved: string | null | undefined, extra: { hint?: string; className?: string; list?: string } = {}) => (
    <TextField
      id={`${prefix}-${name}`}
      name={name}
      label={label}
      hint={extra.hint}
      defaultValue={v(name, saved)}
      autoComplete="off"
      list={extra.list}
      inputClassName={extra.className}
      errors={e[name]}
    />
  );
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {withCode && input('code', 'Code', '', { hint: 'Short, such as EL. Plan files and CSV imports use it.', className: 'font-mono uppercase' })}
      {input('name', 'Name', group?.name)}
      {input('nameEs', 'Name in Spanish (optional)', group?.nameEs)}
      {!isAll &&
        input('category', 'Category (optional)', group?.category, {
          hint: 'Groups of one category together make up all students, such as RACE_ETHNICITY; public pages then also hide the value that would reveal a suppressed one.',
          list: `${prefix}-categories`,
        })}
      <datalist id={`${prefix}-categories`}>
        {categories.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
    </div>
  );
}

export function CreateStudentGroupForm({ categories }: { categories: string[] }) {
  const [state, formAction, pending] = useActionState(createStudentGroupAction, initialActionState);
  return (
    <form action={formAction} className="space-y-4" noValidate key={state.ok ? state.message : 'form'}>
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      <GroupFields prefix="new-group" state={state} categories={categories} withCode />
      <p className="text-sm text-slate-600">The new group goes to the end of the list.</p>
      <button type="submit" className="btn-primary" disabled={pending}>
        Create student group
      </button>
    </form>
  );
}

function usageWords(g: StudentGroupRow): string[] {
  const u = g.usage;
  return [
    u.values ? plural(u.values, 'value', 'values') : '',
    u.measures ? `${plural(u.measures, 'measure', 'measures')} reporting on it` : '',
    u.focusOfGoals ? `${plural(u.focusOfGoals, 'goal', 'goals')} focused on it` : '',
    u.gapGroupOf ? `${plural(u.gapGroupOf, 'measure', 'measures')} comparing it in a gap` : '',
  ].filter(Boolean);
}

export function StudentGroupRowForms({
  group,
  categories,
  first,
  last,
  children,
}: {
  group: StudentGroupRow;
  categories: string[];
  first: boolean;
  last: boolean;
  /** The group's name and details, shown beside its controls. */
  children: React.ReactNode;
}) {
  const [editState, editAction, saving] = useActionState(updateStudentGroupAction, initialActionState);
  const [moveState, moveAction, moving] = useActionState(moveStudentGroupAction, initialActionState);
  const [deleteState, deleteAction, deleting] = useActionState(deleteStudentGroupAction, initialActionState);
  const [panel, setPanel] = useState<'edit' | 'delete' | null>(null);
  const uses = usageWords(group);
  // A moved row may be re-inserted in the page, which drops focus: put it back on the button pressed.
  const pressed = useRef<'up' | 'down' | null>(null);
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (moveState.ok && pressed.current) (pressed.current === 'up' ? upRef : downRef).current?.focus();
  }, [moveState]);
  // Buttons at either end stay focusable (aria-disabled), so focus is not lost after a move.
  const moveButton = (direction: 'up' | 'down', atEnd: boolean) => (
    <button
      ref={direction === 'up' ? upRef : downRef}
      type="submit"
      name="direction"
      value={direction}
      className="btn-secondary px-3 aria-disabled:cursor-not-allowed aria-disabled:opacity-60"
      aria-disabled={atEnd || moving ? true : undefined}
      onClick={(event) => {
        if (atEnd || moving) event.preventDefault();
        else pressed.current = direction;
      }}
    >
      <span aria-hidden="true">{direction === 'up' ? '↑' : '↓'}</span>
      <span className="sr-only">
        Move {group.name} {direction}
      </span>
    </button>
  );
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        {children}
        <div className="flex flex-wrap items-center gap-2">
        <form action={moveAction} className="flex gap-2" aria-label={`Order of ${group.name}`}>
          <input type="hidden" name="id" value={group.id} />
          <input type="hidden" name="name" value={group.name} />
          {moveButton('up', first)}
          {moveButton('down', last)}
        </form>
        <button type="button" className="btn-secondary" aria-expanded={panel === 'edit'} onClick={() => setPanel(panel === 'edit' ? null : 'edit')}>
          Edit<span className="sr-only"> {group.name}</span>
        </button>
        {!group.isAll && (
          <button type="button" className="btn-secondary" aria-expanded={panel === 'delete'} onClick={() => setPanel(panel === 'delete' ? null : 'delete')}>
            Delete…<span className="sr-only"> {group.name}</span>
          </button>
        )}
        </div>
      </div>
      <div aria-live="polite" className="space-y-2">
        <FormMessage state={moveState} />
        <FormMessage state={editState} />
        <FormMessage state={deleteState} />
      </div>
      {panel === 'edit' && (
        <form action={editAction} className="space-y-3 rounded-lg border border-slate-200 p-4" noValidate aria-label={`Edit ${group.name}`}>
          <input type="hidden" name="groupId" value={group.id} />
          <GroupFields prefix={`edit-${group.id}`} state={editState} group={group} categories={categories} withCode={false} isAll={group.isAll} />
          {group.isAll && <p className="text-sm text-slate-600">All students is every student: it has no category and cannot be deleted.</p>}
          <button type="submit" className="btn-primary" disabled={saving}>
            Save {group.name}
          </button>
        </form>
      )}
      {panel === 'delete' && (
        <DeleteConfirmation
          id={group.id}
          name={group.name}
          blocked={uses.length > 0 ? <p>{group.name} is in use: {uses.join(', ')}. A group with data or measures cannot be deleted.</p> : null}
          question={<>Delete {group.name}? No values, measures or goals use it. The deletion is recorded.</>}
          action={deleteAction}
          pending={deleting}
          onCancel={() => setPanel(null)}
        />
      )}
    </div>
  );
}
