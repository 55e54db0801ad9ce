'use client';
// The measure form: definition, baseline, target of any kind with explicit interim targets,
// student-group disaggregation with focus and reference groups, and — once the target is on
// record — the reason and board approval of a change. A live preview states and charts the target.
import { useCallback, useEffect, useRef, useState } from 'react';
import { FieldError, FormMessage } from '@/components/form-message';
import { SelectField, TextField } from '@/components/forms/field';
import { useKeptForm } from '@/components/forms/use-kept-form';
import { TargetPreview } from '@/components/structure/target-preview';
import { saveMeasureAction } from '@/lib/data/structure/actions';
import type { MeasureEditor } from '@/lib/data/structure/editors';
import {
  CADENCE_LABELS,
  DIRECTION_LABELS,
  TARGET_KIND_LABELS,
  UNIT_LABELS,
  formTargetChanged,
  pickTarget,
  targetSentenceInput,
  type MeasureTarget,
} from '@/lib/data/structure/fields';
import type { TargetSentenceInput } from '@/lib/target-sentence';

const UNITS = Object.entries(UNIT_LABELS);
const TARGET_KINDS = Object.entries(TARGET_KIND_LABELS).map(([value, [label]]) => [value, label] as const);
const DECIMALS = [0, 1, 2, 3, 4].map((d) => [String(d), String(d)] as const);

const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(new Date(`${s}T00:00:00.000Z`).getTime());
const num = (s: FormDataEntryValue | null | undefined) => (typeof s === 'string' && s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : null);
const str = (form: FormData, name: string) => (form.get(name) as string | null) ?? '';

interface Row {
  key: number;
  date: string;
  label: string;
  value: string;
}

/** The preview's input from the form as it stands (incomplete interim rows left out), or null while the target is incomplete. */
function specFrom(form: FormData): TargetSentenceInput | null {
  const amount = num(form.get('targetAmount'));
  const deadline = str(form, 'targetDate');
  if (amount === null || !isDay(deadline)) return null;
  const baseline = num(form.get('baselineValue'));
  const baselineDate = str(form, 'baselineDate');
  const values = form.getAll('interimValue');
  const labels = form.getAll('interimLabel') as string[];
  const target: MeasureTarget = {
    baselineValue: baseline,
    baselineDate: baseline !== null && isDay(baselineDate) ? baselineDate : null,
    baselineLabel: str(form, 'baselineLabel').trim() || null,
    targetKind: str(form, 'targetKind') as MeasureTarget['targetKind'],
    targetAmount: amount,
    targetDate: deadline,
    interimTargets: (form.getAll('interimDate') as string[]).flatMap((date, i) => {
      const value = num(values[i]);
      return isDay(date) && value !== null ? [{ date, value, label: labels[i] ?? '' }] : [];
    }),
  };
  const measure = { unit: str(form, 'unit'), direction: str(form, 'direction'), decimals: Number(str(form, 'decimals') || 1) };
  return targetSentenceInput(target, measure as Parameters<typeof targetSentenceInput>[1]);
}

