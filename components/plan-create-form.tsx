'use client';

import { useActionState } from 'react';
import { createPlanAction } from '@/lib/data/plan/actions';
import { FormMessage } from '@/components/form-message';
import { TextField } from '@/components/forms/field';
import { NameAndSlugFields } from '@/components/forms/name-and-slug';
import { initialActionState } from '@/lib/action-state';
import { slugify } from '@/lib/data/core/fields';
import { DEFAULT_LEVEL_NAMES } from '@/lib/data/plan/fields';

export const LEVEL_FIELDS = [
  { key: 'objective', level: 'First level', singular: 'objectiveLabel', plural: 'objectiveLabelPlural' },
  { key: 'priority', level: 'Second level', singular: 'priorityLabel', plural: 'priorityLabelPlural' },
  { key: 'goal', level: 'Third level', singular: 'goalLabel', plural: 'goalLabelPlural' },
] as const;

function nextJuly(): { start: string; end: string } {
  const now = new Date();
  const year = now.getUTCMonth() >= 6 ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
  return { start: `${year}-07-01`, end: `${year + 3}-06-30` };
}

export function PlanCreateForm() {
  const [state, formAction, pending] = useActionState(createPlanAction, initialActionState);
  const e = state.fieldErrors ?? {};
  const v = (name: string, fallback = '') => state.values?.[name] ?? fallback;
  const cycle = nextJuly();
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <div aria-live="polite" className="empty:hidden">
        <FormMessage state={state} />
      </div>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">The plan</legend>
        <NameAndSlugFields
          idPrefix="plan"
          nameLabel="Name"
          suggestSlug={slugify}
          slugHint={(slug) => (
            <>
              Made from the name; change it if you like. Lowercase letters, digits and hyphens: the public scorecard lives
              at /scorecard/…/<span className="font-mono">{slug || 'address'}</span>. It cannot change later.
            </>
          )}
          defaults={{ name: v('name'), slug: v('slug') }}
          errors={e}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id="plan-start" name="cycleStart" type="date" label="Cycle starts" defaultValue={v('cycleStart', cycle.start)} errors={e.cycleStart} />
          <TextField id="plan-end" name="cycleEnd" type="date" label="Cycle ends" defaultValue={v('cycleEnd', cycle.end)} errors={e.cycleEnd} />
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
            <TextField id={`new-${l.singular}`} name={l.singular} label={`${l.level}, one`} defaultValue={v(l.singular, DEFAULT_LEVEL_NAMES[l.key].singular)} errors={e[l.singular]} />
            <TextField id={`new-${l.plural}`} name={l.plural} label={`${l.level}, several`} defaultValue={v(l.plural, DEFAULT_LEVEL_NAMES[l.key].plural)} errors={e[l.plural]} />
          </div>
        ))}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Vision and mission (optional)</legend>
        <TextField id="new-vision" name="vision" label="Vision" rows={3} defaultValue={v('vision')} errors={e.vision} />
        <TextField id="new-mission" name="mission" label="Mission" rows={3} defaultValue={v('mission')} errors={e.mission} />
      </fieldset>
      <p className="text-sm text-slate-700">The plan starts as an unpublished draft: nobody reports on it and the public cannot see it until you say so.</p>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? 'Creating…' : 'Create draft plan'}
      </button>
    </form>
  );
}
