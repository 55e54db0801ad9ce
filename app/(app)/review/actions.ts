'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { actionError, formValues, type ActionState } from '@/lib/action-state';
import { getCurrentUser } from '@/lib/data/current-user';
import { reopenUpdate, reviewUpdate } from '@/lib/data/review';

export async function reviewUpdateAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  let reviewedId: string;
  try {
    const user = await getCurrentUser();
    const result = await reviewUpdate(user, {
      updateId: form.get('updateId'),
      version: form.get('version'),
      decision: form.get('decision'),
      comment: form.get('comment') ?? '',
    });
    reviewedId = result.updateId;
    // Approved values reach the dashboard, the goal page and the public scorecard at once.
    revalidatePath('/', 'layout');
  } catch (error) {
    return actionError(error, formValues(form));
  }
  // The reviewed update leaves the queue; the page says what became of it.
  redirect(`/review?reviewed=${encodeURIComponent(reviewedId)}`);
}

export async function reopenUpdateAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const user = await getCurrentUser();
    await reopenUpdate(user, { updateId: form.get('updateId'), version: form.get('version'), reason: form.get('reason') ?? '' });
    revalidatePath('/', 'layout');
    return { ok: true, message: 'Reopened: the division can correct it and submit it again.' };
  } catch (error) {
    return actionError(error, formValues(form));
  }
}
