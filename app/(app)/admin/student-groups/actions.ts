'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { actionError, formValues, type ActionState } from '@/lib/action-state';
import { getCurrentUser } from '@/lib/data/current-user';
import { createStudentGroup, deleteStudentGroup, moveStudentGroup, updateStudentGroup } from '@/lib/data/student-groups';

export async function createStudentGroupAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    await createStudentGroup(await getCurrentUser(), {
      code: form.get('code'),
      name: form.get('name'),
      nameEs: form.get('nameEs'),
      category: form.get('category'),
    });
    revalidatePath('/', 'layout');
    return { ok: true, message: `Student group ${String(form.get('name') ?? '').trim()} created.` };
  } catch (error) {
    return actionError(error, formValues(form));
  }
}

export async function updateStudentGroupAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    await updateStudentGroup(await getCurrentUser(), {
      groupId: form.get('groupId'),
      name: form.get('name'),
      nameEs: form.get('nameEs'),
      category: form.get('category'),
    });
    revalidatePath('/', 'layout');
    return { ok: true, message: 'Saved.' };
  } catch (error) {
    return actionError(error, formValues(form));
  }
}

export async function moveStudentGroupAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    await moveStudentGroup(await getCurrentUser(), { id: form.get('id'), direction: form.get('direction') });
    revalidatePath('/', 'layout');
    return { ok: true, message: `Moved ${String(form.get('name') ?? 'the group')} ${form.get('direction') === 'up' ? 'up' : 'down'}.` };
  } catch (error) {
    return actionError(error);
  }
}

export async function deleteStudentGroupAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    await deleteStudentGroup(await getCurrentUser(), { id: form.get('id'), confirm: form.get('confirm') === 'yes' });
  } catch (error) {
    return actionError(error);
  }
  revalidatePath('/', 'layout');
  // The row is gone: the page itself says what was deleted.
  redirect(`/admin/student-groups?deleted=${encodeURIComponent(String(form.get('name') ?? ''))}`);
}
