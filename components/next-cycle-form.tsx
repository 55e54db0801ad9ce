'use client';

import { useActionState, useState } from 'react';
import { startNextCycleAction } from '@/lib/data/plan/actions';
import { FieldError, FormMessage } from '@/components/form-message';
import { TextField } from '@/components/forms/field';
import { initialActionState } from '@/lib/action-state';
import type { NextCyclePreview } from '@/lib/data/plan/next-cycle';
import { formatValue } from '@/lib/format';

type Level = 'objectives' | 'priorities' | 'goals' | 'measures';

function Check({
  level,
  value,
  checked,
  disabled,
  onChange,
  children,
  archived,
}: {
  level: Level;
  value: string;
  checked: boolean;
  disabled: boolean;
  onChange: (checked: boolean) => void;
  children: React.ReactNode;
  archived: boolean;
}) {
  return (
    <label className={`flex min-h-10 items-start gap-2 py-1 ${disabled ? 'text-slate-500' : ''}`}>
      <input
        type="checkbox"
        name={level}
        value={value}
        checked={checked && !disabled && !archived}
        disabled={disabled || archived}
        onChange={(event) => onChange(event.target.checked)}
        className="mt-0.5 h-5 w-5 shrink-0"
      />
      <span>
        {children}
        {archived && <span className="ml-2 rounded-full bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-800">archived: stays with this plan</span>}
      </span>
    </label>
  );
}

