'use server';
// The progress aggregate's server actions: a division saving or submitting its update, the
// cabinet approving or returning it, an administrator reopening an approved one. Each reads its
// fields and calls the guarded command; every one changes the header counts, to-do lists,
// dashboards and goal pages, so all re-read the whole layout.
import { formValues, type ActionState } from '@/lib/action-state';
import { formFields, runAction } from '@/lib/data/core/action';
import { progressFormToInput } from '@/lib/data/progress/fields';
import { recordProgress } from '@/lib/data/progress/record-progress';
import { reopenUpdate, reviewUpdate } from '@/lib/data/progress/review';

export async function recordProgressAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    async (user) => {
      const result = await recordProgress(user, progressFormToInput(form));
      return {
        ok: true,
        message: result.state === 'SUBMITTED' ? 'Submitted for review.' : 'Draft saved.',
        // The form goes on from the saved version; a confirmation counts for one save only.
        values: { ...formValues(form), version: String(result.version), confirmJumps: '' },
      };
    },
    { revalidate: 'layout' },
  );
}

export async function reviewUpdateAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    async (user) => {
      const result = await reviewUpdate(user, { ...formFields(form, ['updateId', 'version', 'decision']), comment: form.get('comment') ?? '' });
      return { ok: true, result: { updateId: result.updateId } };
    },
    // Approved values reach the dashboard, the goal page and the public scorecard at once; the
    // reviewed update leaves the queue, and the page says what became of it.
    { revalidate: 'layout', redirectTo: (state) => `/review?reviewed=${encodeURIComponent(state.result?.updateId ?? '')}` },
  );
}

export async function reopenUpdateAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(
    form,
    async (user) => {
      await reopenUpdate(user, { ...formFields(form, ['updateId', 'version']), reason: form.get('reason') ?? '' });
      return 'Reopened: the division can correct it and submit it again.';
    },
    { revalidate: 'layout' },
  );
}
