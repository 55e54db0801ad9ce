'use client';
// The measure form: definition, baseline, target of any kind with explicit interim targets,
// student-group disaggregation with focus and reference groups, and — once the target is on
// record — the reason and board approval of a change. A live preview states and charts the target.
import { startTransition, useActionState, useCallback, useEffect, useRef, useState } from 'react';
import { saveMeasureAction } from '@/app/(app)/admin/plans/[slug]/structure/actions';
import { FieldError, FormMessage } from '@/components/form-message';
import { TargetPreview } from '@/components/structure/target-preview';
import { initialActionState } from '@/lib/action-state';
import type { MeasureEditor } from '@/lib/data/structure/editors';
import type { TargetSentenceInput } from '@/lib/target-sentence';

const UNITS = [
  ['PERCENT', 'Percent'],
  ['COUNT', 'Count'],
  ['POINTS', 'Points'],
  ['SCALE_SCORE', 'Scale score'],
  ['CURRENCY', 'Currency (USD)'],
  ['INDEX', 'Index'],
] as const;

export const TARGET_KINDS = [
  ['VALUE', 'Reach a value', 'The target is the amount itself, e.g. 100% of employees agree.'],
  ['CHANGE', 'Change by an amount', 'Baseline plus or minus the amount, e.g. 105 more community schools.'],
  ['PERCENT_CHANGE', 'Change by a percent of the baseline', 'e.g. 10% below the 2021-22 baseline of 31.2%.'],
  ['ANNUAL_CHANGE', 'Change by an amount each year', 'e.g. 5 more points each year.'],
  ['ANNUAL_PERCENT_CHANGE', 'Change by a percent each year', 'e.g. 20% more partnerships each year, compounding.'],
] as const;

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(day(s).getTime());
const num = (s: FormDataEntryValue | null) => (typeof s === 'string' && s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : null);
const str = (form: FormData, name: string) => (form.get(name) as string | null) ?? '';

interface Row {
  key: number;
  date: string;
  label: string;
  value: string;
}

/** The preview's input from the form as it stands, or null while the target is incomplete. */
function specFrom(form: FormData): TargetSentenceInput | null {
  const amount = num(form.get('targetAmount'));
  const deadline = str(form, 'targetDate');
  if (amount === null || !isDay(deadline)) return null;
  const baseline = num(form.get('baselineValue'));
  const baselineDate = str(form, 'baselineDate');
  const dates = form.getAll('interimDate') as string[];
  const values = form.getAll('interimValue');
  const labels = form.getAll('interimLabel') as string[];
  return {
    kind: str(form, 'targetKind') as TargetSentenceInput['kind'],
    amount,
    direction: str(form, 'direction') as TargetSentenceInput['direction'],
    baseline,
    baselineDate: baseline !== null && isDay(baselineDate) ? day(baselineDate) : null,
    baselineLabel: str(form, 'baselineLabel').trim() || null,
    deadline: day(deadline),
    unit: str(form, 'unit') as TargetSentenceInput['unit'],
    decimals: Number(str(form, 'decimals') || 1),
    interimTargets: dates.flatMap((d, i) => {
      const value = num(values[i] ?? null);
      return isDay(d) && value !== null ? [{ date: day(d), value, label: labels[i] ?? '' }] : [];
    }),
  };
}

/** The target's parts as text, to tell whether the administrator has changed the target. */
function targetKeyOf(form: FormData): string {
  const rows = (form.getAll('interimDate') as string[]).map((d, i) => [d, form.getAll('interimLabel')[i], num(form.getAll('interimValue')[i] ?? null)]);
  return JSON.stringify([
    num(form.get('baselineValue')),
    str(form, 'baselineDate'),
    str(form, 'baselineLabel').trim(),
    str(form, 'targetKind'),
    num(form.get('targetAmount')),
    str(form, 'targetDate'),
    rows.sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  ]);
}