export function NextCycleForm({ preview }: { preview: NextCyclePreview }) {
  const [state, formAction, pending] = useActionState(startNextCycleAction, initialActionState);
  const [chosen, setChosen] = useState(() => ({
    objectives: new Set(preview.defaults.objectives),
    priorities: new Set(preview.defaults.priorities),
    goals: new Set(preview.defaults.goals),
    measures: new Set(preview.defaults.measures),
  }));
  const toggle = (level: Level, key: string, on: boolean) =>
    setChosen((c) => {
      const next = new Set(c[level]);
      if (on) next.add(key);
      else next.delete(key);
      return { ...c, [level]: next };
    });
  const e = state.fieldErrors ?? {};
  const v = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  const { labels } = preview;

  let measuresChosen = 0;
  let baselines = 0;
  for (const o of preview.outline)
    for (const p of o.priorities)
      for (const g of p.goals)
        for (const m of g.measures) {
          if (!(o.archived || p.archived || g.archived || m.archived) && chosen.objectives.has(o.key) && chosen.priorities.has(p.key) && chosen.goals.has(g.key) && chosen.measures.has(m.key)) {
            measuresChosen++;
            if (m.proposed) baselines++;
          }
        }

  return (
    <form action={formAction} className="space-y-6" noValidate>
      <input type="hidden" name="planId" value={preview.plan.id} />
      <div aria-live="polite" className="empty:hidden">
        <FormMessage state={state} />
      </div>
      <fieldset className="card space-y-4 p-5">
        <legend className="sr-only">The new plan</legend>
        <h2 className="text-lg font-semibold">The new plan</h2>
        <TextField id="next-name" name="name" label="Name" defaultValue={v('name', preview.suggestion.name)} errors={e.name} autoComplete="off" />
        <TextField
          id="next-slug"
          name="slug"
          label="Address"
          hint="Lowercase letters, digits and hyphens; the public scorecard would live at /scorecard/…/ followed by it."
          defaultValue={v('slug', preview.suggestion.slug)}
          errors={e.slug}
          inputClassName="font-mono"
          hintAbove
          autoComplete="off"
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id="next-start" name="cycleStart" type="date" label="Cycle starts" defaultValue={v('cycleStart', preview.suggestion.cycleStart)} errors={e.cycleStart} />
          <TextField id="next-end" name="cycleEnd" type="date" label="Cycle ends" defaultValue={v('cycleEnd', preview.suggestion.cycleEnd)} errors={e.cycleEnd} />
        </div>
        <p className="text-sm text-slate-600">
          The new plan starts as an unpublished draft with the {preview.plan.cycleLabel} plan’s vision, mission, values and level
          names, which you can change in its settings. Measures keep their definition and target rule, re-dated to the new
          cycle’s end; explicit yearly targets, values and updates stay with the old plan.
        </p>
      </fieldset>

      <fieldset className="card space-y-3 p-5" aria-describedby="carry-hint">
        <legend className="sr-only">What carries over</legend>
        <h2 className="text-lg font-semibold">What carries over</h2>
        <p id="carry-hint" className="text-sm text-slate-600">
          Everything that still applies is ticked; archived parts stay with this plan. Leaving out a {labels.objective.toLowerCase()} or{' '}
          {labels.priority.toLowerCase()} leaves out everything under it. Each measure’s last approved value (all students) is
          proposed as its new baseline.
        </p>
        <FieldError id="carry-error" messages={e.objectives} />
        <ul className="space-y-4">
          {preview.outline.map((o) => {
            const oOn = !o.archived && chosen.objectives.has(o.key);
            return (
              <li key={o.key} className="rounded-lg border border-slate-200 p-3">
                <Check level="objectives" value={o.key} checked={oOn} disabled={false} archived={o.archived} onChange={(on) => toggle('objectives', o.key, on)}>
                  <span className="font-semibold">
                    {labels.objective}: {o.name}
                  </span>
                </Check>
                <ul className="ml-4 space-y-2 border-l border-slate-200 pl-3 sm:ml-6">
                  {o.priorities.map((p) => {
                    const pOn = oOn && !p.archived && chosen.priorities.has(p.key);
                    return (
                      <li key={p.key}>
                        <Check level="priorities" value={p.key} checked={chosen.priorities.has(p.key)} disabled={!oOn} archived={p.archived} onChange={(on) => toggle('priorities', p.key, on)}>
                          <span className="font-medium">
                            {labels.priority}: {p.name}
                          </span>
                        </Check>
                        <ul className="ml-4 space-y-2 border-l border-slate-200 pl-3 sm:ml-6">
                          {p.goals.map((g) => {
                            const gOn = pOn && !g.archived && chosen.goals.has(g.key);
                            return (
                              <li key={g.key}>
                                <Check level="goals" value={g.key} checked={chosen.goals.has(g.key)} disabled={!pOn} archived={g.archived} onChange={(on) => toggle('goals', g.key, on)}>
                                  {labels.goal} {g.code}: {g.title}
                                </Check>
                                {g.measures.length > 0 ? (
                                  <ul className="ml-4 space-y-1 border-l border-slate-200 pl-3 text-sm sm:ml-6">
                                    {g.measures.map((m) => (
                                      <li key={m.key}>
                                        <Check level="measures" value={m.key} checked={chosen.measures.has(m.key)} disabled={!gOn} archived={m.archived} onChange={(on) => toggle('measures', m.key, on)}>
                                          <span className="block">{m.name}</span>
                                          <span className="block text-slate-700">
                                            {m.proposed ? (
                                              <>
                                                New baseline: <strong>{formatValue(m.proposed.value, m.unit, m.decimals)}</strong> — last
                                                approved value, {m.proposed.label}
                                                {m.proposed.isDemo ? ' (demo data)' : ''}
                                              </>
                                            ) : (
                                              'No approved value yet: the new baseline is left to set'
                                            )}
                                            {m.baseline.value !== null && (
                                              <span className="text-slate-600">
                                                {' '}
                                                · old baseline {formatValue(m.baseline.value, m.unit, m.decimals)}
                                                {m.baseline.label ? ` (${m.baseline.label})` : ''}
                                              </span>
                                            )}
                                          </span>
                                        </Check>
                                      </li>
                                    ))}
                                  </ul>
                                ) : (
                                  <p className="ml-7 text-sm text-slate-600">No measures.</p>
                                )}
                              </li>
                            );
                          })}
                        </ul>
                      </li>
                    );
                  })}
                </ul>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className="card space-y-3 p-5">
        <p className="text-sm text-slate-700" aria-live="polite">
          {measuresChosen} {measuresChosen === 1 ? 'measure' : 'measures'} chosen, {baselines} with a proposed baseline.
        </p>
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? 'Creating…' : 'Create the next cycle’s draft plan'}
        </button>
      </div>
    </form>
  );
}
