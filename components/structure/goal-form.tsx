'use client';
// The SMARTIE goal form: code, title, statement, owner, deadline, inclusion, equity focus and
// focus groups, with the checklist updating as the administrator types. Never blocks saving.
import { startTransition, useActionState, useEffect, useRef, useState } from 'react';
import { saveGoalAction } from '@/lib/data/structure/actions';
import { FieldError, FormMessage } from '@/components/form-message';
import { SmartieChecklist } from '@/components/structure/smartie-checklist';
import { initialActionState } from '@/lib/action-state';
import type { GoalEditor } from '@/lib/data/structure/editors';
import { smartieFlags } from '@/lib/smartie';

export function GoalForm({ editor, priorityId }: { editor: GoalEditor; priorityId: string | null }) {
  const [state, formAction, pending] = useActionState(saveGoalAction, initialActionState);
  const goal = editor.goal;
  const L = editor.plan.labels;
  const formRef = useRef<HTMLFormElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const read = (form: FormData | null) => ({
    deadline: (form?.get('deadline') as string | null) ?? goal?.deadline ?? null,
    divisionId: (form?.get('divisionId') as string | null) ?? goal?.divisionId ?? null,
    equityFocus: (form?.get('equityFocus') as string | null) ?? goal?.equityFocus ?? '',
    focusGroupCount: form ? form.getAll('focusGroupIds').length : (goal?.focusGroupIds.length ?? 0),
    measures: (goal?.measures ?? []).map((m) => ({ code: m.code, baselineValue: m.baselineValue })),
  });
  const [fields, setFields] = useState(() => read(null));
  const flags = smartieFlags(fields);
  const e = state.fieldErrors ?? {};

  useEffect(() => {
    if (state.message) statusRef.current?.focus();
  }, [state]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    // Dispatched by hand so a refused form keeps everything typed.
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  const described = (name: string, hint?: string) => [hint, e[name] ? `goal-${name}-error` : null].filter(Boolean).join(' ') || undefined;
  const invalid = (name: string) => (e[name] ? true : undefined);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <form ref={formRef} onSubmit={onSubmit} onInput={() => setFields(read(new FormData(formRef.current!)))} className="space-y-5" noValidate>
        <input type="hidden" name="planSlug" value={editor.plan.slug} />
        {goal && <input type="hidden" name="id" value={goal.id} />}
        <div ref={statusRef} tabIndex={-1} aria-live="polite">
          <FormMessage state={state} />
        </div>
        <div className="grid gap-4 sm:grid-cols-[10rem_minmax(0,1fr)]">
          <div>
            <label htmlFor="goal-code" className="field-label">
              Code
            </label>
            <input id="goal-code" name="code" defaultValue={goal?.code ?? ''} className="field-input font-mono" aria-invalid={invalid('code')} aria-describedby={described('code')} />
            <FieldError id="goal-code-error" messages={e.code} />
          </div>
          <div>
            <label htmlFor="goal-title" className="field-label">
              Title
            </label>
            <input id="goal-title" name="title" defaultValue={goal?.title ?? ''} className="field-input" aria-invalid={invalid('title')} aria-describedby={described('title')} />
            <FieldError id="goal-title-error" messages={e.title} />
          </div>
        </div>
        <div>
          <label htmlFor="goal-statement" className="field-label">
            Statement
          </label>
          <p id="goal-statement-hint" className="text-sm text-slate-600">
            The goal as the plan states it: specific, measurable, ambitious, realistic and time-bound.
          </p>
          <textarea id="goal-statement" name="statement" rows={5} defaultValue={goal?.statement ?? ''} className="field-input" aria-invalid={invalid('statement')} aria-describedby={described('statement', 'goal-statement-hint')} />
          <FieldError id="goal-statement-error" messages={e.statement} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="sm:col-span-2">
            <label htmlFor="goal-priority" className="field-label">
              {L.priority}
            </label>
            <select id="goal-priority" name="priorityId" defaultValue={goal?.priorityId ?? priorityId ?? ''} className="field-input" aria-invalid={invalid('priorityId')} aria-describedby={described('priorityId')}>
              {editor.priorities.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.objectiveName} › {p.name}
                </option>
              ))}
            </select>
            <FieldError id="goal-priorityId-error" messages={e.priorityId} />
          </div>
          <div>
            <label htmlFor="goal-division" className="field-label">
              Owning division
            </label>
            <select id="goal-division" name="divisionId" defaultValue={goal?.divisionId ?? ''} className="field-input" aria-invalid={invalid('divisionId')} aria-describedby={described('divisionId')}>
              <option value="">No division yet</option>
              {editor.divisions.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
            <FieldError id="goal-divisionId-error" messages={e.divisionId} />
          </div>
          <div>
            <label htmlFor="goal-deadline" className="field-label">
              Deadline
            </label>
            <input id="goal-deadline" name="deadline" type="date" defaultValue={goal?.deadline ?? ''} className="field-input" aria-invalid={invalid('deadline')} aria-describedby={described('deadline')} />
            <FieldError id="goal-deadline-error" messages={e.deadline} />
          </div>
        </div>
        <div>
          <label htmlFor="goal-inclusion" className="field-label">
            Inclusive (I): who is included
          </label>
          <textarea id="goal-inclusion" name="inclusion" rows={2} defaultValue={goal?.inclusion ?? ''} className="field-input" aria-describedby={described('inclusion')} />
          <FieldError id="goal-inclusion-error" messages={e.inclusion} />
        </div>
        <div>
          <label htmlFor="goal-equity" className="field-label">
            Equitable (E): the equity focus
          </label>
          <p id="goal-equity-hint" className="text-sm text-slate-600">
            Stating one makes this an equity goal: then choose the student groups in focus.
          </p>
          <textarea id="goal-equity" name="equityFocus" rows={2} defaultValue={goal?.equityFocus ?? ''} className="field-input" aria-describedby={described('equityFocus', 'goal-equity-hint')} />
          <FieldError id="goal-equityFocus-error" messages={e.equityFocus} />
        </div>
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
            <div>
              <label htmlFor="goal-titleEs" className="field-label">
                Title in Spanish
              </label>
              <input id="goal-titleEs" name="titleEs" lang="es" defaultValue={goal?.titleEs ?? ''} className="field-input" />
              <FieldError id="goal-titleEs-error" messages={e.titleEs} />
            </div>
            <div>
              <label htmlFor="goal-statementEs" className="field-label">
                Statement in Spanish
              </label>
              <textarea id="goal-statementEs" name="statementEs" lang="es" rows={3} defaultValue={goal?.statementEs ?? ''} className="field-input" />
              <FieldError id="goal-statementEs-error" messages={e.statementEs} />
            </div>
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
