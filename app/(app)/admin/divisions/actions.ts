'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { actionError, formValues, type ActionState } from '@/lib/action-state';
import { getCurrentUser } from '@/lib/data/current-user';
import { createDivision, deleteDivision, renameDivision } from '@/lib/data/divisions';

export async function createDivisionAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    await createDivision(await getCurrentUser(), { code: form.get('code'), name: form.get('name') });
    revalidatePath('/admin', 'layout');
    return { ok: true, message: `Division ${String(form.get('name') ?? '').trim()} created.` };
  } catch (error) {
    return actionError(error, formValues(form));
  }
}

export async function renameDivisionAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    await renameDivision(await getCurrentUser(), { divisionId: form.get('divisionId'), name: form.get('name') });
    revalidatePath('/', 'layout');
    return { ok: true, message: 'Renamed.' };
  } catch (error) {
    return actionError(error, formValues(form));
  }
}

export async function deleteDivisionAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    await deleteDivision(await getCurrentUser(), { id: form.get('id'), confirm: form.get('confirm') === 'yes' });
  } catch (error) {
    return actionError(error);
  }
  revalidatePath('/', 'layout');
  // The row is gone: the page itself says what was deleted.
  redirect(`/admin/divisions?deleted=${encodeURIComponent(String(form.get('name') ?? ''))}`);
}
