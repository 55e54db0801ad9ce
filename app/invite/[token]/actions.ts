'use server';

import { redirect } from 'next/navigation';
import { actionError, formValues, type ActionState } from '@/lib/action-state';
import { acceptInvitation } from '@/lib/data/invitations';

export async function acceptInvitationAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  let done: { email: string };
  try {
    done = await acceptInvitation(values);
  } catch (error) {
    return actionError(error, { ...values, password: '', confirmPassword: '' });
  }
  redirect(`/login?${new URLSearchParams({ notice: 'invited', email: done.email })}`);
}