export function MeasureForm({ editor }: { editor: MeasureEditor }) {
  const { state, pending, statusRef, onSubmit, errors: e } = useKeptForm(saveMeasureAction);
  const m = editor.measure;
  const formRef = useRef<HTMLFormElement>(null);
  const nextKey = useRef(m.interimTargets.length);
  const [rows, setRows] = useState<Row[]>(() => m.interimTargets.map((t, i) => ({ key: i, date: t.date, label: t.label, value: String(t.value) })));
  const [spec, setSpec] = useState<TargetSentenceInput | null>(null);
  // The target as loaded, to tell a changed target (which needs a reason) from other edits.
  const [originalTarget] = useState(() => pickTarget(m));
  const [changed, setChanged] = useState(false);
  const [disaggregated, setDisaggregated] = useState(m.disaggregated);
  const [groups, setGroups] = useState<string[]>(m.studentGroupIds);

  const refresh = useCallback(() => {
    const form = new FormData(formRef.current!);
    setSpec(specFrom(form));
    setChanged(formTargetChanged(originalTarget, form));
    setGroups(form.getAll('studentGroupIds') as string[]);
  }, [originalTarget]);

  // Read once the form is in the page; rows added or removed change it without an input event.
  useEffect(() => refresh(), [rows, refresh]);
  const err = (name: string) => e[name];
  const errorId = (name: string) => `m-${name.replace(/\./g, '-')}-error`;
  /** A text input named after its field (or given its error's key), with its label and error. */
  const input = (name: string, label: React.ReactNode, props: Partial<Parameters<typeof TextField>[0]> & { fieldId?: string; errorKey?: string } = {}) => {
    const { fieldId, errorKey, ...rest } = props;
    return <TextField id={fieldId ?? `m-${name}`} name={name} label={label} errors={err(errorKey ?? name)} {...rest} />;
  };
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
            {input('code', 'Code', { defaultValue: m.code, inputClassName: 'font-mono' })}
            {input('name', 'Name', { defaultValue: m.name })}
          </div>
          <SelectField
            id="m-goal"
            name="goalId"
            label={`${editor.plan.labels.goal} it measures`}
            options={editor.goals.map((g) => [g.id, `${g.code} ${g.name}`] as const)}
            defaultValue={m.goalId}
            errors={err('goalId')}
          />
          <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
            <SelectField id="m-unit" name="unit" label="Unit" options={UNITS} defaultValue={m.unit} errors={err('unit')} />
            <SelectField id="m-direction" name="direction" label="Better is" options={Object.entries(DIRECTION_LABELS)} defaultValue={m.direction} errors={err('direction')} />
            <SelectField id="m-decimals" name="decimals" label="Decimals" options={DECIMALS} defaultValue={String(m.decimals)} errors={err('decimals')} />
            <SelectField id="m-cadence" name="cadence" label="Cadence" options={Object.entries(CADENCE_LABELS)} defaultValue={m.cadence} errors={err('cadence')} />
          </div>
          {input('dataSource', 'Data source', { defaultValue: m.dataSource })}
          <details className="rounded-lg border border-slate-200 p-3">
            <summary className="cursor-pointer text-sm font-semibold">Name in Spanish (optional)</summary>
            <div className="mt-2">{input('nameEs', 'Name in Spanish', { lang: 'es', defaultValue: m.nameEs ?? '' })}</div>
          </details>
        </fieldset>

        <fieldset className="space-y-4">
          <legend className="text-lg font-semibold">Baseline</legend>
          <div className="grid gap-4 sm:grid-cols-3">
            {input('baselineValue', 'Value', { inputMode: 'decimal', defaultValue: m.baselineValue ?? '' })}
            {input('baselineDate', 'Stands at (date)', { type: 'date', defaultValue: m.baselineDate ?? '', hint: 'The end of its period: 2022-06-30 for 2021-22.' })}
            {input('baselineLabel', 'Period', { placeholder: '2021-22', defaultValue: m.baselineLabel ?? '' })}
          </div>
          {input(
            'baselineNote',
            <>
              Note <span className="font-normal text-slate-600">(where it comes from, or why there is none)</span>
            </>,
            { defaultValue: m.baselineNote },
          )}
        </fieldset>

        <fieldset className="space-y-4">
          <legend className="text-lg font-semibold">Target</legend>
          <SelectField
            id="m-targetKind"
            name="targetKind"
            label="Kind of target"
            options={TARGET_KINDS}
            defaultValue={m.targetKind}
            hint={TARGET_KIND_LABELS[spec?.kind ?? m.targetKind]?.[1]}
            errors={err('targetKind')}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            {input('targetAmount', 'Amount', { inputMode: 'decimal', defaultValue: m.id ? m.targetAmount : '' })}
            {input('targetDate', 'Target date', { type: 'date', defaultValue: m.targetDate })}
          </div>

          <div>
            <h3 className="field-label">Interim targets per year</h3>
            <p className="text-xs text-slate-600">Where the plan states yearly targets; they replace the computed ones for their year.</p>
            {rows.length > 0 && (
              <ul className="mt-2 space-y-2">
                {rows.map((row, i) => (
                  <li key={row.key} className="grid grid-cols-2 gap-2 rounded-lg border border-slate-200 p-2 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end">
                    {input('interimDate', 'Date', { fieldId: `m-interim-date-${row.key}`, errorKey: `interimTargets.${i}.date`, type: 'date', defaultValue: row.date })}
                    {input('interimLabel', 'Year', { fieldId: `m-interim-label-${row.key}`, errorKey: `interimTargets.${i}.label`, placeholder: '2023-24', defaultValue: row.label })}
                    {input('interimValue', 'Target value', { fieldId: `m-interim-value-${row.key}`, errorKey: `interimTargets.${i}.value`, inputMode: 'decimal', defaultValue: row.value })}
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
                  <SelectField
                    key={name}
                    id={`m-${name}`}
                    name={name}
                    label={label}
                    options={[['', 'None'], ...groupOptions.map((g) => [g.id, g.name] as const)]}
                    defaultValue={value ?? ''}
                    errors={err(name)}
                  />
                ))}
                {input('gapReductionPercent', 'Gap to close (%)', {
                  fieldId: 'm-gap',
                  inputMode: 'decimal',
                  defaultValue: m.gapReductionPercent ?? '',
                  hint: 'Percent of the baseline gap between them to close by the target date.',
                })}
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
            {input('change.reason', 'Reason for the change', { fieldId: 'm-change-reason', rows: 2 })}
            <div className="grid gap-4 sm:grid-cols-2">
              {input('change.boardApprovedOn', 'Board approved on', { fieldId: 'm-change-board', type: 'date' })}
              {input(
                'change.effectiveFrom',
                <>
                  Takes effect on <span className="font-normal text-slate-600">(default: the approval date)</span>
                </>,
                { fieldId: 'm-change-effective', type: 'date' },
              )}
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
