'use server';

import { revalidatePath } from 'next/cache';
import { actionError, formValues, type ActionState } from '@/lib/action-state';
import { getCurrentUser } from '@/lib/data/current-user';
import { createUser, updateUser } from '@/lib/data/users';

export async function createUserAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  try {
    await createUser(await getCurrentUser(), {
      email: form.get('email'),
      name: form.get('name'),
      role: form.get('role'),
      divisionId: form.get('divisionId'),
      password: form.get('password'),
    });
    revalidatePath('/admin/users');
    return { ok: true, message: `Account created for ${values.email}. Give them their first password in person.` };
  } catch (error) {
    // Never echo a password back into the page.
    return actionError(error, { ...values, password: '' });
  }
}

export async function updateUserAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    await updateUser(await getCurrentUser(), {
      userId: form.get('userId'),
      role: form.get('role'),
      divisionId: form.get('divisionId'),
      active: form.get('active') === 'on',
    });
    revalidatePath('/admin/users');
    return { ok: true, message: 'Saved.' };
  } catch (error) {
    return actionError(error, formValues(form));
  }
}
