'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { changePlanStatusAction, setPlanPublishedAction } from '@/lib/data/plan/actions';
import { FormMessage } from '@/components/form-message';
import { initialActionState, type ActionState } from '@/lib/action-state';
import type { PublishPreview } from '@/lib/data/plan/status';
import type { StatusChange } from '@/lib/data/plan/rules';

/** A panel that asks "are you sure?" and takes focus when it opens, so keyboard users land in it. */
function Confirmation({ title, children }: { title: string; children: React.ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="mt-3 space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-slate-900">
      <h3 ref={ref} tabIndex={-1} className="font-semibold outline-none">
        {title}
      </h3>
      {children}
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
  // The panel remembers the result it opened after: a new successful result closes it.
  const [opened, setOpened] = useState<{ change: StatusChange; since: ActionState } | null>(null);
  const open = opened && (opened.since === state || !state.ok) ? opened.change : null;
  const setOpen = (change: StatusChange | null) => setOpened(change ? { change, since: state } : null);
  return (
    <div>
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      {!open && (
        <div className="mt-2 flex flex-wrap gap-2">
          {changes.map((c) => (
            <button key={c.to} type="button" className="btn-secondary" onClick={() => setOpen(c)}>
              {c.verb}…
            </button>
          ))}
        </div>
      )}
      {open && (
        <Confirmation title={`${open.verb}: ${planName}?`}>
          <p>{open.consequence}</p>
          {open.to === 'ACTIVE' && otherActivePlans.length > 0 && (
            <p className="font-medium">
              Also active: {otherActivePlans.join(', ')}. Divisions will report on both, and the dashboard opens the one whose
              cycle starts last. Archive the old plan when its cycle is over.
            </p>
          )}
          {open.to === 'ARCHIVED' && published && (
            <p>It stays on the public scorecard as a record until you unpublish it.</p>
          )}
          <p className="text-sm text-slate-700">The change is recorded in the plan’s history.</p>
          <form action={formAction} className="flex flex-wrap gap-2">
            <input type="hidden" name="planId" value={planId} />
            <input type="hidden" name="status" value={open.to} />
            <input type="hidden" name="confirm" value="yes" />
            <button type="submit" className="btn-primary" disabled={pending}>
              Confirm: {open.verb.toLowerCase()}
            </button>
            <button type="button" className="btn-secondary" onClick={() => setOpen(null)}>
              Cancel
            </button>
          </form>
        </Confirmation>
      )}
    </div>
  );
}

export function PublishForm({ preview }: { preview: PublishPreview }) {
  const [state, formAction, pending] = useActionState(setPlanPublishedAction, initialActionState);
  const [opened, setOpened] = useState<ActionState | null>(null);
  const open = opened !== null && (opened === state || !state.ok);
  const setOpen = (on: boolean) => setOpened(on ? state : null);
  const publishing = !preview.published;
  const { counts, labels } = preview;
  return (
    <div>
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      {!open && (
        <button type="button" className={publishing ? 'btn-primary mt-2' : 'btn-secondary mt-2'} onClick={() => setOpen(true)}>
          {publishing ? 'Publish…' : 'Unpublish…'}
        </button>
      )}
      {open && (
        <Confirmation title={publishing ? `Publish ${preview.name}?` : `Unpublish ${preview.name}?`}>
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
          <p className="text-sm text-slate-700">The change is recorded in the plan’s history.</p>
          <form action={formAction} className="flex flex-wrap gap-2">
            <input type="hidden" name="planId" value={preview.planId} />
            <input type="hidden" name="published" value={publishing ? 'true' : 'false'} />
            <input type="hidden" name="confirm" value="yes" />
            <button type="submit" className="btn-primary" disabled={pending}>
              {publishing ? 'Confirm: publish' : 'Confirm: unpublish'}
            </button>
            <button type="button" className="btn-secondary" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </form>
        </Confirmation>
      )}
    </div>
  );
}