export function MeasureForm({ editor }: { editor: MeasureEditor }) {
  const [state, formAction, pending] = useActionState(saveMeasureAction, initialActionState);
  const m = editor.measure;
  const formRef = useRef<HTMLFormElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const nextKey = useRef(m.interimTargets.length);
  const [rows, setRows] = useState<Row[]>(() => m.interimTargets.map((t, i) => ({ key: i, date: t.date, label: t.label, value: String(t.value) })));
  const [spec, setSpec] = useState<TargetSentenceInput | null>(null);
  // The target as loaded, to tell a changed target (which needs a reason) from other edits.
  const originalTarget = useRef<string | null>(null);
  const [changed, setChanged] = useState(false);
  const [disaggregated, setDisaggregated] = useState(m.disaggregated);
  const [groups, setGroups] = useState<string[]>(m.studentGroupIds);
  const e = state.fieldErrors ?? {};

  const refresh = useCallback(() => {
    const form = new FormData(formRef.current!);
    setSpec(specFrom(form));
    const key = targetKeyOf(form);
    setChanged(originalTarget.current !== null && key !== originalTarget.current);
    setGroups(form.getAll('studentGroupIds') as string[]);
  }, []);

  // Read once the form is in the page; rows added or removed change it without an input event.
  useEffect(() => {
    if (originalTarget.current === null) originalTarget.current = targetKeyOf(new FormData(formRef.current!));
    refresh();
  }, [rows, refresh]);
  useEffect(() => {
    if (state.message) statusRef.current?.focus();
  }, [state]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  const err = (name: string) => e[name];
  const aria = (name: string, hint?: string) => ({
    'aria-invalid': e[name] ? true : undefined,
    'aria-describedby': [hint, e[name] ? `m-${name.replace(/\./g, '-')}-error` : null].filter(Boolean).join(' ') || undefined,
  });
  const errorId = (name: string) => `m-${name.replace(/\./g, '-')}-error`;
  const historyVisible = editor.historyRequired && (changed || Boolean(e['change.reason'] || e['change.boardApprovedOn'] || e['change.effectiveFrom']));
  const groupOptions = editor.studentGroups.filter((g) => g.isAll || groups.includes(g.id));

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <form ref={formRef} onSubmit={onSubmit} onChange={refresh} className="space-y-6" noValidate>
        <input type="hidden" name="planSlug" value={editor.plan.slug} />
        {m.id && <input type="hidden" name="id" value={m.id} />}
        <div ref={statusRef} tabIndex={-1} aria-live="polite">
          <FormMessage state={state} />
        </div>

        <fieldset className="space-y-4">
          <legend className="text-lg font-semibold">What it measures</legend>
          <div className="grid gap-4 sm:grid-cols-[10rem_minmax(0,1fr)]">
            <div>
              <label htmlFor="m-code" className="field-label">
                Code
              </label>
              <input id="m-code" name="code" defaultValue={m.code} className="field-input font-mono" {...aria('code')} />
              <FieldError id={errorId('code')} messages={err('code')} />
            </div>
            <div>
              <label htmlFor="m-name" className="field-label">
                Name
              </label>
              <input id="m-name" name="name" defaultValue={m.name} className="field-input" {...aria('name')} />
              <FieldError id={errorId('name')} messages={err('name')} />
            </div>
          </div>
          <div>
            <label htmlFor="m-goal" className="field-label">
              {editor.plan.labels.goal} it measures
            </label>
            <select id="m-goal" name="goalId" defaultValue={m.goalId} className="field-input" {...aria('goalId')}>
              {editor.goals.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.code} {g.name}
                </option>
              ))}
            </select>
            <FieldError id={errorId('goalId')} messages={err('goalId')} />
          </div>
          <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
            <div>
              <label htmlFor="m-unit" className="field-label">
                Unit
              </label>
              <select id="m-unit" name="unit" defaultValue={m.unit} className="field-input" {...aria('unit')}>
                {UNITS.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
              <FieldError id={errorId('unit')} messages={err('unit')} />
            </div>
            <div>
              <label htmlFor="m-direction" className="field-label">
                Better is
              </label>
              <select id="m-direction" name="direction" defaultValue={m.direction} className="field-input" {...aria('direction')}>
                <option value="INCREASE">Higher</option>
                <option value="DECREASE">Lower</option>
              </select>
              <FieldError id={errorId('direction')} messages={err('direction')} />
            </div>
            <div>
              <label htmlFor="m-decimals" className="field-label">
                Decimals
              </label>
              <select id="m-decimals" name="decimals" defaultValue={String(m.decimals)} className="field-input" {...aria('decimals')}>
                {[0, 1, 2, 3, 4].map((d) => (
                  <option key={d} value={d}>
                    {d}
                  </option>
                ))}
              </select>
              <FieldError id={errorId('decimals')} messages={err('decimals')} />
            </div>
            <div>
              <label htmlFor="m-cadence" className="field-label">
                Cadence
              </label>
              <select id="m-cadence" name="cadence" defaultValue={m.cadence} className="field-input" {...aria('cadence')}>
                <option value="ANNUAL">Annual</option>
                <option value="QUARTERLY">Quarterly</option>
              </select>
              <FieldError id={errorId('cadence')} messages={err('cadence')} />
            </div>
          </div>
          <div>
            <label htmlFor="m-dataSource" className="field-label">
              Data source
            </label>
            <input id="m-dataSource" name="dataSource" defaultValue={m.dataSource} className="field-input" {...aria('dataSource')} />
            <FieldError id={errorId('dataSource')} messages={err('dataSource')} />
          </div>
          <details className="rounded-lg border border-slate-200 p-3">
            <summary className="cursor-pointer text-sm font-semibold">Name in Spanish (optional)</summary>
            <label htmlFor="m-nameEs" className="field-label mt-2">
              Name in Spanish
            </label>
            <input id="m-nameEs" name="nameEs" lang="es" defaultValue={m.nameEs} className="field-input" />
          </details>
        </fieldset>

        <fieldset className="space-y-4">
          <legend className="text-lg font-semibold">Baseline</legend>
          <div className="grid gap-4 sm:grid-cols-3">
            <div>
              <label htmlFor="m-baselineValue" className="field-label">
                Value
              </label>
              <input id="m-baselineValue" name="baselineValue" inputMode="decimal" defaultValue={m.baselineValue ?? ''} className="field-input" {...aria('baselineValue')} />
              <FieldError id={errorId('baselineValue')} messages={err('baselineValue')} />
            </div>
            <div>
              <label htmlFor="m-baselineDate" className="field-label">
                Stands at (date)
              </label>
              <input id="m-baselineDate" name="baselineDate" type="date" defaultValue={m.baselineDate ?? ''} className="field-input" {...aria('baselineDate', 'm-baselineDate-hint')} />
              <p id="m-baselineDate-hint" className="mt-1 text-xs text-slate-600">
                The end of its period: 2022-06-30 for 2021-22.
              </p>
              <FieldError id={errorId('baselineDate')} messages={err('baselineDate')} />
            </div>
            <div>
              <label htmlFor="m-baselineLabel" className="field-label">
                Period
              </label>
              <input id="m-baselineLabel" name="baselineLabel" placeholder="2021-22" defaultValue={m.baselineLabel} className="field-input" {...aria('baselineLabel')} />
              <FieldError id={errorId('baselineLabel')} messages={err('baselineLabel')} />
            </div>
          </div>
          <div>
            <label htmlFor="m-baselineNote" className="field-label">
              Note <span className="font-normal text-slate-600">(where it comes from, or why there is none)</span>
            </label>
            <input id="m-baselineNote" name="baselineNote" defaultValue={m.baselineNote} className="field-input" {...aria('baselineNote')} />
            <FieldError id={errorId('baselineNote')} messages={err('baselineNote')} />
          </div>
        </fieldset>

        <fieldset className="space-y-4">
          <legend className="text-lg font-semibold">Target</legend>
          <div>
            <label htmlFor="m-targetKind" className="field-label">
              Kind of target
            </label>
            <select id="m-targetKind" name="targetKind" defaultValue={m.targetKind} className="field-input" {...aria('targetKind', 'm-targetKind-hint')}>
              {TARGET_KINDS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
            <p id="m-targetKind-hint" className="mt-1 text-xs text-slate-600">
              {TARGET_KINDS.find(([k]) => k === (spec?.kind ?? m.targetKind))?.[2]}
            </p>
            <FieldError id={errorId('targetKind')} messages={err('targetKind')} />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <div>
              <label htmlFor="m-targetAmount" className="field-label">
                Amount
              </label>
              <input id="m-targetAmount" name="targetAmount" inputMode="decimal" defaultValue={m.id ? m.targetAmount : ''} className="field-input" {...aria('targetAmount')} />
              <FieldError id={errorId('targetAmount')} messages={err('targetAmount')} />
            </div>
            <div>
              <label htmlFor="m-targetDate" className="field-label">
                Target date
              </label>
              <input id="m-targetDate" name="targetDate" type="date" defaultValue={m.targetDate} className="field-input" {...aria('targetDate')} />
              <FieldError id={errorId('targetDate')} messages={err('targetDate')} />
            </div>
          </div>

          <div>
            <h3 className="field-label">Interim targets per year</h3>
            <p className="text-xs text-slate-600">Where the plan states yearly targets; they replace the computed ones for their year.</p>
            {rows.length > 0 && (
              <ul className="mt-2 space-y-2">
                {rows.map((row, i) => (
                  <li key={row.key} className="grid grid-cols-2 gap-2 rounded-lg border border-slate-200 p-2 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end">
                    <div>
                      <label htmlFor={`m-interim-date-${row.key}`} className="text-xs font-semibold text-slate-800">
                        Date
                      </label>
                      <input id={`m-interim-date-${row.key}`} name="interimDate" type="date" defaultValue={row.date} className="field-input" {...aria(`interimTargets.${i}.date`)} />
                      <FieldError id={errorId(`interimTargets.${i}.date`)} messages={err(`interimTargets.${i}.date`)} />
                    </div>
                    <div>
                      <label htmlFor={`m-interim-label-${row.key}`} className="text-xs font-semibold text-slate-800">
                        Year
                      </label>
                      <input id={`m-interim-label-${row.key}`} name="interimLabel" placeholder="2023-24" defaultValue={row.label} className="field-input" {...aria(`interimTargets.${i}.label`)} />
                      <FieldError id={errorId(`interimTargets.${i}.label`)} messages={err(`interimTargets.${i}.label`)} />
                    </div>
                    <div>
                      <label htmlFor={`m-interim-value-${row.key}`} className="text-xs font-semibold text-slate-800">
                        Target value
                      </label>
                      <input id={`m-interim-value-${row.key}`} name="interimValue" inputMode="decimal" defaultValue={row.value} className="field-input" {...aria(`interimTargets.${i}.value`)} />
                      <FieldError id={errorId(`interimTargets.${i}.value`)} messages={err(`interimTargets.${i}.value`)} />
                    </div>
                    <button type="button" className="btn-secondary min-h-10 text-red-800" onClick={() => setRows((r) => r.filter((x) => x.key !== row.key))} aria-label={`Remove interim target ${row.label || i + 1}`}>
                      Remove
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <button type="button" className="btn-secondary mt-2" onClick={() => setRows((r) => [...r, { key: nextKey.current++, date: '', label: '', value: '' }])}>
              Add an interim target
            </button>
            <FieldError id={errorId('interimTargets')} messages={err('interimTargets')} />
          </div>
          <div className="lg:hidden">
            <TargetPreview spec={spec} inline />
          </div>
        </fieldset>

        <fieldset className="space-y-3">
          <legend className="text-lg font-semibold">Student groups</legend>
          <label className="flex min-h-9 items-center gap-2 text-sm font-medium">
            <input type="checkbox" name="disaggregated" defaultChecked={m.disaggregated} onChange={(ev) => setDisaggregated(ev.target.checked)} className="h-5 w-5" />
            Report this measure by student group
          </label>
          {disaggregated && (
            <div className="space-y-3 rounded-lg border border-slate-200 p-3">
              <fieldset aria-describedby={e.studentGroupIds ? errorId('studentGroupIds') : undefined}>
                <legend className="field-label">Groups it is reported for</legend>
                <div className="mt-1 grid gap-1 sm:grid-cols-2">
                  {editor.studentGroups.map((g) =>
                    g.isAll ? (
                      // All students is always reported, beside the groups.
                      <label key={g.id} className="flex min-h-9 items-center gap-2 text-sm">
                        <input type="checkbox" checked disabled className="h-5 w-5" />
                        <input type="hidden" name="studentGroupIds" value={g.id} />
                        {g.name} (always)
                      </label>
                    ) : (
                      <label key={g.id} className="flex min-h-9 items-center gap-2 text-sm">
                        <input type="checkbox" name="studentGroupIds" value={g.id} defaultChecked={m.studentGroupIds.includes(g.id)} className="h-5 w-5" />
                        {g.name}
                      </label>
                    ),
                  )}
                </div>
                <FieldError id={errorId('studentGroupIds')} messages={err('studentGroupIds')} />
              </fieldset>
              <div className="grid gap-4 sm:grid-cols-3">
                {(
                  [
                    ['focusGroupId', 'Focus group', m.focusGroupId],
                    ['referenceGroupId', 'Reference group', m.referenceGroupId],
                  ] as const
                ).map(([name, label, value]) => (
                  <div key={name}>
                    <label htmlFor={`m-${name}`} className="field-label">
                      {label}
                    </label>
                    <select id={`m-${name}`} name={name} defaultValue={value ?? ''} className="field-input" {...aria(name)}>
                      <option value="">None</option>
                      {groupOptions.map((g) => (
                        <option key={g.id} value={g.id}>
                          {g.name}
                        </option>
                      ))}
                    </select>
                    <FieldError id={errorId(name)} messages={err(name)} />
                  </div>
                ))}
                <div>
                  <label htmlFor="m-gap" className="field-label">
                    Gap to close (%)
                  </label>
                  <input id="m-gap" name="gapReductionPercent" inputMode="decimal" defaultValue={m.gapReductionPercent ?? ''} className="field-input" {...aria('gapReductionPercent', 'm-gap-hint')} />
                  <p id="m-gap-hint" className="mt-1 text-xs text-slate-600">
                    Percent of the baseline gap between them to close by the target date.
                  </p>
                  <FieldError id={errorId('gapReductionPercent')} messages={err('gapReductionPercent')} />
                </div>
              </div>
            </div>
          )}
        </fieldset>

        {historyVisible && (
          <fieldset className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
            <legend className="px-1 text-lg font-semibold">Why the target changes</legend>
            <p className="text-sm text-amber-950">
              {editor.approvedValues > 0
                ? `This measure has ${editor.approvedValues} approved ${editor.approvedValues === 1 ? 'value' : 'values'}`
                : 'This plan is not a draft'}
              : the current target stays on record, and the new one applies from the date below.
            </p>
            <div>
              <label htmlFor="m-change-reason" className="field-label">
                Reason for the change
              </label>
              <textarea id="m-change-reason" name="change.reason" rows={2} className="field-input" {...aria('change.reason')} />
              <FieldError id={errorId('change.reason')} messages={err('change.reason')} />
            </div>
            <div className="grid gap-4 sm:grid-cols-2">
              <div>
                <label htmlFor="m-change-board" className="field-label">
                  Board approved on
                </label>
                <input id="m-change-board" name="change.boardApprovedOn" type="date" className="field-input" {...aria('change.boardApprovedOn')} />
                <FieldError id={errorId('change.boardApprovedOn')} messages={err('change.boardApprovedOn')} />
              </div>
              <div>
                <label htmlFor="m-change-effective" className="field-label">
                  Takes effect on <span className="font-normal text-slate-600">(default: the approval date)</span>
                </label>
                <input id="m-change-effective" name="change.effectiveFrom" type="date" className="field-input" {...aria('change.effectiveFrom')} />
                <FieldError id={errorId('change.effectiveFrom')} messages={err('change.effectiveFrom')} />
              </div>
            </div>
          </fieldset>
        )}

        <button type="submit" className="btn-primary" disabled={pending}>
          {m.id ? 'Save measure' : 'Create measure'}
        </button>
      </form>
      <aside className="space-y-4 lg:sticky lg:top-4 lg:self-start">
        <div className="hidden lg:block">
          <TargetPreview spec={spec} />
        </div>
        {editor.versions.length > 0 && (
          <section aria-labelledby="versions-heading" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="versions-heading" className="font-semibold">
              Target history
            </h2>
            <ol className="mt-2 space-y-2 text-sm">
              {editor.versions.map((v, i) => (
                <li key={i}>
                  <p className="font-semibold">{v.effectiveFrom ? `From ${v.effectiveFrom}` : 'Original'}</p>
                  <p className="text-slate-700">{v.sentence}</p>
                  {v.reason && (
                    <p className="text-slate-600">
                      {v.reason}
                      {v.boardApprovedOn ? ` (board approval ${v.boardApprovedOn})` : ''}
                    </p>
                  )}
                </li>
              ))}
            </ol>
          </section>
        )}
      </aside>
    </div>
  );
}
