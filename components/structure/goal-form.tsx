'use client';
// The SMARTIE goal form: code, title, statement, owner, deadline, inclusion, equity focus and
// focus groups, with the checklist updating as the administrator types. Never blocks saving.
import { useRef, useState } from 'react';
import { saveGoalAction } from '@/lib/data/structure/actions';
import { FieldError, FormMessage } from '@/components/form-message';
import { SelectField, TextField } from '@/components/forms/field';
import { useKeptForm } from '@/components/forms/use-kept-form';
import { SmartieChecklist } from '@/components/structure/smartie-checklist';
import type { GoalEditor } from '@/lib/data/structure/editors';
import { smartieFlags } from '@/lib/smartie';

export function GoalForm({ editor, priorityId }: { editor: GoalEditor; priorityId: string | null }) {
  const { state, pending, statusRef, onSubmit, errors: e } = useKeptForm(saveGoalAction);
  const goal = editor.goal;
  const L = editor.plan.labels;
  const formRef = useRef<HTMLFormElement>(null);
  const read = (form: FormData | null) => ({
    deadline: (form?.get('deadline') as string | null) ?? goal?.deadline ?? null,
    divisionId: (form?.get('divisionId') as string | null) ?? goal?.divisionId ?? null,
    equityFocus: (form?.get('equityFocus') as string | null) ?? goal?.equityFocus ?? '',
    focusGroupCount: form ? form.getAll('focusGroupIds').length : (goal?.focusGroupIds.length ?? 0),
    measures: (goal?.measures ?? []).map((m) => ({ code: m.code, baselineValue: m.baselineValue })),
  });
  const [fields, setFields] = useState(() => read(null));
  const flags = smartieFlags(fields);

  /** A text field named after the goal's field, opening with its value. */
  const text = (name: 'code' | 'title' | 'statement' | 'titleEs' | 'statementEs' | 'deadline' | 'inclusion' | 'equityFocus', label: string, props: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField id={`goal-${name}`} name={name} label={label} hintAbove errors={e[name]} defaultValue={goal?.[name] ?? ''} inputClassName={name === 'code' ? 'font-mono' : undefined} {...props} />
  );

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <form ref={formRef} onSubmit={onSubmit} onInput={() => setFields(read(new FormData(formRef.current!)))} className="space-y-5" noValidate>
        <input type="hidden" name="planSlug" value={editor.plan.slug} />
        {goal && <input type="hidden" name="id" value={goal.id} />}
        <div ref={statusRef} tabIndex={-1} aria-live="polite">
          <FormMessage state={state} />
        </div>
        <div className="grid gap-4 sm:grid-cols-[10rem_minmax(0,1fr)]">
          {text('code', 'Code')}
          {text('title', 'Title')}
        </div>
        {text('statement', 'Statement', { rows: 5, hint: 'The goal as the plan states it: specific, measurable, ambitious, realistic and time-bound.' })}
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            id="goal-priority"
            name="priorityId"
            label={L.priority}
            className="sm:col-span-2"
            options={editor.priorities.map((p) => [p.id, `${p.objectiveName} › ${p.name}`] as const)}
            defaultValue={goal?.priorityId ?? priorityId ?? ''}
            errors={e.priorityId}
          />
          <SelectField
            id="goal-division"
            name="divisionId"
            label="Owning division"
            options={[['', 'No division yet'], ...editor.divisions.map((d) => [d.id, d.name] as const)]}
            defaultValue={goal?.divisionId ?? ''}
            errors={e.divisionId}
          />
          {text('deadline', 'Deadline', { type: 'date' })}
        </div>
        {text('inclusion', 'Inclusive (I): who is included', { rows: 2 })}
        {text('equityFocus', 'Equitable (E): the equity focus', {
          id: 'goal-equity',
          rows: 2,
          hint: 'Stating one makes this an equity goal: then choose the student groups in focus.',
        })}
        <fieldset aria-describedby={e.focusGroupIds ? 'goal-focusGroupIds-error' : undefined}>
          <legend className="field-label">Focus student groups</legend>
          <div className="mt-1 grid gap-1 sm:grid-cols-2">
            {editor.studentGroups
              .filter((g) => !g.isAll)
              .map((g) => (
                <label key={g.id} className="flex min-h-9 items-center gap-2 text-sm">
                  <input type="checkbox" name="focusGroupIds" value={g.id} defaultChecked={goal?.focusGroupIds.includes(g.id)} className="h-5 w-5" />
                  {g.name}
                </label>
              ))}
          </div>
          <FieldError id="goal-focusGroupIds-error" messages={e.focusGroupIds} />
        </fieldset>
        <details className="rounded-lg border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-semibold">Spanish title and statement (optional)</summary>
          <div className="mt-2 space-y-3">
            {text('titleEs', 'Title in Spanish', { lang: 'es' })}
            {text('statementEs', 'Statement in Spanish', { lang: 'es', rows: 3 })}
          </div>
        </details>
        {/* On narrow screens the side column falls below the form: show the checklist before saving. */}
        <div className="lg:hidden">
          <SmartieChecklist flags={flags} draft={editor.plan.status === 'DRAFT'} idSuffix="-inline" />
        </div>
        <button type="submit" className="btn-primary" disabled={pending}>
          {goal ? `Save ${L.goal.toLowerCase()}` : `Create ${L.goal.toLowerCase()}`}
        </button>
      </form>
      <aside className="hidden lg:sticky lg:top-4 lg:block lg:self-start">
        <SmartieChecklist flags={flags} draft={editor.plan.status === 'DRAFT'} />
      </aside>
    </div>
  );
}
