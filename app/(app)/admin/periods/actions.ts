'use server';

import { revalidatePath } from 'next/cache';
import { actionError, formValues, type ActionState } from '@/lib/action-state';
import { getCurrentUser } from '@/lib/data/current-user';
import { setPeriodClosed, setPeriodDueDate } from '@/lib/data/periods';

export async function setPeriodClosedAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const user = await getCurrentUser();
    const result = await setPeriodClosed(user, {
      periodId: form.get('periodId'),
      closed: form.get('closed') === 'true',
      reason: form.get('reason') ?? '',
    });
    revalidatePath('/', 'layout');
    return { ok: true, message: result.closed ? 'Closed for reporting.' : 'Reopened for reporting.' };
  } catch (error) {
    return actionError(error, formValues(form));
  }
}

export async function setPeriodDueDateAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const user = await getCurrentUser();
    await setPeriodDueDate(user, { periodId: form.get('periodId'), dueDate: form.get('dueDate') });
    revalidatePath('/', 'layout');
    return { ok: true, message: 'Due date changed.' };
  } catch (error) {
    return actionError(error, formValues(form));
  }
}
