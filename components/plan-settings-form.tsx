'use client';

import { useActionState } from 'react';
import { updatePlanSettingsAction } from '@/app/(app)/admin/plans/[slug]/actions';
import { FormMessage } from '@/components/form-message';
import { Field, LEVEL_FIELDS } from '@/components/plan-create-form';
import { initialActionState, refusedInput } from '@/lib/action-state';
import type { PlanSettings } from '@/lib/data/plan/settings';

const ES_FIELDS = ['nameEs', 'visionEs', 'missionEs', 'objectiveLabelEs', 'objectiveLabelPluralEs', 'priorityLabelEs', 'priorityLabelPluralEs', 'goalLabelEs', 'goalLabelPluralEs'];

/** Everything about a plan except its structure: names, cycle, statements, level names, threshold. */
export function PlanSettingsForm({ plan }: { plan: PlanSettings }) {
  const [state, formAction, pending] = useActionState(updatePlanSettingsAction, initialActionState);
  const { errors: e } = refusedInput(state);
  // A refused save shows what was typed; otherwise the plan as saved.
  const v = (name: string, saved: string | null | undefined) => (!state.ok && state.values ? (state.values[name] ?? '') : (saved ?? ''));
  const spanishErrors = ES_FIELDS.some((f) => e[f]);
  return (
    <form action={formAction} className="space-y-6" noValidate aria-label={`Settings of ${plan.name}`}>
      <input type="hidden" name="planId" value={plan.id} />
      <input type="hidden" name="version" value={plan.version} />
      <div aria-live="polite" className="empty:hidden">
        <FormMessage state={state} />
      </div>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Name and cycle</legend>
        <Field id="set-name" name="name" label="Name" defaultValue={v('name', plan.name)} errors={e.name} autoComplete="off" />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="set-start" name="cycleStart" type="date" label="Cycle starts" defaultValue={v('cycleStart', plan.cycleStart)} errors={e.cycleStart} />
          <Field id="set-end" name="cycleEnd" type="date" label="Cycle ends" defaultValue={v('cycleEnd', plan.cycleEnd)} errors={e.cycleEnd} />
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
        <Field id="set-vision" name="vision" label="Vision" multiline defaultValue={v('vision', plan.vision)} errors={e.vision} />
        <Field id="set-mission" name="mission" label="Mission" multiline defaultValue={v('mission', plan.mission)} errors={e.mission} />
        <Field id="set-values" name="values" label="Values" hint="One per line." multiline rows={6} defaultValue={v('values', plan.values.join('\n'))} errors={e.values} />
        <Field id="set-goal" name="overarchingGoal" label="Overarching goal" hint="A single goal the whole plan serves, where the plan states one." multiline rows={2} defaultValue={v('overarchingGoal', plan.overarchingGoal)} errors={e.overarchingGoal} />
        <Field id="set-practices" name="corePractices" label="Core practices" hint="One per line." multiline rows={4} defaultValue={v('corePractices', plan.corePractices.join('\n'))} errors={e.corePractices} />
        <Field id="set-equity" name="equityStatement" label="Equity statement" multiline rows={4} defaultValue={v('equityStatement', plan.equityStatement)} errors={e.equityStatement} />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">The plan’s names for its three levels</legend>
        {LEVEL_FIELDS.map((l) => (
          <div key={l.singular} className="grid gap-4 sm:grid-cols-2">
            <Field id={`set-${l.singular}`} name={l.singular} label={`${l.level}, one`} defaultValue={v(l.singular, plan.labels[l.singular])} errors={e[l.singular]} />
            <Field id={`set-${l.plural}`} name={l.plural} label={`${l.level}, several`} defaultValue={v(l.plural, plan.labels[l.plural])} errors={e[l.plural]} />
          </div>
        ))}
      </fieldset>
      <details className="rounded-lg border border-slate-200 p-4" open={spanishErrors || undefined}>
        <summary className="cursor-pointer font-semibold">Spanish text for the public scorecard (optional)</summary>
        <div className="mt-4 space-y-4">
          <p className="text-sm text-slate-600">Left blank, the Spanish pages show the English text, marked as English.</p>
          <Field id="set-nameEs" name="nameEs" label="Name in Spanish" defaultValue={v('nameEs', plan.nameEs)} errors={e.nameEs} />
          <Field id="set-visionEs" name="visionEs" label="Vision in Spanish" multiline defaultValue={v('visionEs', plan.visionEs)} errors={e.visionEs} />
          <Field id="set-missionEs" name="missionEs" label="Mission in Spanish" multiline defaultValue={v('missionEs', plan.missionEs)} errors={e.missionEs} />
          {LEVEL_FIELDS.map((l) => (
            <div key={l.singular} className="grid gap-4 sm:grid-cols-2">
              <Field id={`set-${l.singular}Es`} name={`${l.singular}Es`} label={`${l.level}, one, in Spanish`} defaultValue={v(`${l.singular}Es`, plan.labelsEs[`${l.singular}Es`])} errors={e[`${l.singular}Es`]} />
              <Field id={`set-${l.plural}Es`} name={`${l.plural}Es`} label={`${l.level}, several, in Spanish`} defaultValue={v(`${l.plural}Es`, plan.labelsEs[`${l.plural}Es`])} errors={e[`${l.plural}Es`]} />
            </div>
          ))}
        </div>
      </details>
      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold">Status rule</legend>
        <div className="max-w-2xl">
          <Field
            className="field-input max-w-40"
            id="set-threshold"
            name="atRiskPercent"
            type="number"
            inputMode="decimal"
            min={1}
            max={99}
            step="any"
            label="At-risk threshold (%)"
            hint="A measure short of its expected value is “at risk” while its progress is at least this share of the expected progress, and “off track” below it."
            defaultValue={v('atRiskPercent', String(plan.atRiskPercent))}
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
