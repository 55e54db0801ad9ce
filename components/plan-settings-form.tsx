'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/form-message';
import { TextField } from '@/components/forms/field';
import { LEVEL_FIELDS } from '@/components/plan-create-form';
import { initialActionState, refusedInput } from '@/lib/action-state';
import { updatePlanSettingsAction } from '@/lib/data/plan/actions';
import { PLAN_SETTINGS_LISTS, PLAN_SETTINGS_SPANISH, type PlanSettingsField } from '@/lib/data/plan/fields';
import type { PlanSettings } from '@/lib/data/plan/settings';

/** rows: a textarea of that many lines. */
type FieldSpec = { id: string; label: string; hint?: string; rows?: number; type?: string; autoComplete?: string };
const LINES_HINT = 'One per line.';

// Every settings field with its label: the record's type makes a field the schema gains fail to
// compile until it has its place on the form.
const FIELDS: Record<Exclude<PlanSettingsField, 'atRiskPercent'>, FieldSpec> = {
  name: { id: 'set-name', label: 'Name', autoComplete: 'off' },
  cycleStart: { id: 'set-start', label: 'Cycle starts', type: 'date' },
  cycleEnd: { id: 'set-end', label: 'Cycle ends', type: 'date' },
  vision: { id: 'set-vision', label: 'Vision', rows: 3 },
  mission: { id: 'set-mission', label: 'Mission', rows: 3 },
  values: { id: 'set-values', label: 'Values', rows: 6 },
  overarchingGoal: { id: 'set-goal', label: 'Overarching goal', hint: 'A single goal the whole plan serves, where the plan states one.', rows: 2 },
  corePractices: { id: 'set-practices', label: 'Core practices', rows: 4 },
  equityStatement: { id: 'set-equity', label: 'Equity statement', rows: 4 },
  nameEs: { id: 'set-nameEs', label: 'Name in Spanish' },
  visionEs: { id: 'set-visionEs', label: 'Vision in Spanish', rows: 3 },
  missionEs: { id: 'set-missionEs', label: 'Mission in Spanish', rows: 3 },
  ...levelSpecs(''),
  ...levelSpecs('Es'),
};

function levelSpecs<Es extends '' | 'Es'>(es: Es) {
  const specs = {} as Record<`${(typeof LEVEL_FIELDS)[number]['singular' | 'plural']}${Es}`, FieldSpec>;
  for (const l of LEVEL_FIELDS) {
    const inSpanish = es ? ', in Spanish' : '';
    specs[`${l.singular}${es}`] = { id: `set-${l.singular}${es}`, label: `${l.level}, one${inSpanish}` };
    specs[`${l.plural}${es}`] = { id: `set-${l.plural}${es}`, label: `${l.level}, several${inSpanish}` };
  }
  return specs;
}

/** Everything about a plan except its structure: names, cycle, statements, level names, threshold. */
export function PlanSettingsForm({ plan }: { plan: PlanSettings }) {
  const [state, formAction, pending] = useActionState(updatePlanSettingsAction, initialActionState);
  const { errors: e } = refusedInput(state);
  // A refused save shows what was typed; otherwise the plan as saved.
  const v = (name: PlanSettingsField) => (!state.ok && state.values ? (state.values[name] ?? '') : plan.form[name]);
  const field = (name: keyof typeof FIELDS) => {
    const spec = FIELDS[name];
    const hint = spec.hint ?? (PLAN_SETTINGS_LISTS.includes(name) ? LINES_HINT : undefined);
    return <TextField key={name} name={name} {...spec} hint={hint} hintAbove defaultValue={v(name)} errors={e[name]} />;
  };
  const levels = (es: '' | 'Es') =>
    LEVEL_FIELDS.map((l) => (
      <div key={l.singular} className="grid gap-4 sm:grid-cols-2">
        {field(`${l.singular}${es}`)}
        {field(`${l.plural}${es}`)}
      </div>
    ));
  const spanishErrors = PLAN_SETTINGS_SPANISH.some((f) => e[f]);
  return (
    <form action={formAction} className="space-y-6" noValidate aria-label={`Settings of ${plan.name}`}>
      <input type="hidden" name="planId" value={plan.id} />
      <input type="hidden" name="version" value={plan.version} />
      <div aria-live="polite" className="empty:hidden">
        <FormMessage state={state} />
      </div>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Name and cycle</legend>
        {field('name')}
        <div className="grid gap-4 sm:grid-cols-2">
          {field('cycleStart')}
          {field('cycleEnd')}
        </div>
        <p className="text-sm text-slate-600">
          {plan.periods.quarters > 0
            ? `Reporting quarters now run from ${plan.periods.first} to ${plan.periods.last} (${plan.periods.quarters}).`
            : 'The plan has no reporting quarters yet.'}{' '}
          A longer cycle adds the quarters it needs; a shorter one removes only empty quarters — a quarter with updates or
          values is never removed.
        </p>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">What the plan says</legend>
        {(['vision', 'mission', 'values', 'overarchingGoal', 'corePractices', 'equityStatement'] as const).map(field)}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">The plan’s names for its three levels</legend>
        {levels('')}
      </fieldset>
      <details className="rounded-lg border border-slate-200 p-4" open={spanishErrors || undefined}>
        <summary className="cursor-pointer font-semibold">Spanish text for the public scorecard (optional)</summary>
        <div className="mt-4 space-y-4">
          <p className="text-sm text-slate-600">Left blank, the Spanish pages show the English text, marked as English.</p>
          {(['nameEs', 'visionEs', 'missionEs'] as const).map(field)}
          {levels('Es')}
        </div>
      </details>
      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold">Status rule</legend>
        <div className="max-w-2xl">
          <TextField
            inputClassName="max-w-40"
            hintAbove
            id="set-threshold"
            name="atRiskPercent"
            type="number"
            inputMode="decimal"
            min={1}
            max={99}
            step="any"
            label="At-risk threshold (%)"
            hint="A measure short of its expected value is “at risk” while its progress is at least this share of the expected progress, and “off track” below it."
            defaultValue={v('atRiskPercent')}
            errors={e.atRiskPercent}
          />
        </div>
      </fieldset>
      <button type="submit" className="btn-primary" disabled={pending}>
        {pending ? 'Saving…' : 'Save settings'}
      </button>
    </form>
  );
}
