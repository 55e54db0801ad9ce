'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { recordProgressAction } from '@/app/(app)/updates/[goalId]/actions';
import { initialActionState } from '@/lib/action-state';
import type { ProgressForm as ProgressFormData } from '@/lib/data/progress';
import { formatValue, type MeasureUnit } from '@/lib/format';
import { REVIEW_STATE_LABELS } from '@/lib/labels';
import { NARRATIVE_MAX, REPORTED_STATUSES } from '@/lib/validations/progress';

const STATUS_WORDS: Record<(typeof REPORTED_STATUSES)[number], string> = {
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OFF_TRACK: 'Off track',
  MET: 'Met',
};

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="field-error">
      {messages.join(' ')}
    </p>
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
  const typed = state.values;
  const version = typed?.version ?? String(data.update?.version ?? 0);

  useEffect(() => {
    if (state.message) statusRef.current?.focus();
  }, [state]);

  // Warn before leaving with unsaved input.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const value = (name: string, fallback: string) => (typed && name in typed ? (typed[name] ?? '') : fallback);

  return (
    <form action={formAction} onChange={() => setEditedAfter(state)} className="space-y-6" noValidate>
      <input type="hidden" name="goalId" value={data.goal.id} />
      <input type="hidden" name="periodId" value={data.period.id} />
      <input type="hidden" name="version" value={version} />

      <div ref={statusRef} tabIndex={-1} aria-live="polite" className="outline-none">
        {state.message && (
          <p
            role={state.ok ? 'status' : 'alert'}
            className={`rounded-lg border px-4 py-3 text-sm font-medium ${
              state.ok ? 'border-green-300 bg-green-50 text-green-900' : 'border-red-300 bg-red-50 text-red-900'
            }`}
          >
            {state.message}
            {errors.form && <span className="block">{errors.form.join(' ')}</span>}
          </p>
        )}
      </div>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Values</legend>
        {data.measures.map((m) => {
          const valueName = `value.${m.id}`;
          const asOfName = `asOf.${m.id}`;
          const unit = m.unit as MeasureUnit;
          const valueErrors = errors[valueName];
          const asOfErrors = errors[asOfName];
          const open = m.asOfOptions.some((o) => !o.locked);
          return (
            <div key={m.id} className="card grid gap-4 p-4 md:grid-cols-[minmax(0,1fr)_minmax(0,18rem)]">
              <div className="space-y-1 text-sm">
                <p className="font-semibold text-slate-900">{m.name}</p>
                <p className="text-slate-700">
                  Baseline:{' '}
                  {m.baselineValue === null
                    ? 'not stated'
                    : `${formatValue(m.baselineValue, unit, m.decimals)}${m.baselineLabel ? ` (${m.baselineLabel})` : ''}`}
                </p>
                {m.previous.length > 0 && (
                  <p className="text-slate-700">
                    Previous:{' '}
                    {m.previous
                      .map((p) => `${formatValue(p.value, unit, p.value % 1 === 0 ? 0 : m.decimals)} (${p.periodLabel})`)
                      .join(', ')}
                  </p>
                )}
                <p className="text-xs text-slate-600">{m.cadence === 'ANNUAL' ? 'Annual measure' : 'Quarterly measure'}</p>
              </div>
              {!open ? (
                <p className="self-center rounded-lg bg-slate-100 px-3 py-2 text-sm text-slate-700">
                  {m.asOfOptions.length === 0
                    ? `Nothing to report in ${data.period.label}: no ${m.cadence === 'ANNUAL' ? 'school year' : 'quarter'} has ended yet.`
                    : `Nothing to report in ${data.period.label}: every ${m.cadence === 'ANNUAL' ? 'school year' : 'quarter'} up to it already has an approved value.`}
                </p>
              ) : (
              <div className="space-y-3">
                <div>
                  <label htmlFor={valueName} className="field-label">
                    Value{unit === 'PERCENT' ? ' (%)' : ''}
                  </label>
                  <input
                    id={valueName}
                    name={valueName}
                    inputMode="decimal"
                    autoComplete="off"
                    defaultValue={value(valueName, m.current ? String(m.current.value) : '')}
                    aria-invalid={valueErrors ? true : undefined}
                    aria-describedby={valueErrors ? `${valueName}-error` : undefined}
                    className="field-input"
                    disabled={data.locked}
                  />
                  <FieldError id={`${valueName}-error`} messages={valueErrors} />
                </div>
                <div>
                  <label htmlFor={asOfName} className="field-label">
                    As of
                  </label>
                  <select
                    id={asOfName}
                    name={asOfName}
                    defaultValue={value(asOfName, m.defaultAsOfId ?? '')}
                    aria-invalid={asOfErrors ? true : undefined}
                    aria-describedby={asOfErrors ? `${asOfName}-error` : undefined}
                    className="field-input"
                    disabled={data.locked}
                  >
                    {m.asOfOptions.map((o) => (
                      <option key={o.id} value={o.id} disabled={o.locked}>
                        {o.label}
                        {o.locked ? ' (approved)' : ''}
                      </option>
                    ))}
                  </select>
                  <FieldError id={`${asOfName}-error`} messages={asOfErrors} />
                </div>
              </div>
              )}
            </div>
          );
        })}
      </fieldset>

      <div className="grid gap-4 md:grid-cols-[minmax(0,1fr)_minmax(0,18rem)]">
        <div>
          <label htmlFor="narrative" className="field-label">
            Narrative
          </label>
          <p id="narrative-hint" className="text-xs text-slate-600">
            What happened this quarter, what you learned, what comes next. Plain text; line breaks are kept.
          </p>
          <textarea
            id="narrative"
            name="narrative"
            rows={7}
            maxLength={NARRATIVE_MAX}
            defaultValue={value('narrative', data.update?.narrative ?? '')}
            onChange={(e) => setNarrativeLength(e.target.value.length)}
            aria-invalid={errors.narrative ? true : undefined}
            aria-describedby={`narrative-hint narrative-count${errors.narrative ? ' narrative-error' : ''}`}
            className="field-input"
            disabled={data.locked}
          />
          <p id="narrative-count" className="mt-1 text-xs text-slate-600">
            {narrativeLength.toLocaleString('en-US')} of {NARRATIVE_MAX.toLocaleString('en-US')} characters
          </p>
          <FieldError id="narrative-error" messages={errors.narrative} />
        </div>
        <div>
          <label htmlFor="reportedStatus" className="field-label">
            Your assessment
          </label>
          <select
            id="reportedStatus"
            name="reportedStatus"
            defaultValue={value('reportedStatus', data.update?.reportedStatus ?? '')}
            aria-invalid={errors.reportedStatus ? true : undefined}
            className="field-input"
            disabled={data.locked}
          >
            <option value="">Not assessed</option>
            {REPORTED_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_WORDS[s]}
              </option>
            ))}
          </select>
          <FieldError id="reportedStatus-error" messages={errors.reportedStatus} />
        </div>
      </div>

      {data.locked ? (
        <p className="rounded-lg bg-slate-100 px-4 py-3 text-sm">
          This update is {data.update ? REVIEW_STATE_LABELS[data.update.state].toLowerCase() : 'locked'} and cannot be
          changed here.
        </p>
      ) : (
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="intent" value="draft" className="btn-secondary" disabled={pending}>
            Save draft
          </button>
          {data.canSubmit && (
            <button type="submit" name="intent" value="submit" className="btn-primary" disabled={pending}>
              Submit for review
            </button>
          )}
          {pending && (
            <span className="self-center text-sm text-slate-600" role="status">
              Saving…
            </span>
          )}
        </div>
      )}
    </form>
  );
}
