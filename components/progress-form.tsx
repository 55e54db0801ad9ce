'use client';

import { Fragment, useActionState, useEffect, useRef, useState } from 'react';
import { recordProgressAction } from '@/lib/data/progress/actions';
import { ErrorSummary, FieldError, FormMessage } from '@/components/form-message';
import { initialActionState } from '@/lib/action-state';
import type { FormMeasure, ProgressForm as ProgressFormData } from '@/lib/data/progress/update-form';
import { formatValue } from '@/lib/format';
import { REPORTED_STATUS_LABELS, REVIEW_STATE_LABELS } from '@/lib/labels';
import { EVIDENCE_MAX, NARRATIVE_MAX, NOTE_MAX, PDSA_FIELDS, REPORTED_STATUSES, UPDATE_FIELD_LABELS, fieldName, updateFieldText } from '@/lib/data/progress/fields';
import { PERIOD_KIND_WORDS, periodKindOf } from '@/lib/periods';
import { KeptSelect } from '@/components/forms/kept-select';
import { ColumnHeads } from '@/components/column-heads';

const PDSA = PDSA_FIELDS.map((name) => [name, updateFieldText(name).pdsaStep!, updateFieldText(name).hint!] as const);

type Lookup = (name: string, fallback: string) => string;

function MeasureContext({ m }: { m: FormMeasure }) {
  const fmt = (v: number) => formatValue(v, m.unit, m.decimals);
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_minmax(0,1fr)]">
      <dt className="font-medium text-slate-600">Baseline</dt>
      <dd>
        {m.baselineValue === null ? 'Not stated in the plan' : `${fmt(m.baselineValue)}${m.baselineLabel ? ` (${m.baselineLabel})` : ''}`}
        {m.baselineIsDemo && <span className="text-slate-600"> — demo baseline</span>}
      </dd>
      <dt className="font-medium text-slate-600">Target</dt>
      <dd>{m.targetSentence}</dd>
      {m.expectedAtPeriod !== null && (
        <>
          <dt className="font-medium text-slate-600">Expected now</dt>
          <dd>{fmt(m.expectedAtPeriod)} at the end of this quarter, on the target path</dd>
        </>
      )}
      <dt className="font-medium text-slate-600">Previous</dt>
      <dd>
        {m.previous.length === 0
          ? 'No earlier value'
          : m.previous
              .map((p) => `${fmt(p.value)} (${p.periodLabel}${p.state === 'APPROVED' ? '' : `, ${REVIEW_STATE_LABELS[p.state].toLowerCase()}`})`)
              .join(' · ')}
      </dd>
      {m.dataSource && (
        <>
          <dt className="font-medium text-slate-600">Source</dt>
          <dd className="text-slate-700">{m.dataSource}</dd>
        </>
      )}
    </dl>
  );
}

