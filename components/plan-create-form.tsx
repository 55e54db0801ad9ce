'use client';

import { useActionState, useState } from 'react';
import { createPlanAction } from '@/lib/data/plan/actions';
import { FieldError, FormMessage } from '@/components/form-message';
import { initialActionState } from '@/lib/action-state';
import { slugify } from '@/lib/data/core/fields';

export const LEVEL_FIELDS = [
  { level: 'First level', singular: 'objectiveLabel', plural: 'objectiveLabelPlural' },
  { level: 'Second level', singular: 'priorityLabel', plural: 'priorityLabelPlural' },
  { level: 'Third level', singular: 'goalLabel', plural: 'goalLabelPlural' },
] as const;

const DEFAULT_LEVELS: Record<string, string> = {
  objectiveLabel: 'Objective',
  objectiveLabelPlural: 'Objectives',
  priorityLabel: 'Priority',
  priorityLabelPlural: 'Priorities',
  goalLabel: 'Goal',
  goalLabelPlural: 'Goals',
};

/** A text field with its label, hint and error, wired for screen readers. */
export function Field({
  id,
  name,
  label,
  hint,
  errors,
  defaultValue,
  type = 'text',
  multiline = false,
  rows = 3,
  ...rest
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  defaultValue?: string;
  type?: string;
  multiline?: boolean;
  rows?: number;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'defaultValue' | 'type'>) {
  const describedBy = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    defaultValue,
    className: 'field-input',
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {multiline ? <textarea {...common} rows={rows} /> : <input {...common} type={type} {...rest} />}
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}

function nextJuly(): { start: string; end: string } {
  const now = new Date();
  const year = now.getUTCMonth() >= 6 ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
  return { start: `${year}-07-01`, end: `${year + 3}-06-30` };
}

export function PlanCreateForm() {
  const [state, formAction, pending] = useActionState(createPlanAction, initialActionState);
  const e = state.fieldErrors ?? {};
  const v = (name: string, fallback = '') => state.values?.[name] ?? fallback;
  const [name, setName] = useState(v('name'));
  const [slug, setSlug] = useState(v('slug'));
  const [slugEdited, setSlugEdited] = useState(Boolean(v('slug')));
  const cycle = nextJuly();
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <div aria-live="polite" className="empty:hidden">
        <FormMessage state={state} />
      </div>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">The plan</legend>
        <div>
          <label htmlFor="plan-name" className="field-label">
            Name
          </label>
          <input
            id="plan-name"
            name="name"
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              if (!slugEdited) setSlug(slugify(event.target.value));
            }}
            className="field-input"
            autoComplete="off"
            aria-invalid={e.name ? true : undefined}
            aria-describedby={e.name ? 'plan-name-error' : undefined}
          />
          <FieldError id="plan-name-error" messages={e.name} />
        </div>
        <div>
          <label htmlFor="plan-slug" className="field-label">
            Address
          </label>
          <p id="plan-slug-hint" className="text-sm text-slate-600">
            Made from the name; change it if you like. Lowercase letters, digits and hyphens: the public scorecard lives
            at /scorecard/…/<span className="font-mono">{slug || 'address'}</span>. It cannot change later.
          </p>
          <input
            id="plan-slug"
            name="slug"
            value={slug}
            onChange={(event) => {
              setSlug(event.target.value);
              setSlugEdited(true);
            }}
            className="field-input font-mono"
            autoComplete="off"
            aria-invalid={e.slug ? true : undefined}
            aria-describedby={`plan-slug-hint${e.slug ? ' plan-slug-error' : ''}`}
          />
          <FieldError id="plan-slug-error" messages={e.slug} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="plan-start" name="cycleStart" type="date" label="Cycle starts" defaultValue={v('cycleStart', cycle.start)} errors={e.cycleStart} />
          <Field id="plan-end" name="cycleEnd" type="date" label="Cycle ends" defaultValue={v('cycleEnd', cycle.end)} errors={e.cycleEnd} />
        </div>
        <p className="text-sm text-slate-600">
          Reporting quarters (Q1 July–September … Q4 April–June) and school years are created for the whole cycle, each
          due 15 days after it ends.
        </p>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">The plan’s names for its three levels</legend>
        <p className="text-sm text-slate-600">
          As the plan itself calls them, from the top: for example Objective → Priority → Goal, Pillar → Priority area →
          Goal, or Goal → Objective → Desired outcome.
        </p>
        {LEVEL_FIELDS.map((l) => (
          <div key={l.singular} className="grid gap-4 sm:grid-cols-2">
            <Field id={`new-${l.singular}`} name={l.singular} label={`${l.level}, one`} defaultValue={v(l.singular, DEFAULT_LEVELS[l.singular])} errors={e[l.singular]} />
            <Field id={`new-${l.plural}`} name={l.plural} label={`${l.level}, several`} defaultValue={v(l.plural, DEFAULT_LEVELS[l.plural])} errors={e[l.plural]} />
          </div>
        ))}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Vision and mission (optional)</legend>
        <Field id="new-vision" name="vision" label="Vision" multiline defaultValue={v('vision')} errors={e.vision} />
        <Field id="new-mission" name="mission" label="Mission" multiline defaultValue={v('mission')} errors={e.mission} />
      </fieldset>
      <p className="text-sm text-slate-700">The plan starts as an unpublished draft: nobody reports on it and the public cannot see it until you say so.</p>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? 'Creating…' : 'Create draft plan'}
      </button>
    </form>
  );
}
