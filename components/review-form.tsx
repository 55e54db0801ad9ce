'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { reopenUpdateAction, reviewUpdateAction } from '@/lib/data/progress/actions';
import { FieldError, FormMessage } from '@/components/form-message';
import { initialActionState } from '@/lib/action-state';
import { COMMENT_MAX, REOPEN_REASON_MAX } from '@/lib/data/progress/fields';

/** Approve or return one submitted update in place, with a comment (required to return). */
export function ReviewForm({ updateId, version, title }: { updateId: string; version: number; title: string }) {
  const [state, formAction, pending] = useActionState(reviewUpdateAction, initialActionState);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message) messageRef.current?.focus();
  }, [state]);
  const commentId = `comment-${updateId}`;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-3" noValidate aria-label={`Review ${title}`}>
      <input type="hidden" name="updateId" value={updateId} />
      <input type="hidden" name="version" value={version} />
      <div ref={messageRef} tabIndex={-1} aria-live="polite" className="outline-none">
        <FormMessage state={state} />
      </div>
      {!state.ok && (
        <>
          <div>
            <label htmlFor={commentId} className="field-label">
              Comment to the division
            </label>
            <p id={`${commentId}-hint`} className="text-sm text-slate-600">
              Required when you return the update: say what needs to change.
            </p>
            <textarea
              id={commentId}
              name="comment"
              rows={3}
              maxLength={COMMENT_MAX}
              defaultValue={state.values?.comment ?? ''}
              aria-invalid={errors.comment ? true : undefined}
              aria-describedby={`${commentId}-hint${errors.comment ? ` ${commentId}-error` : ''}`}
              className="field-input"
            />
            <FieldError id={`${commentId}-error`} messages={errors.comment} />
          </div>
          <div className="flex flex-wrap gap-3">
            <button type="submit" name="decision" value="approve" className="btn-primary" disabled={pending}>
              Approve
            </button>
            <button type="submit" name="decision" value="return" className="btn-secondary" disabled={pending}>
              Return for changes
            </button>
            {pending && (
              <span className="self-center text-sm text-slate-600" role="status">
                Saving…
              </span>
            )}
          </div>
        </>
      )}
    </form>
  );
}

/** An administrator reopens one of a goal's approved updates, giving the reason. */
export function ReopenForm({ updates }: { updates: { id: string; version: number; periodLabel: string }[] }) {
  const [state, formAction, pending] = useActionState(reopenUpdateAction, initialActionState);
  const [selected, setSelected] = useState(updates[0]?.id ?? '');
  const chosen = updates.find((u) => u.id === selected) ?? updates[0];
  const errors = state.fieldErrors ?? {};
  if (!chosen) {
    return (
      <div aria-live="polite">
        {state.message ? <FormMessage state={state} /> : <p className="text-sm text-slate-600">No approved update to reopen.</p>}
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-3" noValidate aria-label="Reopen an approved update">
      <input type="hidden" name="version" value={chosen.version} />
      <div aria-live="polite">
        <FormMessage state={state} />
      </div>
      {!state.ok && (
        <>
          <div className="max-w-xs">
            <label htmlFor="reopen-update" className="field-label">
              Update
            </label>
            <select
              id="reopen-update"
              name="updateId"
              value={chosen.id}
              onChange={(e) => setSelected(e.target.value)}
              className="field-input"
            >
              {updates.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.periodLabel}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="reopen-reason" className="field-label">
              Reason for reopening
            </label>
            <textarea
              id="reopen-reason"
              name="reason"
              rows={2}
              maxLength={REOPEN_REASON_MAX}
              defaultValue={state.values?.reason ?? ''}
              aria-invalid={errors.reason ? true : undefined}
              aria-describedby={errors.reason ? 'reopen-reason-error' : undefined}
              className="field-input"
            />
            <FieldError id="reopen-reason-error" messages={errors.reason} />
          </div>
          <button type="submit" className="btn-secondary" disabled={pending}>
            Reopen the {chosen.periodLabel} update
          </button>
        </>
      )}
    </form>
  );
}