function MeasureInputs({
  m,
  periodLabel,
  locked,
  errors,
  warn,
  value,
}: {
  m: FormMeasure;
  periodLabel: string;
  locked: boolean;
  errors: Record<string, string[]>;
  warn: boolean;
  value: Lookup;
}) {
  const asOfName = fieldName.asOf(m.id);
  const open = m.asOfOptions.some((o) => !o.locked);
  const unitWord = m.unit === 'PERCENT' ? ' (%)' : '';
  if (!open) {
    return (
      <p className="self-start rounded-lg bg-slate-100 px-3 py-2 text-sm text-slate-700">
        {m.asOfOptions.length === 0
          ? `Nothing to report in ${periodLabel}: no ${PERIOD_KIND_WORDS[periodKindOf(m.cadence)]} has ended yet.`
          : `Nothing to report in ${periodLabel}: every ${PERIOD_KIND_WORDS[periodKindOf(m.cadence)]} up to it already has an approved value.`}
      </p>
    );
  }
  const invalid = (name: string) => (errors[name] && !warn ? true : undefined);
  return (
    <div className="space-y-3">
      <div className="max-w-xs">
        <label htmlFor={asOfName} className="field-label">
          As of {m.cadence === 'ANNUAL' ? '(school year the result describes)' : '(quarter)'}
        </label>
        <KeptSelect
          id={asOfName}
          name={asOfName}
          defaultValue={value(asOfName, m.defaultAsOfId ?? '')}
          aria-invalid={invalid(asOfName)}
          aria-describedby={errors[asOfName] ? `${asOfName}-error` : undefined}
          className="field-input"
          disabled={locked}
        >
          {m.asOfOptions.map((o) => (
            <option key={o.id} value={o.id} disabled={o.locked}>
              {o.label}
              {o.locked ? ' (approved)' : ''}
            </option>
          ))}
        </KeptSelect>
        <FieldError id={`${asOfName}-error`} messages={errors[asOfName]} />
      </div>
      <div className="relative overflow-x-auto">
        <table className="data-table [&_td]:px-2 [&_th]:px-2">
          <caption className="sr-only">
            {m.name}: values{m.disaggregated ? ' by student group' : ''}
          </caption>
          <ColumnHeads columns={['Student group', `Value${unitWord}`, 'Students (n)']} />
          <tbody>
            {m.groups.map((g) => {
              const valueName = fieldName.value(m.id, g.id);
              const nName = fieldName.n(m.id, g.id);
              const valueErrors = errors[valueName];
              const nErrors = errors[nName];
              return (
                <Fragment key={g.id ?? 'all'}>
                  <tr className={g.isAll ? 'bg-slate-50' : undefined}>
                    <th scope="row" className="!bg-transparent font-medium">
                      {g.name}
                    </th>
                    <td>
                      <input
                        id={valueName}
                        name={valueName}
                        inputMode="decimal"
                        autoComplete="off"
                        aria-label={`${m.name}: ${g.name} value`}
                        defaultValue={value(valueName, g.current ? String(g.current.value) : '')}
                        aria-invalid={invalid(valueName)}
                        aria-describedby={valueErrors ? `${valueName}-error` : undefined}
                        className="field-input mt-0 min-w-20"
                        disabled={locked}
                      />
                    </td>
                    <td>
                      <input
                        id={nName}
                        name={nName}
                        inputMode="numeric"
                        autoComplete="off"
                        aria-label={`${m.name}: ${g.name} number of students`}
                        defaultValue={value(nName, g.current?.n != null ? String(g.current.n) : '')}
                        aria-invalid={invalid(nName)}
                        aria-describedby={nErrors ? `${nName}-error` : undefined}
                        className="field-input mt-0 min-w-16"
                        disabled={locked}
                      />
                    </td>
                  </tr>
                  {(valueErrors || nErrors) && (
                    <tr>
                      <td colSpan={3} className="!pt-0">
                        <FieldError id={`${valueName}-error`} messages={valueErrors} tone={warn ? 'warning' : 'error'} />
                        <FieldError id={`${nName}-error`} messages={nErrors} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function ProgressForm({ data }: { data: ProgressFormData }) {
  const [state, formAction, pending] = useActionState(recordProgressAction, initialActionState);
  // The action result the person last edited after: unsaved input exists unless a later save succeeded.
  const [editedAfter, setEditedAfter] = useState<typeof state | null>(null);
  const dirty = editedAfter !== null && (editedAfter === state || !state.ok);
  const [narrativeLength, setNarrativeLength] = useState(data.update?.narrative.length ?? 0);
  const statusRef = useRef<HTMLDivElement>(null);
  const errors = state.fieldErrors ?? {};
  const warn = state.code === 'NEEDS_CONFIRMATION';
  const typed = state.values;
  const version = typed?.version ?? String(data.update?.version ?? 0);
  const locked = data.locked;

  useEffect(() => {
    if (state.message) statusRef.current?.focus();
  }, [state]);

  // Warn before leaving with unsaved input: closing the tab, and links inside the app.
  useEffect(() => {
    if (!dirty) return;
    const warnLeaving = (event: BeforeUnloadEvent) => event.preventDefault();
    const warnLink = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      // A new tab, or a link within this page (the error summary's), leaves nothing behind.
      if (!link || link.getAttribute('target') === '_blank' || link.getAttribute('href')?.startsWith('#')) return;
      if (!window.confirm('You have unsaved changes in this update. Leave without saving?')) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', warnLeaving);
    document.addEventListener('click', warnLink, true);
    return () => {
      window.removeEventListener('beforeunload', warnLeaving);
      document.removeEventListener('click', warnLink, true);
    };
  }, [dirty]);

  const value: Lookup = (name, fallback) => (typed && name in typed ? (typed[name] ?? '') : fallback);
  const update = data.update;
  // Each field's name in words, for the summary of a refusal.
  const labels = new Map<string, string>([
    ...UPDATE_FIELD_LABELS,
    ['reportedStatus', 'Your assessment'],
    ['confirmJumps', 'These values are correct'],
    ...data.measures.flatMap((m) => [
      [fieldName.asOf(m.id), `${m.name}: as of`] as const,
      ...m.groups.flatMap((g) => [[fieldName.value(m.id, g.id), `${m.name}: ${g.name} value`] as const, [fieldName.n(m.id, g.id), `${m.name}: ${g.name} number of students`] as const]),
    ]),
  ]);
  const labelOf = (field: string) => labels.get(field) ?? field;

  return (
    <form action={formAction} onChange={() => setEditedAfter(state)} className="space-y-6" noValidate>
      <input type="hidden" name="goalId" value={data.goal.id} />
      <input type="hidden" name="periodId" value={data.period.id} />
      <input type="hidden" name="version" value={version} />

      {update?.state === 'RETURNED' && update.reviewerComment && (
        <section aria-labelledby="reviewer-comment" className="rounded-xl border border-amber-300 bg-amber-50 p-4">
          <h2 id="reviewer-comment" className="font-semibold text-amber-950">
            Returned for changes — reviewer&apos;s comment
          </h2>
          <p className="mt-1 whitespace-pre-wrap text-amber-950">{update.reviewerComment}</p>
        </section>
      )}

      <div ref={statusRef} tabIndex={-1} aria-live="polite" className="outline-none">
        <FormMessage state={state}>
          {!state.ok && state.code !== 'STALE' && <ErrorSummary errors={errors} labelOf={labelOf} />}
          {state.code === 'STALE' && (
            <a href={`/updates/${data.goal.id}?period=${data.period.id}`} className="mt-1 block font-semibold">
              Open the latest version (your input here stays until you leave)
            </a>
          )}
        </FormMessage>
      </div>

      {data.lockedReason && <p className="rounded-lg bg-slate-100 px-4 py-3 text-sm">{data.lockedReason}</p>}

      <fieldset className="min-w-0 space-y-4">
        <legend className="text-lg font-semibold">Values</legend>
        <p className="text-sm text-slate-600">
          Leave a row blank if you have no result for that group. The number of students (n) lets the public scorecard
          protect small groups.
        </p>
        {data.measures.map((m) => (
          <div key={m.id} className="card grid gap-4 p-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
            <div className="space-y-2">
              <h3 className="font-semibold text-slate-900">{m.name}</h3>
              <MeasureContext m={m} />
            </div>
            <MeasureInputs m={m} periodLabel={data.period.label} locked={locked} errors={errors} warn={warn} value={value} />
          </div>
        ))}
      </fieldset>

      <div className="card space-y-5 p-4">
        <div className="grid gap-4 md:grid-cols-[minmax(0,1fr)_minmax(0,16rem)]">
          <div>
            <label htmlFor="narrative" className="field-label">
              Narrative
            </label>
            <p id="narrative-hint" className="text-sm text-slate-600">
              What happened this quarter, what you learned, what comes next. Plain text; line breaks are kept.
            </p>
            <textarea
              id="narrative"
              name="narrative"
              rows={7}
              maxLength={NARRATIVE_MAX}
              defaultValue={value('narrative', update?.narrative ?? '')}
              onChange={(e) => setNarrativeLength(e.target.value.length)}
              aria-invalid={errors.narrative ? true : undefined}
              aria-describedby={`narrative-hint narrative-count${errors.narrative ? ' narrative-error' : ''}`}
              className="field-input"
              disabled={locked}
            />
            <p id="narrative-count" className="mt-1 text-sm text-slate-600">
              {narrativeLength.toLocaleString('en-US')} of {NARRATIVE_MAX.toLocaleString('en-US')} characters
            </p>
            <FieldError id="narrative-error" messages={errors.narrative} />
          </div>
          <div>
            <label htmlFor="reportedStatus" className="field-label">
              Your assessment
            </label>
            <KeptSelect
              id="reportedStatus"
              name="reportedStatus"
              defaultValue={value('reportedStatus', update?.reportedStatus ?? '')}
              aria-invalid={errors.reportedStatus ? true : undefined}
              aria-describedby={errors.reportedStatus ? 'reportedStatus-error' : undefined}
              className="field-input"
              disabled={locked}
            >
              <option value="">Not assessed</option>
              {REPORTED_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {REPORTED_STATUS_LABELS[s]}
                </option>
              ))}
            </KeptSelect>
            <FieldError id="reportedStatus-error" messages={errors.reportedStatus} />
          </div>
        </div>

        <fieldset className="min-w-0">
          <legend className="field-label">Plan-Do-Study-Act notes</legend>
          <div className="mt-2 grid gap-4 md:grid-cols-2">
            {PDSA.map(([name, label, hint]) => (
              <div key={name}>
                <label htmlFor={name} className="text-sm font-medium text-slate-800">
                  {label}
                </label>
                <p id={`${name}-hint`} className="text-sm text-slate-600">
                  {hint}
                </p>
                <textarea
                  id={name}
                  name={name}
                  rows={3}
                  maxLength={NOTE_MAX}
                  defaultValue={value(name, update?.[name] ?? '')}
                  aria-invalid={errors[name] ? true : undefined}
                  aria-describedby={`${name}-hint${errors[name] ? ` ${name}-error` : ''}`}
                  className="field-input"
                  disabled={locked}
                />
                <FieldError id={`${name}-error`} messages={errors[name]} />
              </div>
            ))}
          </div>
        </fieldset>

        <div>
          <label htmlFor="evidenceLinks" className="field-label">
            Evidence links
          </label>
          <p id="evidenceLinks-hint" className="text-sm text-slate-600">
            One web address per line (http:// or https://), up to {EVIDENCE_MAX}: reports, dashboards, meeting notes.
          </p>
          <textarea
            id="evidenceLinks"
            name="evidenceLinks"
            rows={3}
            defaultValue={value('evidenceLinks', update?.evidenceLinks.join('\n') ?? '')}
            aria-invalid={errors.evidenceLinks ? true : undefined}
            aria-describedby={`evidenceLinks-hint${errors.evidenceLinks ? ' evidenceLinks-error' : ''}`}
            className="field-input font-mono text-sm"
            disabled={locked}
          />
          <FieldError id="evidenceLinks-error" messages={errors.evidenceLinks} />
        </div>
      </div>

      {!locked && (
        <div className="space-y-3">
          {warn && (
            <label className="flex min-h-10 items-center gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-2 font-medium text-amber-950">
              <input type="checkbox" name="confirmJumps" className="h-5 w-5" />
              These values are correct: save them anyway
            </label>
          )}
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" name="intent" value="draft" className="btn-secondary" disabled={pending}>
              Save draft
            </button>
            {data.canSubmit && (
              <button type="submit" name="intent" value="submit" className="btn-primary" disabled={pending}>
                {update?.state === 'RETURNED' ? 'Resubmit for review' : 'Submit for review'}
              </button>
            )}
            {!data.canSubmit && <p className="text-sm text-slate-600">Your division lead submits the update for review.</p>}
            {pending && (
              <span className="text-sm text-slate-600" role="status">
                Saving…
              </span>
            )}
          </div>
        </div>
      )}
    </form>
  );
}
