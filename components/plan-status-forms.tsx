'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { changePlanStatusAction, setPlanPublishedAction } from '@/lib/data/plan/actions';
import { FormMessage } from '@/components/form-message';
import { initialActionState, type ActionState } from '@/lib/action-state';
import type { PublishPreview } from '@/lib/data/plan/status';
import type { StatusChange } from '@/lib/data/plan/rules';

/** What a confirmation panel was opened for, with the result it opened after: a new successful result closes it. */
function useOpenedSince<T>(state: ActionState): [T | null, (value: T | null) => void] {
  const [opened, setOpened] = useState<{ value: T; since: ActionState } | null>(null);
  const open = opened && (opened.since === state || !state.ok) ? opened.value : null;
  return [open, (value) => setOpened(value === null ? null : { value, since: state })];
}

/**
 * A change that asks "are you sure?": the last result, then either the buttons that open the
 * question or the question itself, which takes focus when it opens (so keyboard users land in
 * it) and ends in the form that confirms the change (`fields` as hidden inputs).
 */
function ConfirmedChange({
  state,
  question,
  controls,
  children,
  action,
  fields,
  confirmLabel,
  pending,
  onCancel,
}: {
  state: ActionState;
  /** The question's title, or null while it is closed. */
  question: string | null;
  controls: React.ReactNode;
  children: React.ReactNode;
  action: (form: FormData) => void;
  fields: Record<string, string>;
  confirmLabel: string;
  pending: boolean;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  const open = question !== null;
  useEffect(() => {
    if (open) ref.current?.focus();
  }, [open]);
  return (
    <div>
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      {!open ? (
        controls
      ) : (
        <div className="mt-3 space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-slate-900">
          <h3 ref={ref} tabIndex={-1} className="font-semibold outline-none">
            {question}
          </h3>
          {children}
          <p className="text-sm text-slate-700">The change is recorded in the plan’s history.</p>
          <form action={action} className="flex flex-wrap gap-2">
            {Object.entries(fields).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <input type="hidden" name="confirm" value="yes" />
            <button type="submit" className="btn-primary" disabled={pending}>
              {confirmLabel}
            </button>
            <button type="button" className="btn-secondary" onClick={onCancel}>
              Cancel
            </button>
          </form>
        </div>
      )}
    </div>
  );
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function PlanStatusForm({
  planId,
  planName,
  changes,
  otherActivePlans,
  published,
}: {
  planId: string;
  planName: string;
  changes: StatusChange[];
  otherActivePlans: string[];
  published: boolean;
}) {
  const [state, formAction, pending] = useActionState(changePlanStatusAction, initialActionState);
  const [open, setOpen] = useOpenedSince<StatusChange>(state);
  return (
    <ConfirmedChange
      state={state}
      question={open && `${open.verb}: ${planName}?`}
      controls={
        <div className="mt-2 flex flex-wrap gap-2">
          {changes.map((c) => (
            <button key={c.to} type="button" className="btn-secondary" onClick={() => setOpen(c)}>
              {c.verb}…
            </button>
          ))}
        </div>
      }
      action={formAction}
      fields={{ planId, status: open?.to ?? '' }}
      confirmLabel={`Confirm: ${open?.verb.toLowerCase()}`}
      pending={pending}
      onCancel={() => setOpen(null)}
    >
      {open && (
        <>
          <p>{open.consequence}</p>
          {open.to === 'ACTIVE' && otherActivePlans.length > 0 && (
            <p className="font-medium">
              Also active: {otherActivePlans.join(', ')}. Divisions will report on both, and the dashboard opens the one whose
              cycle starts last. Archive the old plan when its cycle is over.
            </p>
          )}
          {open.to === 'ARCHIVED' && published && <p>It stays on the public scorecard as a record until you unpublish it.</p>}
        </>
      )}
    </ConfirmedChange>
  );
}

export function PublishForm({ preview }: { preview: PublishPreview }) {
  const [state, formAction, pending] = useActionState(setPlanPublishedAction, initialActionState);
  const [opened, setOpened] = useOpenedSince<true>(state);
  const open = opened !== null;
  const setOpen = (on: boolean) => setOpened(on || null);
  const publishing = !preview.published;
  const { counts, labels } = preview;
  return (
    <ConfirmedChange
      state={state}
      question={open ? (publishing ? `Publish ${preview.name}?` : `Unpublish ${preview.name}?`) : null}
      controls={
        <button type="button" className={publishing ? 'btn-primary mt-2' : 'btn-secondary mt-2'} onClick={() => setOpen(true)}>
          {publishing ? 'Publish…' : 'Unpublish…'}
        </button>
      }
      action={formAction}
      fields={{ planId: preview.planId, published: publishing ? 'true' : 'false' }}
      confirmLabel={publishing ? 'Confirm: publish' : 'Confirm: unpublish'}
      pending={pending}
      onCancel={() => setOpen(false)}
    >
      {publishing ? (
        <>
          <p>Anyone, without signing in, will be able to read at {preview.publicPath} and download as open data:</p>
          <ul className="list-disc space-y-1 pl-6">
            <li>
              the plan’s name, <strong>{preview.name}</strong>, with its vision, mission and other statements;
            </li>
            <li>
              {plural(counts.objectives, labels.objectives.one, labels.objectives.many)},{' '}
              {plural(counts.priorities, labels.priorities.one, labels.priorities.many)},{' '}
              {plural(counts.goals, labels.goals.one, labels.goals.many)} and {plural(counts.measures, 'measure', 'measures')},
              with their baselines and targets;
            </li>
            <li>
              {plural(preview.approvedValues, 'approved value', 'approved values')} and the approved narratives (values in
              draft or in review stay private);
            </li>
            <li>
              values of student groups under 11 students are shown as “*”, never as numbers
              {preview.suppressedValues > 0 ? ` (${plural(preview.suppressedValues, 'value', 'values')} today)` : ''}.
            </li>
          </ul>
          {preview.goals.length > 0 ? (
            <div>
              <p className="font-medium">The {labels.goals.many}:</p>
              <ul className="mt-1 list-disc space-y-0.5 pl-6 text-sm">
                {preview.goals.map((g) => (
                  <li key={g.code}>
                    {g.title} <span className="text-slate-600">({g.code})</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="font-medium">The plan has no {labels.goals.many} yet: its public page will say so.</p>
          )}
          {preview.status === 'DRAFT' && (
            <p className="font-medium">
              This plan is still a draft. Publishing it shows the proposed plan to the community; it shows no progress
              until it is made active and divisions report on it.
            </p>
          )}
          {preview.smartieGaps.length > 0 && (
            <div>
              <p className="font-medium">
                Not yet SMARTIE ({plural(preview.smartieGaps.length, labels.goals.one, labels.goals.many)}; publishing is still
                allowed — complete them in the structure editor):
              </p>
              <ul className="mt-1 list-disc space-y-0.5 pl-6 text-sm">
                {preview.smartieGaps.map((gap) => (
                  <li key={gap.code}>
                    {gap.title} <span className="text-slate-600">({gap.code})</span>: {gap.missing.join(', ')}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      ) : (
        <>
          <p>
            The public scorecard of <strong>{preview.name}</strong> at {preview.publicPath}, its{' '}
            {plural(counts.goals, labels.goals.one, labels.goals.many)} and {plural(preview.approvedValues, 'approved value', 'approved values')}, and its open-data
            downloads disappear at once. Links to them will find nothing.
          </p>
          <p>Nothing is deleted: signed-in people still see the plan, and you can publish it again.</p>
        </>
      )}
    </ConfirmedChange>
  );
}
