'use server';

import { revalidatePath } from 'next/cache';
import { actionError, formValues, type ActionState } from '@/lib/action-state';
import { getCurrentUser } from '@/lib/data/current-user';
import { inviteUser, refreshInvitation } from '@/lib/data/invitations';
import { updateUser } from '@/lib/data/users';
import type { IssuedInvitation } from '@/lib/data/invitations';

const linkState = (invitation: IssuedInvitation): ActionState => ({
  ok: true,
  message: `Send this link to ${invitation.name}; it works once, for 72 hours.`,
  result: { link: invitation.link, name: invitation.name, email: invitation.email },
});

export async function inviteUserAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const invitation = await inviteUser(await getCurrentUser(), {
      email: form.get('email'),
      name: form.get('name'),
      role: form.get('role'),
      divisionId: form.get('divisionId'),
    });
    revalidatePath('/admin/users');
    return linkState(invitation);
  } catch (error) {
    return actionError(error, formValues(form));
  }
}

export async function refreshInvitationAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const invitation = await refreshInvitation(await getCurrentUser(), { userId: form.get('userId') });
    revalidatePath('/admin/users');
    return linkState(invitation);
  } catch (error) {
    return actionError(error, formValues(form));
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
